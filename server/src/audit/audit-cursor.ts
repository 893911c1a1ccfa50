/**
 * Keyset pagination over (at, id), newest first. The cursor is opaque to clients: the last row's
 * time exactly as PostgreSQL printed it (to the microsecond, so no row is skipped or repeated) and
 * its id, base64url-encoded. A cursor that does not decode is treated as bad input.
 */
export type AuditCursor = { at: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(text: string): AuditCursor | null {
  if (text.length > 200) return null;
  const [at, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id || !UUID.test(id) || !TIMESTAMP.test(at)) return null;
  return { at, id };
}
