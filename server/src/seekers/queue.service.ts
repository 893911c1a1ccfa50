import type { EntityManager } from '@mikro-orm/postgresql';
import {
  placeInQueue,
  placeInWords,
  typicalWaitInWords,
  typicalWaitWeeks,
  type SupportKind,
  type WaitingRequest,
} from '@kindred/shared';
import type { SupportRequest } from './support-request.entity.js';
import { QueuePlaceView } from './seeker.types.js';

/** How far back matches count towards "people usually wait". */
const TYPICAL_WAIT_LOOKBACK_DAYS = 365;

export type Queue = {
  waiting: WaitingRequest[];
  placeOf(request: SupportRequest): QueuePlaceView | null;
};

/**
 * The scheme's queue, read once: every waiting request's id, kind and start (small rows, even for
 * thousands), ordered by the same shared rule the link workers' list uses, and the usual wait of
 * each kind from recent matches.
 */
export async function queueOf(em: EntityManager, schemeId: string): Promise<Queue> {
  const connection = em.getConnection();
  const rows = await connection.execute<Array<{ id: string; kind: SupportKind; created_at: Date }>>(
    `select id, kind, created_at from support_request where scheme_id = ? and status = 'WAITING'`,
    [schemeId],
  );
  const waits = await connection.execute<Array<{ kind: SupportKind; days: number }>>(
    `select kind, extract(epoch from (matched_at - created_at)) / 86400 as days
       from support_request
      where scheme_id = ? and matched_at is not null and matched_at > now() - make_interval(days => ?)`,
    [schemeId, TYPICAL_WAIT_LOOKBACK_DAYS],
  );
  const waiting = rows.map((r) => ({ id: r.id, kind: r.kind, waitingSince: new Date(r.created_at) }));
  const typical = (kind: SupportKind) => typicalWaitWeeks(waits.filter((w) => w.kind === kind).map((w) => Number(w.days)));
  return {
    waiting,
    placeOf(request) {
      if (request.status !== 'WAITING') return null;
      const place = placeInQueue(waiting, request.id);
      if (!place) return null;
      const weeks = typical(request.kind);
      return Object.assign(new QueuePlaceView(), {
        ...place,
        inWords: placeInWords(place, request.kind),
        typicalWaitWeeks: weeks,
        typicalWaitInWords: weeks === null ? null : typicalWaitInWords(weeks, request.kind),
      });
    },
  };
}
