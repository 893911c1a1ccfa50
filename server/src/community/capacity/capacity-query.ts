import type { EntityManager } from '@mikro-orm/postgresql';
import { replicaConnection } from '../../db/read-replica.js';
import { LIVE_STATUSES } from '../../matching/lifecycle/match.entity.js';

export type CapacityRow = {
  weekStarting: string;
  activeVolunteers: number;
  sparePlaces: number;
  peopleWaiting: number;
  matchesMade: number;
  medianDaysToMatch: number | null;
};

type Raw = {
  week_starting: string;
  active_volunteers: number;
  capacity: number;
  used: number;
  people_waiting: number;
  matches_made: number;
  median_days: number | null;
};

const LIVE = `(${LIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
const WEEK_SECONDS = 7 * 86_400;

/**
 * The first week (0 = the oldest shown) at whose end `t` had happened: weeks end at Monday 00:00 in
 * London (the last one now), so that is the week t falls in, or the first week for anything before.
 */
const weekEndingAfter = (t: string) =>
  `greatest(0, ceil(extract(epoch from ((${t}) at time zone 'Europe/London') - k.first_local) / ${WEEK_SECONDS})::int - 1)`;

/*
 * One statement. Weeks run Monday 00:00 to Monday 00:00 in London time (generate_series over local
 * Mondays), and each week's state is taken at its end, or now for the week still going on. Every
 * state is a set of spans [from, until): each span adds to the weeks from the first one ending at or
 * after `from` up to (not including) the first one ending at or after `until`. Spans become +1/−1
 * per week and a running sum, so the work grows with the rows, not with rows × weeks.
 *
 * Volunteers: active while approved, not paused, and the DBS check in force is current. A check is
 * in force from when it was recorded until a newer one superseded it (recording a check supersedes
 * the last, so one volunteer's spans do not overlap) and current until the start of its re-check
 * date in London, as for the engine. Only the current pause is recorded (paused_at), so a volunteer
 * paused now counts as paused from paused_at on; pauses that have since ended are not known.
 *
 * Matches: live from proposal until they ended or were declined (both set ended_at); for now, the
 * engine's liveMatches (status PROPOSED, VOLUNTEER_ACCEPTED or ACTIVE). Spare places are the capacity
 * of the active volunteers less the places their live matches hold, never below nothing each.
 *
 * Requests: waiting from creation until matched or closed. Only the latest status change is
 * recorded: a request back on the list after an early ending (WAITING, with matched_at) waited until
 * matched_at and again from that change; a closed one stopped waiting when matched or closed.
 *
 * Matches made: requests whose matched_at falls in the week, with the median wait from asking.
 */
const SQL = `
with clock as (
  select c.now, c.weeks, c.scheme_id,
         date_trunc('week', c.now at time zone 'Europe/London') - (c.weeks - 1) * interval '7 days' as first_local
    from (select ?::timestamptz as now, ?::int as weeks, ?::uuid as scheme_id) c
),
weeks as (
  select n, (k.first_local + n * interval '7 days')::date as week_starting from clock k, generate_series(0, k.weeks - 1) as n
),
volunteer_spans as (
  select v.id as volunteer_id, v.capacity,
         greatest(v.approved_at, d.recorded_at) as from_at,
         least(coalesce(v.paused_at, 'infinity'), coalesce(d.superseded_at, 'infinity'),
               d.recheck_due_on::timestamp at time zone 'Europe/London') as until_at
    from clock k
    join volunteer v on v.scheme_id = k.scheme_id and v.approved_at is not null
    join volunteer_dbs_check d on d.volunteer_id = v.id and d.scheme_id = k.scheme_id
),
volunteer_weeks as (
  select s.volunteer_id, s.capacity, ${weekEndingAfter('s.from_at')} as first_week,
         case when s.until_at <= k.now then ${weekEndingAfter('s.until_at')} else k.weeks end as stop_week
    from volunteer_spans s, clock k
   where s.from_at < s.until_at and s.from_at <= k.now
),
volunteer_changes as (
  select first_week as n, count(*) as active, sum(capacity) as capacity from volunteer_weeks where first_week < stop_week group by 1
  union all
  select stop_week, -count(*), -sum(capacity) from volunteer_weeks, clock k where first_week < stop_week and stop_week < k.weeks group by 1
),
match_weeks as (
  select m.volunteer_id,
         generate_series(${weekEndingAfter('m.proposed_at')},
                         case when m.status in ${LIVE} then k.weeks - 1 else least(k.weeks, ${weekEndingAfter('m.ended_at')}) - 1 end) as n
    from clock k join match m on m.scheme_id = k.scheme_id
   where m.proposed_at <= k.now and (m.status in ${LIVE} or m.ended_at > m.proposed_at)
),
held as (
  select l.n, sum(least(l.live, s.capacity)) as used
    from (select n, volunteer_id, count(*) as live from match_weeks group by 1, 2) l
    join volunteer_weeks s on s.volunteer_id = l.volunteer_id and s.first_week <= l.n and l.n < s.stop_week
   group by l.n
),
requests as (
  select r.* from clock k join support_request r on r.scheme_id = k.scheme_id
),
waiting_spans as (
  select created_at as from_at,
         coalesce(least(matched_at, case when status = 'CLOSED' then status_changed_at end), 'infinity') as until_at
    from requests
  union all
  select status_changed_at, 'infinity' from requests where status = 'WAITING' and matched_at is not null and status_changed_at >= matched_at
),
waiting_weeks as (
  select ${weekEndingAfter('s.from_at')} as first_week,
         case when s.until_at <= k.now then ${weekEndingAfter('s.until_at')} else k.weeks end as stop_week
    from waiting_spans s, clock k
   where s.from_at < s.until_at and s.from_at <= k.now
),
waiting_changes as (
  select first_week as n, count(*) as waiting from waiting_weeks where first_week < stop_week group by 1
  union all
  select stop_week, -count(*) from waiting_weeks, clock k where first_week < stop_week and stop_week < k.weeks group by 1
),
made as (
  select floor(extract(epoch from (r.matched_at at time zone 'Europe/London') - k.first_local) / ${WEEK_SECONDS})::int as n,
         count(*)::int as matches_made,
         percentile_cont(0.5) within group (order by extract(epoch from r.matched_at - r.created_at) / 86400) as median_days
    from requests r, clock k
   where r.matched_at >= (k.first_local at time zone 'Europe/London') and r.matched_at <= k.now
   group by 1
),
totals as (
  select w.n, w.week_starting,
         sum(coalesce(v.active, 0)) over running as active_volunteers,
         sum(coalesce(v.capacity, 0)) over running as capacity,
         sum(coalesce(q.waiting, 0)) over running as people_waiting
    from weeks w
    left join (select n, sum(active) as active, sum(capacity) as capacity from volunteer_changes group by n) v on v.n = w.n
    left join (select n, sum(waiting) as waiting from waiting_changes group by n) q on q.n = w.n
  window running as (order by w.n)
)
select t.week_starting::text as week_starting, t.active_volunteers::int, t.capacity::int, coalesce(h.used, 0)::int as used,
       t.people_waiting::int, coalesce(m.matches_made, 0) as matches_made, m.median_days
  from totals t
  left join held h on h.n = t.n
  left join made m on m.n = t.n
 order by t.n`;

/** The scheme's capacity and demand week by week, oldest first, the current week last. */
export async function queryCapacityOverTime(em: EntityManager, schemeId: string, weeks: number, now: Date): Promise<CapacityRow[]> {
  const rows = await replicaConnection(em).execute<Raw[]>(SQL, [now.toISOString(), weeks, schemeId]);
  return rows.map((r) => ({
    weekStarting: r.week_starting,
    activeVolunteers: r.active_volunteers,
    sparePlaces: r.capacity - r.used,
    peopleWaiting: r.people_waiting,
    matchesMade: r.matches_made,
    medianDaysToMatch: r.median_days == null ? null : Math.round(Number(r.median_days) * 10) / 10,
  }));
}
