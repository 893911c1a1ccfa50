/**
 * Community builders' queries through GraphQL over HTTP against a real Kindred on seeded PostgreSQL:
 * capacity over time, activities to start and stale listings on a scheme with a two-year history of
 * 50,000 volunteers and 10,000 requests; the volunteer pipeline and one drive's funnel on a scheme of
 * 50,000 volunteers at every step. The seeding is the API tests' (community-history.ts), larger.
 * Wall-clock on whatever else the machine is doing: read them as orders of magnitude, not as assertions.
 */
import pg from 'pg';
import { afterAll, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { buildPerson, createScheme, signUp, theAdmin, type SignedIn } from '../support/factories.ts';
import { startTestKindred, type GraphQLResult } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { CAPACITY, STALE, TO_START } from '../api/community-capacity-support.ts';
import { DRIVE, PIPELINE, startDrive } from '../api/community-drives-support.ts';
import { waitingWalker } from '../api/matching-support.ts';
import { seedCapacityHistory, seedPipeline } from './community-history.ts';
import { ms, percentile, table } from './report.ts';

const VOLUNTEERS = 50_000;
const REQUESTS = 10_000;
const FROM_DRIVE = 2_000;
/** Timed runs of each query, after one to warm the connection and the plans. */
const RUNS = 5;

const kindred = await startTestKindred();
// Seeding goes straight to PostgreSQL on one connection, with bound parameters (see kindred.bench.ts),
// so the seeded random numbers repeat and no statement meets the server's statement timeout.
const pool = new pg.Pool({ connectionString: kindred.database.url, max: 1 });
const execute = async (sql: string, params: unknown[]) => {
  let n = 0;
  return (await pool.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
};
afterAll(async () => {
  await pool.end();
  await kindred.close();
});

const count = (n: number) => n.toLocaleString('en-GB');
const seconds = (from: number) => `${((performance.now() - from) / 1_000).toFixed(1)} s`;

/** Each distinct GraphQL error seen, with how often, to print under the table. */
const errorsSeen = new Map<string, number>();
function noteErrors(result: GraphQLResult<unknown>): void {
  if (!result.errors?.length && result.status === 200 && result.data) return;
  for (const e of result.errors ?? [{ message: `HTTP ${result.status}: ${result.text.slice(0, 200)}` }]) {
    const key = `${e.extensions?.code ?? 'no code'}: ${e.message}`;
    errorsSeen.set(key, (errorsSeen.get(key) ?? 0) + 1);
  }
}

type Measured = { best: number; median: number; answer: string };

/** One warm-up, then RUNS timed runs; `answer` says what the last run returned. */
async function measure<T>(ask: () => Promise<GraphQLResult<T>>, answer: (data: T) => string): Promise<Measured> {
  noteErrors(await ask());
  const times: number[] = [];
  let last: GraphQLResult<T> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const at = performance.now();
    last = await ask();
    times.push(performance.now() - at);
    noteErrors(last);
  }
  times.sort((a, b) => a - b);
  return { best: times[0]!, median: percentile(times, 50), answer: last?.data ? answer(last.data) : 'error' };
}

/** A scheme with its own community builder, who asks every question below. */
async function schemeWithBuilder(name: string): Promise<{ schemeId: string; builder: SignedIn; scheme: Scheme }> {
  const scheme = await createScheme(kindred, name);
  const builder = await appoint(kindred, 'COMMUNITY_BUILDER', scheme, `Builder ${name}`);
  return { schemeId: scheme.id, builder, scheme };
}

type Length = Record<string, unknown[]>;
type Stage = { stage: string; reached: number };
type PipelineData = { stages: Stage[]; byArea: unknown[] };
const reached = (stages: Stage[], id: string) => stages.find((s) => s.stage === id)?.reached ?? 0;
const describePipeline = (p: PipelineData) => `${count(reached(p.stages, 'APPLIED'))} applied, ${count(reached(p.stages, 'FIRST_MATCH'))} first matches, ${p.byArea.length} ${p.byArea.length === 1 ? 'area' : 'areas'}`;

it('community builders’ queries through GraphQL over HTTP at 50,000 volunteers', async () => {
  const admin = await theAdmin(kindred);

  const history = await schemeWithBuilder('Capacity history');
  let at = performance.now();
  await seedCapacityHistory(execute, { schemeId: history.schemeId, adminId: admin.viewer.id, volunteers: VOLUNTEERS, requests: REQUESTS });
  const historySeeded = seconds(at);

  const pipeline = await schemeWithBuilder('Pipeline');
  const requestId = await waitingWalker(await signUp(kindred, 'SEEKER', buildPerson(), pipeline.scheme));
  const driveId = (await startDrive(pipeline.builder.client, pipeline.schemeId)).id;
  at = performance.now();
  await seedPipeline(execute, { schemeId: pipeline.schemeId, requestId, proposedById: admin.viewer.id, volunteers: VOLUNTEERS, drive: { id: driveId, volunteers: FROM_DRIVE } });
  const pipelineSeeded = seconds(at);

  table('Seeding (SQL, one connection, with analyze)', [
    { scheme: 'capacity history', rows: `${count(VOLUNTEERS)} volunteers, ${count(REQUESTS)} requests, their matches, 400 listings`, seeded: historySeeded },
    { scheme: 'pipeline', rows: `${count(VOLUNTEERS)} volunteers at every step, ${count(FROM_DRIVE)} from one drive`, seeded: pipelineSeeded },
  ]);

  const asks = history.builder.client;
  const capacity = (weeks: number) => () => asks.graphql<Length>(CAPACITY, { schemeId: history.schemeId, weeks });
  const half = await measure(capacity(26), (d) => `${d.capacityOverTime!.length} weeks`);
  const two = await measure(capacity(104), (d) => `${d.capacityOverTime!.length} weeks`);
  const groups = await measure(() => asks.graphql<Length>(TO_START, { schemeId: history.schemeId }), (d) => `${d.activitiesToStart!.length} groups`);
  const stale = await measure(() => asks.graphql<Length>(STALE, { schemeId: history.schemeId }), (d) => `${d.staleListings!.length} listings`);

  const builds = pipeline.builder.client;
  const whole = await measure(() => builds.graphql<{ volunteerPipeline: PipelineData }>(PIPELINE, { schemeId: pipeline.schemeId }), (d) => describePipeline(d.volunteerPipeline));
  const ls6 = await measure(
    () => builds.graphql<{ volunteerPipeline: PipelineData }>(PIPELINE, { schemeId: pipeline.schemeId, area: 'LS6' }),
    (d) => describePipeline(d.volunteerPipeline),
  );
  const funnel = await measure(
    () => builds.graphql<{ recruitmentDrive: { signUps: number; funnel: PipelineData } }>(DRIVE, { id: driveId }),
    (d) => `${count(d.recruitmentDrive.signUps)} sign-ups, ${describePipeline(d.recruitmentDrive.funnel)}`,
  );

  const row = (query: string, m: Measured, beside: string) => ({ query, answer: m.answer, best: ms(m.best), median: ms(m.median), beside });
  const ratio = (m: Measured, of: Measured, name: string) => `${(m.median / of.median).toFixed(2)}× ${name}`;
  table(`Community builders' queries through GraphQL over HTTP (best and median of ${RUNS} runs after a warm-up)`, [
    row('capacityOverTime, 26 weeks', half, ''),
    row('capacityOverTime, 104 weeks', two, ratio(two, half, '26 weeks')),
    row('activitiesToStart', groups, ''),
    row('staleListings', stale, ''),
    row('volunteerPipeline, whole scheme', whole, ''),
    row('volunteerPipeline, area LS6', ls6, ratio(ls6, whole, 'whole scheme')),
    row(`recruitmentDrive with funnel (${count(FROM_DRIVE)} of ${count(VOLUNTEERS)})`, funnel, ratio(funnel, whole, 'whole scheme')),
  ]);
  if (errorsSeen.size > 0) {
    console.log([...errorsSeen].map(([error, times]) => `  ${times} × ${error}`).join('\n'));
    throw new Error('A query answered with GraphQL errors (listed under the table)');
  }
});
