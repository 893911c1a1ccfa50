/**
 * Crashes, staged for the job handlers that must be safe to run again: a mailer whose process
 * "dies" before chosen emails leave, and another process caught in the middle of sending (holding
 * the rows it is sending for) that then dies or finishes.
 */
import pg from 'pg';
import type { Mailer } from '../../../server/src/mail/mailer.ts';
import type { TestKindred } from '../support/kindred.ts';
import { eventually } from './scale-support.ts';

/** The real mailer, except that the process dies (the call throws) before any email `dies` picks leaves. */
export function dyingMailer(real: Mailer, dies: (to: string) => boolean = () => true): Mailer {
  return {
    ...real,
    send: (mail) => (dies(mail.to) ? Promise.reject(new Error(`the process died before the email to ${mail.to} left`)) : real.send(mail)),
  };
}

/** Another process, half-way through sending: it holds the rows it selected FOR UPDATE on a connection of its own. */
export type Sender = {
  /** It dies: its connection closes without a commit, and PostgreSQL lets go of its rows. */
  dies(): Promise<void>;
  /** It finishes: runs `sql` (marking what it sent) and commits. */
  finishes(sql: string, params: unknown[]): Promise<void>;
};

export async function senderHolding(kindred: TestKindred, lockSql: string, params: unknown[]): Promise<Sender> {
  const client = new pg.Client({ connectionString: kindred.database.url });
  await client.connect();
  await client.query('begin');
  const { rowCount } = await client.query(lockSql, params);
  if (!rowCount) throw new Error(`the sender found nothing to hold: ${lockSql}`);
  return {
    dies: () => client.end(),
    async finishes(sql, values) {
      await client.query(sql, values);
      await client.query('commit');
      await client.end();
    },
  };
}

/** Resolves once some statement on this test's database is waiting for a row another holds. */
export async function untilSomeoneWaitsForALock(kindred: TestKindred): Promise<void> {
  await eventually(
    () =>
      kindred.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ n: number }>>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`),
    (rows) => rows[0]!.n > 0,
    10_000,
  );
}
