import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../graphql/errors.js';
import type { MatchParties } from '../matching/lifecycle/match-parties.js';
import { firstName } from '../notifications/notify.js';
import { isUuid } from '../seekers/seeker-access.js';
import type { ClosedReason } from './message-words.js';

export const MAX_PAGE = 100;

/** The first name of whoever sent a message in this match, as the other person knows them. */
export function senderFirstName(match: Pick<MatchParties, 'volunteerUserId' | 'volunteerName' | 'seekerName'>, senderId: string): string {
  return senderId === match.volunteerUserId ? firstName(match.volunteerName) : firstName(match.seekerName);
}

/** Why the two cannot write to each other now, or null when they can. A pause wins over everything. */
export function closedReason(match: { status: MatchParties['status']; safeguardingPausedAt?: Date | null }): ClosedReason | null {
  if (match.safeguardingPausedAt) return 'MESSAGES_PAUSED';
  if (match.status === 'ACTIVE') return null;
  return match.status === 'PROPOSED' || match.status === 'VOLUNTEER_ACCEPTED' ? 'MATCH_NOT_ACTIVE_YET' : 'MATCH_ENDED';
}

/**
 * Reads where the match stands under a share lock, so a pause or an ending committed at the same
 * moment is either seen here or waits until this message is in. Null when the match has gone.
 */
export async function lockForSending(tx: EntityManager, match: Pick<MatchParties, 'id' | 'schemeId'>): Promise<Pick<MatchParties, 'status' | 'safeguardingPausedAt'> | null> {
  const [row] = await tx.execute<Array<{ status: MatchParties['status']; safeguarding_paused_at: Date | null }>>(
    'select status, safeguarding_paused_at from match where id = ? and scheme_id = ? for share',
    [match.id, match.schemeId],
  );
  return row ? { status: row.status, safeguardingPausedAt: row.safeguarding_paused_at } : null;
}

/** A message as a thread page reads it: plain values, no entity to hydrate or track. */
export type MessageRow = { id: string; matchId: string; schemeId: string; senderId: string; body: string; sentAt: Date; readAt: Date | null };

type Row = { id: string; match_id: string; scheme_id: string; sender_id: string; body: string; sent_at: Date; read_at: Date | null };

/**
 * A page of the conversation, oldest first: the latest `limit` messages, or the `limit` before the
 * message `before` (for "show earlier messages"). Read as plain rows: it is the page people open
 * most, and only shown, never changed.
 */
export async function threadPage(em: EntityManager, match: Pick<MatchParties, 'id' | 'schemeId'>, before: string | null, limit: number): Promise<MessageRow[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw badInput([{ field: 'limit', message: `Ask for between 1 and ${MAX_PAGE} messages` }]);
  }
  const params: unknown[] = [match.id, match.schemeId];
  let older = '';
  if (before !== null) {
    const cursor = isUuid(before) ? await em.execute('select 1 from message where id = ? and match_id = ? and scheme_id = ?', [before, match.id, match.schemeId]) : [];
    if (cursor.length === 0) throw badInput([{ field: 'before', message: 'That message is not part of this conversation' }]);
    // Compared in SQL, so the microseconds of sent_at are not lost on the way through JavaScript.
    older = ' and (m.sent_at, m.id) < (select c.sent_at, c.id from message c where c.id = ? and c.match_id = ? and c.scheme_id = ?)';
    params.push(before, match.id, match.schemeId);
  }
  const newestFirst = await em.execute<Row[]>(
    `select m.id, m.match_id, m.scheme_id, m.sender_id, m.body, m.sent_at, m.read_at
       from message m
      where m.match_id = ? and m.scheme_id = ?${older}
      order by m.sent_at desc, m.id desc
      limit ?`,
    [...params, limit],
  );
  return newestFirst.reverse().map((r) => ({
    id: r.id,
    matchId: r.match_id,
    schemeId: r.scheme_id,
    senderId: r.sender_id,
    body: r.body,
    sentAt: new Date(r.sent_at),
    readAt: r.read_at === null ? null : new Date(r.read_at),
  }));
}

export type ContactCounts = { fromVolunteer: number; fromPerson: number; lastMessageAt: Date | null };

/** How many messages each side sent and when the last was: one query, no content. */
export async function contactCounts(em: EntityManager, match: Pick<MatchParties, 'id' | 'schemeId' | 'volunteerUserId'>): Promise<ContactCounts> {
  const rows = await em.execute<Array<{ from_volunteer: number; from_person: number; last_at: Date | string | null }>>(
    `select count(*) filter (where sender_id = ?)::int as from_volunteer,
            count(*) filter (where sender_id <> ?)::int as from_person,
            max(sent_at) as last_at
       from message where scheme_id = ? and match_id = ?`,
    [match.volunteerUserId, match.volunteerUserId, match.schemeId, match.id],
  );
  const row = rows[0];
  const last = row?.last_at ?? null;
  return { fromVolunteer: row?.from_volunteer ?? 0, fromPerson: row?.from_person ?? 0, lastMessageAt: last === null ? null : new Date(last) };
}
