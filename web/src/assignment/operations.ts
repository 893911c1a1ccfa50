import { graphql } from '../gql';

export const RunFields = graphql(`
  fragment AssignmentRunFields on AssignmentRun {
    id status stage stageDone stageTotal requestCount volunteerCount matched greedyMatched failure
    proposals { id requestId personFirstName volunteerId volunteerFirstName fit fitInWords reasons { text audience } offered }
  }
`);

export const LatestRunQuery = graphql(`
  query LatestAssignmentRun($schemeId: ID!) { latestAssignmentRun(schemeId: $schemeId) { ...AssignmentRunFields } }
`);

export const RunQuery = graphql(`
  query AssignmentRun($id: ID!) { assignmentRun(id: $id) { ...AssignmentRunFields } }
`);

export const StartRunMutation = graphql(`
  mutation StartSchemeAssignment($schemeId: ID!) { startSchemeAssignment(schemeId: $schemeId) { ...AssignmentRunFields } }
`);
