import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The connection for reads that may be a moment behind the latest writes: aggregate pictures,
 * reports and directory search. A read replica when DATABASE_REPLICA_URLS is set (one at random),
 * otherwise the primary. Never use it to read back what the same request has just written.
 */
export function replicaConnection(em: EntityManager) {
  return em.getConnection('read');
}
