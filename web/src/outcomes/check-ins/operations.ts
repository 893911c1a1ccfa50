import { graphql } from '../../gql';

export const CheckInFields = graphql(`
  fragment CheckInFields on CheckIn {
    id
    occasion
    monthsAfterBaseline
    dueOn
    status
    completedAt
    onBehalf
    personFirstName
    instruments {
      id
      personTitle
      intro
      licence
      items {
        id
        text
        options {
          value
          label
        }
      }
    }
  }
`);

export const MyCheckInsQuery = graphql(`
  query MyCheckIns {
    myCheckIns {
      ...CheckInFields
    }
  }
`);

export const MyProgressQuery = graphql(`
  query MyProgress {
    myProgress {
      occasion
      completedAt
      sentences
    }
  }
`);

export const CheckInsDueQuery = graphql(`
  query CheckInsDue($schemeId: ID!) {
    checkInsDue(schemeId: $schemeId) {
      ...CheckInFields
    }
  }
`);

export const SeekerCheckInsQuery = graphql(`
  query SeekerCheckIns($seekerId: ID!) {
    seekerCheckIns(seekerId: $seekerId) {
      id
      occasion
      monthsAfterBaseline
      dueOn
      status
    }
  }
`);

export const SubmitCheckInMutation = graphql(`
  mutation SubmitCheckIn($input: CheckInAnswersInput!) {
    submitCheckIn(input: $input) {
      ...CheckInFields
    }
  }
`);

export const RecordCheckInByPhoneMutation = graphql(`
  mutation RecordCheckInByPhone($input: CheckInAnswersInput!) {
    recordCheckInByPhone(input: $input) {
      ...CheckInFields
    }
  }
`);

export const DeclineCheckInMutation = graphql(`
  mutation DeclineCheckIn($checkInId: ID!) {
    declineCheckIn(checkInId: $checkInId) {
      id
      status
    }
  }
`);
