import { graphql } from '../gql';

// Variables are passed one by one (not as input objects) so that these operations do not depend on
// the names the server gives its input types; the API contract fixes only the fields.

export const MatchFields = graphql(`
  fragment MatchFields on Match {
    id
    status
    paused
    kind
    personFirstName
    volunteerFirstName
    area
    reasons {
      text
      audience
    }
    waysToKeepInTouch
    proposedAt
    activatedAt
    endedAt
    endReason
    nextReviewDue
    transitions {
      from
      to
      byName
      byRole
      at
      reason
    }
    contact {
      name
      phone
      email
      preferredContact
    }
    companion {
      activityTitle
      sessionStartsAt
      venueName
      venueAddress
      meetingPoint
      attended
      followUpAt
    }
    contactLog {
      at
      byName
      how
      note
    }
  }
`);

export const SuggestMatchesQuery = graphql(`
  query SuggestMatches($requestId: ID!, $limit: Int) {
    suggestMatches(requestId: $requestId, limit: $limit) {
      suggestions {
        volunteerId
        firstName
        area
        approximateDistance
        fitInWords
        reasons {
          text
          audience
        }
        waysToKeepInTouch
      }
      unmatchedReasons {
        text
        volunteersBlocked
        onlyBlocker
        kind
      }
    }
  }
`);

export const ProposeMatchMutation = graphql(`
  mutation ProposeMatch($requestId: ID!, $volunteerId: ID!, $note: String) {
    proposeMatch(input: { requestId: $requestId, volunteerId: $volunteerId, note: $note }) {
      ...MatchFields
    }
  }
`);

export const RejectSuggestionMutation = graphql(`
  mutation RejectSuggestion($requestId: ID!, $volunteerId: ID!, $reason: String!) {
    rejectSuggestion(input: { requestId: $requestId, volunteerId: $volunteerId, reason: $reason })
  }
`);

export const MyMatchesQuery = graphql(`
  query MyMatches {
    myMatches {
      ...MatchFields
    }
  }
`);

export const MatchQuery = graphql(`
  query Match($id: ID!) {
    match(id: $id) {
      ...MatchFields
    }
  }
`);

export const SchemeMatchesQuery = graphql(`
  query SchemeMatches($schemeId: ID!, $status: MatchStatus) {
    schemeMatches(schemeId: $schemeId, status: $status) {
      ...MatchFields
    }
  }
`);

export const ReviewsDueQuery = graphql(`
  query ReviewsDue($schemeId: ID!) {
    reviewsDue(schemeId: $schemeId) {
      ...MatchFields
    }
  }
`);

export const RespondToMatchMutation = graphql(`
  mutation RespondToMatch($matchId: ID!, $accept: Boolean!, $reason: String) {
    respondToMatch(input: { matchId: $matchId, accept: $accept, reason: $reason }) {
      ...MatchFields
    }
  }
`);

export const EndMatchMutation = graphql(`
  mutation EndMatch($matchId: ID!, $reason: String!) {
    endMatch(input: { matchId: $matchId, reason: $reason }) {
      ...MatchFields
    }
  }
`);

export const RecordReviewMutation = graphql(`
  mutation RecordReview($matchId: ID!, $notes: String!, $continue: Boolean!) {
    recordReview(input: { matchId: $matchId, notes: $notes, continue: $continue }) {
      ...MatchFields
    }
  }
`);

export const LogMatchContactMutation = graphql(`
  mutation LogMatchContact($matchId: ID!, $how: ContactMode!, $note: String) {
    logMatchContact(input: { matchId: $matchId, how: $how, note: $note }) {
      ...MatchFields
    }
  }
`);

export const AgreeMeetingPointMutation = graphql(`
  mutation AgreeMeetingPoint($matchId: ID!, $meetingPoint: String!) {
    agreeMeetingPoint(input: { matchId: $matchId, meetingPoint: $meetingPoint }) {
      ...MatchFields
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($matchId: ID!, $attended: Boolean!, $note: String) {
    recordAttendance(input: { matchId: $matchId, attended: $attended, note: $note }) {
      ...MatchFields
    }
  }
`);

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    text
    link
    createdAt
    readAt
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($unreadOnly: Boolean) {
    myNotifications(unreadOnly: $unreadOnly) {
      ...NotificationFields
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
