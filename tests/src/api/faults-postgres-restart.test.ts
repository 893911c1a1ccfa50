/**
 * PostgreSQL restarted under load (issue 7, faults): a stream of writes (volunteers noting contacts)
 * while the database shuts down and comes back. Every write the API acknowledged is still there
 * afterwards; writes during the outage fail at once with a plain error and a code; the API process
 * recovers by itself, without a restart. The file has a PostgreSQL of its own, since restarting the
 * run's shared one would break every other test file.
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

/** The defaults (DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS): together, the longest any request may wait. */
const CONNECT_TIMEOUT_MS = 2_000;
const STATEMENT_TIMEOUT_MS = 5_000;

const postgres = await startOwnPostgres();
const shared = await sharedDatabaseOn(postgres.adminUrl);
const api = await startKindredProcess({ name: 'A', shared });
const kindred = kindredOn(api, shared);
afterAll(async () => {
  await api.stop();
  await postgres.start();
  await shared.close();
  await postgres.close();
});

it('keeps every acknowledged write through a restart, fails cleanly while down, and recovers by itself', { timeout: 60_000 }, async () => {
  const target = await activeMatchForWrites(kindred);
  const stream = writeStream(api.url, target);
  await stream.acknowledgedMore(10);
  const stoppingAt = stream.now();
  await postgres.stop();
  const downAt = stream.now();
  await sleep(1_500);
  await postgres.start();
  const upAt = stream.now();
  const recoveredIn = await readyWithin(api.url, 15_000);
  // Writes carry on without anyone restarting the API.
  await stream.acknowledgedMore(10);
  const attempts = await stream.stop();
  console.log(
    `${describeAttempts('PostgreSQL restarted under load', attempts)}; down for ${((upAt - stoppingAt) / 1_000).toFixed(1)} s, ready again ${recoveredIn.toFixed(0)} ms after it came back`,
  );

  expect(attempts.filter((a) => a.ok && a.startedAt < stoppingAt).length, 'writes acknowledged before the restart').toBeGreaterThan(5);
  const duringOutage = attempts.filter((a) => a.startedAt >= downAt && a.startedAt + a.ms <= upAt);
  expect(duringOutage.length, 'writes tried while PostgreSQL was down').toBeGreaterThan(0);
  expect(duringOutage.filter((a) => a.ok), 'writes acknowledged while PostgreSQL was down').toEqual([]);
  // The timeouts bound every wait: nothing queues for ever, however busy the machine.
  expectCleanFailures(attempts, CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS);
  await expectAcknowledgedKept(shared.database.url, attempts);

  // Recovered: ten writes acknowledged after readiness came back, and the stream ends in successes.
  expect(attempts.filter((a) => a.ok && a.startedAt > upAt).length, 'writes acknowledged after the restart').toBeGreaterThanOrEqual(5);
  expect(attempts.slice(-8).filter((a) => !a.ok).map((a) => a.code), 'the last writes').toEqual([]);
  expect((await fetch(`${api.url}/healthz`)).ok).toBe(true);
});
