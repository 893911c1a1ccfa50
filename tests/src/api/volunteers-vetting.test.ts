import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRecheckDue } from '@kindred/shared';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, theAdmin } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { GRANT_ROLE, REVOKE_ROLE } from '../support/operations.ts';
import {
  APPROVE_VOLUNTEER,
  CONFIRM_SKILL,
  myVolunteer,
  recentDate,
  RECORD_DBS_CHECK,
  RECORD_REFERENCE,
  RECORD_TRAINING,
  REMOVE_MY_REFEREE,
  sendApplication,
  UPDATE_MY_PROFILE,
  VERIFY_REFERENCE,
  vetUpToApproval,
  VETTING_QUEUE,
  VOLUNTEER,
  type ToCheck,
  type VolunteerView,
} from './volunteers-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
});
afterAll(() => kindred.close());

const staff = () => cast.linkWorker.client;
const newVolunteer = (name = 'Val Unteer') => signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: name }), cast.scheme);

async function act<T>(operation: string, variables: Record<string, unknown>, key: string, client = staff()): Promise<T> {
  const data = expectSuccess(await client.graphql<Record<string, T>>(operation, variables));
  return data[key] as T;
}

describe('a link worker takes a volunteer from application to approval', () => {
  it('records references, a DBS check and training, then approves', async () => {
    const volunteer = await newVolunteer('Helen Brooke');
    const sent = await sendApplication(volunteer);
    const [first, second] = sent.references;

    const received = await act<VolunteerView>(RECORD_REFERENCE, { referenceId: first?.id }, 'recordReference');
    expect(received.references[0]).toMatchObject({ status: 'RECEIVED', receivedBy: 'Lin Worker', verifiedOn: null });
    expect(received.vetting.steps[1]).toEqual({ step: 'REFERENCES', status: 'IN_PROGRESS' });

    await act(VERIFY_REFERENCE, { referenceId: first?.id }, 'verifyReference');
    const referenced = await act<VolunteerView>(VERIFY_REFERENCE, { referenceId: second?.id }, 'verifyReference');
    expect(referenced.references.map((r) => r.status)).toEqual(['VERIFIED', 'VERIFIED']);
    expect(referenced.references[1]).toMatchObject({ receivedBy: 'Lin Worker', verifiedBy: 'Lin Worker' });
    expect(referenced.vetting.stage).toBe('DBS_CHECK');

    const issuedOn = recentDate(30);
    const checked = await act<VolunteerView>(
      RECORD_DBS_CHECK,
      { input: { volunteerId: sent.id, level: 'ENHANCED', issuedOn, certificateNumber: '0012 3456 7890' } },
      'recordDbsCheck',
    );
    expect(checked.dbsCheck).toMatchObject({ level: 'ENHANCED', issuedOn, recheckDueOn: defaultRecheckDue(issuedOn), certificateEnding: '7890', current: true });
    expect(checked.vetting.stage).toBe('TRAINING');

    const early = await staff().graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id });
    expect(expectFieldProblem(early, 'volunteerId')).toMatch(/3 more training modules/);

    let trained = checked;
    for (const module of ['SAFEGUARDING', 'BOUNDARIES', 'COMMUNICATION_SUPPORT']) {
      trained = await act<VolunteerView>(RECORD_TRAINING, { input: { volunteerId: sent.id, module, completedOn: recentDate(5) } }, 'recordTraining');
    }
    expect(trained.training.every((t) => t.completedOn === recentDate(5) && t.recordedBy === 'Lin Worker')).toBe(true);
    expect(trained.vetting).toMatchObject({ stage: 'APPROVAL', approvalNeeds: [], eligibleForNewMatches: false });

    const approved = await act<VolunteerView>(APPROVE_VOLUNTEER, { volunteerId: sent.id }, 'approveVolunteer');
    expect(approved).toMatchObject({ approvedBy: 'Lin Worker', vetting: { stage: 'APPROVED', nextActor: null, eligibleForNewMatches: true } });

    // The volunteer sees the same, in words for them.
    const seen = await myVolunteer(volunteer.client);
    expect(seen.vetting.stage).toBe('APPROVED');
    expect(seen.vetting.nextStep).toMatch(/You are approved/);
  });

  it('keeps only the last 4 digits of the certificate number in the database', async () => {
    const volunteer = await newVolunteer();
    const sent = await sendApplication(volunteer);
    await act(RECORD_DBS_CHECK, { input: { volunteerId: sent.id, level: 'BASIC', issuedOn: recentDate(3), certificateNumber: '001234567890' } }, 'recordDbsCheck');
    const rows = await kindred.orm.em.fork().getConnection().execute<Array<Record<string, unknown>>>(
      'select * from volunteer_dbs_check where volunteer_id = ?',
      [sent.id],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('00123456');
    expect(rows[0]?.certificate_ending).toBe('7890');
  });

  it('replaces the DBS check with a newer one, and takes an explicit re-check date', async () => {
    const volunteer = await newVolunteer();
    const sent = await sendApplication(volunteer);
    await act(RECORD_DBS_CHECK, { input: { volunteerId: sent.id, level: 'STANDARD', issuedOn: '2021-02-01' } }, 'recordDbsCheck');
    const renewed = await act<VolunteerView>(
      RECORD_DBS_CHECK,
      { input: { volunteerId: sent.id, level: 'ENHANCED_WITH_BARRED_LISTS', issuedOn: recentDate(2), recheckDueOn: '2027-12-31' } },
      'recordDbsCheck',
    );
    expect(renewed.dbsCheck).toMatchObject({ level: 'ENHANCED_WITH_BARRED_LISTS', recheckDueOn: '2027-12-31', current: true });
  });

  it.each([
    [{ issuedOn: '2999-01-01' }, 'issuedOn'],
    [{ issuedOn: '2026-02-30' }, 'issuedOn'],
    [{ issuedOn: '2025-01-10', recheckDueOn: '2025-01-01' }, 'recheckDueOn'],
    [{ issuedOn: '2025-01-10', certificateNumber: '12345' }, 'certificateNumber'],
  ])('refuses a DBS check with %j, naming the field', async (fields, field) => {
    const sent = await sendApplication(await newVolunteer());
    const result = await staff().graphql(RECORD_DBS_CHECK, { input: { volunteerId: sent.id, level: 'ENHANCED', ...fields } });
    expectFieldProblem(result, field);
    expect((await act<VolunteerView>(VOLUNTEER, { id: sent.id }, 'volunteer')).dbsCheck).toBeNull();
  });

  it('refuses training completed in the future', async () => {
    const sent = await sendApplication(await newVolunteer());
    const result = await staff().graphql(RECORD_TRAINING, { input: { volunteerId: sent.id, module: 'SAFEGUARDING', completedOn: '2999-01-01' } });
    expectFieldProblem(result, 'completedOn');
  });

  it('cannot check a volunteer who has not sent their application', async () => {
    const volunteer = await newVolunteer('Not Yet');
    const { id } = await myVolunteer(volunteer.client);
    const result = await staff().graphql(RECORD_DBS_CHECK, { input: { volunteerId: id, level: 'ENHANCED', issuedOn: recentDate(1) } });
    expect(expectFieldProblem(result, 'volunteerId')).toMatch(/has not sent their application/);
  });

  it('does not let a link worker vet their own application', async () => {
    const details = buildPerson({ displayName: 'Gareth Evans' });
    const both = await signUp(kindred, 'VOLUNTEER', details, cast.scheme);
    const { client: admin } = await theAdmin(kindred);
    expectSuccess(await admin.graphql(GRANT_ROLE, { input: { email: details.email, schemeId: cast.scheme.id, role: 'LINK_WORKER' } }));
    const sent = await sendApplication(both);
    const result = await both.client.graphql(VERIFY_REFERENCE, { referenceId: sent.references[0]?.id });
    expect(expectFieldProblem(result, 'volunteerId')).toMatch(/your own application/);
    // Another link worker can.
    expectSuccess(await staff().graphql(VERIFY_REFERENCE, { referenceId: sent.references[0]?.id }));
  });

  it('lets the volunteer remove a referee only before the reference arrives', async () => {
    const volunteer = await newVolunteer();
    const sent = await sendApplication(volunteer);
    await act(RECORD_REFERENCE, { referenceId: sent.references[0]?.id }, 'recordReference');
    const result = await volunteer.client.graphql(REMOVE_MY_REFEREE, { referenceId: sent.references[0]?.id });
    expect(expectFieldProblem(result, 'referenceId')).toMatch(/already arrived/);
  });
});

describe('skills', () => {
  it('are confirmed by staff, and a confirmation goes when the volunteer takes the skill off', async () => {
    const volunteer = await newVolunteer();
    const sent = await sendApplication(volunteer);
    const confirmed = await act<VolunteerView>(CONFIRM_SKILL, { input: { volunteerId: sent.id, skill: 'DRIVES_CAR', confirmed: true } }, 'confirmVolunteerSkill');
    expect(confirmed.skills).toEqual([{ skill: 'DRIVES_CAR', confirmed: true, confirmedOn: expect.any(String), confirmedBy: 'Lin Worker' }]);

    const undeclared = await staff().graphql(CONFIRM_SKILL, { input: { volunteerId: sent.id, skill: 'SIGNS_BSL', confirmed: true } });
    expectFieldProblem(undeclared, 'skill');

    await volunteer.client.graphql(UPDATE_MY_PROFILE, { volunteerId: sent.id, input: { skills: [] } });
    const readded = await act<VolunteerView>(UPDATE_MY_PROFILE, { volunteerId: sent.id, input: { skills: ['DRIVES_CAR', 'SIGNS_BSL'] } }, 'updateMyVolunteerProfile', volunteer.client);
    expect(readded.skills.map((s) => [s.skill, s.confirmed])).toEqual([
      ['DRIVES_CAR', false],
      ['SIGNS_BSL', false],
    ]);

    const withdrawn = await act<VolunteerView>(CONFIRM_SKILL, { input: { volunteerId: sent.id, skill: 'SIGNS_BSL', confirmed: true } }, 'confirmVolunteerSkill');
    expect(withdrawn.skills.find((s) => s.skill === 'SIGNS_BSL')?.confirmed).toBe(true);
    const back = await act<VolunteerView>(CONFIRM_SKILL, { input: { volunteerId: sent.id, skill: 'SIGNS_BSL', confirmed: false } }, 'confirmVolunteerSkill');
    expect(back.skills.find((s) => s.skill === 'SIGNS_BSL')?.confirmed).toBe(false);
  });
});

describe('a lapsed DBS check', () => {
  it('makes an approved volunteer LAPSED and not eligible, until a new check is recorded', async () => {
    const volunteer = await newVolunteer();
    const ready = await vetUpToApproval(staff(), await sendApplication(volunteer));
    await act(APPROVE_VOLUNTEER, { volunteerId: ready.id }, 'approveVolunteer');
    const lapsed = await act<VolunteerView>(RECORD_DBS_CHECK, { input: { volunteerId: ready.id, level: 'ENHANCED', issuedOn: '2022-01-10' } }, 'recordDbsCheck');
    expect(lapsed.dbsCheck).toMatchObject({ recheckDueOn: '2025-01-10', current: false });
    expect(lapsed.vetting).toMatchObject({ stage: 'LAPSED', eligibleForNewMatches: false, nextActor: 'STAFF' });
    expect((await myVolunteer(volunteer.client)).vetting.nextStep).toMatch(/DBS check needs renewing/);

    const renewed = await act<VolunteerView>(RECORD_DBS_CHECK, { input: { volunteerId: ready.id, level: 'ENHANCED', issuedOn: recentDate(1) } }, 'recordDbsCheck');
    expect(renewed.vetting).toMatchObject({ stage: 'APPROVED', eligibleForNewMatches: true });
  });

  it('cannot be approved past', async () => {
    const ready = await vetUpToApproval(staff(), await sendApplication(await newVolunteer()), '2020-05-01');
    const result = await staff().graphql(APPROVE_VOLUNTEER, { volunteerId: ready.id });
    expect(expectFieldProblem(result, 'volunteerId')).toMatch(/new DBS check/);
  });
});

describe('the vetting queue', () => {
  it('lists the scheme’s volunteers by stage, longest waiting first, with only their area', async () => {
    const { client: admin } = await theAdmin(kindred);
    const other = await appoint(kindred, 'LINK_WORKER', cast.scheme, 'Queue Watcher');
    const waiting = await sendApplication(await newVolunteer('Wendy Waiting'));
    const notStarted = await newVolunteer('Nora New');
    const queue = await act<ToCheck[]>(VETTING_QUEUE, { schemeId: cast.scheme.id }, 'vettingQueue', other.client);

    const wendy = queue.find((v) => v.id === waiting.id);
    expect(wendy).toMatchObject({ displayName: 'Wendy Waiting', area: 'HX7', stage: 'REFERENCES', paused: false });
    expect(JSON.stringify(wendy)).not.toContain('8AF');
    // Someone who signed up but never opened their page is there too, so staff can help them start.
    expect(queue.find((v) => v.displayName === 'Nora New')).toMatchObject({ stage: 'APPLICATION', area: null });

    const stages = queue.map((v) => v.stage);
    const order = ['APPLICATION', 'REFERENCES', 'DBS_CHECK', 'TRAINING', 'APPROVAL', 'APPROVED', 'LAPSED'];
    expect([...stages].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(stages);
    for (const stage of new Set(stages)) {
      const since = queue.filter((v) => v.stage === stage).map((v) => v.waitingSince);
      expect([...since].sort()).toEqual(since);
    }

    // Staff appointed from volunteers, and volunteers whose role was taken away, are not in it.
    expect(queue.some((v) => v.displayName === 'Lin Worker' || v.displayName === 'Queue Watcher')).toBe(false);
    expectSuccess(await admin.graphql(REVOKE_ROLE, { input: { email: notStarted.details.email, schemeId: cast.scheme.id, role: 'VOLUNTEER' } }));
    const after = await act<ToCheck[]>(VETTING_QUEUE, { schemeId: cast.scheme.id }, 'vettingQueue', other.client);
    expect(after.some((v) => v.displayName === 'Nora New')).toBe(false);
  });

  it('does not list another scheme’s volunteers', async () => {
    const theirs = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Olive Otherscheme' }), cast.otherScheme);
    await sendApplication(theirs);
    const queue = await act<ToCheck[]>(VETTING_QUEUE, { schemeId: cast.scheme.id }, 'vettingQueue');
    expect(queue.some((v) => v.displayName === 'Olive Otherscheme')).toBe(false);
    const theirQueue = await act<ToCheck[]>(VETTING_QUEUE, { schemeId: cast.otherScheme.id }, 'vettingQueue', cast.otherSchemeLinkWorker.client);
    expect(theirQueue.map((v) => v.displayName)).toContain('Olive Otherscheme');
  });
});
