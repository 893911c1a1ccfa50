/**
 * Operations and helpers for the safeguarding concerns tests: the GraphQL the web app sends, and a
 * short way to an active match between a person and an approved volunteer.
 */
import { expect } from 'vitest';
import { expectSuccess } from '../support/assertions.ts';
import type { SignedIn } from '../support/factories.ts';
import type { Person } from '../support/kindred.ts';
import { approvedVolunteer, notificationsOf, propose, respond, waitingWalker, type NotificationView } from './matching-support.ts';
import { waitingListOf } from './seekers-support.ts';

export const RAISED_FIELDS = 'id raisedAt received matchPaused';
export const CONCERN_FIELDS = `id subjectKind subjectId subjectLabel subjectLink text raisedByName raisedAt status severity actionsTaken outcome
  triagedByName triagedAt closedAt matchPaused volunteerSuspended pausedWhenRaised
  matches { matchId label paused } volunteer { volunteerId name suspended } liftedAt liftNote`;

export const RAISE = `mutation RaiseConcern($input: RaiseConcernInput!) { raiseConcern(input: $input) { ${RAISED_FIELDS} } }`;
export const MY_RAISED = `query MyRaisedConcerns { myRaisedConcerns { ${RAISED_FIELDS} } }`;
export const CONCERNS = `query Concerns($schemeId: ID!, $status: ConcernStatus) { concerns(schemeId: $schemeId, status: $status) { ${CONCERN_FIELDS} } }`;
export const CONCERN = `query Concern($id: ID!) { concern(id: $id) { ${CONCERN_FIELDS} } }`;
export const TRIAGE = `mutation TriageConcern($input: TriageConcernInput!) { triageConcern(input: $input) { ${CONCERN_FIELDS} } }`;
export const LIFT = `mutation LiftSafeguardingPause($input: LiftSafeguardingPauseInput!) { liftSafeguardingPause(input: $input) }`;
/** The match as either person or staff sees it, with every field a person can reach. */
export const MATCH_SEEN = `query Match($id: ID!) { match(id: $id) {
  id status paused kind personFirstName volunteerFirstName area reasons { text audience } waysToKeepInTouch proposedAt activatedAt endedAt
  endReason nextReviewDue transitions { from to byName byRole at reason } contact { name phone email preferredContact }
  companion { activityTitle meetingPoint } contactLog { at byName how note } } }`;
export const LOG_CONTACT = `mutation LogContact($input: LogMatchContactInput!) { logMatchContact(input: $input) { id } }`;
export const SUGGEST = `query Suggest($requestId: ID!) { suggestMatches(requestId: $requestId, limit: 50) { suggestions { volunteerId } unmatchedReasons { kind } } }`;
export const END = `mutation End($input: EndMatchInput!) { endMatch(input: $input) { id status } }`;

export type Raised = { id: string; raisedAt: string; received: boolean; matchPaused: boolean };
export type ConcernView = {
  id: string;
  subjectKind: string;
  subjectId: string;
  subjectLabel: string;
  subjectLink: string;
  text: string;
  raisedByName: string;
  raisedAt: string;
  status: string;
  severity: string | null;
  actionsTaken: string | null;
  outcome: string | null;
  triagedByName: string | null;
  triagedAt: string | null;
  closedAt: string | null;
  matchPaused: boolean;
  volunteerSuspended: boolean;
  pausedWhenRaised: boolean;
  matches: Array<{ matchId: string; label: string; paused: boolean }>;
  volunteer: { volunteerId: string; name: string; suspended: boolean } | null;
  liftedAt: string | null;
  liftNote: string | null;
};
export type MatchSeen = { id: string; status: string; paused: boolean; contact: { name: string } | null; [field: string]: unknown };

export type Pair = { matchId: string; volunteerId: string; seekerId: string; requestId: string };

/**
 * An active befriending match between `seeker` and `volunteer`, proposed by `staff`. The volunteer
 * is vetted and approved on the way; the person's seeker id is read from the waiting list first.
 */
export async function activePair(staff: Person, schemeId: string, volunteer: SignedIn, seeker: SignedIn): Promise<Pair> {
  const volunteerId = await approvedVolunteer(staff, volunteer);
  const requestId = await waitingWalker(seeker);
  const seekerId = (await waitingListOf(staff, schemeId)).find((entry) => entry.request.id === requestId)?.seekerId;
  expect(seekerId).toBeTruthy();
  const match = await propose(staff, requestId, volunteerId);
  await respond(volunteer.client, match.id, true);
  expect((await respond(seeker.client, match.id, true)).status).toBe('ACTIVE');
  return { matchId: match.id, volunteerId, seekerId: seekerId!, requestId };
}

export function raise(client: Person, subjectKind: string, subjectId: string, text = 'I am worried about how things went on our last visit.') {
  return client.graphql<{ raiseConcern: Raised }>(RAISE, { input: { subjectKind, subjectId, text } });
}

export async function raised(client: Person, subjectKind: string, subjectId: string, text?: string): Promise<Raised> {
  return expectSuccess(await raise(client, subjectKind, subjectId, text)).raiseConcern;
}

export async function concernsOf(client: Person, schemeId: string, status?: string): Promise<ConcernView[]> {
  return expectSuccess(await client.graphql<{ concerns: ConcernView[] }>(CONCERNS, { schemeId, status })).concerns;
}

export async function triage(client: Person, input: Record<string, unknown>): Promise<ConcernView> {
  return expectSuccess(await client.graphql<{ triageConcern: ConcernView }>(TRIAGE, { input })).triageConcern;
}

export async function matchSeen(client: Person, id: string): Promise<MatchSeen> {
  return expectSuccess(await client.graphql<{ match: MatchSeen }>(MATCH_SEEN, { id })).match;
}

/** Notifications of one kind that arrived for this person. */
export async function noticesOfKind(client: Person, kind: string): Promise<NotificationView[]> {
  return (await notificationsOf(client)).filter((n) => n.kind === kind);
}

/** Retries `check` until it passes or `timeoutMs` runs out (for work finished just after the answer). */
export async function eventually(check: () => Promise<void>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
