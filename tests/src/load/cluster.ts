/**
 * What `pnpm load` runs against, all on loopback: a database of its own on the run's embedded
 * PostgreSQL, migrated once before any API starts, a private Redis carrying events between the
 * processes, a mail catcher standing in for SMTP, and real API processes (server/dist/main.js, with
 * production settings) started by the test support (tests/src/support/processes.ts).
 */
import pg from 'pg';
import { kindredOn, prepareSharedDatabase, startKindredProcesses, type KindredProcess, type SharedDatabase } from '../support/processes.ts';
import { startTestRedis, type TestRedis } from '../support/redis.ts';
import type { TestKindred } from '../support/kindred.ts';

export type Cluster = {
  shared: SharedDatabase;
  redis: TestRedis;
  /** Bound-parameter SQL straight to PostgreSQL, for seeding and for checking writes afterwards. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  apis: KindredProcess[];
  /** The test support's view of Kindred (on the first process), so its sign-in helpers work unchanged. */
  kindred: TestKindred;
  close(): Promise<void>;
};

/** As deployed: production mode (no introspection, internals hidden), warnings and errors logged only. */
export const PRODUCTION_LIKE = { NODE_ENV: 'production', LOG_LEVEL: 'warn', SCHEDULED_JOBS: 'false' };

export async function startCluster(options: { processes: number; env?: Record<string, string> }): Promise<Cluster> {
  const shared = await prepareSharedDatabase();
  const pool = new pg.Pool({ connectionString: shared.database.url, max: 2 });
  let redis: TestRedis | undefined;
  const apis: KindredProcess[] = [];
  const close = async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await redis?.stop();
    await pool.end();
    await shared.close();
  };
  try {
    redis = await startTestRedis();
    const names = Array.from({ length: options.processes }, (_, i) => String.fromCharCode(65 + i));
    apis.push(...(await startKindredProcesses(names, { shared, redisUrl: redis.url, env: { ...PRODUCTION_LIKE, ...options.env } })));
  } catch (error) {
    await close();
    throw error;
  }
  return {
    shared,
    redis,
    async sql<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    apis,
    kindred: kindredOn(apis[0]!, shared),
    close,
  };
}
