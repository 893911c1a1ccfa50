import type { EntityManager } from '@mikro-orm/postgresql';
import { UserAccount } from '../../accounts/user.entity.js';
import type { Match, MatchStatus } from './match.entity.js';
import { MatchTransition, type MatchActorRole } from './match-records.entity.js';

/** Moves a match on and writes the step down: the only way a status changes. */
export function transition(
  em: EntityManager,
  match: Match,
  to: MatchStatus,
  by: { userId: string | null; role: MatchActorRole },
  at: Date,
  reason: string | null = null,
): void {
  const from = match.status === to && to === 'PROPOSED' ? null : match.status;
  match.status = to;
  em.create(MatchTransition, {
    scheme: match.scheme,
    match,
    from,
    to,
    by: by.userId ? em.getReference(UserAccount, by.userId) : null,
    role: by.role,
    at,
    reason,
  });
}

export const WEEK_MS = 7 * 24 * 3_600_000;
/** First review six weeks after the match starts. */
export const firstReviewAfter = (start: Date) => new Date(start.getTime() + 6 * WEEK_MS);

/** Then every three months (calendar months, so the day of the month stays put). */
export function threeMonthsAfter(at: Date): Date {
  const next = new Date(at);
  next.setUTCMonth(next.getUTCMonth() + 3);
  return next;
}
