import { graphql } from '../../gql';

export const ActivitiesToStartQuery = graphql(`
  query ActivitiesToStart($schemeId: ID!) {
    activitiesToStart(schemeId: $schemeId) {
      interest
      interestLabel
      area
      people
      nearestKm
      nearestTitle
    }
  }
`);

export const StaleListingsQuery = graphql(`
  query StaleListings($schemeId: ID!, $olderThanMonths: Int) {
    staleListings(schemeId: $schemeId, olderThanMonths: $olderThanMonths) {
      activityId
      title
      area
      lastCheckedAt
      monthsSinceChecked
    }
  }
`);
