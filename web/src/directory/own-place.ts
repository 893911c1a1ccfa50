import { useQuery } from '@apollo/client/react';
import type { Viewer } from '../app/session';
import { graphql } from '../gql';

const SeekerPlaceQuery = graphql(`
  query DirectorySeekerPlace($schemeId: ID!) {
    mySupport(schemeId: $schemeId) {
      aboutMe {
        profile {
          postcode
        }
      }
    }
  }
`);

const VolunteerPlaceQuery = graphql(`
  query DirectoryVolunteerPlace {
    myVolunteering {
      scheme {
        id
      }
      profile {
        postcode
      }
    }
  }
`);

/**
 * The postcode the person gave in their own details in this scheme, if any: searches measure
 * distances from there unless they ask otherwise. Staff have no place of their own here.
 */
export function useOwnPostcode(viewer: Viewer, schemeId: string | undefined): { postcode: string | null; loading: boolean } {
  const holds = (role: string) => viewer.memberships.some((m) => m.role === role && m.scheme.id === schemeId);
  const seeker = useQuery(SeekerPlaceQuery, { variables: { schemeId: schemeId ?? '' }, skip: !schemeId || !holds('SEEKER'), errorPolicy: 'ignore' });
  const volunteer = useQuery(VolunteerPlaceQuery, { skip: !schemeId || !holds('VOLUNTEER'), errorPolicy: 'ignore' });
  const postcode =
    seeker.data?.mySupport.aboutMe.profile.postcode ??
    volunteer.data?.myVolunteering.find((v) => v.scheme.id === schemeId)?.profile.postcode ??
    null;
  return { postcode, loading: seeker.loading || volunteer.loading };
}
