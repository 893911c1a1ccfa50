import { graphql } from '../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      events {
        id
        at
        actorName
        actorEmail
        schemeName
        action
        subjectType
        subjectId
        outcome
      }
      nextCursor
    }
  }
`);
