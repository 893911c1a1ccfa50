import { graphql } from '../../gql';

export const PipelineFields = graphql(`
  fragment PipelineFields on Pipeline {
    stages {
      ...PipelineStageFields
    }
    byArea {
      key
      label
      stages {
        ...PipelineStageFields
      }
    }
    byDrive {
      key
      label
      stages {
        ...PipelineStageFields
      }
    }
  }
`);

export const PipelineStageFields = graphql(`
  fragment PipelineStageFields on PipelineStage {
    stage
    label
    reached
    inProgress
    droppedOut
    medianDaysInStep
  }
`);

export const VolunteerPipelineQuery = graphql(`
  query VolunteerPipeline($schemeId: ID!, $area: String, $driveId: ID) {
    volunteerPipeline(schemeId: $schemeId, area: $area, driveId: $driveId) {
      ...PipelineFields
    }
  }
`);
