import { MikroORM } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { accountEntities } from '../accounts/entities.js';
import { PostcodeLocation } from '../place/postcode-location.entity.js';
import { UnmatchedRequest } from '../matching/engine/unmatched-request.entity.js';
import { volunteerEntities } from '../volunteers/entities.js';
import { directoryEntities } from '../directory/entities.js';
import { seekerEntities } from '../seekers/entities.js';
import { assignmentEntities } from '../matching/assignment/entities.js';
import { lifecycleEntities } from '../matching/lifecycle/entities.js';
import { notificationEntities } from '../notifications/entities.js';
import { GapSnapshot } from '../community/gaps/gap-snapshot.entity.js';
import { driveEntities } from '../community/drives/entities.js';
import { checkInEntities } from '../outcomes/check-ins/entities.js';
import type { Config } from '../config.js';
import { migrations } from './migrations/index.js';

export const entities = [...accountEntities, PostcodeLocation, ...volunteerEntities, ...directoryEntities, ...seekerEntities, UnmatchedRequest, ...assignmentEntities, ...lifecycleEntities, ...notificationEntities, GapSnapshot, ...driveEntities, ...checkInEntities];

export type DatabaseSettings = Pick<Config['database'], 'poolMax' | 'connectTimeoutMs' | 'statementTimeoutMs'>;

/**
 * Opens the ORM with bounded waits everywhere: the pg driver otherwise waits forever for a
 * connection and for a query (SECURITY.md measured queues growing without bound).
 */
export async function openDatabase(url: string, settings: DatabaseSettings, debug = false): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: url,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: settings.poolMax, idleTimeoutMillis: 30_000 },
    driverOptions: {
      connectionTimeoutMillis: settings.connectTimeoutMs,
      statement_timeout: settings.statementTimeoutMs,
      query_timeout: settings.statementTimeoutMs + 1_000,
      idle_in_transaction_session_timeout: settings.statementTimeoutMs * 2,
      application_name: 'kindred',
    },
    migrations: { migrationsList: migrations, snapshot: false, transactional: true, allOrNothing: true, silent: true },
    allowGlobalContext: false,
    debug,
  });
}

/** Brings the schema up to date with the committed migrations. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
