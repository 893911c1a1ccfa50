/**
 * Figures through a real Kindred (startKindred on the bench's PostgreSQL), on schemes seeded in bulk
 * from the synthetic generator: top-10 suggestions over GraphQL/HTTP beside the same population in
 * process, and scheme-wide assignment through the real job path (GraphQL start, pg-boss job, the
 * run's own stage timings, proposals saved), greedy beside it. Figures are wall-clock on whatever
 * else the machine is doing: read them as orders of magnitude, not as assertions.
 */
import pg from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
import { VolunteerIndex } from '@kindred/shared';
import { appoint } from '../support/actors.ts';
import { createScheme } from '../support/factories.ts';
import { startTestKindred, type GraphQLResult, type Person } from '../support/kindred.ts';
import type { SignedIn } from '../support/factories.ts';
import { engineRequest, engineVolunteer, population } from './population.ts';
import { ms, percentile, table } from './report.ts';
import { seedVolunteers, seedWaitingRequests } from './seed.ts';

const kindred = await startTestKindred();
// Seeding goes straight to PostgreSQL with bound parameters: MikroORM's execute formats every
// parameter into the SQL text, and for these multi-megabyte JSON batches that made 100,000
// volunteers take 84 s instead of about 20 s.
const pool = new pg.Pool({ connectionString: kindred.database.url, max: 1 });
const execute = async (sql: string, params: unknown[]) => {
  let n = 0;
  return (await pool.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
};
afterAll(async () => {
  await pool.end();
  await kindred.close();
});

/** What the web app asks for on the suggestions page. */
const SUGGEST = `query Suggest($requestId: ID!) { suggestMatches(requestId: $requestId, limit: 10) { requestId
  suggestions { volunteerId firstName area approximateDistance fit fitInWords reasons { text audience } waysToKeepInTouch }
  unmatchedReasons { kind text volunteersBlocked onlyBlocker } } }`;
type Suggestions = { suggestMatches: { suggestions: unknown[]; unmatchedReasons: unknown[] } };

const RUN_FIELDS = `id status stage requestCount volunteerCount candidateCount matched totalFit greedyMatched greedyTotalFit failure
  timings { loadMs candidatesMs solveMs greedyMs saveMs totalMs }`;
const START = `mutation Start($schemeId: ID!) { startSchemeAssignment(schemeId: $schemeId) { id status } }`;
const RUN = `query Run($id: ID!) { assignmentRun(id: $id) { ${RUN_FIELDS} } }`;
type Timings = { loadMs: number | null; candidatesMs: number | null; solveMs: number | null; greedyMs: number | null; saveMs: number | null; totalMs: number | null };
type Run = {
  id: string; status: string; stage: string; requestCount: number | null; volunteerCount: number | null; candidateCount: number | null;
  matched: number | null; totalFit: number | null; greedyMatched: number | null; greedyTotalFit: number | null; failure: string | null; timings: Timings;
};

const seconds = (from: number) => `${((performance.now() - from) / 1_000).toFixed(1)} s`;
/** GraphQL errors in an answer; an answer with no errors but no data (or not 200) counts as one. */
const errorCount = (result: GraphQLResult<unknown>) => result.errors?.length || (result.status === 200 && result.data ? 0 : 1);
/** Each distinct error seen, with how often, to print under the table. */
const errorsSeen = new Map<string, number>();
function noteErrors(result: GraphQLResult<unknown>): number {
  if (errorCount(result) === 0) return 0;
  for (const e of result.errors ?? [{ message: `HTTP ${result.status}: ${result.text.slice(0, 200)}` }]) {
    const key = `${e.extensions?.code ?? 'no code'}: ${e.message}`;
    errorsSeen.set(key, (errorsSeen.get(key) ?? 0) + 1);
  }
  return errorCount(result);
}

/** A scheme with its own link worker, and the generated population seeded into it in bulk. */
async function seededScheme(name: string, options: Parameters<typeof population>[0]) {
  const scheme = await createScheme(kindred, name);
  const linkWorker: SignedIn = await appoint(kindred, 'LINK_WORKER', scheme, `Link Worker ${name}`);
  const p = population(options);
  const at = performance.now();
  const volunteerIds = await seedVolunteers(execute, scheme.id, p.volunteers);
  const requestIds = await seedWaitingRequests(execute, scheme.id, linkWorker.viewer.id, p.seekers);
  // Fresh planner statistics, as a database that grew over months would have.
  await execute('analyze', []);
  return { scheme, linkWorker, p, volunteerIds, requestIds, seeding: seconds(at) };
}

beforeAll(async () => {
  // Make the admin (and their scheme) before any timing.
  await createScheme(kindred, 'Warm-up');
}, 60_000);

it('top-10 suggestions through GraphQL over HTTP, beside in process on the same data', async () => {
  const rows = [];
  for (const count of [1_000, 10_000, 100_000]) {
    const s = await seededScheme(`Suggestions ${count}`, { volunteers: count, requests: 300, seed: 3, spreadKm: 5 * Math.sqrt(count / 1_000) });
    const client: Person = s.linkWorker.client;
    const now = new Date();

    // In process, the same volunteers and requests with the database's ids.
    const index = new VolunteerIndex(s.p.volunteers.map((v, i) => engineVolunteer(v, s.volunteerIds[i]!)));
    const inProcess: number[] = [];
    for (const [i, seeker] of s.p.seekers.entries()) {
      const at = performance.now();
      index.suggest(engineRequest(seeker, s.requestIds[i]!), { limit: 10, now });
      inProcess.push(performance.now() - at);
    }
    inProcess.sort((a, b) => a - b);

    // The first call builds the scheme's index from PostgreSQL.
    let errors = 0;
    const warmAt = performance.now();
    errors += noteErrors(await client.graphql<Suggestions>(SUGGEST, { requestId: s.requestIds[0] }));
    const warm = performance.now() - warmAt;

    const overHttp: number[] = [];
    let withSuggestions = 0;
    for (const requestId of s.requestIds) {
      const at = performance.now();
      const result = await client.graphql<Suggestions>(SUGGEST, { requestId });
      overHttp.push(performance.now() - at);
      errors += noteErrors(result);
      if ((result.data?.suggestMatches.suggestions.length ?? 0) > 0) withSuggestions++;
    }
    overHttp.sort((a, b) => a - b);

    const p50 = percentile(overHttp, 50);
    rows.push({
      volunteers: count.toLocaleString('en-GB'), seeded: s.seeding, 'first call (index build)': ms(warm), requests: overHttp.length,
      'with suggestions': withSuggestions, 'in-process p50': ms(percentile(inProcess, 50)), 'in-process p95': ms(percentile(inProcess, 95)),
      'HTTP p50': ms(p50), 'HTTP p95': ms(percentile(overHttp, 95)),
      'HTTP/in-process p50': `${(p50 / Math.max(0.001, percentile(inProcess, 50))).toFixed(0)}×`, 'GraphQL errors': errors,
    });
  }
  table('Top-10 suggestions: GraphQL over HTTP (suggestMatches, sequential, one link worker) beside VolunteerIndex.suggest in process', rows);
  if (errorsSeen.size > 0) {
    console.log([...errorsSeen].map(([error, times]) => `  ${times} × ${error}`).join('\n'));
    throw new Error('suggestMatches answered with GraphQL errors (listed under the table)');
  }
});

/** Polls a run until it is done or failed; the job queue picks it up within its polling interval. */
async function waitForRun(client: Person, id: string, timeoutMs: number): Promise<Run> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const result = await client.graphql<{ assignmentRun: Run }>(RUN, { id });
    if (errorCount(result) > 0) throw new Error(`assignmentRun failed: ${result.text}`);
    const run = result.data!.assignmentRun;
    if (run.status === 'DONE' || run.status === 'FAILED') return run;
    if (Date.now() > until) throw new Error(`run ${id} still ${run.status} at ${run.stage}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('scheme-wide assignment through the job path (GraphQL start, pg-boss job, database), greedy beside it', async () => {
  const rows = [];
  const scenarios = [
    { name: '500 × 5,000', requests: 500, volunteers: 5_000, spreadKm: 12 },
    { name: '5,000 × 50,000', requests: 5_000, volunteers: 50_000, spreadKm: 25 },
    { name: 'scarce 2,000 × 300', requests: 2_000, volunteers: 300, spreadKm: 8 },
  ];
  for (const scenario of scenarios) {
    const s = await seededScheme(`Assignment ${scenario.name}`, { volunteers: scenario.volunteers, requests: scenario.requests, seed: 5, spreadKm: scenario.spreadKm });
    const client = s.linkWorker.client;
    const at = performance.now();
    const started = await client.graphql<{ startSchemeAssignment: { id: string } }>(START, { schemeId: s.scheme.id });
    if (errorCount(started) > 0) throw new Error(`startSchemeAssignment failed: ${started.text}`);
    const run = await waitForRun(client, started.data!.startSchemeAssignment.id, 240_000);
    const endToEnd = performance.now() - at;
    if (run.status !== 'DONE') throw new Error(`run ${run.id} ${run.status}: ${run.failure}`);
    const [saved] = (await execute('select count(*)::int as n from assignment_proposal where run_id = ?', [run.id])) as Array<{ n: number }>;
    const t = run.timings;
    rows.push({
      scenario: scenario.name, seeded: s.seeding, edges: run.candidateCount ?? 0,
      load: ms(t.loadMs ?? 0), candidates: ms(t.candidatesMs ?? 0), solve: ms(t.solveMs ?? 0), greedy: ms(t.greedyMs ?? 0), save: ms(t.saveMs ?? 0),
      'run total': ms(t.totalMs ?? 0), 'start → DONE seen': ms(endToEnd),
      'optimal matched': run.matched ?? 0, 'greedy matched': run.greedyMatched ?? 0, 'optimal fit': run.totalFit ?? 0, 'greedy fit': run.greedyTotalFit ?? 0,
      'fit ratio': ((run.totalFit ?? 0) / Math.max(1, run.greedyTotalFit ?? 0)).toFixed(3), 'proposals saved': saved?.n ?? 0,
    });
    if (saved?.n !== run.matched) throw new Error(`run ${run.id} matched ${run.matched} but saved ${saved?.n} proposals`);
  }
  table(
    'Scheme-wide assignment through the job path (run timings as the run recorded them; "start → DONE seen" adds the queue pick-up, up to 2 s, and polling)',
    rows,
  );
});
