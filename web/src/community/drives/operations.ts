import { graphql } from '../../gql';

export const DriveFields = graphql(`
  fragment DriveFields on RecruitmentDrive {
    id
    title
    message
    areas
    skills
    bands
    contactModes
    lookingFor
    status
    code
    signUpPath
    createdAt
    closedAt
    createdByName
    signUps
  }
`);

export const RecruitmentDrivesQuery = graphql(`
  query RecruitmentDrives($schemeId: ID!) {
    recruitmentDrives(schemeId: $schemeId) {
      ...DriveFields
    }
  }
`);

export const RecruitmentDriveQuery = graphql(`
  query RecruitmentDrive($id: ID!) {
    recruitmentDrive(id: $id) {
      ...DriveFields
      funnel {
        ...PipelineFields
      }
    }
  }
`);

export const StartRecruitmentDriveMutation = graphql(`
  mutation StartRecruitmentDrive($input: StartDriveInput!) {
    startRecruitmentDrive(input: $input) {
      ...DriveFields
    }
  }
`);

export const CloseRecruitmentDriveMutation = graphql(`
  mutation CloseRecruitmentDrive($id: ID!) {
    closeRecruitmentDrive(id: $id) {
      ...DriveFields
    }
  }
`);

export const PublicDriveQuery = graphql(`
  query PublicDrive($code: String!) {
    publicDrive(code: $code) {
      code
      schemeId
      schemeName
      title
      message
      lookingFor
      open
    }
  }
`);

export const JoinSignUpMutation = graphql(`
  mutation JoinSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...ViewerFields
    }
  }
`);
