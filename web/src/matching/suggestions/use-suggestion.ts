import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import type { SuggestMatchesQuery as Result } from '../../gql/graphql';
import { SeekerQuery } from '../../seekers/operations';
import { SuggestMatchesQuery } from '../operations';

export type Suggestion = Result['suggestMatches']['suggestions'][number];

type Found =
  | { state: 'loading' }
  | { state: 'problem'; error: unknown }
  | { state: 'ready'; name: string; requestId: string; suggestion: Suggestion; back: string };

/** The person, their request and one suggested volunteer, named in the address. */
export function useSuggestion(): Found {
  const { seekerId = '', requestId = '', volunteerId = '' } = useParams();
  const seeker = useQuery(SeekerQuery, { variables: { id: seekerId } });
  const suggested = useQuery(SuggestMatchesQuery, { variables: { requestId } });
  const record = seeker.data?.seeker;
  if (!record || !suggested.data) {
    return seeker.loading || suggested.loading ? { state: 'loading' } : { state: 'problem', error: seeker.error ?? suggested.error };
  }
  const suggestion = suggested.data.suggestMatches.suggestions.find((s) => s.volunteerId === volunteerId);
  if (!suggestion) return { state: 'problem', error: null };
  return { state: 'ready', name: record.aboutMe.name, requestId, suggestion, back: `/seekers/${seekerId}/requests/${requestId}/suggestions` };
}
