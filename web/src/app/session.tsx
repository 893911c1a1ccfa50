import type { ApolloCache } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useMemo } from 'react';
import { sessionOf } from '../accounts/two-factor/two-factor-session';
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
    twoFactor {
      enabled
      required
      verified
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
  /** Password accepted; the code from their authenticator app is still to come. */
  | { state: 'awaiting-code'; viewer: Viewer }
  /** `twoFactorSetupNeeded`: a member of staff without an authenticator yet, whose staff roles wait for it. */
  | { state: 'signed-in'; viewer: Viewer; twoFactorSetupNeeded?: boolean };

/** Who is signed in, read from the cache that sign in, sign up, sign out and live updates keep current. */
export function useSession(): Session {
  const { data, error, loading } = useQuery(ViewerQuery);
  const me = data?.me;
  const signedIn = useMemo(() => (me ? sessionOf(me) : null), [me]);
  if (signedIn) return signedIn;
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
