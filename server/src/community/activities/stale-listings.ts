import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode } from '@kindred/shared';
import type { Viewer } from '../../accounts/sessions.js';
import { replicaConnection } from '../../db/read-replica.js';
import { assertValid } from '../../graphql/errors.js';
import { assertInsightInto } from '../capacity/insight-access.js';

export const MAX_MONTHS = 60;

export type StaleListing = { activityId: string; title: string; area: string | null; lastCheckedAt: Date | null; monthsSinceChecked: number | null };

/*
 * Listings still in the directory not checked for the given number of calendar months. One never
 * checked counts from when it was listed, so a listing added yesterday is not yet stale.
 */
const SQL = `
with clock as (select ?::timestamptz as now, ?::int as months)
select a.id, a.title, a.venue_postcode as postcode, a.last_checked_at,
       (extract(year from age(c.now at time zone 'Europe/London', coalesce(a.last_checked_at, a.created_at) at time zone 'Europe/London')) * 12
        + extract(month from age(c.now at time zone 'Europe/London', coalesce(a.last_checked_at, a.created_at) at time zone 'Europe/London')))::int as months
  from clock c join activity a on a.scheme_id = ? and a.removed_at is null
 where coalesce(a.last_checked_at, a.created_at) < c.now - make_interval(months => c.months)
 order by coalesce(a.last_checked_at, a.created_at), a.title`;

type Row = { id: string; title: string; postcode: string | null; last_checked_at: Date | null; months: number };

/** Listings to check, oldest first. */
export async function staleListings(
  deps: { em: EntityManager; viewer: Viewer | null; now?: Date },
  schemeId: string,
  olderThanMonths: number,
): Promise<StaleListing[]> {
  assertInsightInto(deps.viewer, schemeId);
  assertValid({
    olderThanMonths:
      Number.isInteger(olderThanMonths) && olderThanMonths >= 1 && olderThanMonths <= MAX_MONTHS ? null : `Choose between 1 and ${MAX_MONTHS} months`,
  });
  const now = deps.now ?? new Date();
  const rows = await replicaConnection(deps.em).execute<Row[]>(SQL, [now.toISOString(), olderThanMonths, schemeId]);
  return rows.map((r) => ({
    activityId: r.id,
    title: r.title,
    area: r.postcode ? outwardCode(r.postcode) || null : null,
    lastCheckedAt: r.last_checked_at ? new Date(r.last_checked_at) : null,
    monthsSinceChecked: r.months,
  }));
}
