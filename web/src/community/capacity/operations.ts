import { graphql } from '../../gql';

export const CapacityOverTimeQuery = graphql(`
  query CapacityOverTime($schemeId: ID!, $weeks: Int) {
    capacityOverTime(schemeId: $schemeId, weeks: $weeks) {
      weekStarting
      activeVolunteers
      sparePlaces
      peopleWaiting
      matchesMade
      medianDaysToMatch
    }
  }
`);
