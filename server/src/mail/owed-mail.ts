import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs SQL inside the transaction it was made for. */
export type RunSql = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

// How long the transaction may wait on the mail server for one message. PostgreSQL otherwise ends a
// transaction left idle for twice the statement timeout (10 s by default), which a slow mail server
// can reach: the lock would go, the mark would fail, and the message would be sent again.
const WAIT_FOR_MAIL_SERVER_MS = 60_000;

/**
 * Sends mail that rows in the database say is owed, once, however many processes or reruns try.
 * `work` locks the rows (SELECT … FOR UPDATE, where the mail is still owed), sends and waits for the
 * mail server, and marks the rows sent, all in this one transaction. Another process sending the
 * same mail waits at the lock and then finds it sent. A process that dies first takes its lock with
 * it (PostgreSQL ends the transaction with the connection) and the mail is still owed, for the rerun.
 * The one window left is between the mail server accepting a message and the commit: a process that
 * dies exactly there has its mail sent again by the rerun. Mail is never lost to a crash.
 */
export async function whileMailIsLocked<T>(em: EntityManager, work: (tx: EntityManager, sql: RunSql) => Promise<T>): Promise<T> {
  return em.fork().transactional(async (tx) => {
    const sql: RunSql = (text, params = []) => tx.getConnection().execute(text, params, 'all', tx.getTransactionContext());
    await sql(`select set_config('idle_in_transaction_session_timeout', ?, true)`, [String(WAIT_FOR_MAIL_SERVER_MS)]);
    return work(tx, sql);
  });
}
