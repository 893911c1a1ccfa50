import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

const GRAPHQL_PATH = '/graphql';

const httpLink = new HttpLink({
  uri: GRAPHQL_PATH,
  credentials: 'same-origin',
  // The server's CSRF prevention refuses simple requests; this header makes every request preflighted.
  headers: { 'apollo-require-preflight': 'true' },
});

function webSocketUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${GRAPHQL_PATH}`;
}

// Lazy: the socket opens with the first subscription and closes after the last, so that signing in
// or out starts a fresh connection that carries the current session cookie.
const liveUpdates = createClient({ url: webSocketUrl(), lazy: true, retryAttempts: 10 });

/**
 * Reopens the socket, carrying the current cookie: after a session gains privileges in place (two-factor
 * sign-in turned on), live updates must stop acting for the session as it was. Subscriptions resume by themselves.
 */
export function reconnectLiveUpdates(): void {
  liveUpdates.terminate();
}

const link = ApolloLink.split(
  ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
  new GraphQLWsLink(liveUpdates),
  httpLink,
);

export const apolloClient = new ApolloClient({
  link,
  cache: new InMemoryCache({
    typePolicies: {
      // A person's memberships arrive whole each time; replace the list rather than merge it.
      Viewer: { fields: { memberships: { merge: false }, twoFactor: { merge: false } } },
    },
  }),
});
