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
import { messageEntities } from '../messages/entities.js';
import { concernEntities } from '../safeguarding/concerns/entities.js';
import { auditEntities } from '../audit/entities.js';
import { ErasureRecord } from '../data-rights/erasure-record.entity.js';
import type { Config } from '../config.js';
import { migrations } from './migrations/index.js';

export const entities = [...accountEntities, PostcodeLocation, ...volunteerEntities, ...directoryEntities, ...seekerEntities, UnmatchedRequest, ...assignmentEntities, ...lifecycleEntities, ...notificationEntities, GapSnapshot, ...driveEntities, ...checkInEntities, ...messageEntities, ...concernEntities, ...auditEntities, ErasureRecord];

export type DatabaseSettings = Pick<Config['database'], 'poolMax' | 'connectTimeoutMs' | 'statementTimeoutMs'> & Partial<Pick<Config['database'], 'replicaUrls'>>;

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
    // Each replica takes the pool and timeouts above. Reads go to one only where the code asks
    // (connectionType 'read', see db/read-replica.ts): anywhere else a read may follow a write at once.
    replicas: (settings.replicaUrls ?? []).map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
    preferReadReplicas: false,
    migrations: { migrationsList: migrations, snapshot: false, transactional: true, allOrNothing: true, silent: true },
    allowGlobalContext: false,
    debug,
  });
}

/**
 * Brings the schema up to date with the committed migrations. Several API processes may start at
 * once on one database: the first to take a lock migrates, the others wait for it and then find
 * nothing left to do (without the lock they race and fail on each other's tables).
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const up = async () => (await orm.migrator.up()).map((m) => m.name);
  // The lock is held by a transaction that only waits, while the migrations take a connection of their own.
  if ((orm.config.get('pool')?.max ?? 2) < 2) return up();
  const connection = orm.em.getConnection();
  return connection.transactional(async (trx) => {
    await connection.execute(`select set_config('statement_timeout', '0', true), set_config('idle_in_transaction_session_timeout', '0', true)`, [], 'run', trx);
    await connection.execute(`select pg_advisory_xact_lock(hashtext('kindred:migrations'))`, [], 'run', trx);
    return up();
  });
}
