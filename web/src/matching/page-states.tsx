import { useLocation } from 'react-router';
import { useSession } from '../app/session';
import type { MatchFieldsFragment } from '../gql/graphql';
import { Notice } from '../ui/Notice';

export { LoadProblem, Loading } from '../volunteers/PageStates';

export type MatchView = MatchFieldsFragment;

/** A "done" message handed to the next page in the navigation state. */
export function matchingDone(text: string): { matchingNotice: string } {
  return { matchingNotice: text };
}

export function MatchingNotice() {
  const { state } = useLocation();
  const text: unknown = state && typeof state === 'object' && 'matchingNotice' in state ? state.matchingNotice : undefined;
  return typeof text === 'string' ? <Notice tone="success">{text}</Notice> : null;
}

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
