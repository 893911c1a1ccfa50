import { expect } from 'vitest';
import type { TestKindred } from '../support/kindred.ts';

/** One row of audit_event exactly as stored: every column, so a test sees anything extra. */
export type AuditRow = {
  id: string;
  /** As PostgreSQL prints it. */
  at: string;
  actor_id: string | null;
  scheme_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  outcome: string;
  request_id: string | null;
};

export const AUDIT_EVENTS = `query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    events { id at actorName actorEmail schemeName action subjectType subjectId outcome }
    nextCursor
  }
}`;

export type AuditEventView = {
  id: string;
  at: string;
  actorName: string | null;
  actorEmail: string | null;
  schemeName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  outcome: string;
};
export type AuditPage = { events: AuditEventView[]; nextCursor: string | null };

/** The app's own database connection: what the server itself could do to the table. */
export const appConnection = (kindred: TestKindred) => kindred.orm.em.fork().getConnection();

/** Rows written at or after `since`, oldest first, optionally of one action only. */
export async function auditRowsSince(kindred: TestKindred, since: Date, action?: string): Promise<AuditRow[]> {
  const rows = await appConnection(kindred).execute<AuditRow[]>(
    `select * from audit_event where at >= ? ${action ? 'and action = ?' : ''} order by at, id`,
    action ? [since, action] : [since],
  );
  return rows;
}

/** Runs `work` and returns what it wrote to the audit log of one action. */
export async function auditedBy(kindred: TestKindred, action: string, work: () => Promise<unknown>): Promise<AuditRow[]> {
  // The server stamps rows with its own clock (the same machine): a millisecond's margin is enough.
  const since = new Date(Date.now() - 1);
  await work();
  return auditRowsSince(kindred, since, action);
}

/**
 * The one row, with exactly these values and nothing else stored: no column holds a name, an email
 * address, an answer or any other value — and none of `secrets` appears anywhere in it.
 */
export function expectOnlyRow(rows: AuditRow[], expected: Omit<AuditRow, 'id' | 'at' | 'request_id'>, secrets: string[] = []): AuditRow {
  expect(rows, `one ${expected.action} row`).toHaveLength(1);
  const row = rows[0] as AuditRow;
  expect(row).toEqual({ ...expected, id: expect.any(String), at: expect.any(String), request_id: null });
  const stored = JSON.stringify(row).toLowerCase();
  for (const secret of secrets) expect(stored, `the audit row must not hold "${secret}"`).not.toContain(secret.toLowerCase());
  return row;
}
