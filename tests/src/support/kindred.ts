/**
 * Starts a real Kindred (the same startKindred as production) on a fresh database, with a mail
 * catcher standing in for SMTP. One per test file; close() stops everything and drops the database.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { inject } from 'vitest';
import {
  freePort,
  loadConfig,
  startKindred,
  startMailCatcher,
  type MailCatcher,
  type RunningKindred,
} from '@kindred/server';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { Person, type PersonOptions } from './graphql-client.ts';

export { Person } from './graphql-client.ts';
export type { GraphQLResult, GraphQLErrorJson, FieldProblem } from './graphql-client.ts';

export type { CapturedMail, MailCatcher } from '@kindred/server';

export type TestKindred = {
  url: string;
  orm: RunningKindred['orm'];
  mail: MailCatcher;
  /** This instance's own database (drop() it to see how Kindred copes without one). */
  database: TestDatabase;
  /** A new person with an empty cookie jar (options: see Person). */
  person(label?: string, options?: PersonOptions): Person;
  close(): Promise<void>;
};

export type TestKindredOptions = {
  /** Overrides for the environment handed to loadConfig (e.g. NODE_ENV: 'production'). */
  env?: Record<string, string | undefined>;
  /** Serve the built web app (browser tests). */
  serveWeb?: boolean;
};

/**
 * The web app's build output, found relative to this file so it works in any clone.
 * KINDRED_TEST_WEB_DIST points at another build (one that nobody rebuilds during the run).
 */
export const WEB_DIST = process.env.KINDRED_TEST_WEB_DIST ?? fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export async function startTestKindred(options: TestKindredOptions = {}): Promise<TestKindred> {
  if (options.serveWeb && !existsSync(`${WEB_DIST}index.html`)) {
    throw new Error(`No web build at ${WEB_DIST}: run \`pnpm build\` (the root \`pnpm test\` does) first.`);
  }
  const database = await createTestDatabase(inject('adminDatabaseUrl'));
  const mail = await startMailCatcher();
  try {
    const kindred = await startOnFreePort(database, mail, options);
    return {
      url: kindred.url,
      orm: kindred.orm,
      mail,
      database,
      person: (label, personOptions) => new Person(kindred.url, label, personOptions),
      async close() {
        await kindred.close();
        await mail.close();
        await database.drop();
      },
    };
  } catch (error) {
    await mail.close();
    await database.drop();
    throw error;
  }
}

/** Picks the port first so that PUBLIC_URL (used in emailed links) is this server; retries if taken meanwhile. */
async function startOnFreePort(database: TestDatabase, mail: MailCatcher, options: TestKindredOptions): Promise<RunningKindred> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: database.url,
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
      DEMO_DATA: 'false',
      // KINDRED_TEST_LOG_LEVEL=error shows the server's own logs while debugging a test.
      LOG_LEVEL: process.env.KINDRED_TEST_LOG_LEVEL ?? 'silent',
      ...(options.serveWeb ? { WEB_DIST } : {}),
      ...options.env,
    });
    try {
      return await startKindred(config);
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE' || attempt === 3) throw error;
    }
  }
}
