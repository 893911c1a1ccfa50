import { graphql } from '../gql';

/** Everything the volunteer's pages and the staff pages show of one volunteer. */
export const VolunteerFields = graphql(`
  fragment VolunteerFields on Volunteer {
    id
    displayName
    email
    capacity
    gender
    ageBand
    offers
    applicationSentOn
    approvedOn
    approvedBy
    paused
    pausedOn
    pauseReason
    scheme {
      id
      name
    }
    skills {
      skill
      confirmed
      confirmedOn
      confirmedBy
    }
    profile {
      interests
      contactModes
      languages
      availabilityMask
      specificTimes {
        date
      }
      postcode
      area
      travelRadiusKm
    }
    vetting {
      stage
      nextStep
      nextActor
      eligibleForNewMatches
      approvalNeeds
      steps {
        step
        status
      }
    }
    references {
      id
      refereeName
      relationship
      contact
      status
      receivedOn
      receivedBy
      verifiedOn
      verifiedBy
    }
    dbsCheck {
      level
      issuedOn
      recheckDueOn
      certificateEnding
      current
      recordedBy
      recordedOn
    }
    training {
      module
      completedOn
      recordedBy
    }
  }
`);

export const MyVolunteeringQuery = graphql(`
  query MyVolunteering {
    myVolunteering {
      ...VolunteerFields
    }
  }
`);

export const UpdateMyVolunteerProfileMutation = graphql(`
  mutation UpdateMyVolunteerProfile($volunteerId: ID!, $input: VolunteerProfileInput!) {
    updateMyVolunteerProfile(volunteerId: $volunteerId, input: $input) {
      ...VolunteerFields
    }
  }
`);

export const AddMyRefereesMutation = graphql(`
  mutation AddMyReferees($volunteerId: ID!, $referees: [RefereeInput!]!) {
    addMyReferees(volunteerId: $volunteerId, referees: $referees) {
      ...VolunteerFields
    }
  }
`);

export const RemoveMyRefereeMutation = graphql(`
  mutation RemoveMyReferee($referenceId: ID!) {
    removeMyReferee(referenceId: $referenceId) {
      ...VolunteerFields
    }
  }
`);

export const SendMyVolunteerApplicationMutation = graphql(`
  mutation SendMyVolunteerApplication($volunteerId: ID!) {
    sendMyVolunteerApplication(volunteerId: $volunteerId) {
      ...VolunteerFields
    }
  }
`);

export const PauseMyVolunteeringMutation = graphql(`
  mutation PauseMyVolunteering($volunteerId: ID!, $reason: String) {
    pauseMyVolunteering(volunteerId: $volunteerId, reason: $reason) {
      ...VolunteerFields
    }
  }
`);

export const ResumeMyVolunteeringMutation = graphql(`
  mutation ResumeMyVolunteering($volunteerId: ID!) {
    resumeMyVolunteering(volunteerId: $volunteerId) {
      ...VolunteerFields
    }
  }
`);

export const VettingQueueQuery = graphql(`
  query VettingQueue($schemeId: ID!) {
    vettingQueue(schemeId: $schemeId) {
      id
      displayName
      area
      stage
      nextStep
      waitingSince
      paused
    }
  }
`);

export const VolunteerQuery = graphql(`
  query Volunteer($id: ID!) {
    volunteer(id: $id) {
      ...VolunteerFields
    }
  }
`);

export const RecordReferenceMutation = graphql(`
  mutation RecordReference($referenceId: ID!) {
    recordReference(referenceId: $referenceId) {
      ...VolunteerFields
    }
  }
`);

export const VerifyReferenceMutation = graphql(`
  mutation VerifyReference($referenceId: ID!) {
    verifyReference(referenceId: $referenceId) {
      ...VolunteerFields
    }
  }
`);

export const RecordDbsCheckMutation = graphql(`
  mutation RecordDbsCheck($input: DbsCheckInput!) {
    recordDbsCheck(input: $input) {
      ...VolunteerFields
    }
  }
`);

export const RecordTrainingMutation = graphql(`
  mutation RecordTraining($input: TrainingInput!) {
    recordTraining(input: $input) {
      ...VolunteerFields
    }
  }
`);

export const ApproveVolunteerMutation = graphql(`
  mutation ApproveVolunteer($volunteerId: ID!) {
    approveVolunteer(volunteerId: $volunteerId) {
      ...VolunteerFields
    }
  }
`);

export const ConfirmVolunteerSkillMutation = graphql(`
  mutation ConfirmVolunteerSkill($input: SkillConfirmationInput!) {
    confirmVolunteerSkill(input: $input) {
      ...VolunteerFields
    }
  }
`);
