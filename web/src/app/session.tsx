import type { ApolloCache } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ViewerFieldsFragment } from '../gql/graphql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    displayName
    memberships {
      role
      scheme {
        id
        name
        area
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

const ViewerUpdatedSubscription = graphql(`
  subscription ViewerUpdated {
    viewerUpdated {
      ...ViewerFields
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

export type Session =
  | { state: 'loading' }
  | { state: 'unavailable' }
  | { state: 'signed-out' }
  | { state: 'signed-in'; viewer: Viewer };

/** Who is signed in, read from the cache that sign in, sign up, sign out and live updates keep current. */
export function useSession(): Session {
  const { data, error, loading } = useQuery(ViewerQuery);
  if (data?.me) return { state: 'signed-in', viewer: data.me };
  if (data) return { state: 'signed-out' };
  if (loading) return { state: 'loading' };
  return error ? { state: 'unavailable' } : { state: 'loading' };
}

/** Keeps the signed-in person's roles current while a member of staff changes them. */
export function LiveViewerUpdates({ signedIn }: { signedIn: boolean }) {
  // The update lands in the normalised cache under the Viewer's id, so every reader re-renders.
  useSubscription(ViewerUpdatedSubscription, { skip: !signedIn });
  return null;
}

/** Puts the person a sign in or sign up returned into the cache, so the whole app sees them at once. */
export function rememberViewer(cache: ApolloCache, viewer: Viewer): void {
  cache.writeQuery({ query: ViewerQuery, data: { __typename: 'Query', me: viewer } });
}
