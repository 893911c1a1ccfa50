/**
 * The connection pool exhausted (issue 7, faults). Kindred runs with DB_POOL_MAX=3; the test takes
 * a lock in PostgreSQL (as a long migration or maintenance would) so that three real writes stall
 * holding every connection. Further requests must fail within the connect timeout with a plain
 * error and a code, not queue without end; once the lock goes, the stalled writes complete and
 * everything answers again. No test-only path in the server: real operations, real locks.
 */
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { startTestKindred } from '../support/kindred.ts';
import { LoadClient } from '../load/http-client.ts';
import { readAnswer } from '../load/verdicts.ts';
import { body, MY_MATCHES } from '../load/operations.ts';
import { activeMatchForWrites, expectAcknowledgedKept, expectCleanFailures, OUTAGE_CODES, readyWithin, sleep, writeStream, type Attempt } from './faults-support.ts';

const POOL = 3;
const CONNECT_TIMEOUT_MS = 1_000;
const kindred = await startTestKindred({ env: { DB_POOL_MAX: String(POOL), DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS) } });
const locker = new pg.Client({ connectionString: kindred.database.url });
await locker.connect();
const client = new LoadClient(64);
afterAll(async () => {
  await locker.end();
  client.close();
  await kindred.close();
});

/** Sends `count` reads of the volunteer's matches at once; each answer as an Attempt. */
async function reads(cookie: string, count: number): Promise<Attempt[]> {
  const started = performance.now();
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const answer = await client.postGraphQL(kindred.url, body(MY_MATCHES), { cookie, timeoutMs: 30_000 });
      const read = readAnswer(answer);
      const error = 'problem' in read ? read.problem : undefined;
      return {
        note: `read ${i}`,
        startedAt: performance.now() - started - answer.ms,
        ms: answer.ms,
        ok: !error,
        status: answer.status,
        code: error?.split(':')[0],
        message: error?.split(': ').slice(1).join(': '),
        failure: answer.failure,
      };
    }),
  );
}

/**
 * How many sessions wait for the lock on the contact log. Asked of pg_locks: a statement that
 * blocks while it is still being parsed (an INSERT takes its table lock then) may not show as
 * active in pg_stat_activity yet.
 */
async function waitingOnLocks(): Promise<number> {
  const { rows } = await locker.query<{ n: number }>(
    "select count(*)::int as n from pg_locks where not granted and relation = 'match_contact_log_entry'::regclass and pid <> pg_backend_pid()",
  );
  return rows[0]!.n;
}

it('fails fast with a clean error when every connection is taken, and recovers when they are given back', { timeout: 60_000 }, async () => {
  const target = await activeMatchForWrites(kindred);
  await locker.query('begin');
  await locker.query('lock table match_contact_log_entry in access exclusive mode');
  const writes = writeStream(kindred.url, target, POOL);
  try {
    // Each stalled write holds a connection inside its transaction until the lock goes.
    for (let tries = 0; (await waitingOnLocks()) < POOL; tries++) {
      if (tries > 100) throw new Error('the writes never stalled on the lock');
      await sleep(50);
    }
    const starved = await reads(target.cookie, 20);
    const readyAt = performance.now();
    const readiness = await fetch(`${kindred.url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    const readinessMs = performance.now() - readyAt;
    const worst = Math.max(...starved.map((a) => a.ms));
    console.log(
      `[faults] pool of ${POOL} exhausted: ${starved.length} reads all refused in at most ${worst.toFixed(0)} ms (codes: ${[...new Set(starved.map((a) => a.code))].join(', ')}); readyz ${readiness.status} in ${readinessMs.toFixed(0)} ms`,
    );
    expect(starved.filter((a) => a.ok), 'reads served with no connection free').toEqual([]);
    expect(starved.every((a) => OUTAGE_CODES.includes(a.code ?? ''))).toBe(true);
    // Refused after the connect timeout (with a margin for a busy machine), not queued without end.
    expectCleanFailures(starved, CONNECT_TIMEOUT_MS + 2_000);
    expect(readiness.status).toBe(503);
    expect(readinessMs).toBeLessThan(1_500);
  } finally {
    await locker.query('rollback');
  }
  await readyWithin(kindred.url, 5_000);
  await sleep(500);
  const attempts = await writes.stop();
  // The three stalled writes went through once the lock was released, and were kept.
  expect(attempts.filter((a) => a.ok).length).toBeGreaterThanOrEqual(POOL);
  await expectAcknowledgedKept(kindred.database.url, attempts);
  const after = await reads(target.cookie, 20);
  expect(after.filter((a) => !a.ok).map((a) => a.message), 'reads failing after the pool came back').toEqual([]);
});
