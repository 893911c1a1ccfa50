/**
 * A test Kindred that can be stopped and started again on the same database and port, like a
 * deploy or a crash and restart: what was stored must still be there, and sessions still valid.
 */
import { inject } from 'vitest';
import { freePort, loadConfig, startKindred, startMailCatcher, type RunningKindred } from '@kindred/server';
import { createTestDatabase } from '../support/database.ts';
import { Person, type TestKindred } from '../support/kindred.ts';

export type RestartableKindred = TestKindred & {
  /** Stops the server (letting requests in flight finish) and starts a new one on the same database and port. */
  restart(): Promise<void>;
};

export async function startRestartableKindred(env: Record<string, string> = {}): Promise<RestartableKindred> {
  const database = await createTestDatabase(inject('adminDatabaseUrl'));
  const mail = await startMailCatcher();
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    DEMO_DATA: 'false',
    LOG_LEVEL: process.env.KINDRED_TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  let running: RunningKindred = await startKindred(config);
  return {
    url: running.url,
    get orm() {
      return running.orm;
    },
    mail,
    database,
    person: (label?: string, options?: ConstructorParameters<typeof Person>[2]) => new Person(running.url, label, options),
    async restart() {
      await running.close();
      running = await startKindred(config);
    },
    async close() {
      await running.close();
      await mail.close();
      await database.drop();
    },
  };
}
