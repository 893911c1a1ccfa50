/**
 * The privacy matrix for every lifecycle query and mutation: nobody, the volunteer, the person,
 * another volunteer and another person of the scheme, the scheme's link worker, a link worker of
 * another scheme, a community builder and an admin. A denial of an object looks like "not found".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { errorCodes, expectErrorCode, expectSuccess } from '../support/assertions.ts';
import type { Person } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  ATTENDANCE,
  END,
  LOG_CONTACT,
  MARK_READ,
  MATCH,
  MEETING_POINT,
  MY_MATCHES,
  PROPOSE,
  REJECT,
  RESPOND,
  REVIEW,
  REVIEWS_DUE,
  SCHEME_MATCHES,
  approvedVolunteer,
  notificationsOf,
  propose,
  respond,
  waitingWalker,
  type MatchView,
} from './matching-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let matchId: string;
let requestId: string;
let volunteerId: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  volunteerId = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
  requestId = await waitingWalker(cast.seeker);
  await waitingWalker(cast.anotherSeeker);
  matchId = (await propose(cast.linkWorker.client, requestId, volunteerId)).id;
  await respond(cast.volunteer.client, matchId, true);
  await respond(cast.seeker.client, matchId, true);
}, 180_000);
afterAll(() => kindred.close());

const strangers = () => [cast.anotherVolunteer, cast.anotherSeeker, cast.otherSchemeLinkWorker, cast.communityBuilder];
const staff = () => [cast.linkWorker, cast.admin];
const code = async (client: Person, query: string, variables: Record<string, unknown>) => errorCodes(await client.graphql(query, variables))[0];

describe('match(id)', () => {
  it('refuses nobody, and is "not found" for anyone but the two people and the scheme’s staff', async () => {
    expectErrorCode(await cast.nobody.graphql(MATCH, { id: matchId }), 'UNAUTHENTICATED');
    for (const who of strangers()) expectErrorCode(await who.client.graphql(MATCH, { id: matchId }), 'NOT_FOUND');
    expectErrorCode(await cast.linkWorker.client.graphql(MATCH, { id: 'not-an-id' }), 'NOT_FOUND');
  });
  it('shows contact details to the two people and staff only, and the transitions and staff reasons to staff only', async () => {
    for (const who of [cast.volunteer, cast.seeker]) {
      const m = expectSuccess(await who.client.graphql<{ match: MatchView }>(MATCH, { id: matchId })).match;
      expect(m.contact).not.toBeNull();
      expect(m.transitions).toEqual([]);
      expect(m.reasons.every((r) => r.audience === 'EVERYONE')).toBe(true);
    }
    for (const who of staff()) {
      const m = expectSuccess(await who.client.graphql<{ match: MatchView }>(MATCH, { id: matchId })).match;
      expect(m.transitions.length).toBe(3);
      expect(m.reasons.some((r) => r.audience === 'STAFF')).toBe(true);
    }
  });
});

describe('myMatches', () => {
  it('needs sign-in and shows only one’s own', async () => {
    expectErrorCode(await cast.nobody.graphql(MY_MATCHES), 'UNAUTHENTICATED');
    for (const who of [cast.volunteer, cast.seeker]) {
      expect(expectSuccess(await who.client.graphql<{ myMatches: MatchView[] }>(MY_MATCHES)).myMatches.map((m) => m.id)).toEqual([matchId]);
    }
    for (const who of [...strangers(), ...staff()]) expect(expectSuccess(await who.client.graphql<{ myMatches: MatchView[] }>(MY_MATCHES)).myMatches).toEqual([]);
  });
});

describe('schemeMatches and reviewsDue', () => {
  for (const [name, query] of [['schemeMatches', SCHEME_MATCHES], ['reviewsDue', REVIEWS_DUE]] as const) {
    it(`${name}: link workers and admins of the scheme only`, async () => {
      expectErrorCode(await cast.nobody.graphql(query, { schemeId: cast.scheme.id }), 'UNAUTHENTICATED');
      for (const who of [cast.volunteer, cast.seeker, cast.anotherVolunteer, cast.anotherSeeker, cast.communityBuilder]) {
        expectErrorCode(await who.client.graphql(query, { schemeId: cast.scheme.id }), 'FORBIDDEN');
      }
      expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(query, { schemeId: cast.scheme.id }), 'NOT_FOUND');
      for (const who of staff()) expectSuccess(await who.client.graphql(query, { schemeId: cast.scheme.id }));
    });
  }
});

describe('staff mutations: proposeMatch, rejectSuggestion, recordReview', () => {
  it('refuse nobody, people without a staff role, and staff of another scheme', async () => {
    const ops: Array<[string, Record<string, unknown>]> = [
      [PROPOSE, { input: { requestId, volunteerId } }],
      [REJECT, { input: { requestId, volunteerId, reason: 'No' } }],
      [REVIEW, { input: { matchId, notes: 'Fine', continue: true } }],
    ];
    for (const [query, variables] of ops) {
      expect(await code(cast.nobody, query, variables)).toBe('UNAUTHENTICATED');
      for (const who of [cast.volunteer, cast.seeker, cast.anotherVolunteer, cast.anotherSeeker, cast.communityBuilder]) {
        expect(await code(who.client, query, variables), query).toBe('FORBIDDEN');
      }
      expect(await code(cast.otherSchemeLinkWorker.client, query, variables)).toBe('NOT_FOUND');
    }
  });
  it('work for the scheme’s link worker and admin', async () => {
    expectSuccess(await cast.admin.client.graphql(REVIEW, { input: { matchId, notes: 'Going well', continue: true } }));
    // The request already has a live match: a clear answer, not a second match.
    expect(await code(cast.linkWorker.client, PROPOSE, { input: { requestId, volunteerId } })).toBe('BAD_USER_INPUT');
  });
});

describe('the two people’s mutations: respondToMatch, logMatchContact, agreeMeetingPoint, recordAttendance, endMatch', () => {
  it('are "not found" for strangers and refused to nobody', async () => {
    const ops: Array<[string, Record<string, unknown>]> = [
      [RESPOND, { input: { matchId, accept: false, reason: 'x' } }],
      [LOG_CONTACT, { input: { matchId, how: 'PHONE' } }],
      [MEETING_POINT, { input: { matchId, meetingPoint: 'The station' } }],
      [ATTENDANCE, { input: { matchId, attended: true } }],
      [END, { input: { matchId, reason: 'x' } }],
    ];
    for (const [query, variables] of ops) {
      expect(await code(cast.nobody, query, variables)).toBe('UNAUTHENTICATED');
      for (const who of strangers()) expect(await code(who.client, query, variables), query).toBe('NOT_FOUND');
    }
  });
  it('let the person log contact but not record attendance (the volunteer or staff do that)', async () => {
    expectSuccess(await cast.seeker.client.graphql(LOG_CONTACT, { input: { matchId, how: 'IN_PERSON' } }));
    expectSuccess(await cast.linkWorker.client.graphql(LOG_CONTACT, { input: { matchId, how: 'PHONE', note: 'Checked in' } }));
    expect(await code(cast.seeker.client, ATTENDANCE, { input: { matchId, attended: true } })).toBe('NOT_FOUND');
    // A befriending match has no session.
    expect(await code(cast.volunteer.client, ATTENDANCE, { input: { matchId, attended: true } })).toBe('BAD_USER_INPUT');
    expect(await code(cast.volunteer.client, MEETING_POINT, { input: { matchId, meetingPoint: 'The station' } })).toBe('BAD_USER_INPUT');
  });
});

describe('notifications', () => {
  it('are one’s own: nobody is refused, and marking someone else’s as read does nothing', async () => {
    expectErrorCode(await cast.nobody.graphql('query { myNotifications { id } }'), 'UNAUTHENTICATED');
    expectErrorCode(await cast.nobody.graphql(MARK_READ, { ids: [] }), 'UNAUTHENTICATED');
    const volunteers = await notificationsOf(cast.volunteer.client);
    expect(volunteers.length).toBeGreaterThan(0);
    expect(await notificationsOf(cast.anotherVolunteer.client)).toEqual([]);
    expectSuccess(await cast.anotherVolunteer.client.graphql(MARK_READ, { ids: volunteers.map((n) => n.id) }));
    expect((await notificationsOf(cast.volunteer.client)).every((n) => n.readAt === null)).toBe(true);
  });
});

describe('the calendar invite route', () => {
  it('is a plain 404 for nobody, strangers and a befriending match', async () => {
    for (const who of [cast.nobody, ...strangers().map((s) => s.client), cast.volunteer.client]) {
      const response = await who.fetch(`/calendar/matches/${matchId}.ics`);
      expect(response.status).toBe(404);
    }
  });
});
