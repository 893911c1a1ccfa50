/**
 * Resident memory of one API process (server/dist/main.js with production settings, as deployed)
 * with 100,000 volunteers in the database: idle after start, once the scheme's volunteer index is
 * built (the first suggestMatches), after a burst of requests, and a few seconds later. Beside it,
 * the same process on an empty database. Read from /proc/<pid>/status: VmRSS now, VmHWM the peak.
 */
import pg from 'pg';
import { afterAll, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { theAdmin } from '../support/factories.ts';
import { kindredOn, prepareSharedDatabase, startKindredProcess, type KindredProcess } from '../support/processes.ts';
import { PRODUCTION_LIKE } from '../load/cluster.ts';
import { runClosed, type Scenario } from '../load/driver.ts';
import { LoadClient } from '../load/http-client.ts';
import { body, SUGGEST } from '../load/operations.ts';
import { residentMemory } from '../load/resident.ts';
import { figures, millis } from '../load/stats.ts';
import { verdict } from '../load/verdicts.ts';
import { population } from './population.ts';
import { ms, table } from './report.ts';
import { seedVolunteers, seedWaitingRequests } from './seed.ts';

const VOLUNTEERS = 100_000;
const REQUESTS = 1_000;
const shared = await prepareSharedDatabase();
const pool = new pg.Pool({ connectionString: shared.database.url, max: 1 });
const client = new LoadClient(16);
const running: KindredProcess[] = [];
afterAll(async () => {
  client.close();
  await Promise.all(running.map((p) => p.stop()));
  await pool.end();
  await shared.close();
});

const execute = async (sql: string, params: unknown[]) => {
  let n = 0;
  return (await pool.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
};
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Production settings, the default statement limit included: the index for 100,000 volunteers is
 * read through a cursor a page at a time, so no statement comes near it.
 */
const ENV = PRODUCTION_LIKE;

async function started(name: string): Promise<KindredProcess> {
  const process = await startKindredProcess({ name, shared, env: ENV });
  running.push(process);
  return process;
}

it(`API process resident memory with ${VOLUNTEERS.toLocaleString('en-GB')} volunteers`, async () => {
  const rows: Array<Record<string, string | number>> = [];
  const note = async (api: KindredProcess, moment: string, extra = '') => {
    const memory = await residentMemory(api.pid);
    rows.push({ moment, 'resident (VmRSS)': `${memory.rssMiB.toFixed(0)} MiB`, 'peak so far (VmHWM)': `${memory.peakMiB.toFixed(0)} MiB`, note: extra });
  };

  // The baseline: a process on an empty database, idle.
  const empty = await started('empty');
  await sleep(3_000);
  await note(empty, 'empty database, idle 3 s after start');

  const kindred = kindredOn(empty, shared);
  const { scheme } = await theAdmin(kindred);
  const linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Link Worker');
  const p = population({ volunteers: VOLUNTEERS, requests: REQUESTS, seed: 23, spreadKm: 5 * Math.sqrt(VOLUNTEERS / 1_000) });
  const seededAt = performance.now();
  await seedVolunteers(execute, scheme.id, p.volunteers);
  const requestIds = await seedWaitingRequests(execute, scheme.id, linkWorker.viewer.id, p.seekers);
  await execute('analyze', []);
  const seeding = performance.now() - seededAt;
  await empty.stop();
  running.splice(running.indexOf(empty), 1);

  const api = await started('A');
  await sleep(3_000);
  await note(api, `${VOLUNTEERS.toLocaleString('en-GB')} volunteers, idle 3 s after start`);

  // The first suggestions build the scheme's volunteer index from PostgreSQL.
  // Sessions live in PostgreSQL: the link worker's session works on the new process.
  const cookie = linkWorker.client.cookieHeader();
  let next = 0;
  const suggest: Scenario = {
    name: 'suggestMatches',
    weight: 1,
    next: () => ({
      body: body(SUGGEST, { requestId: requestIds[next++ % requestIds.length], limit: 10 }),
      cookie,
      judge: (answer) => verdict(answer, (data) => (data.suggestMatches ? null : 'no suggestions')),
    }),
  };
  const shot = suggest.next()!;
  const answer = await client.postGraphQL(api.url, shot.body, { cookie, timeoutMs: 120_000 });
  const judged = shot.judge(answer);
  if (!judged.ok) throw new Error(`suggestMatches failed: ${judged.problem}\n${api.logs.map((l) => JSON.stringify(l)).join('\n')}`);
  await note(api, 'after the first suggestMatches (volunteer index built)', `took ${ms(answer.ms)}`);

  const burst = await runClosed(client, { concurrency: 8, seconds: 15, scenarios: [suggest], targets: [{ name: 'A', origin: api.url }] });
  const f = figures(burst.samples, burst.seconds);
  if (f.errors > 0) throw new Error(`${f.errors} of the burst's suggestMatches failed: ${burst.samples.find((s) => !s.ok)?.problem}`);
  await note(api, `after a burst: ${f.requests} suggestMatches, 8 at a time, 15 s`, `${f.perSecond.toFixed(0)} req/s, p99 ${millis(f.p99)}`);
  await sleep(5_000);
  await note(api, 'idle again, 5 s later');

  table(
    `Resident memory of one API process (production settings; ${VOLUNTEERS.toLocaleString('en-GB')} volunteers and ${REQUESTS.toLocaleString('en-GB')} waiting requests seeded in ${ms(seeding)})`,
    rows,
  );
});
