import type { EntityManager } from '@mikro-orm/postgresql';
import type { GapAnalysis, GapGroup } from '@kindred/shared';
import type { SnapshotGroup } from './gap-snapshot.entity.js';
import { addWeeks, weekStartingOf } from './week.js';

/** How far back the week-by-week trend goes. */
export const TREND_WEEKS = 26;

const counts = (groups: readonly GapGroup[]): SnapshotGroup[] => groups.map(({ key, people, none, few }) => ({ key, people, none, few }));

/**
 * Keeps the gap picture of the week `computedAt` falls in: one row per scheme and week, replaced by
 * any later computation in the same week (never by an earlier one, so a slow run cannot overwrite a
 * newer picture). One statement, so two processes at once leave one row.
 */
export async function saveGapSnapshot(em: EntityManager, schemeId: string, analysis: GapAnalysis, computedAt: Date): Promise<void> {
  await em.execute(
    `insert into gap_snapshot (id, scheme_id, week_starting, computed_at, waiting, none, few, by_blocker, by_area)
     values (gen_random_uuid(), ?, ?::date, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
     on conflict (scheme_id, week_starting) do update
       set computed_at = excluded.computed_at, waiting = excluded.waiting, none = excluded.none, few = excluded.few,
           by_blocker = excluded.by_blocker, by_area = excluded.by_area
     where gap_snapshot.computed_at <= excluded.computed_at`,
    [
      schemeId,
      weekStartingOf(computedAt),
      computedAt,
      analysis.waiting,
      analysis.none,
      analysis.few,
      JSON.stringify(counts(analysis.byBlocker)),
      JSON.stringify(counts(analysis.byArea)),
    ],
  );
}

export type GapWeek = { weekStarting: string; waiting: number; none: number; few: number };

/** The scheme's snapshots of the last TREND_WEEKS weeks up to the week of `now`, oldest first. */
export async function gapTrend(em: EntityManager, schemeId: string, now: Date): Promise<GapWeek[]> {
  const thisWeek = weekStartingOf(now);
  return em.execute<GapWeek[]>(
    `select to_char(week_starting, 'YYYY-MM-DD') as "weekStarting", waiting, none, few
       from gap_snapshot
      where scheme_id = ? and week_starting > ?::date and week_starting <= ?::date
      order by week_starting asc`,
    [schemeId, addWeeks(thisWeek, -TREND_WEEKS), thisWeek],
  );
}
