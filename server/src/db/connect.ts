import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded.js';
import { openDatabase } from './orm.js';

const EMBEDDED_DATABASE = 'kindred';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, whose data survives restarts. */
export async function connectDatabase(config: Config, logger: Logger): Promise<{ orm: MikroORM; url: string; close(): Promise<void> }> {
  if (config.database.url) {
    const orm = await openDatabase(config.database.url, config.database);
    return { orm, url: config.database.url, close: () => orm.close() };
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({
    ...config.database.embedded,
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
  });
  logger.info({ dataDir: config.database.embedded.dataDir, port: config.database.embedded.port, ms: Date.now() - started }, 'embedded PostgreSQL started');
  try {
    const url = new URL(embedded.url);
    const admin = await openDatabase(url.toString(), { ...config.database, poolMax: 1 });
    const exists = await admin.em.getConnection().execute('select 1 from pg_database where datname = ?', [EMBEDDED_DATABASE]);
    if (exists.length === 0) await admin.em.getConnection().execute(`create database "${EMBEDDED_DATABASE}"`);
    await admin.close();
    url.pathname = `/${EMBEDDED_DATABASE}`;
    const orm = await openDatabase(url.toString(), config.database);
    return {
      orm,
      url: url.toString(),
      close: async () => {
        await orm.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
