/**
 * A private Redis for tests that need one (events between API processes): `redis-server` on a free
 * loopback port, keeping nothing on disk, stopped afterwards. Never the machine's own Redis.
 *
 * Without the binary: CI (CI=true) fails with a clear message; elsewhere the Redis tests are skipped,
 * saying so. REDIS_SERVER_PATH points at another binary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort } from '@kindred/server';

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'];
export const REDIS_INSTALL_HINT = 'Install it with `apt-get install -y redis-server` (Debian), or set REDIS_SERVER_PATH.';

export function findRedisServer(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.REDIS_SERVER_PATH) return existsSync(env.REDIS_SERVER_PATH) ? env.REDIS_SERVER_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Whether this file's Redis tests can run: true when redis-server is here. In CI a missing binary
 * throws (the run must not pass without them); elsewhere it warns once and answers false, for
 * `describe.skipIf(!redisAvailable())`.
 */
export function redisAvailable(): boolean {
  if (findRedisServer()) return true;
  const message = `no redis-server found, so the tests of several API processes sharing Redis cannot run. ${REDIS_INSTALL_HINT}`;
  if (process.env.CI === 'true') throw new Error(`CI must run the Redis tests: ${message}`);
  console.warn(`\n!! SKIPPING Redis tests: ${message}\n`);
  return false;
}

export type TestRedis = {
  url: string;
  port: number;
  /** Stops the server (an outage); `start()` brings it back on the same port, empty. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Sends one command and returns Redis's answer, e.g. command('PUBSUB', 'NUMSUB', channel). */
  command(...args: string[]): Promise<RespValue>;
};

export async function startTestRedis(): Promise<TestRedis> {
  const binary = findRedisServer();
  if (!binary) throw new Error(`no redis-server: ${REDIS_INSTALL_HINT}`);
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      if (child) return;
      const started = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      let output = '';
      started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      running.add(started);
      started.once('exit', () => running.delete(started));
      const until = Date.now() + 10_000;
      for (;;) {
        if (started.exitCode !== null) throw new Error(`redis-server stopped at start:\n${output}`);
        if ((await redis.command('PING').catch(() => null)) === 'PONG') return;
        if (Date.now() > until) throw new Error(`redis-server did not answer within 10 s:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      const stopping = child;
      child = undefined;
      if (!stopping || stopping.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        stopping.once('exit', () => resolve());
        stopping.kill('SIGTERM');
      });
    },
    command: (...args) => sendCommand(port, args),
  };
  await redis.start();
  return redis;
}

// A test that dies early must not leave a server behind.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export type RespValue = string | number | null | RespValue[];

/** One command over a fresh connection, in Redis's own protocol (tests need no client library). */
function sendCommand(port: number, args: string[]): Promise<RespValue> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let buffer = '';
    socket.setTimeout(2_000, () => socket.destroy(new Error('Redis did not answer within 2 s')));
    socket.on('error', reject);
    socket.on('connect', () => socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`));
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parsed = parseResp(buffer, 0);
      if (!parsed) return;
      socket.end();
      if (parsed.value instanceof Error) reject(parsed.value);
      else resolve(parsed.value);
    });
  });
}

/** Parses one reply at `at`; undefined while it is incomplete. */
function parseResp(text: string, at: number): { value: RespValue | Error; next: number } | undefined {
  const lineEnd = text.indexOf('\r\n', at);
  if (lineEnd < 0) return undefined;
  const kind = text[at];
  const line = text.slice(at + 1, lineEnd);
  const next = lineEnd + 2;
  if (kind === '+') return { value: line, next };
  if (kind === '-') return { value: new Error(line), next };
  if (kind === ':') return { value: Number(line), next };
  if (kind === '$') {
    const length = Number(line);
    if (length < 0) return { value: null, next };
    if (text.length < next + length + 2) return undefined;
    return { value: text.slice(next, next + length), next: next + length + 2 };
  }
  if (kind === '*') {
    const items: RespValue[] = [];
    let cursor = next;
    for (let i = 0; i < Number(line); i++) {
      const item = parseResp(text, cursor);
      if (!item) return undefined;
      if (item.value instanceof Error) return item;
      items.push(item.value);
      cursor = item.next;
    }
    return { value: items, next: cursor };
  }
  return { value: new Error(`unexpected reply: ${text}`), next };
}
