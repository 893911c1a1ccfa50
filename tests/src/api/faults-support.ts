/**
 * For the fault tests: a PostgreSQL of the test file's own (restarting or freezing the run's
 * shared one would stall every other test file), an API process on it, an active match to write
 * to, and a stream of real requests whose every answer is recorded.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { expect } from 'vitest';
import { freePort, migrate, openDatabase, startEmbeddedPostgres, startMailCatcher } from '@kindred/server';
import { appoint } from '../support/actors.ts';
import { buildPerson, signUp, theAdmin } from '../support/factories.ts';
import type { TestKindred } from '../support/kindred.ts';
import { createTestDatabase } from '../support/database.ts';
import type { SharedDatabase } from '../support/processes.ts';
import { LoadClient } from '../load/http-client.ts';
import { readAnswer } from '../load/verdicts.ts';
import { approvedVolunteer, LOG_CONTACT, propose, respond, waitingWalker } from './matching-support.ts';

const artifacts = fileURLToPath(new URL('../../.artifacts/', import.meta.url));

export type OwnPostgres = {
  adminUrl: string;
  /** Fast shutdown (as `pg_ctl stop -m fast`): connections are cut, committed work is kept. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP to the postmaster and every backend: the server stops answering without closing anything. */
  freeze(): Promise<number[]>;
  thaw(): Promise<void>;
  close(): Promise<void>;
};

async function childrenOf(pid: number): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The parent pid is the second field after the command name, which is in parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === pid) found.push(Number(entry));
  }
  return found;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = `${artifacts}faults-postgres-${randomBytes(4).toString('hex')}`;
  await mkdir(dir, { recursive: true });
  const options = { dataDir: `${dir}/data`, port: await freePort() };
  let running: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined = await startEmbeddedPostgres(options);
  const adminUrl = running.url;
  let frozen: number[] = [];
  const postmaster = async () => Number((await readFile(`${options.dataDir}/postmaster.pid`, 'utf8')).split('\n')[0]);
  const own: OwnPostgres = {
    adminUrl,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running ??= await startEmbeddedPostgres(options);
    },
    async freeze() {
      const main = await postmaster();
      // The postmaster first, so it starts no backend that would escape the freeze.
      frozen = [main, ...(await childrenOf(main))];
      for (const pid of frozen) process.kill(pid, 'SIGSTOP');
      return frozen;
    },
    async thaw() {
      for (const pid of [...frozen].reverse()) {
        try {
          process.kill(pid, 'SIGCONT');
        } catch {
          // Gone already.
        }
      }
      frozen = [];
    },
    async close() {
      await own.thaw();
      await own.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return own;
}

/** A database on `adminUrl`, migrated, with a mail catcher: what API processes need (tests/src/support/processes.ts). */
export async function sharedDatabaseOn(adminUrl: string): Promise<SharedDatabase> {
  const database = await createTestDatabase(adminUrl);
  const orm = await openDatabase(database.url, { poolMax: 2, connectTimeoutMs: 2_000, statementTimeoutMs: 10_000 });
  await migrate(orm);
  const mail = await startMailCatcher({ port: 0 });
  return {
    database,
    orm,
    mail,
    async close() {
      await orm.close();
      await mail.close();
      await database.drop();
    },
  };
}

/** An active match, and the volunteer's session cookie to note contacts on it. */
export async function activeMatchForWrites(kindred: TestKindred): Promise<{ matchId: string; cookie: string }> {
  const { scheme } = await theAdmin(kindred);
  const linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Lin Worker');
  const volunteer = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vera Volunteer' }), scheme);
  const seeker = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Sue Seeker' }), scheme);
  const volunteerId = await approvedVolunteer(linkWorker.client, volunteer);
  const match = await propose(linkWorker.client, await waitingWalker(seeker), volunteerId);
  await respond(volunteer.client, match.id, true);
  await respond(seeker.client, match.id, true);
  return { matchId: match.id, cookie: volunteer.client.cookieHeader() };
}

/** One request of a stream: when it started and ended (ms since the stream began), and how it went. */
export type Attempt = { note: string; startedAt: number; ms: number; ok: boolean; status: number; code?: string; message?: string; failure?: string };

/**
 * Notes contacts on `matchId` as fast as `concurrency` clients can, each with a note of its own,
 * until stop() — the writes to look for afterwards.
 */
export function writeStream(origin: string, target: { matchId: string; cookie: string }, concurrency = 4) {
  const client = new LoadClient(concurrency);
  const attempts: Attempt[] = [];
  const started = performance.now();
  let running = true;
  let sequence = 0;
  const writer = async () => {
    while (running) {
      const note = `fault stream ${++sequence} ${randomBytes(4).toString('hex')}`;
      const startedAt = performance.now() - started;
      const answer = await client.postGraphQL(origin, JSON.stringify({ query: LOG_CONTACT, variables: { input: { matchId: target.matchId, how: 'PHONE', note } } }), {
        cookie: target.cookie,
        timeoutMs: 30_000,
      });
      const read = readAnswer(answer);
      let code: string | undefined;
      let message: string | undefined;
      try {
        const error = (JSON.parse(answer.text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> }).errors?.[0];
        code = error?.extensions?.code;
        message = error?.message;
      } catch {
        // Not JSON: status and failure say what happened.
      }
      attempts.push({ note, startedAt, ms: answer.ms, ok: 'data' in read, status: answer.status, code, message, failure: answer.failure });
      // A failed write is retried by people after a moment, not in a tight loop.
      if (!('data' in read)) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const writers = Array.from({ length: concurrency }, writer);
  return {
    attempts,
    /** ms since the stream began. */
    now: () => performance.now() - started,
    /** Waits until `count` more writes have been acknowledged (the machine may be slow: no fixed sleeps). */
    async acknowledgedMore(count: number, timeoutMs = 20_000): Promise<void> {
      const target = attempts.filter((a) => a.ok).length + count;
      const until = performance.now() + timeoutMs;
      while (attempts.filter((a) => a.ok).length < target) {
        if (performance.now() > until) throw new Error(`fewer than ${count} writes acknowledged within ${timeoutMs} ms`);
        await sleep(25);
      }
    },
    async stop(): Promise<Attempt[]> {
      running = false;
      await Promise.all(writers);
      client.close();
      return attempts;
    },
  };
}

/** Of the notes given, those in match_contact_log_entry, asked of PostgreSQL directly. */
export async function notesFound(databaseUrl: string, notes: string[]): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ note: string }>('select note from match_contact_log_entry where note = any($1::text[])', [notes]);
    return new Set(rows.map((r) => r.note));
  } finally {
    await client.end();
  }
}

/** Waits until /readyz says ready; resolves with how long that took. */
export async function readyWithin(origin: string, timeoutMs: number): Promise<number> {
  const from = performance.now();
  for (;;) {
    const ok = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(3_000) }).then((r) => r.ok, () => false);
    if (ok) return performance.now() - from;
    if (performance.now() - from > timeoutMs) throw new Error(`${origin} was not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One line for the test log (and the issue note): what a fault did to the stream. */
export function describeAttempts(label: string, attempts: Attempt[]): string {
  const failed = attempts.filter((a) => !a.ok);
  const codes = [...new Set(failed.map((a) => `${a.code ?? a.failure} (HTTP ${a.status})`))].join(', ') || 'none';
  const worst = Math.max(0, ...attempts.map((a) => a.ms));
  return `[faults] ${label}: ${attempts.length} writes tried, ${attempts.length - failed.length} acknowledged, ${failed.length} failed (codes: ${codes}), worst latency ${worst.toFixed(0)} ms`;
}

/**
 * The one code a client may see while the database is away: "try again", never a crash or a hang.
 * It holds wherever the outage is met, in a resolver or while the session is looked up before one.
 */
export const OUTAGE_CODES = ['SERVICE_UNAVAILABLE'];

/** Every failure was an answer (no dropped connection, no hang) in JSON with a code, within `withinMs`. */
export function expectCleanFailures(attempts: Attempt[], withinMs: number): void {
  const failed = attempts.filter((a) => !a.ok);
  expect(failed.filter((a) => a.failure).map((a) => a.failure), 'requests with no HTTP answer').toEqual([]);
  expect(failed.filter((a) => !OUTAGE_CODES.includes(a.code ?? '')).map((a) => `${a.status} ${a.code} ${a.message}`), 'failures without a clean code').toEqual([]);
  expect(failed.filter((a) => /\b(select|insert|econn\w*|pg|postgres\w*|timeout|driver\w*)\b/i.test(a.message ?? '')).map((a) => a.message), 'internals in messages').toEqual([]);
  expect(Math.max(0, ...attempts.map((a) => a.ms)), 'worst latency (ms)').toBeLessThan(withinMs);
}

/** Every write the API acknowledged is in PostgreSQL; returns how many there were. */
export async function expectAcknowledgedKept(databaseUrl: string, attempts: Attempt[]): Promise<number> {
  const acknowledged = attempts.filter((a) => a.ok).map((a) => a.note);
  const found = await notesFound(databaseUrl, acknowledged);
  expect(acknowledged.filter((note) => !found.has(note)), 'acknowledged writes missing from PostgreSQL').toEqual([]);
  return acknowledged.length;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
