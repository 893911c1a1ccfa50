/**
 * PostgreSQL frozen for 2 s (issue 7, faults): SIGSTOP to the postmaster and every backend, as a
 * stalled disk or a paused virtual machine would do, while volunteers note contacts. Latency stays
 * bounded by the connect and statement timeouts, any error is a plain one with a code, readiness
 * says so at once, and everything works again when it thaws. The file has a PostgreSQL of its own.
 */
import { afterAll, expect, it } from 'vitest';
import { kindredOn, startKindredProcess } from '../support/processes.ts';
import {
  activeMatchForWrites,
  describeAttempts,
  expectAcknowledgedKept,
  expectCleanFailures,
  readyWithin,
  sharedDatabaseOn,
  sleep,
  startOwnPostgres,
  writeStream,
} from './faults-support.ts';

const FREEZE_MS = 2_000;
/** The defaults (DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS): the longest a request waits for a connection, and for a statement. */
const CONNECT_TIMEOUT_MS = 2_000;
const STATEMENT_TIMEOUT_MS = 5_000;

const postgres = await startOwnPostgres();
const shared = await sharedDatabaseOn(postgres.adminUrl);
const api = await startKindredProcess({ name: 'A', shared });
const kindred = kindredOn(api, shared);
afterAll(async () => {
  // Never leave a frozen server behind, whatever happened above.
  await postgres.thaw();
  await api.stop();
  await shared.close();
  await postgres.close();
});

it('keeps latency bounded and errors clean while PostgreSQL is frozen for 2 s, and recovers', { timeout: 60_000 }, async () => {
  const target = await activeMatchForWrites(kindred);
  const stream = writeStream(api.url, target);
  await stream.acknowledgedMore(10);
  const frozenAt = stream.now();
  const pids = await postgres.freeze();
  let readiness: { status: number; ms: number };
  try {
    const askedAt = performance.now();
    const answer = await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    readiness = { status: answer.status, ms: performance.now() - askedAt };
    await sleep(Math.max(0, FREEZE_MS - (stream.now() - frozenAt)));
  } finally {
    await postgres.thaw();
  }
  const thawedAt = stream.now();
  const recoveredIn = await readyWithin(api.url, 10_000);
  await stream.acknowledgedMore(10);
  const attempts = await stream.stop();
  console.log(
    `${describeAttempts(`PostgreSQL frozen (${pids.length} processes) for ${((thawedAt - frozenAt) / 1_000).toFixed(1)} s`, attempts)}; readyz answered ${readiness.status} in ${readiness.ms.toFixed(0)} ms while frozen, ready ${recoveredIn.toFixed(0)} ms after the thaw`,
  );

  // Readiness answers within its own 1 s limit that the database is away.
  expect(readiness.status).toBe(503);
  expect(readiness.ms).toBeLessThan(1_500);
  expect(attempts.filter((a) => a.startedAt < frozenAt && a.ok).length, 'writes before the freeze').toBeGreaterThan(3);
  expect(attempts.some((a) => a.startedAt < thawedAt && a.startedAt + a.ms > frozenAt), 'writes caught by the freeze').toBe(true);
  // A request caught by the freeze waits for it to end or for a timeout, and no longer; the
  // statement timeout is the margin for a busy machine catching up after the thaw.
  expectCleanFailures(attempts, FREEZE_MS + CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS);
  await expectAcknowledgedKept(shared.database.url, attempts);

  // Recovered: ten writes acknowledged after the thaw, and the stream ends in successes.
  expect(attempts.filter((a) => a.ok && a.startedAt > thawedAt).length, 'writes acknowledged after the thaw').toBeGreaterThanOrEqual(5);
  expect(attempts.slice(-8).filter((a) => !a.ok).map((a) => a.code), 'the last writes').toEqual([]);
});
