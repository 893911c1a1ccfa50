import { useSession } from '../app/session';
import type { MatchFieldsFragment } from '../gql/graphql';

export { DoneNotice as MatchingNotice, doneState as matchingDone, LoadProblem, Loading } from '../ui/page-states';

export type MatchView = MatchFieldsFragment;

/** Only staff are sent a match's history; for the two people it is always empty. */
export function isStaffView(match: MatchView): boolean {
  return match.transitions.length > 0;
}

/**
 * Which side of a match the signed-in person is on, as far as their roles tell: a person who both
 * volunteers and seeks company could be either, so both sides' actions are offered and the server decides.
 */
export function useMySide(): { volunteer: boolean; person: boolean } {
  const session = useSession();
  const roles = session.state === 'signed-in' ? session.viewer.memberships.map((m) => m.role) : [];
  const volunteer = roles.includes('VOLUNTEER');
  const person = roles.includes('SEEKER');
  return volunteer || person ? { volunteer, person } : { volunteer: true, person: true };
}
