/**
 * Capacity over time, activities to start and stale listings on a scheme with a two-year history
 * (volunteers with DBS histories, pauses and lapses; requests waiting, matched, closed and back on
 * the list, with their matches): this week's figures must agree with the engine's own definitions
 * read straight from the tables, and every week of two years with the same figures worked out the
 * slow way. How fast these answer at 50,000 volunteers is `pnpm bench` (community-queries.bench.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonInstant } from '@kindred/shared';
import { expectSuccess } from '../support/assertions.ts';
import { createScheme, theAdmin, type Admin } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { seedCapacityHistory } from '../bench/community-history.ts';
import { execute as executeOn } from './assignment-support.ts';
import { CAPACITY, mondayOf, STALE, TO_START, type CapacityWeek } from './community-capacity-support.ts';

const VOLUNTEERS = 3_000;
const REQUESTS = 1_500;
const kindred = await startTestKindred();
const execute = executeOn(kindred);
let admin: Admin;
let schemeId: string;

beforeAll(async () => {
  admin = await theAdmin(kindred);
  schemeId = (await createScheme(kindred, 'Scheme with a history')).id;
  await seedCapacityHistory(execute, { schemeId, adminId: admin.viewer.id, volunteers: VOLUNTEERS, requests: REQUESTS });
}, 60_000);
afterAll(() => kindred.close());

type Span = { id: string; capacity: number; approved_at: Date; paused_at: Date | null; recorded_at: Date; superseded_at: Date | null; recheck: string };
type MatchRow = { volunteer_id: string; status: string; proposed_at: Date; ended_at: Date | null };
type RequestRow = { created_at: Date; matched_at: Date | null; status: string; status_changed_at: Date };
const LIVE = ['PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE'];
const nextDay = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The same figures worked out the slow, obvious way, week by week straight from each definition:
 * every volunteer's check and every match and request looked at for every week's end.
 */
async function capacityTheSlowWay(weeks: number, now: Date): Promise<CapacityWeek[]> {
  const spans = (await execute(
    `select v.id, v.capacity, v.approved_at, v.paused_at, d.recorded_at, d.superseded_at, d.recheck_due_on::text as recheck
       from volunteer v join volunteer_dbs_check d on d.volunteer_id = v.id where v.scheme_id = ? and v.approved_at is not null`,
    [schemeId],
  )) as Span[];
  const matches = (await execute('select volunteer_id, status, proposed_at, ended_at from match where scheme_id = ?', [schemeId])) as MatchRow[];
  const requests = (await execute('select created_at, matched_at, status, status_changed_at from support_request where scheme_id = ?', [schemeId])) as RequestRow[];
  const byVolunteer = new Map<string, MatchRow[]>();
  for (const m of matches) byVolunteer.set(m.volunteer_id, [...(byVolunteer.get(m.volunteer_id) ?? []), m]);
  const lapses = new Map(spans.map((s) => [s.recheck, londonInstant(s.recheck, '00:00').getTime()]));
  const t = (d: Date | null) => (d ? new Date(d).getTime() : null);
  return Array.from({ length: weeks }, (_, i) => {
    const monday = mondayOf(weeks - 1 - i, now);
    const start = londonInstant(monday, '00:00').getTime();
    const end = londonInstant(nextDay(monday, 7), '00:00').getTime();
    const at = Math.min(end, now.getTime());
    let active = 0;
    let spare = 0;
    for (const s of spans) {
      const paused = t(s.paused_at);
      const superseded = t(s.superseded_at);
      if (t(s.approved_at)! > at || t(s.recorded_at)! > at || (paused !== null && paused <= at) || (superseded !== null && superseded <= at) || lapses.get(s.recheck)! <= at) continue;
      const live = (byVolunteer.get(s.id) ?? []).filter((m) => t(m.proposed_at)! <= at && (LIVE.includes(m.status) || (t(m.ended_at) ?? 0) > at)).length;
      active += 1;
      spare += Math.max(s.capacity - live, 0);
    }
    let waiting = 0;
    const waits: number[] = [];
    for (const r of requests) {
      const created = t(r.created_at)!;
      const changed = t(r.status_changed_at)!;
      const matched = t(r.matched_at);
      const closed = r.status === 'CLOSED' && changed <= at;
      const isMatched = matched !== null && matched <= at && !(r.status === 'WAITING' && changed <= at);
      if (created <= at && !closed && !isMatched) waiting += 1;
      if (matched !== null && matched >= start && matched < end && matched <= at) waits.push((matched - created) / 86_400_000);
    }
    waits.sort((a, b) => a - b);
    const mid = Math.floor(waits.length / 2);
    const median = waits.length === 0 ? null : waits.length % 2 ? waits[mid]! : (waits[mid - 1]! + waits[mid]!) / 2;
    return {
      weekStarting: monday,
      activeVolunteers: active,
      sparePlaces: spare,
      peopleWaiting: waiting,
      matchesMade: waits.length,
      medianDaysToMatch: median === null ? null : Math.round(median * 10) / 10,
    };
  });
}

const capacity = async (weeks: number) =>
  expectSuccess(await admin.client.graphql<{ capacityOverTime: CapacityWeek[] }>(CAPACITY, { schemeId, weeks })).capacityOverTime;

describe('capacity over two years of history', () => {
  it('gives 26 and 104 weeks, this week agreeing with the engine’s definitions', async () => {
    const half = await capacity(26);
    const two = await capacity(104);
    expect(half).toHaveLength(26);
    expect(two).toHaveLength(104);
    expect(two.slice(-26)).toEqual(half);

    // Now: approved, not paused, the current check (latest recorded, not superseded) before its re-check date; live by status.
    const [engine] = (await execute(
      `with current_checks as (
         select distinct on (d.volunteer_id) d.volunteer_id, d.recheck_due_on from volunteer_dbs_check d
          where d.scheme_id = ? and d.superseded_at is null order by d.volunteer_id, d.recorded_at desc),
       active as (
         select v.id, v.capacity from volunteer v join current_checks c on c.volunteer_id = v.id
          where v.scheme_id = ? and v.approved_at is not null and v.paused_at is null
            and (c.recheck_due_on::timestamp at time zone 'Europe/London') > now())
       select (select count(*) from active)::int as active,
              (select sum(greatest(a.capacity - (select count(*) from match m where m.volunteer_id = a.id
                 and m.status in ('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE')), 0)) from active a)::int as spare,
              (select count(*) from support_request where scheme_id = ? and status = 'WAITING')::int as waiting`,
      [schemeId, schemeId, schemeId],
    )) as Array<{ active: number; spare: number; waiting: number }>;
    const thisWeek = half.at(-1)!;
    // Enough of each that a wrong rule (a lapsed check, a paused volunteer, a live match) would change the figure.
    expect(engine!.active).toBeGreaterThan(VOLUNTEERS / 3);
    expect(engine!.waiting).toBeGreaterThan(REQUESTS / 5);
    expect({ active: thisWeek.activeVolunteers, spare: thisWeek.sparePlaces, waiting: thisWeek.peopleWaiting }).toEqual(engine);
    expect(half.reduce((sum, w) => sum + w.matchesMade, 0)).toBeGreaterThan(REQUESTS / 10);
  });

  it('finds groups to start and stale listings', async () => {
    const groups = expectSuccess(await admin.client.graphql<{ activitiesToStart: unknown[] }>(TO_START, { schemeId })).activitiesToStart;
    const stale = expectSuccess(await admin.client.graphql<{ staleListings: unknown[] }>(STALE, { schemeId })).staleListings;
    expect(groups.length).toBeGreaterThan(0);
    // 400 listings, a tenth never checked and the rest checked at any time in two years: about three in four are stale.
    expect(stale.length).toBeGreaterThan(200);
    expect(stale.length).toBeLessThan(400);
  });

  it('agrees, week by week for two years, with the figures worked out the slow way', async () => {
    const now = new Date();
    const fast = await capacity(104);
    const slow = await capacityTheSlowWay(104, now);
    const withoutMedian = (weeks: CapacityWeek[]) => weeks.map((w) => ({ ...w, medianDaysToMatch: 0 }));
    expect(withoutMedian(fast)).toEqual(withoutMedian(slow));
    // Medians agree to the rounding (the database and JavaScript may round a x.x5 differently).
    fast.forEach((w, i) => {
      const other = slow[i]!.medianDaysToMatch;
      if (other === null) expect(w.medianDaysToMatch).toBeNull();
      else expect(Math.abs(w.medianDaysToMatch! - other)).toBeLessThanOrEqual(0.1);
    });
    // The weeks differ from each other, so agreeing is not agreeing on one repeated figure.
    const distinct = (figure: keyof CapacityWeek) => new Set(slow.map((w) => w[figure])).size;
    expect(distinct('activeVolunteers')).toBeGreaterThan(52);
    expect(distinct('sparePlaces')).toBeGreaterThan(52);
    expect(distinct('peopleWaiting')).toBeGreaterThan(52);
    expect(slow.reduce((sum, w) => sum + w.matchesMade, 0)).toBeGreaterThan(REQUESTS / 3);
  });
});
