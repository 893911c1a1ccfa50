/** The GraphQL the web app sends on the pages the load visits (the same fields as web/src's operations). */
export { LOG_CONTACT, MY_MATCHES, PROPOSE, RESPOND } from '../api/matching-support.ts';
export { MY_VOLUNTEERING } from '../api/volunteers-support.ts';
export { MATCH_MESSAGES, SEND_MESSAGE } from '../api/messages-support.ts';
export { SIGN_IN } from '../support/operations.ts';

/** The link worker's suggestions page (web/src/matching/operations.ts, SuggestMatches). */
export const SUGGEST = `query SuggestMatches($requestId: ID!, $limit: Int) { suggestMatches(requestId: $requestId, limit: $limit) {
  suggestions { volunteerId firstName area approximateDistance fitInWords reasons { text audience } waysToKeepInTouch }
  unmatchedReasons { text volunteersBlocked onlyBlocker kind } } }`;

export const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
