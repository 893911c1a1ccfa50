/**
 * The demo's matches load as the README promises, every one keeping the rules: Joan and Arthur active
 * by letter with their first review due, Margaret offered to Aisha, Derek with Aisha as his companion
 * at the choir, and Derek's befriending request still waiting with Arthur suggested for it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { MY_MATCHES, MY_NOTIFICATIONS, REVIEWS_DUE, SCHEME_MATCHES, type MatchView, type NotificationView } from './matching-support.ts';
import { waitingListOf } from './seekers-support.ts';

const SUGGEST = `query Suggest($requestId: ID!) {
  suggestMatches(requestId: $requestId) { suggestions { firstName reasons { text } } unmatchedReasons { text } }
}`;
type Suggestions = { suggestMatches: { suggestions: Array<{ firstName: string; reasons: Array<{ text: string }> }>; unmatchedReasons: Array<{ text: string }> } };

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

async function demo(email: string) {
  const client = kindred.person(email);
  const viewer = expectSuccess(await client.graphql<{ signIn: { memberships: Array<{ scheme: { id: string; name: string } }> } }>(SIGN_IN, {
    input: { email, password: DEMO_PASSWORD },
  })).signIn;
  const calder = viewer.memberships.find((m) => m.scheme.name === 'Calder Valley Connect')?.scheme.id ?? '';
  return { client, calder };
}

describe('demo matches', () => {
  it('show Calder Valley’s link worker one active befriending match, one offer waiting and one companion match', async () => {
    const { client, calder } = await demo('linkworker@example.org');
    const matches = expectSuccess(await client.graphql<{ schemeMatches: MatchView[] }>(SCHEME_MATCHES, { schemeId: calder })).schemeMatches;
    const pair = (m: MatchView) => `${m.personFirstName} and ${m.volunteerFirstName}`;
    expect(matches.map((m) => [pair(m), m.kind, m.status]).sort()).toEqual([
      ['Derek and Aisha', 'FIRST_SESSION_COMPANION', 'ACTIVE'],
      ['Joan and Arthur', 'BEFRIENDING', 'ACTIVE'],
      ['Margaret and Aisha', 'BEFRIENDING', 'PROPOSED'],
    ]);

    const joan = matches.find((m) => pair(m) === 'Joan and Arthur')!;
    expect(joan.transitions.map((t) => t.to)).toEqual(['PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE']);
    expect(joan.transitions.map((t) => t.byRole)).toEqual(['Staff', 'Volunteer', 'Person']);
    expect(joan.waysToKeepInTouch).toContain('LETTER');
    expect(joan.contactLog).toEqual([expect.objectContaining({ byName: 'Arthur Pickles', how: 'LETTER' })]);
    expect(joan.reasons.length).toBeGreaterThan(0);
    const due = new Date(joan.nextReviewDue!).getTime() - Date.now();
    expect(due).toBeGreaterThan(0);
    expect(due).toBeLessThan(7 * 86_400_000);
    const reviews = expectSuccess(await client.graphql<{ reviewsDue: MatchView[] }>(REVIEWS_DUE, { schemeId: calder })).reviewsDue;
    expect(reviews.map(pair)).toEqual(['Joan and Arthur']);

    const margaret = matches.find((m) => pair(m) === 'Margaret and Aisha')!;
    expect(margaret.transitions.map((t) => t.to)).toEqual(['PROPOSED']);
    expect(margaret.activatedAt).toBeNull();

    const derek = matches.find((m) => pair(m) === 'Derek and Aisha')!;
    expect(derek.transitions.map((t) => t.to)).toEqual(['PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE']);
    expect(derek.companion).toMatchObject({ activityTitle: 'Calder Valley Community Choir', meetingPoint: expect.stringMatching(/Town Hall/) });
    expect(new Date(derek.companion!.sessionStartsAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('leave Derek’s befriending request waiting with Arthur suggested, and Joan matched', async () => {
    const { client, calder } = await demo('linkworker@example.org');
    const list = await waitingListOf(client, calder);
    // Among the people of server/src/seekers/demo.ts (the gaps demo adds others who wait too).
    const seekersDemo = ['Margaret Sutcliffe', 'Ellen Greenwood', 'Derek Holroyd', 'Joan Ackroyd'];
    expect(list.map((e) => e.name).filter((name) => seekersDemo.includes(name))).toEqual(['Margaret Sutcliffe', 'Ellen Greenwood', 'Derek Holroyd']);
    const derek = list.find((e) => e.name === 'Derek Holroyd')!;
    const suggested = expectSuccess(await client.graphql<Suggestions>(SUGGEST, { requestId: derek.request.id })).suggestMatches;
    expect(suggested.suggestions.map((s) => s.firstName)).toEqual(['Arthur']);

    // Ellen can travel a few kilometres now: no reason talks of "within 0 km".
    const ellen = list.find((e) => e.name === 'Ellen Greenwood')!;
    const forEllen = expectSuccess(await client.graphql<Suggestions>(SUGGEST, { requestId: ellen.request.id })).suggestMatches;
    const words = JSON.stringify(forEllen);
    expect(words).not.toMatch(/within 0 km/);
  });

  it('let Aisha see the offer waiting for her answer, and both people see their companion match', async () => {
    const aisha = await demo('aisha.volunteer@example.org');
    const mine = expectSuccess(await aisha.client.graphql<{ myMatches: MatchView[] }>(MY_MATCHES)).myMatches;
    expect(mine.map((m) => [m.personFirstName, m.status]).sort()).toEqual([['Derek', 'ACTIVE'], ['Margaret', 'PROPOSED']]);
    const notices = expectSuccess(await aisha.client.graphql<{ myNotifications: NotificationView[] }>(MY_NOTIFICATIONS, { unreadOnly: true })).myNotifications;
    expect(notices.map((n) => n.text).join(' ')).toMatch(/Margaret/);

    // Margaret hears nothing until Aisha says yes.
    const margaret = await demo('seeker@example.org');
    expect(expectSuccess(await margaret.client.graphql<{ myMatches: MatchView[] }>(MY_MATCHES)).myMatches).toEqual([]);

    const derek = await demo('derek@example.org');
    const his = expectSuccess(await derek.client.graphql<{ myMatches: MatchView[] }>(MY_MATCHES)).myMatches;
    expect(his).toEqual([expect.objectContaining({ volunteerFirstName: 'Aisha', status: 'ACTIVE', contact: expect.objectContaining({ name: expect.stringMatching(/Aisha/) }) })]);
    const invite = await derek.client.fetch(`/calendar/matches/${his[0]!.id}.ics`);
    expect(invite.status).toBe(200);
    expect(invite.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await invite.text()).toMatch(/Calder Valley Community Choir[\s\S]*Todmorden Town Hall/);
  });
});
