/**
 * The volunteer pipeline against a small data set whose every moment is chosen, so each count,
 * each "on their way" or "dropped out" and each median can be worked out by hand (in the comments).
 * Days are counted back from now; "3 months" is three calendar months.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createScheme, defaultScheme, signUp, theAdmin, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { countsOf, PIPELINE, pipelineOf, signUpThroughDrive, START_DRIVE, startDrive, driveFor, stageOf, type Pipeline } from './community-drives-support.ts';
import { waitingWalker } from './matching-support.ts';
import { myVolunteer } from './volunteers-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

const DAY = 86_400_000;
const sql = (text: string, params: unknown[] = []) => kindred.orm.em.fork().getConnection().execute(text, params);
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** Moments in days ago; null when it has not happened. Two references: the first arrives two days before the second. */
type Plan = {
  postcode: string | null;
  applied: number;
  secondReference?: number;
  onlyReference?: number;
  dbs?: number;
  trained?: number;
  approved?: number;
  paused?: number;
};

/*
 * A: every step ten days apart from 200 days ago; first match 150 days ago, still active → still volunteering 3 months on.
 * B: first match 40 days ago, still active → three months not up: on their way at the last step.
 * C: first match 100 days ago, ended 80 days ago, before the three months were up → dropped out at the last step.
 * D: second reference 85 days ago, nothing since → dropped out before DBS (no movement for 60 days).
 * E: one reference 10 days ago → on their way to REFERENCES.
 * F: DBS check 90 days ago, paused 20 days ago → dropped out before TRAINED (paused).
 * G: signed up 70 days ago and never opened their volunteering page (no record) → dropped out before REFERENCES.
 * H: DBS recorded (50) before the second reference (40): DBS counts from 40, 0 days in step; on their way to TRAINED.
 * Through the drive: A, D, E. Areas: LS6 = A, B, E, H; LS7 = C, D; no postcode = F, G.
 */
const PLANS: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'H', Plan> = {
  A: { postcode: 'LS6 1AA', applied: 200, secondReference: 190, dbs: 180, trained: 170, approved: 160 },
  B: { postcode: 'LS6 2BB', applied: 100, secondReference: 90, dbs: 70, trained: 60, approved: 45 },
  C: { postcode: 'LS7 3CC', applied: 150, secondReference: 140, dbs: 130, trained: 125, approved: 110 },
  D: { postcode: 'LS7 4DD', applied: 90, secondReference: 85 },
  E: { postcode: 'LS6 5EE', applied: 30, onlyReference: 10 },
  F: { postcode: null, applied: 120, secondReference: 100, dbs: 90, paused: 20 },
  H: { postcode: 'LS6 6HH', applied: 60, secondReference: 40, dbs: 50 },
};
const MATCHES = [
  { who: 'A', activated: 150, ended: null },
  { who: 'B', activated: 40, ended: null },
  { who: 'C', activated: 100, ended: 80 },
] as const;

let scheme: Scheme;
let builder: SignedIn;
let linkWorker: SignedIn;
let driveId: string;
/** Days from A's first match to three calendar months later: the last step's one duration. */
let threeMonthsInDays: number;

async function applyPlan(volunteerId: string, userId: string, plan: Plan) {
  const applied = ago(plan.applied);
  await sql(
    `update volunteer set created_at = ?, vetting_updated_at = ?, application_sent_at = ?, profile_postcode = ?, approved_at = ?, paused_at = ? where id = ?`,
    [applied, applied, applied, plan.postcode, plan.approved ? ago(plan.approved) : null, plan.paused ? ago(plan.paused) : null, volunteerId],
  );
  await sql(`update membership set created_at = ? where user_id = ? and scheme_id = ?`, [applied, userId, scheme.id]);
  const reference = (receivedDaysAgo: number | null) =>
    sql(
      `insert into volunteer_reference (id, volunteer_id, scheme_id, referee_name, relationship, contact, status, created_at, received_at)
       values (gen_random_uuid(), ?, ?, 'A referee', 'Friend', 'referee@example.org', ?, ?, ?)`,
      [volunteerId, scheme.id, receivedDaysAgo === null ? 'REQUESTED' : 'RECEIVED', applied, receivedDaysAgo === null ? null : ago(receivedDaysAgo)],
    );
  if (plan.secondReference !== undefined) {
    await reference(plan.secondReference + 2);
    await reference(plan.secondReference);
  }
  if (plan.onlyReference !== undefined) {
    await reference(plan.onlyReference);
    await reference(null);
  }
  if (plan.dbs !== undefined) {
    await sql(
      `insert into volunteer_dbs_check (id, volunteer_id, scheme_id, level, issued_on, recheck_due_on, recorded_at)
       values (gen_random_uuid(), ?, ?, 'ENHANCED', '2026-01-05', '2029-01-05', ?)`,
      [volunteerId, scheme.id, ago(plan.dbs)],
    );
  }
  if (plan.trained !== undefined) {
    // The last of the three modules sets the moment; the others were done days before.
    for (const [module, extra] of [['SAFEGUARDING', 6], ['BOUNDARIES', 3], ['COMMUNICATION_SUPPORT', 0]] as const) {
      await sql(
        `insert into volunteer_training (id, volunteer_id, scheme_id, module, completed_on, recorded_at) values (gen_random_uuid(), ?, ?, ?, '2026-01-05', ?)`,
        [volunteerId, scheme.id, module, ago(plan.trained + extra)],
      );
    }
  }
}

beforeAll(async () => {
  scheme = await createScheme(kindred, 'Pipeline Befriending');
  builder = await appoint(kindred, 'COMMUNITY_BUILDER', scheme, 'Pip Builder');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Lena Linkworker');
  const drive = await startDrive(builder.client, scheme.id);
  driveId = drive.id;

  const ids: Record<string, string> = {};
  for (const [name, plan] of Object.entries(PLANS)) {
    const details = buildPerson({ displayName: `Volunteer ${name}` });
    const person = ['A', 'D', 'E'].includes(name) ? await signUpThroughDrive(kindred, scheme, drive.code, details) : await signUp(kindred, 'VOLUNTEER', details, scheme);
    const record = await myVolunteer(person.client);
    ids[name] = record.id;
    await applyPlan(record.id, person.viewer.id, plan);
  }
  const g = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Volunteer G' }), scheme);
  await sql(`update membership set created_at = ? where user_id = ? and scheme_id = ?`, [ago(70), g.viewer.id, scheme.id]);

  // Real requests to hang the matches on; the matches' moments are then chosen.
  const requests = [];
  for (const name of ['Rita', 'Ron']) requests.push(await waitingWalker(await signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), scheme)));
  const admin = await theAdmin(kindred);
  for (const [index, match] of MATCHES.entries()) {
    await sql(
      `insert into match (id, scheme_id, request_id, volunteer_id, status, kind, fit, reasons, ways_to_keep_in_touch, proposed_by_id, proposed_at, activated_at, ended_at)
       values (gen_random_uuid(), ?, ?, ?, ?, 'BEFRIENDING', 500, '[]', '{IN_PERSON}', ?, ?, ?, ?)`,
      [scheme.id, requests[index % 2], ids[match.who], match.ended === null ? 'ACTIVE' : 'ENDED', admin.viewer.id, ago(match.activated + 2), ago(match.activated), match.ended === null ? null : ago(match.ended)],
    );
  }
  const firstMatch = ago(150);
  const threeMonthsOn = new Date(firstMatch);
  threeMonthsOn.setUTCMonth(threeMonthsOn.getUTCMonth() + 3);
  threeMonthsInDays = (threeMonthsOn.getTime() - firstMatch.getTime()) / DAY;
}, 120_000);

type Row = [stage: string, reached: number, inProgress: number, droppedOut: number];

describe('the pipeline of a scheme', () => {
  it('counts who reached each step, who is on their way and who dropped out', async () => {
    const pipeline = await pipelineOf(builder.client, scheme.id);
    expect(countsOf(pipeline)).toEqual<Row[]>([
      ['APPLIED', 8, 0, 0],
      ['REFERENCES', 6, 1, 1], // E on the way; G dropped out
      ['DBS', 5, 0, 1], // D dropped out
      ['TRAINED', 3, 1, 1], // H on the way; F paused
      ['APPROVED', 3, 0, 0],
      ['FIRST_MATCH', 3, 0, 0],
      ['ACTIVE_AFTER_3_MONTHS', 1, 1, 1], // A reached; B on the way; C's match ended too soon
    ]);
  });

  it('gives the median days in each step, over those who reached it', async () => {
    const medians = Object.fromEntries((await pipelineOf(builder.client, scheme.id)).stages.map((s) => [s.stage, s.medianDaysInStep]));
    expect(medians).toMatchObject({
      APPLIED: null, // no step before it
      REFERENCES: 10, // 5, 10, 10, 10, 20, 20
      DBS: 10, // 0 (H), 10, 10, 10, 20
      TRAINED: 10, // 10, 10, 5
      APPROVED: 15, // 10, 15, 15
      FIRST_MATCH: 10, // 10, 5, 10
    });
    expect(medians['ACTIVE_AFTER_3_MONTHS']).toBeCloseTo(threeMonthsInDays, 1);
  });

  it('filters by area', async () => {
    const ls6 = await pipelineOf(builder.client, scheme.id, { area: 'ls6' });
    expect(countsOf(ls6)).toEqual<Row[]>([
      ['APPLIED', 4, 0, 0],
      ['REFERENCES', 3, 1, 0],
      ['DBS', 3, 0, 0],
      ['TRAINED', 2, 1, 0],
      ['APPROVED', 2, 0, 0],
      ['FIRST_MATCH', 2, 0, 0],
      ['ACTIVE_AFTER_3_MONTHS', 1, 1, 0],
    ]);
    expect(stageOf(await pipelineOf(builder.client, scheme.id, { area: 'UNKNOWN' }), 'APPLIED').reached).toBe(2);
    expect(stageOf(await pipelineOf(builder.client, scheme.id, { area: 'HX7' }), 'APPLIED').reached).toBe(0);
  });

  it('filters by drive, and a drive of another scheme filters to nobody', async () => {
    const fromDrive = await pipelineOf(builder.client, scheme.id, { driveId });
    expect(countsOf(fromDrive)).toEqual<Row[]>([
      ['APPLIED', 3, 0, 0],
      ['REFERENCES', 2, 1, 0],
      ['DBS', 1, 0, 1],
      ['TRAINED', 1, 0, 0],
      ['APPROVED', 1, 0, 0],
      ['FIRST_MATCH', 1, 0, 0],
      ['ACTIVE_AFTER_3_MONTHS', 1, 0, 0],
    ]);
    expect(fromDrive.byDrive.map((b) => b.key)).toEqual([driveId]);
    const { client: admin } = await theAdmin(kindred);
    const elsewhere = await startDrive(admin, (await defaultScheme(kindred)).id);
    expect(stageOf(await pipelineOf(builder.client, scheme.id, { driveId: elsewhere.id }), 'APPLIED').reached).toBe(0);
  });

  it('breaks the pipeline down by area and by drive', async () => {
    const pipeline = await pipelineOf(builder.client, scheme.id);
    const applied = (b: Pipeline['byArea']) => b.map((x) => [x.key, x.label, x.stages[0]?.reached]);
    expect(applied(pipeline.byArea)).toEqual([
      ['LS6', 'LS6', 4],
      ['LS7', 'LS7', 2],
      ['UNKNOWN', 'No postcode given yet', 2],
    ]);
    expect(applied(pipeline.byDrive)).toEqual([
      [driveId, 'Drivers for weekday evenings near LS6', 3],
      ['NONE', 'Not through a drive', 5],
    ]);
    const ls7 = pipeline.byArea.find((b) => b.key === 'LS7');
    expect(ls7 && countsOf(ls7).slice(0, 3)).toEqual<Row[]>([
      ['APPLIED', 2, 0, 0],
      ['REFERENCES', 2, 0, 0],
      ['DBS', 1, 0, 1],
    ]);
  });

  it('carries counts only: no names, no postcodes, no people’s ids', async () => {
    const text = JSON.stringify(await pipelineOf(builder.client, scheme.id));
    expect(text).not.toMatch(/Volunteer [A-H]|Rita|Ron|1AA|2BB|referee/);
    const ids = (await sql(`select id, user_id from volunteer where scheme_id = ?`, [scheme.id])) as Array<{ id: string; user_id: string }>;
    for (const row of ids) {
      expect(text).not.toContain(row.id);
      expect(text).not.toContain(row.user_id);
    }
  });
});

describe('who may see the pipeline', () => {
  let seeker: SignedIn;
  let volunteer: SignedIn;
  let otherLinkWorker: SignedIn;
  beforeAll(async () => {
    seeker = await signUp(kindred, 'SEEKER', buildPerson(), scheme);
    volunteer = await signUp(kindred, 'VOLUNTEER', buildPerson(), scheme);
    otherLinkWorker = await appoint(kindred, 'LINK_WORKER', await defaultScheme(kindred), 'Otto Otherscheme');
  });

  it('the scheme’s community builder, link worker and admin', async () => {
    const { client: admin } = await theAdmin(kindred);
    for (const client of [builder.client, linkWorker.client, admin]) {
      expect(stageOf(await pipelineOf(client, scheme.id), 'FIRST_MATCH').reached).toBe(3);
    }
  });

  it('not nobody, a person looking for company or a volunteer', async () => {
    expectErrorCode(await kindred.person().graphql(PIPELINE, { schemeId: scheme.id }), 'UNAUTHENTICATED');
    for (const who of [seeker, volunteer]) expectErrorCode(await who.client.graphql(PIPELINE, { schemeId: scheme.id }), 'FORBIDDEN');
  });

  it('not a link worker of another scheme, as if it did not exist; nor an id that is not one', async () => {
    expectErrorCode(await otherLinkWorker.client.graphql(PIPELINE, { schemeId: scheme.id }), 'NOT_FOUND');
    expectErrorCode(await builder.client.graphql(PIPELINE, { schemeId: 'not-an-id' }), 'NOT_FOUND');
  });

  it('a link worker may read it but not start a drive', async () => {
    expectErrorCode(await linkWorker.client.graphql(START_DRIVE, { input: driveFor(scheme.id) }), 'FORBIDDEN');
    expectSuccess(await linkWorker.client.graphql(PIPELINE, { schemeId: scheme.id, driveId }));
  });
});
