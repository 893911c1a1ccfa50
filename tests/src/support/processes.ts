/**
 * Real Kindred API processes for the scale-out tests: `node server/dist/main.js` as child processes,
 * as production runs them, sharing one database (the test's own) and, when given, one Redis. Each
 * has its own port; their JSON logs are kept for the test to read. Stopped with SIGTERM (drain) or
 * SIGKILL (a crash), and always killed when the test run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { freePort, migrate, openDatabase, startMailCatcher, type MailCatcher, type RunningKindred } from '@kindred/server';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { Person, type TestKindred } from './kindred.ts';

const MAIN = fileURLToPath(new URL('../../../server/dist/main.js', import.meta.url));

/** One database for several processes, migrated once here (as a deployment does before starting them). */
export type SharedDatabase = { database: TestDatabase; orm: RunningKindred['orm']; mail: MailCatcher; close(): Promise<void> };

export async function prepareSharedDatabase(): Promise<SharedDatabase> {
  const database = await createTestDatabase(inject('adminDatabaseUrl'));
  const orm = await openDatabase(database.url, { poolMax: 4, connectTimeoutMs: 2_000, statementTimeoutMs: 10_000 });
  await migrate(orm);
  const mail = await startMailCatcher();
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

export type LogLine = { level: number; msg: string; [field: string]: unknown };

export type KindredProcess = {
  name: string;
  url: string;
  pid: number;
  /** How long it took from spawning to answering ready. */
  readyInMs: number;
  /** Every JSON log line so far. */
  logs: LogLine[];
  /** Waits for a log line that `matches`; fails after `timeoutMs`. */
  waitForLog(matches: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** SIGTERM: the process drains and exits; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: gone at once, as in a crash. */
  kill(): Promise<void>;
};

export type ProcessOptions = {
  name: string;
  /** The database they share, and where their mail goes. */
  shared: Pick<SharedDatabase, 'database' | 'mail'>;
  redisUrl?: string;
  /** Further settings, e.g. SCHEDULED_JOBS or JOB_HEARTBEAT_SECONDS. */
  env?: Record<string, string>;
};

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts one API process and waits until /readyz says ready. */
export async function startKindredProcess(options: ProcessOptions): Promise<KindredProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await spawnOn(port, options);
    } catch (error) {
      if (!/EADDRINUSE/.test(String(error)) || attempt === 3) throw error;
    }
  }
}

/** Starts several at once (the database is migrated already, so they do not race to migrate it). */
export function startKindredProcesses<const Names extends readonly string[]>(
  names: Names,
  options: Omit<ProcessOptions, 'name'>,
): Promise<{ [K in keyof Names]: KindredProcess }> {
  return Promise.all(names.map((name) => startKindredProcess({ ...options, name }))) as Promise<{ [K in keyof Names]: KindredProcess }>;
}

async function spawnOn(port: number, options: ProcessOptions): Promise<KindredProcess> {
  const url = `http://127.0.0.1:${port}`;
  // Only what the process needs: nothing of the machine's own database or Redis leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: options.shared.database.url,
    SMTP_URL: `smtp://127.0.0.1:${options.shared.mail.port}`,
    DEMO_DATA: 'false',
    SCHEDULED_JOBS: 'false',
    LOG_LEVEL: 'info',
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  };
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => children.delete(child));

  const logs: LogLine[] = [];
  const other: string[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (text) => {
    try {
      logs.push(JSON.parse(text) as LogLine);
    } catch {
      other.push(text);
    }
    for (const wake of waiters) wake();
  });
  createInterface({ input: child.stderr! }).on('line', (text) => other.push(text));
  const tail = () => [...logs.slice(-10).map((l) => JSON.stringify(l)), ...other.slice(-10)].join('\n');

  // Generous: a loaded machine (the whole suite at once) can take many seconds to start a process.
  const until = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Kindred process ${options.name} stopped while starting:\n${tail()}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`Kindred process ${options.name} was not ready within 45 s:\n${tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    return exited;
  };
  return {
    name: options.name,
    url,
    pid: child.pid!,
    readyInMs: Math.round(performance.now() - spawnedAt),
    logs,
    waitForLog(matches, timeoutMs = 10_000) {
      const found = logs.find(matches);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such log line from ${options.name} within ${timeoutMs} ms; last lines:\n${tail()}`));
        }, timeoutMs);
        const check = () => {
          const line = logs.find(matches);
          if (!line) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(line);
        };
        waiters.add(check);
      });
    },
    stop: () => signal('SIGTERM'),
    kill: async () => {
      await signal('SIGKILL');
    },
  };
}

/** What the shared test helpers (factories, actors) need, with every request going to `target`. */
export function kindredOn(target: KindredProcess, shared: SharedDatabase): TestKindred {
  return {
    url: target.url,
    orm: shared.orm,
    mail: shared.mail,
    database: shared.database,
    person: (label) => new Person(target.url, label),
    close: async () => {},
  };
}

/** The same person (the same session cookie) talking to another process. */
export function sameSessionOn(person: Person, target: KindredProcess): Person {
  const copy = new Person(target.url, `${person.label} on ${target.name}`);
  for (const [name, value] of person.cookies) copy.cookies.set(name, value);
  return copy;
}
