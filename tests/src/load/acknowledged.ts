/** Looks for every acknowledged write in PostgreSQL: a write the server said it made must be there. */
import type { Ack } from './driver.ts';

type Sql = <T>(text: string, params?: unknown[]) => Promise<T[]>;

/** Per kind of write, the SQL that returns the keys found among those given ($1, a text array). */
const FOUND: Record<Ack['kind'], string> = {
  accept: 'select id::text as key from match where id = any($1::uuid[]) and volunteer_accepted_at is not null',
  contact: 'select note as key from match_contact_log_entry where note = any($1::text[])',
  session: 'select token_hash as key from account_session where token_hash = any($1::text[])',
  message: 'select id::text as key from message where id = any($1::uuid[])',
};

export type WriteCheck = { acknowledged: number; lost: Ack[]; byKind: Array<{ kind: string; acknowledged: number; lost: number }> };

export async function checkAcknowledged(sql: Sql, acks: Ack[]): Promise<WriteCheck> {
  const lost: Ack[] = [];
  const byKind = [];
  for (const kind of Object.keys(FOUND) as Array<Ack['kind']>) {
    const keys = [...new Set(acks.filter((a) => a.kind === kind).map((a) => a.key))];
    if (keys.length === 0) continue;
    const found = new Set((await sql<{ key: string }>(FOUND[kind], [keys])).map((r) => r.key));
    const missing = keys.filter((key) => !found.has(key));
    lost.push(...missing.map((key) => ({ kind, key })));
    byKind.push({ kind, acknowledged: keys.length, lost: missing.length });
  }
  return { acknowledged: acks.length, lost, byKind };
}
