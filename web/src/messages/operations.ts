import { graphql } from '../gql';

export const MessageFields = graphql(`
  fragment MessageFields on Message {
    id
    matchId
    fromMe
    senderFirstName
    body
    sentAt
    readAt
  }
`);

export const MatchMessagesQuery = graphql(`
  query MatchMessages($matchId: ID!, $before: ID, $limit: Int) {
    matchMessages(matchId: $matchId, before: $before, limit: $limit) {
      ...MessageFields
    }
  }
`);

export const CanSendMessagesQuery = graphql(`
  query CanSendMessages($id: ID!) {
    match(id: $id) {
      id
      canSendMessages
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($matchId: ID!, $body: String!) {
    sendMessage(input: { matchId: $matchId, body: $body }) {
      ...MessageFields
    }
  }
`);

export const MarkMessagesReadMutation = graphql(`
  mutation MarkMessagesRead($matchId: ID!) {
    markMessagesRead(matchId: $matchId)
  }
`);

export const MatchContactSummaryQuery = graphql(`
  query MatchContactSummary($matchId: ID!) {
    matchContactSummary(matchId: $matchId) {
      matchId
      messagesFromPerson
      messagesFromVolunteer
      lastMessageAt
      canReadMessages
    }
  }
`);

export const MessageAddedSubscription = graphql(`
  subscription MessageAdded($matchId: ID!) {
    messageAdded(matchId: $matchId) {
      ...MessageFields
    }
  }
`);
