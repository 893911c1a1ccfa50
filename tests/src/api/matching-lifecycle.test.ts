/**
 * The whole match lifecycle through the API: proposed by a link worker, answered by the volunteer
 * and then the person, active with contact details, contact log, reviews, and an ending; declines
 * and rejected suggestions keep the pair apart afterwards. Email is read from the mail catcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import {
  END,
  LOG_CONTACT,
  MARK_READ,
  MATCH,
  MY_MATCHES,
  PROPOSE,
  REJECT,
  RESPOND,
  REVIEW,
  REVIEWS_DUE,
  approvedVolunteer,
  notificationsOf,
  propose,
  respond,
  waitingWalker,
  type MatchView,
} from './matching-support.ts';
import { mySupport } from './seekers-support.ts';

// Recurring jobs stay off: the tests run the job handlers themselves with a chosen clock.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
let vera: string;
let vic: string;
let requestId: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  vera = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
  vic = await approvedVolunteer(cast.linkWorker.client, cast.anotherVolunteer);
  requestId = await waitingWalker(cast.seeker);
}, 180_000);
afterAll(() => kindred.close());

const matchAs = async (client: typeof cast.nobody, id: string) => expectSuccess(await client.graphql<{ match: MatchView }>(MATCH, { id })).match;
const requestStatus = async () => (await mySupport(cast.seeker.client)).requests.find((r) => r.id === requestId);

describe('a befriending match from proposal to ending', () => {
  let match: MatchView;

  it('is proposed by the link worker, with the reasons kept as shown and a note only staff see', async () => {
    match = await propose(cast.linkWorker.client, requestId, vera, 'Both love walking; Sue asked for someone local.');
    expect(match).toMatchObject({ status: 'PROPOSED', kind: 'BEFRIENDING', personFirstName: 'Sue', volunteerFirstName: 'Vera', area: 'HX7', contact: null });
    expect(match.reasons.some((r) => r.audience === 'STAFF')).toBe(true);
    expect(match.reasons.find((r) => r.audience === 'EVERYONE')?.text).toMatch(/walking/i);
    expect(match.transitions).toEqual([expect.objectContaining({ from: null, to: 'PROPOSED', byName: 'Lin Worker', byRole: 'Staff', reason: expect.stringMatching(/walking/) })]);
  });

  it('shows the volunteer a first name, the area and the shared reasons, never needs, contact or the note', async () => {
    const seen = await matchAs(cast.volunteer.client, match.id);
    expect(seen.reasons.every((r) => r.audience === 'EVERYONE')).toBe(true);
    expect(seen).toMatchObject({ personFirstName: 'Sue', area: 'HX7', contact: null, transitions: [] });
    expect(JSON.stringify(seen)).not.toMatch(/07700|HX7 8AF|Waiting|free place/);
  });

  it('is not shown to the person until the volunteer has said yes', async () => {
    expectErrorCode(await cast.seeker.client.graphql(MATCH, { id: match.id }), 'NOT_FOUND');
    expect(expectSuccess(await cast.seeker.client.graphql<{ myMatches: MatchView[] }>(MY_MATCHES)).myMatches).toEqual([]);
  });

  it('tells the volunteer in the app and by email, kindly', async () => {
    const [offer] = await notificationsOf(cast.volunteer.client);
    expect(offer).toMatchObject({ kind: 'MATCH_OFFERED', link: `/matches/${match.id}`, readAt: null });
    const mail = await kindred.mail.waitForMail(cast.volunteer.details.email, { timeoutMs: 10_000 });
    expect(mail.subject).toBe('Someone you could support');
    expect(mail.text).toContain('Sue');
    expect(mail.text).not.toMatch(/lonel/i);
    expectSuccess(await cast.volunteer.client.graphql(MARK_READ, { ids: [offer!.id] }));
    expect((await notificationsOf(cast.volunteer.client))[0]?.readAt).not.toBeNull();
  });

  it('cannot be answered by the person before the volunteer, nor twice by the volunteer', async () => {
    expectErrorCode(await cast.seeker.client.graphql(RESPOND, { input: { matchId: match.id, accept: true } }), 'NOT_FOUND');
    expectFieldProblem(await cast.linkWorker.client.graphql(RESPOND, { input: { matchId: match.id, accept: true } }), 'matchId');
    match = await respond(cast.volunteer.client, match.id, true);
    expect(match.status).toBe('VOLUNTEER_ACCEPTED');
    expectErrorCode(await cast.volunteer.client.graphql(RESPOND, { input: { matchId: match.id, accept: true } }), 'BAD_USER_INPUT');
  });

  it('is then offered to the person, who sees the volunteer’s first name and the shared reasons', async () => {
    const seen = await matchAs(cast.seeker.client, match.id);
    expect(seen).toMatchObject({ status: 'VOLUNTEER_ACCEPTED', volunteerFirstName: 'Vera', contact: null, transitions: [] });
    expect(seen.reasons.every((r) => r.audience === 'EVERYONE')).toBe(true);
    expect((await notificationsOf(cast.seeker.client))[0]).toMatchObject({ kind: 'MATCH_OFFERED' });
    expect((await requestStatus())?.status).toBe('WAITING');
  });

  it('becomes active when the person says yes: contact details for the two, the request matched, a review in six weeks', async () => {
    match = await respond(cast.seeker.client, match.id, true);
    expect(match.status).toBe('ACTIVE');
    expect(match.contact).toMatchObject({ name: 'Vera Volunteer', email: cast.volunteer.details.email, phone: null });
    const forVolunteer = await matchAs(cast.volunteer.client, match.id);
    expect(forVolunteer.contact).toMatchObject({ name: 'Sue Seeker', phone: '07700 900123', preferredContact: 'TEXT' });
    const weeks = (Date.parse(match.nextReviewDue!) - Date.parse(match.activatedAt!)) / (7 * 86_400_000);
    expect(weeks).toBeCloseTo(6, 5);
    const request = await requestStatus();
    expect(request?.status).toBe('MATCHED');
    const mail = await kindred.mail.waitForMail(cast.volunteer.details.email, { timeoutMs: 10_000, after: new Date(match.activatedAt!) });
    expect(mail.subject).toBe('You and Sue are matched');
  });

  it('records contact by either of the two', async () => {
    const logged = expectSuccess(
      await cast.volunteer.client.graphql<{ logMatchContact: MatchView }>(LOG_CONTACT, { input: { matchId: match.id, how: 'PHONE', note: 'A lovely chat about walks' } }),
    ).logMatchContact;
    expect(logged.contactLog).toEqual([expect.objectContaining({ byName: 'Vera Volunteer', how: 'PHONE' })]);
  });

  it('lists reviews coming due for staff, and a review moves the next one three months on', async () => {
    const due = async () => expectSuccess(await cast.linkWorker.client.graphql<{ reviewsDue: MatchView[] }>(REVIEWS_DUE, { schemeId: cast.scheme.id })).reviewsDue;
    expect(await due()).toEqual([]);
    await kindred.orm.em.fork().getConnection().execute(`update match set next_review_due = now() + interval '3 days' where id = ?`, [match.id]);
    expect((await due()).map((m) => m.id)).toEqual([match.id]);
    const reviewed = expectSuccess(
      await cast.linkWorker.client.graphql<{ recordReview: MatchView }>(REVIEW, { input: { matchId: match.id, notes: 'Going well', continue: true } }),
    ).recordReview;
    const months = (Date.parse(reviewed.nextReviewDue!) - Date.now()) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(2.8);
    expect(months).toBeLessThan(3.2);
    expect(await due()).toEqual([]);
  });

  it('is ended easily by the person, with a reason; an early ending puts the request back on the waiting list', async () => {
    expectFieldProblem(await cast.seeker.client.graphql(END, { input: { matchId: match.id, reason: '  ' } }), 'reason');
    const ended = expectSuccess(await cast.seeker.client.graphql<{ endMatch: MatchView }>(END, { input: { matchId: match.id, reason: 'We did not click' } })).endMatch;
    expect(ended).toMatchObject({ status: 'ENDED', endReason: 'We did not click', contact: null });
    expect((await matchAs(cast.volunteer.client, match.id)).endReason).toBeNull();
    const history = (await matchAs(cast.linkWorker.client, match.id)).transitions.map((t) => `${t.from}>${t.to}:${t.byRole}`);
    expect(history).toEqual(['null>PROPOSED:Staff', 'PROPOSED>VOLUNTEER_ACCEPTED:Volunteer', 'VOLUNTEER_ACCEPTED>ACTIVE:Person', 'ACTIVE>ENDED:Person']);
    expect((await requestStatus())?.status).toBe('WAITING');
    expect((await notificationsOf(cast.volunteer.client))[0]).toMatchObject({ kind: 'MATCH_ENDED' });
    expectErrorCode(await cast.seeker.client.graphql(END, { input: { matchId: match.id, reason: 'again' } }), 'BAD_USER_INPUT');
  });
});

describe('declines and rejected suggestions', () => {
  it('a volunteer says why they decline; the pair is never proposed again', async () => {
    const match = await propose(cast.linkWorker.client, requestId, vic);
    expectFieldProblem(await cast.anotherVolunteer.client.graphql(RESPOND, { input: { matchId: match.id, accept: false } }), 'reason');
    const declined = await respond(cast.anotherVolunteer.client, match.id, false, 'I am away a lot this spring');
    expect(declined.status).toBe('DECLINED');
    expect((await requestStatus())?.status).toBe('WAITING');
    expectErrorCode(await cast.seeker.client.graphql(MATCH, { id: match.id }), 'NOT_FOUND');
    const again = await cast.linkWorker.client.graphql(PROPOSE, { input: { requestId, volunteerId: vic } });
    expect(expectFieldProblem(again, 'volunteerId')).toMatch(/earlier decline/);
  });

  it('a rejected suggestion is recorded for staff and keeps the pair apart', async () => {
    expectFieldProblem(await cast.linkWorker.client.graphql(REJECT, { input: { requestId, volunteerId: vera, reason: '' } }), 'reason');
    expect(expectSuccess(await cast.linkWorker.client.graphql(REJECT, { input: { requestId, volunteerId: vera, reason: 'They know each other' } }))).toEqual({ rejectSuggestion: true });
    expectFieldProblem(await cast.linkWorker.client.graphql(PROPOSE, { input: { requestId, volunteerId: vera } }), 'volunteerId');
  });

  it('emails never say lonely', () => {
    for (const who of [cast.seeker, cast.volunteer, cast.anotherVolunteer]) {
      for (const mail of mailTo(kindred, who.details.email)) expect(mail.text).not.toMatch(/lonel/i);
    }
  });
});
