/**
 * Background jobs with two real API processes over one PostgreSQL: the start-up job, one-off jobs
 * and a recurring schedule each run once, whichever process takes them; and a process killed
 * (SIGKILL) in the middle of a job does not lose it: the other process runs it to the end.
 * No Redis is involved: jobs live in PostgreSQL.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminAccount, createLogger, startJobQueue } from '@kindred/server';
import { seedVolunteers, seedWaitingRequests } from '../bench/seed.ts';
import { prepareSharedDatabase, startKindredProcesses, type KindredProcess, type LogLine, type SharedDatabase } from '../support/processes.ts';
import { handSeeker, handVolunteer } from './assignment-support.ts';
import { eventually } from './scale-support.ts';

// A job silent for 10 s (the least pg-boss allows) is taken over: the kill test waits that long.
const HEARTBEAT_SECONDS = '10';

let shared: SharedDatabase;
let a: KindredProcess;
let b: KindredProcess;
// The test's own handle on the queue, to send jobs and schedules as the app does; it runs no job.
let queue: Awaited<ReturnType<typeof startJobQueue>>;
beforeAll(async () => {
  shared = await prepareSharedDatabase();
  // Both start together with their schedules on, as two processes of a deployment would.
  [a, b] = await startKindredProcesses(['A', 'B'], {
    shared,
    env: { SCHEDULED_JOBS: 'true', JOB_HEARTBEAT_SECONDS: HEARTBEAT_SECONDS, DB_STATEMENT_TIMEOUT_MS: '20000' },
  });
  queue = await startJobQueue({ databaseUrl: shared.database.url, logger: createLogger('silent'), heartbeatSeconds: Number(HEARTBEAT_SECONDS) });
}, 60_000);
afterAll(async () => {
  await queue?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
  await shared?.close();
});

const sql = <T>(text: string, params: unknown[] = []) => shared.orm.em.getConnection().execute<T[]>(text, params);
const finished = (job: string) => (l: LogLine) => l.msg === 'job finished' && l.job === job;
/** Every 'job finished' line, from either process, for this job. */
const runsOf = (job: string) => [...a.logs, ...b.logs].filter(finished(job));
/** Each job was run by exactly one process, once (the processes' log lines may trail the database a little). */
async function expectRunOnceEach(ids: string[]): Promise<void> {
  await eventually(async () => ids.map((id) => runsOf(id).length), (counts) => counts.every((n) => n >= 1));
  for (const id of ids) expect(runsOf(id), `job ${id}`).toHaveLength(1);
}
const stateOf = async (job: string) => (await sql<{ state: string }>('select state from pgboss.job where id = ?', [job]))[0]?.state;

describe('each job runs once with two processes', () => {
  it('runs the start-up job once, although both processes asked for it', async () => {
    const startUp = await eventually(
      () => sql<{ id: string; state: string }>(`select id, state from pgboss.job where name = 'dbs-lapse-check' and singleton_key = 'at-start'`),
      (rows) => rows.length > 0 && rows.every((r) => r.state === 'completed'),
      10_000,
    );
    expect(startUp).toHaveLength(1);
    await expectRunOnceEach([startUp[0]!.id]);
  });

  it('runs each of twenty one-off jobs exactly once, shared between the processes', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await queue.send('dbs-lapse-check', { note: `one-off ${i}` }))!);
    await eventually(() => Promise.all(ids.map(stateOf)), (states) => states.every((s) => s === 'completed'), 20_000);
    await expectRunOnceEach(ids);
    const byA = ids.filter((id) => a.logs.some(finished(id))).length;
    console.log(`[scale-jobs] one-off jobs run by A: ${byA}, by B: ${ids.length - byA}`);
  });

  it('runs a recurring schedule once per occurrence, although every process checks schedules', async () => {
    const since = new Date();
    // Every minute, so one occurrence is due at once; A, B and this test's queue each check the
    // schedules every few seconds, and whichever finds an occurrence due forwards it.
    await queue.every('match-reviews-due', '* * * * *');
    const jobs = () => sql<{ id: string; state: string }>(`select id, state from pgboss.job where name = 'match-reviews-due' and created_on >= ?`, [since]);
    const forwards = () =>
      sql<{ slot: string; state: string }>(
        `select data->>'slot' as slot, state from pgboss.job where name = '__pgboss__send-it' and data->>'name' = 'match-reviews-due' and created_on >= ?`,
        [since],
      );
    await eventually(jobs, (rows) => rows.length > 0 && rows.every((j) => j.state === 'completed'), 15_000);
    // Let more checks pass over the same occurrence (one every ~3 s with this heartbeat).
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    const forwarded = await eventually(forwards, (rows) => rows.every((f) => f.state === 'completed'));
    const all = await eventually(jobs, (rows) => rows.length === forwarded.length && rows.every((j) => j.state === 'completed'));
    // One forward per occurrence (one a minute; two if a minute turned meanwhile), one job per forward, one run per job.
    expect(new Set(forwarded.map((f) => f.slot)).size).toBe(forwarded.length);
    expect(forwarded.length).toBeGreaterThanOrEqual(1);
    expect(forwarded.length).toBeLessThanOrEqual(2);
    await expectRunOnceEach(all.map((j) => j.id));
  }, 40_000);
});

describe('a process killed in the middle of a job', () => {
  it('loses nothing: the other process runs the job to the end, once', async () => {
    // A scheme-wide matching run with work to do: two people waiting, two volunteers.
    const { userId, schemeId } = await createAdminAccount(shared.orm, {
      email: 'admin-kill@example.org', password: 'correct horse battery kill', displayName: 'Kim Admin', scheme: { name: 'Kill scheme', area: 'Calderdale' },
    });
    const execute = (text: string, params: unknown[]) => sql(text, params);
    await seedVolunteers(execute, schemeId, [handVolunteer({ firstName: 'Xena' }), handVolunteer({ firstName: 'Yusuf' })]);
    await seedWaitingRequests(execute, schemeId, userId, [handSeeker({ firstName: 'Alex' }), handSeeker({ firstName: 'Bea' })]);
    const [{ id: runId }] = (await sql<{ id: string }>(
      `insert into assignment_run (id, scheme_id, started_by_id, status, stage, stage_done, stage_total, timings, created_at)
       values (gen_random_uuid(), ?, ?, 'QUEUED', 'WAITING_TO_START', 0, 0, '{}', now()) returning id`,
      [schemeId, userId],
    )) as [{ id: string }];

    // Holding the run's row makes the job stop at its first write: mid-job, in whichever process took it.
    const holder = new pg.Client({ connectionString: shared.database.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from assignment_run where id = $1 for update', [runId]);
      const job = (await queue.send('assignment-run', { runId, schemeId }))!;
      const started = await Promise.any([a, b].map((p) => p.waitForLog((l) => l.msg === 'job started' && l.job === job, 10_000).then(() => p)));
      const survivor = started === a ? b : a;
      await eventually(
        () => sql<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`),
        (rows) => rows[0]!.n > 0,
        5_000,
      );
      expect(await stateOf(job)).toBe('active');

      await started.kill();
      await holder.query('commit');
      const killedAt = performance.now();
      const done = await survivor.waitForLog(finished(job), 40_000);
      console.log(`[scale-jobs] job taken over and finished ${Math.round(performance.now() - killedAt)} ms after the kill`);
      expect(done.retry).toBe(1);
      expect(started.logs.some(finished(job))).toBe(false);
      await eventually(() => stateOf(job), (state) => state === 'completed');
    } finally {
      await holder.end();
    }
    const [run] = await sql<{ status: string; matched: number }>('select status, matched from assignment_run where id = ?', [runId]);
    expect(run).toEqual({ status: 'DONE', matched: 2 });
    const [proposals] = await sql<{ n: number }>('select count(*)::int as n from assignment_proposal where run_id = ?', [runId]);
    expect(proposals!.n, 'each proposal saved once').toBe(2);
  }, 60_000);
});
