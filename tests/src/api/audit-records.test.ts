/**
 * Reads of special category data and changes to vetting are audited: one row per record read (not
 * per field), one per change, each with who, what and when — and never the needs, answers or
 * details themselves. A person reading their own record, or a volunteer their match, writes none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { auditedBy, auditRowsSince, expectOnlyRow } from './audit-support.ts';
import { MATCH, propose, respond, SCHEME_MATCHES } from './matching-support.ts';
import { startAndFinish } from './assignment-support.ts';
import { SEEKER_CHECK_INS } from './outcomes-check-ins-support.ts';
import { ABOUT_MARGARET, askForBefriender, mySupport, RECORD_CONTACT, refer, saveAboutMe, seekerRecord } from './seekers-support.ts';
import {
  APPROVE_VOLUNTEER,
  CONFIRM_SKILL,
  RECORD_DBS_CHECK,
  RECORD_REFERENCE,
  RECORD_TRAINING,
  recentDate,
  REQUIRED_MODULES,
  sendApplication,
  VERIFY_REFERENCE,
  VOLUNTEER,
  type VolunteerView,
} from './volunteers-support.ts';

const SUGGEST = `query Suggest($requestId: ID!) { suggestMatches(requestId: $requestId) { requestId suggestions { volunteerId reasons { text audience } } } }`;

// A walker whose one need (extra time to talk) any volunteer can meet, so a match can be made.
const ABOUT_WALKER_WITH_A_NEED = {
  ...ABOUT_MARGARET,
  whatMattersToMe: 'Walking by the canal and talking about my late husband',
  profile: { ...ABOUT_MARGARET.profile, interests: ['walking', 'gardening'], accessNeeds: ['EXTRA_TIME'], contactModes: ['IN_PERSON', 'PHONE'] },
  volunteerGender: 'NO_PREFERENCE',
};

const kindred = await startTestKindred();
let cast: Cast;
const staff = () => cast.linkWorker.client;
beforeAll(async () => {
  cast = await buildCast(kindred);
}, 120_000);
afterAll(() => kindred.close());

const read = { actor_id: '', scheme_id: '', action: 'SPECIAL_CATEGORY_READ', outcome: 'ALLOWED' };
const staffRead = (subjectType: string, subjectId: string) => ({ ...read, actor_id: cast.linkWorker.viewer.id, scheme_id: cast.scheme.id, subject_type: subjectType, subject_id: subjectId });

describe('a person’s record as staff see it', () => {
  it('records one read per record, whoever reads it and however, and never the needs or answers', async () => {
    const since = new Date(Date.now() - 1);
    const referred = await refer(staff(), cast.scheme.id);
    // Referring returns the whole record: that is a read too.
    const secrets = ['Ellen', 'LIP_READING', 'weaver', '01422 845123', 'Mill Lane'];
    expectOnlyRow(await auditRowsSince(kindred, since, 'SPECIAL_CATEGORY_READ'), staffRead('Seeker', referred.id), secrets);

    const looked = await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', () => seekerRecord(staff(), referred.id));
    expectOnlyRow(looked, staffRead('Seeker', referred.id), secrets);

    const contacted = await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () =>
      expectSuccess(await staff().graphql(RECORD_CONTACT, { input: { seekerId: referred.id, method: 'PHONE', contactedAt: new Date().toISOString(), note: 'Rang Ellen about her hearing' } })),
    );
    expectOnlyRow(contacted, staffRead('Seeker', referred.id), [...secrets, 'hearing']);
  });

  it('records nothing when a person reads their own record', async () => {
    const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Olive Own' }), cast.scheme);
    await saveAboutMe(person.client);
    expect(await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', () => mySupport(person.client))).toHaveLength(0);
  });

  it('records a read of a person’s wellbeing answers (check-ins) by staff', async () => {
    const referred = await refer(staff(), cast.scheme.id, { name: 'Wendy Wellbeing' });
    const rows = await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await staff().graphql(SEEKER_CHECK_INS, { seekerId: referred.id })));
    expectOnlyRow(rows, staffRead('SeekerCheckIns', referred.id), ['Wendy']);
  });
});

describe('a volunteer’s vetting', () => {
  let volunteer: SignedIn;
  let sent: VolunteerView;
  beforeAll(async () => {
    volunteer = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vicky Vetted' }), cast.scheme);
  });

  const change = (action: string) => ({ actor_id: cast.linkWorker.viewer.id, scheme_id: cast.scheme.id, action, subject_type: 'Volunteer', subject_id: sent.id, outcome: 'ALLOWED' });

  it('records the application being sent, by the volunteer', async () => {
    const rows = await auditedBy(kindred, 'VETTING_CHANGED', async () => (sent = await sendApplication(volunteer)));
    expectOnlyRow(rows, { ...change('VETTING_CHANGED'), actor_id: volunteer.viewer.id }, ['Vicky', volunteer.details.email, 'Ann Lee']);
  });

  it('records each check staff record as one change, and each staff read of the record as one read', async () => {
    const [first, second] = sent.references;
    const secrets = ['Vicky', 'Ann Lee', 'Brian Shaw', '7890', 'ENHANCED', 'SAFEGUARDING'];
    const steps: Array<[string, Record<string, unknown>]> = [
      [RECORD_REFERENCE, { referenceId: first?.id }],
      [VERIFY_REFERENCE, { referenceId: first?.id }],
      [VERIFY_REFERENCE, { referenceId: second?.id }],
      [RECORD_DBS_CHECK, { input: { volunteerId: sent.id, level: 'ENHANCED', issuedOn: recentDate(30), certificateNumber: '0012 3456 7890' } }],
      ...REQUIRED_MODULES.map((module): [string, Record<string, unknown>] => [RECORD_TRAINING, { input: { volunteerId: sent.id, module, completedOn: recentDate(5) } }]),
      [CONFIRM_SKILL, { input: { volunteerId: sent.id, skill: 'DRIVES_CAR', confirmed: true } }],
    ];
    for (const [operation, variables] of steps) {
      const since = new Date(Date.now() - 1);
      expectSuccess(await staff().graphql(operation, variables));
      expectOnlyRow(await auditRowsSince(kindred, since, 'VETTING_CHANGED'), change('VETTING_CHANGED'), secrets);
      // The answer is the whole record (DBS check, needs): read once.
      expectOnlyRow(await auditRowsSince(kindred, since, 'SPECIAL_CATEGORY_READ'), staffRead('Volunteer', sent.id), secrets);
    }
  });

  it('records the approval as VOLUNTEER_APPROVED, and approving again records nothing more', async () => {
    const rows = await auditedBy(kindred, 'VOLUNTEER_APPROVED', async () => expectSuccess(await staff().graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id })));
    expectOnlyRow(rows, change('VOLUNTEER_APPROVED'), ['Vicky']);
    expect(await auditedBy(kindred, 'VOLUNTEER_APPROVED', async () => expectSuccess(await staff().graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id })))).toHaveLength(0);
  });

  it('records a change that did not happen as nothing: a reference already verified', async () => {
    const rows = await auditedBy(kindred, 'VETTING_CHANGED', async () => expectSuccess(await staff().graphql(VERIFY_REFERENCE, { referenceId: sent.references[0]?.id })));
    expect(rows).toHaveLength(0);
  });

  it('records staff of another scheme being refused the volunteer or their reference as denials, and no read', async () => {
    const other = cast.otherSchemeLinkWorker;
    const refusal = (subjectType: string, subjectId: string) => ({ actor_id: other.viewer.id, scheme_id: null, action: 'ACCESS_DENIED', subject_type: subjectType, subject_id: subjectId, outcome: 'DENIED' });
    const since = new Date(Date.now() - 1);
    expectErrorCode(await other.client.graphql(VOLUNTEER, { id: sent.id }), 'NOT_FOUND');
    expectOnlyRow(await auditRowsSince(kindred, since, 'ACCESS_DENIED'), refusal('Volunteer', sent.id));
    const referenceId = sent.references[0]!.id;
    const later = new Date(Date.now() - 1);
    expectErrorCode(await other.client.graphql(RECORD_REFERENCE, { referenceId }), 'NOT_FOUND');
    expectOnlyRow(await auditRowsSince(kindred, later, 'ACCESS_DENIED'), refusal('VolunteerReference', referenceId));
    expect(await auditRowsSince(kindred, since, 'SPECIAL_CATEGORY_READ')).toHaveLength(0);
  });

  it('records staff looking at the volunteer as a read, and the volunteer’s own look as nothing', async () => {
    expectOnlyRow(await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await staff().graphql(VOLUNTEER, { id: sent.id }))), staffRead('Volunteer', sent.id));
    const own = await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await volunteer.client.graphql('query { myVolunteering { id } }')));
    expect(own).toHaveLength(0);
  });
});

describe('matching, where reasons come from the person’s needs', () => {
  let requestId: string;
  let matchId: string;
  let walter: SignedIn;
  beforeAll(async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Walter Walker' }), cast.scheme);
    const sent = await sendApplication(volunteer);
    for (const reference of sent.references) expectSuccess(await staff().graphql(VERIFY_REFERENCE, { referenceId: reference.id }));
    expectSuccess(await staff().graphql(RECORD_DBS_CHECK, { input: { volunteerId: sent.id, level: 'ENHANCED', issuedOn: recentDate(30) } }));
    for (const module of REQUIRED_MODULES) expectSuccess(await staff().graphql(RECORD_TRAINING, { input: { volunteerId: sent.id, module, completedOn: recentDate(5) } }));
    expectSuccess(await staff().graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id }));
    await saveAboutMe(cast.seeker.client, ABOUT_WALKER_WITH_A_NEED);
    requestId = (await askForBefriender(cast.seeker.client)).id;
    const suggested = expectSuccess(await staff().graphql<{ suggestMatches: { suggestions: Array<{ volunteerId: string }> } }>(SUGGEST, { requestId }));
    expect(suggested.suggestMatches.suggestions.map((s) => s.volunteerId)).toContain(sent.id);
    matchId = (await propose(staff(), requestId, sent.id)).id;
    await respond(volunteer.client, matchId, true);
    walter = volunteer;
  }, 120_000);

  it('records suggestions for a request of someone with needs as one read of that request', async () => {
    const rows = await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await staff().graphql(SUGGEST, { requestId })));
    expectOnlyRow(rows, staffRead('SupportRequest', requestId), ['EXTRA_TIME', 'canal']);
  });

  it('records staff looking at the match as one read, and a list of matches as one read per match', async () => {
    expectOnlyRow(await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await staff().graphql(MATCH, { id: matchId }))), staffRead('Match', matchId));
    const listed = await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await staff().graphql(SCHEME_MATCHES, { schemeId: cast.scheme.id })));
    expectOnlyRow(listed, staffRead('Match', matchId));
  });

  it('records nothing when the volunteer or the person looks at their match: needs are never shown to them', async () => {
    expect(await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await walter.client.graphql(MATCH, { id: matchId })))).toHaveLength(0);
    expect(await auditedBy(kindred, 'SPECIAL_CATEGORY_READ', async () => expectSuccess(await cast.seeker.client.graphql(MATCH, { id: matchId })))).toHaveLength(0);
  });
});

describe('scheme-wide assignment proposals', () => {
  it('records one read per proposed request whose person has needs', async () => {
    const seeker = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Paula Proposed' }), cast.scheme);
    await saveAboutMe(seeker.client, ABOUT_WALKER_WITH_A_NEED);
    const request = await askForBefriender(seeker.client);
    const since = new Date(Date.now() - 1);
    const run = await startAndFinish(staff(), cast.scheme.id);
    const proposed = run.proposals.filter((p) => p.requestId === request.id);
    expect(proposed.length, 'the run proposes a volunteer for Paula').toBeGreaterThan(0);
    // Polling reads the proposals once the run is done: one read of Paula's request for that answer.
    const rows = (await auditRowsSince(kindred, since, 'SPECIAL_CATEGORY_READ')).filter((r) => r.subject_id === request.id);
    expectOnlyRow(rows, staffRead('SupportRequest', request.id), ['Paula', 'EXTRA_TIME']);
  });
});
