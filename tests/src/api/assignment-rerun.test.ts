/**
 * A scheme-wide assignment run's job run more than once saves one set of proposals: twice at once
 * (a stalled process still running it when another took it over), again after it finished, or
 * again after an attempt died having saved some proposals. Its job names the run's scheme, and the
 * worker finds the run by it (ready for a database sharded by scheme).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchingEngine } from '../../../server/src/matching/engine/matching-engine.ts';
import { runAssignment, type AssignmentDeps } from '../../../server/src/matching/assignment/run-assignment.ts';
import { seedVolunteers, seedWaitingRequests } from '../bench/seed.ts';
import { buildCast, type Cast } from '../support/actors.ts';
import { startTestKindred } from '../support/kindred.ts';
import { execute, handSeeker, handVolunteer, startAndFinish } from './assignment-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const engine = new MatchingEngine();
const deps: AssignmentDeps = { em: () => kindred.orm.em.fork(), indexFor: (em, schemeId) => engine.indexFor(em, schemeId), now: () => new Date() };
const sql = <T>(text: string, params: unknown[] = []) => kindred.orm.em.fork().getConnection().execute<T[]>(text, params);

let cast: Cast;
let schemeId: string;
let alex: string;
let xena: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  schemeId = cast.scheme.id;
  [xena] = (await seedVolunteers(execute(kindred), schemeId, [
    handVolunteer({ firstName: 'Xena', interests: ['walking'] }),
    handVolunteer({ firstName: 'Yusuf', interests: ['football'] }),
  ])) as [string, string];
  [alex] = (await seedWaitingRequests(execute(kindred), schemeId, cast.linkWorker.viewer.id, [
    handSeeker({ firstName: 'Alex', interests: ['walking'] }),
    handSeeker({ firstName: 'Bea', interests: ['football'] }),
  ])) as [string, string];
}, 120_000);
afterAll(() => kindred.close());

/** A run as startSchemeAssignment leaves it, or as an attempt that died mid-way left it. */
async function aRun(status: 'QUEUED' | 'RUNNING' = 'QUEUED', stage = 'WAITING_TO_START'): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into assignment_run (id, scheme_id, started_by_id, status, stage, stage_done, stage_total, timings, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, 0, 0, '{}', now()) returning id`,
    [schemeId, cast.linkWorker.viewer.id, status, stage],
  );
  return row!.id;
}

const runOf = async (runId: string) =>
  (await sql<{ status: string; stage: string; matched: number | null; total_fit: number | null }>('select status, stage, matched, total_fit from assignment_run where id = ?', [runId]))[0]!;
const proposalsOf = (runId: string) => sql<{ request_id: string; volunteer_id: string; fit: number }>('select request_id, volunteer_id, fit from assignment_proposal where run_id = ?', [runId]);

/** The run is DONE and its proposals are one set, the one its figures describe. */
async function expectOneSet(runId: string): Promise<void> {
  const run = await runOf(runId);
  const proposals = await proposalsOf(runId);
  expect(run).toMatchObject({ status: 'DONE', stage: 'FINISHED', matched: 2 });
  expect(proposals).toHaveLength(2);
  expect(new Set(proposals.map((p) => p.request_id)).size, 'one proposal per person').toBe(2);
  expect(new Set(proposals.map((p) => p.volunteer_id)).size, 'one proposal per volunteer (capacity 1)').toBe(2);
  expect(run.total_fit).toBe(proposals.reduce((sum, p) => sum + p.fit, 0));
}

describe('an assignment job run more than once', () => {
  it('saves one set of proposals when run twice at once, and nothing more when run again after it finished', async () => {
    const runId = await aRun();
    await Promise.all([runAssignment(deps, { runId, schemeId }), runAssignment(deps, { runId, schemeId })]);
    await expectOneSet(runId);
    const before = await proposalsOf(runId);
    await runAssignment(deps, { runId, schemeId });
    expect(await proposalsOf(runId)).toEqual(before);
    await expectOneSet(runId);
  });

  it('replaces the proposals an attempt that died while saving left behind, and finishes the run', async () => {
    // The state a crash part-way through saving could leave: the run still RUNNING, a proposal saved.
    const runId = await aRun('RUNNING', 'SAVING');
    await sql(
      `insert into assignment_proposal (id, scheme_id, run_id, request_id, volunteer_id, fit, reasons, created_at) values (gen_random_uuid(), ?, ?, ?, ?, 1, '[]', now())`,
      [schemeId, runId, alex, xena],
    );
    await runAssignment(deps, { runId, schemeId });
    await expectOneSet(runId);
    expect((await proposalsOf(runId)).some((p) => p.fit === 1), 'the dead attempt’s proposal was replaced').toBe(false);
  });
});

describe('the scheme in the job', () => {
  it('is queued with the run, and the worker looks the run up in that scheme', async () => {
    const run = await startAndFinish(cast.linkWorker.client, schemeId);
    const [job] = await sql<{ data: { runId: string; schemeId: string } }>(`select data from pgboss.job where name = 'assignment-run' and data->>'runId' = ?`, [run.id]);
    expect(job?.data).toEqual({ runId: run.id, schemeId });

    // A job naming another scheme finds no such run there, and touches nothing.
    const runId = await aRun();
    await runAssignment(deps, { runId, schemeId: cast.otherScheme.id });
    expect(await runOf(runId)).toMatchObject({ status: 'QUEUED', stage: 'WAITING_TO_START' });
    expect(await proposalsOf(runId)).toHaveLength(0);
    await runAssignment(deps, { runId, schemeId });
    await expectOneSet(runId);
  });
});
