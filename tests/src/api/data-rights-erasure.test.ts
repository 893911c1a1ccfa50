/**
 * Erasure: a person erases themself (typing "erase" and their password), or an administrator of
 * their scheme erases them with a reason. Afterwards they cannot sign in, every session has ended,
 * their live matches have ended with a plain reason, and a search of every text column of every
 * table finds nothing that identifies them, while the anonymous figures (requests, matches,
 * check-in scores) are still there for the reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createAdmin, signIn, signUp, type Admin, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { GRANT_ROLE, ME, SIGN_IN } from '../support/operations.ts';
import {
  ERASE_ME,
  ERASE_PERSON,
  needlesOf,
  personWithEverything,
  searchEverywhere,
  sql,
  SUGGEST,
  type Hit,
  type Identifiers,
} from './data-rights-support.ts';
import { approvedVolunteer, MATCH, notificationsOf, propose, respond, waitingWalker, type MatchView } from './matching-support.ts';
import { mySupport, refer, saveAboutMe, seekerRecord, MY_SUPPORT, RECORD_CONTACT } from './seekers-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
}, 60_000);
afterAll(() => kindred.close());

const ERASURE_REASON = 'ended because a person asked for their data to be erased';
const show = (hits: Hit[]) => hits.map((h) => `${h.table}.${h.column} has "${h.needle}": ${h.value}`).join('\n');
const me = async (client: SignedIn['client']) => expectSuccess(await client.graphql<{ me: { id: string } | null }>(ME)).me;

describe('a person erasing themself', () => {
  let person: SignedIn;
  let ids: Identifiers;
  let seekerId: string;
  let requestId: string;
  let matchId: string;

  beforeAll(async () => {
    person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Wilhelmina Quarrington' }), cast.scheme);
    ({ ids, seekerId, requestId, matchId } = await personWithEverything(cast, person, cast.volunteer, '27182'));
  }, 120_000);

  it('needs the word "erase" and the right password, and erases nothing without them', async () => {
    expectFieldProblem(await person.client.graphql(ERASE_ME, { input: { confirm: 'delete', password: person.details.password } }), 'confirm');
    expectFieldProblem(await person.client.graphql(ERASE_ME, { input: { confirm: 'erase', password: 'not my password' } }), 'password');
    expect((await mySupport(person.client)).aboutMe.name).toBe(ids.name);
    const [failed] = await sql<{ outcome: string }>(kindred, `select outcome from audit_event where action = 'PERSON_ERASED' and actor_id = ?`, [person.viewer.id]);
    expect(failed?.outcome).toBe('FAILED');
  });

  it('is refused to nobody', async () => {
    expectErrorCode(await cast.nobody.graphql(ERASE_ME, { input: { confirm: 'erase', password: 'anything' } }), 'UNAUTHENTICATED');
  });

  it('ends every session: they are signed out here and everywhere, and cannot sign in again', async () => {
    const otherBrowser = (await signIn(kindred, person.details)).client;
    const result = await person.client.graphql<{ eraseMe: boolean }>(ERASE_ME, { input: { confirm: ' Erase ', password: person.details.password } });
    expect(expectSuccess(result).eraseMe).toBe(true);
    expect(result.headers.getSetCookie().join(';')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(await me(person.client)).toBeNull();
    expect(await me(otherBrowser)).toBeNull();
    expectErrorCode(await kindred.person().graphql(SIGN_IN, { input: { email: ids.email, password: person.details.password } }), 'UNAUTHENTICATED');
    const [sessions] = await sql<{ n: number }>(kindred, 'select count(*)::int as n from account_session where user_id = ?', [person.viewer.id]);
    expect(sessions?.n).toBe(0);
  });

  it('leaves nothing that identifies them anywhere in the database', async () => {
    const hits = await searchEverywhere(kindred, needlesOf(ids));
    expect(hits, show(hits)).toEqual([]);
  }, 60_000);

  it('keeps the anonymous figures: the request, the match and the check-in scores', async () => {
    const [request] = await sql<{ kind: string; status: string; created_at: Date; notes: string | null }>(
      kindred,
      'select kind, status, created_at, notes from support_request where id = ?',
      [requestId],
    );
    expect(request).toMatchObject({ kind: 'BEFRIENDING', status: 'CLOSED', notes: null });
    const [match] = await sql<{ status: string; activated_at: Date | null; ended_at: Date | null; end_reason: string }>(
      kindred,
      'select status, activated_at, ended_at, end_reason from match where id = ?',
      [matchId],
    );
    expect(match).toMatchObject({ status: 'ENDED', end_reason: ERASURE_REASON });
    expect(match?.activated_at).not.toBeNull();
    const checkIns = await sql<{ status: string; responses: Array<{ score: unknown }> }>(kindred, 'select status, responses from check_in where seeker_id = ?', [seekerId]);
    expect(checkIns.find((c) => c.status === 'COMPLETED')?.responses.some((r) => r.score !== null)).toBe(true);
    const [seeker] = await sql<{ name: string; account_id: string | null; profile_postcode: string | null; created_at: Date }>(
      kindred,
      'select name, account_id, profile_postcode, created_at from seeker where id = ?',
      [seekerId],
    );
    expect(seeker).toMatchObject({ name: 'Erased person', account_id: null, profile_postcode: null });
    const [erasure] = await sql<{ way: string; subject_id: string }>(kindred, 'select way, subject_id from erasure_record where subject_id = ?', [person.viewer.id]);
    expect(erasure).toEqual({ way: 'BY_THE_PERSON', subject_id: person.viewer.id });
    const [audit] = await sql(kindred, `select actor_id, subject_id from audit_event where action = 'PERSON_ERASED' and outcome = 'ALLOWED' and subject_id = ?`, [person.viewer.id]);
    expect(audit).toEqual({ actor_id: person.viewer.id, subject_id: person.viewer.id });
  });

  it('tells the volunteer plainly that the match ended, without a name, and staff see only "Erased person"', async () => {
    const match = expectSuccess(await cast.volunteer.client.graphql<{ match: MatchView }>(MATCH, { id: matchId })).match;
    expect(match).toMatchObject({ status: 'ENDED', personFirstName: 'Erased', area: null, contact: null });
    const staffView = expectSuccess(await cast.linkWorker.client.graphql<{ match: MatchView }>(MATCH, { id: matchId })).match;
    expect(staffView).toMatchObject({ status: 'ENDED', endReason: ERASURE_REASON, personFirstName: 'Erased' });
    expect(staffView.transitions.at(-1)).toMatchObject({ to: 'ENDED', byRole: expect.any(String), reason: ERASURE_REASON });
    const ended = (await notificationsOf(cast.volunteer.client)).filter((n) => n.kind === 'MATCH_ENDED');
    expect(ended.at(-1)?.text).toMatch(/asked us to erase their details/);
    const record = await seekerRecord(cast.linkWorker.client, seekerId);
    expect(record).toMatchObject({ hasAccount: false, aboutMe: { name: 'Erased person', whatMattersToMe: null, contact: { phone: null, address: null } } });
    expect(record.contacts.every((c) => c.note === null)).toBe(true);
    expect(record.consents.every((c) => c.withdrawnAt !== null && c.agreedWords === '')).toBe(true);
  });
});

describe('an administrator erasing a volunteer', () => {
  let volunteer: SignedIn;
  let volunteerId: string;
  let seeker: SignedIn;
  let requestId: string;
  let matchId: string;

  beforeAll(async () => {
    volunteer = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Bartholomew Fennimore' }), cast.scheme);
    volunteerId = await approvedVolunteer(cast.linkWorker.client, volunteer);
    seeker = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Dorcas Waiting' }), cast.scheme);
    requestId = await waitingWalker(seeker);
    const before = expectSuccess(
      await cast.linkWorker.client.graphql<{ suggestMatches: { suggestions: Array<{ volunteerId: string }> } }>(SUGGEST, { requestId }),
    ).suggestMatches.suggestions.map((s) => s.volunteerId);
    expect(before, 'suggested before erasure').toContain(volunteerId);
    const proposed = await propose(cast.linkWorker.client, requestId, volunteerId);
    await respond(volunteer.client, proposed.id, true);
    matchId = (await respond(seeker.client, proposed.id, true)).id;
  }, 120_000);

  it('is for administrators of their scheme only; anyone else is told it is not there', async () => {
    const otherAdmin: Admin = await createAdmin(kindred);
    const input = { userId: volunteer.viewer.id, reason: 'They asked by phone' };
    expectErrorCode(await cast.nobody.graphql(ERASE_PERSON, { input }), 'UNAUTHENTICATED');
    for (const who of [cast.linkWorker, cast.communityBuilder, cast.anotherVolunteer, cast.seeker]) {
      expectErrorCode(await who.client.graphql(ERASE_PERSON, { input }), 'FORBIDDEN');
    }
    expectErrorCode(await otherAdmin.client.graphql(ERASE_PERSON, { input }), 'NOT_FOUND');
    expectErrorCode(await cast.admin.client.graphql(ERASE_PERSON, { input: { ...input, userId: '00000000-0000-4000-8000-000000000000' } }), 'NOT_FOUND');
    expect(await me(volunteer.client)).not.toBeNull();
  });

  it('needs a reason without their name or contact details', async () => {
    expectFieldProblem(await cast.admin.client.graphql(ERASE_PERSON, { input: { userId: volunteer.viewer.id, reason: '  ' } }), 'reason');
    const named = await cast.admin.client.graphql(ERASE_PERSON, { input: { userId: volunteer.viewer.id, reason: 'Bartholomew Fennimore rang us' } });
    expect(expectFieldProblem(named, 'reason')).toMatch(/Leave out their name/);
    expect(await me(volunteer.client)).not.toBeNull();
  });

  it('ends their match, puts the person back on the waiting list and tells them kindly, and the volunteer is never suggested again', async () => {
    expect(expectSuccess(await cast.admin.client.graphql<{ erasePerson: boolean }>(ERASE_PERSON, { input: { userId: volunteer.viewer.id, reason: 'They asked by phone' } })).erasePerson).toBe(true);
    expect(await me(volunteer.client)).toBeNull();
    const seen = expectSuccess(await seeker.client.graphql<{ match: MatchView }>(MATCH, { id: matchId })).match;
    expect(seen).toMatchObject({ status: 'ENDED', volunteerFirstName: 'Erased' });
    const staffView = expectSuccess(await cast.linkWorker.client.graphql<{ match: MatchView }>(MATCH, { id: matchId })).match;
    expect(staffView).toMatchObject({ status: 'ENDED', endReason: ERASURE_REASON, volunteerFirstName: 'Erased' });
    expect((await mySupport(seeker.client)).requests.find((r) => r.id === requestId)?.status).toBe('WAITING');
    const told = (await notificationsOf(seeker.client)).filter((n) => n.kind === 'MATCH_ENDED');
    expect(told.at(-1)?.text).toMatch(/You keep your place in the queue/);
    const suggested = expectSuccess(
      await cast.linkWorker.client.graphql<{ suggestMatches: { suggestions: Array<{ volunteerId: string }> } }>(SUGGEST, { requestId }),
    ).suggestMatches.suggestions.map((s) => s.volunteerId);
    expect(suggested).not.toContain(volunteerId);
    // The admin's reason is kept, the audit log has the act, and nothing identifies the volunteer.
    const [erasure] = await sql(kindred, 'select way, reason, erased_by_id from erasure_record where subject_id = ?', [volunteer.viewer.id]);
    expect(erasure).toEqual({ way: 'BY_AN_ADMINISTRATOR', reason: 'They asked by phone', erased_by_id: cast.admin.viewer.id });
    const hits = await searchEverywhere(kindred, ['Bartholomew', 'Fennimore', volunteer.details.email]);
    expect(hits, show(hits)).toEqual([]);
    // Their referees (the same two as every test volunteer's, so checked on their own rows).
    const referees = await sql(kindred, 'select referee_name, relationship, contact from volunteer_reference where volunteer_id = ?', [volunteerId]);
    expect(referees).toEqual([
      { referee_name: 'Erased person', relationship: '', contact: '' },
      { referee_name: 'Erased person', relationship: '', contact: '' },
    ]);
    const [profile] = await sql(kindred, 'select profile_postcode, profile_latitude, profile_interests, paused_at is not null as paused from volunteer where id = ?', [volunteerId]);
    expect(profile).toEqual({ profile_postcode: null, profile_latitude: null, profile_interests: [], paused: true });
  }, 60_000);
});

describe('an administrator erasing a person referred without an account', () => {
  it('erases their record by its id', async () => {
    const referred = await refer(cast.linkWorker.client, cast.scheme.id, {
      name: 'Ottoline Gallimore',
      contact: { phone: '01422 800999', address: '9 Weavers Yard, Mytholmroyd', preferredContact: 'PHONE' },
    });
    expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(ERASE_PERSON, { input: { seekerId: referred.id, reason: 'Asked' } }), 'FORBIDDEN');
    expectSuccess(await cast.admin.client.graphql(ERASE_PERSON, { input: { seekerId: referred.id, reason: 'Asked us in person' } }));
    const hits = await searchEverywhere(kindred, ['Ottoline', 'Gallimore', '01422 800999', 'Weavers Yard']);
    expect(hits, show(hits)).toEqual([]);
    expect((await seekerRecord(cast.linkWorker.client, referred.id)).aboutMe.name).toBe('Erased person');
  }, 60_000);
});

describe('an administrator of one scheme erasing someone who also belongs to another', () => {
  it('erases what their scheme holds and leaves the person’s account and other scheme alone', async () => {
    const otherAdmin = await createAdmin(kindred);
    const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Perpetua Twoschemes' }), cast.scheme);
    expectSuccess(await otherAdmin.client.graphql(GRANT_ROLE, { input: { email: person.details.email, schemeId: otherAdmin.scheme.id, role: 'SEEKER' } }));
    const again = await signIn(kindred, person.details, person.client);
    await saveAboutMe(again.client, { whatMattersToMe: 'Here in the first scheme' });
    const there = expectSuccess(
      await again.client.graphql<{ updateMyAboutMe: { scheme: { id: string } } }>(
        'mutation U($input: UpdateMyAboutMeInput!) { updateMyAboutMe(input: $input) { scheme { id } aboutMe { name } } }',
        { input: { schemeId: otherAdmin.scheme.id, whatMattersToMe: 'Over in the other scheme' } },
      ),
    );
    expect(there.updateMyAboutMe.scheme.id).toBe(otherAdmin.scheme.id);
    const [theirs] = await sql<{ id: string }>(kindred, 'select id from seeker where account_id = ? and scheme_id = ?', [person.viewer.id, otherAdmin.scheme.id]);

    expectSuccess(await otherAdmin.client.graphql(ERASE_PERSON, { input: { userId: person.viewer.id, reason: 'Moved away' } }));

    // Still themself in the first scheme, and still able to sign in.
    const back = await signIn(kindred, person.details, kindred.person());
    expect(back.viewer.memberships.map((m) => m.scheme.id)).toEqual([cast.scheme.id]);
    expect((await mySupport(back.client)).aboutMe.whatMattersToMe).toBe('Here in the first scheme');
    expectErrorCode(await back.client.graphql(MY_SUPPORT, { schemeId: otherAdmin.scheme.id }), 'NOT_FOUND');
    // In the other scheme, nothing leads back to them: their record and what they did there belong to an empty stand-in.
    const record = await seekerRecord(otherAdmin.client, theirs!.id);
    expect(record.aboutMe).toMatchObject({ name: 'Erased person', whatMattersToMe: null });
    const rows = await sql(kindred, 'select 1 from consent_record where seeker_id = ? and (recorded_by_id = ? or withdrawn_by_id = ?)', [theirs!.id, person.viewer.id, person.viewer.id]);
    expect(rows).toEqual([]);
    const left = await sql(
      kindred,
      `select 'membership' as what from membership where user_id = ? and scheme_id = ?
       union all select 'notification' from notification where user_id = ? and scheme_id = ?`,
      [person.viewer.id, otherAdmin.scheme.id, person.viewer.id, otherAdmin.scheme.id],
    );
    expect(left).toEqual([]);
    const hits = await searchEverywhere(kindred, ['Over in the other scheme']);
    expect(hits, show(hits)).toEqual([]);
  }, 90_000);
});

describe('a member of staff erasing themself', () => {
  it('loses their sign-in codes too, and what they recorded about others now says "Erased person"', async () => {
    const staff = await appoint(kindred, 'LINK_WORKER', cast.scheme, 'Tobias Leaving');
    const referred = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Ursula Stays' });
    expectSuccess(await staff.client.graphql(RECORD_CONTACT, { input: { seekerId: referred.id, method: 'PHONE', note: 'Rang to say hello' } }));
    const [before] = await sql<{ n: number }>(kindred, 'select count(*)::int as n from two_factor where user_id = ?', [staff.viewer.id]);
    expect(before?.n, 'staff had set up two-factor sign-in').toBe(1);

    expectSuccess(await staff.client.graphql(ERASE_ME, { input: { confirm: 'erase', password: staff.details.password } }));
    const [after] = await sql<{ secrets: number; codes: number }>(
      kindred,
      'select (select count(*) from two_factor where user_id = ?)::int as secrets, (select count(*) from two_factor_recovery_code where user_id = ?)::int as codes',
      [staff.viewer.id, staff.viewer.id],
    );
    expect(after).toEqual({ secrets: 0, codes: 0 });
    const record = await seekerRecord(cast.linkWorker.client, referred.id);
    expect(record.aboutMe.name).toBe('Ursula Stays');
    expect(record.contacts).toEqual([expect.objectContaining({ note: 'Rang to say hello', recordedByName: 'Erased person' })]);
    const hits = await searchEverywhere(kindred, ['Tobias Leaving', staff.details.email]);
    expect(hits, show(hits)).toEqual([]);
  }, 60_000);
});
