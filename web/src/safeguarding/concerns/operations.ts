import { graphql } from '../../gql';

// Variables are passed one by one, so these operations depend only on the fields the contract fixes.

export const RaiseConcernMutation = graphql(`
  mutation RaiseConcern($subjectKind: ConcernSubjectKind!, $subjectId: ID!, $text: String!) {
    raiseConcern(input: { subjectKind: $subjectKind, subjectId: $subjectId, text: $text }) {
      id
      raisedAt
      received
      matchPaused
    }
  }
`);

export const ConcernFields = graphql(`
  fragment ConcernFields on Concern {
    id
    subjectKind
    subjectId
    subjectLabel
    subjectLink
    text
    raisedByName
    raisedAt
    status
    severity
    actionsTaken
    outcome
    triagedByName
    triagedAt
    closedAt
    matchPaused
    volunteerSuspended
    pausedWhenRaised
    matches {
      matchId
      label
      paused
    }
    volunteer {
      volunteerId
      name
      suspended
    }
    liftedAt
    liftNote
  }
`);

export const ConcernsQuery = graphql(`
  query Concerns($schemeId: ID!) {
    concerns(schemeId: $schemeId) {
      ...ConcernFields
    }
  }
`);

export const ConcernQuery = graphql(`
  query Concern($id: ID!) {
    concern(id: $id) {
      ...ConcernFields
    }
  }
`);

export const TriageConcernMutation = graphql(`
  mutation TriageConcern(
    $concernId: ID!
    $severity: ConcernSeverity!
    $actionsTaken: String
    $outcome: String
    $close: Boolean
    $pauseMatch: Boolean
    $suspendVolunteer: Boolean
  ) {
    triageConcern(
      input: {
        concernId: $concernId
        severity: $severity
        actionsTaken: $actionsTaken
        outcome: $outcome
        close: $close
        pauseMatch: $pauseMatch
        suspendVolunteer: $suspendVolunteer
      }
    ) {
      ...ConcernFields
    }
  }
`);

export const LiftSafeguardingPauseMutation = graphql(`
  mutation LiftSafeguardingPause($matchId: ID, $volunteerId: ID, $note: String!) {
    liftSafeguardingPause(input: { matchId: $matchId, volunteerId: $volunteerId, note: $note })
  }
`);
