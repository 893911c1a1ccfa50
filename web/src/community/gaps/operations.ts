import { graphql } from '../../gql';

export const GapPictureQuery = graphql(`
  query GapPicture($schemeId: ID!) {
    gapPicture(schemeId: $schemeId) {
      computedAt
      waiting
      none
      few
      byArea { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }
      byBlocker { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }
      areas { area latitude longitude people none few topBlocker }
      requests { area kind waitingDays feasibleVolunteers status blockers { category skill text } }
      trend { weekStarting waiting none few }
    }
  }
`);

export const RecruitSuggestionsQuery = graphql(`
  query RecruitSuggestions($schemeId: ID!, $limit: Int) {
    recruitSuggestions(schemeId: $schemeId, limit: $limit) {
      key kind contactMode skills area band bandLabel language peopleUnblocked addsToAbove volunteersNeeded text
    }
  }
`);
