/** Operations, London weeks and hand-made timelines for the capacity and activities tests. */
import { londonInstant, londonToday, type SyntheticSeeker, type SyntheticVolunteer } from '@kindred/shared';
import { handSeeker, handVolunteer } from './assignment-support.ts';
import { seedVolunteers, seedWaitingRequests } from '../bench/seed.ts';

export const CAPACITY = `query Capacity($schemeId: ID!, $weeks: Int) { capacityOverTime(schemeId: $schemeId, weeks: $weeks) {
  weekStarting activeVolunteers sparePlaces peopleWaiting matchesMade medianDaysToMatch } }`;
export const TO_START = `query ToStart($schemeId: ID!) { activitiesToStart(schemeId: $schemeId) {
  interest interestLabel area people nearestKm nearestTitle } }`;
export const STALE = `query Stale($schemeId: ID!, $olderThanMonths: Int) { staleListings(schemeId: $schemeId, olderThanMonths: $olderThanMonths) {
  activityId title area lastCheckedAt monthsSinceChecked } }`;

export type CapacityWeek = {
  weekStarting: string;
  activeVolunteers: number;
  sparePlaces: number;
  peopleWaiting: number;
  matchesMade: number;
  medianDaysToMatch: number | null;
};
export type ActivityToStart = { interest: string; interestLabel: string; area: string; people: number; nearestKm: number | null; nearestTitle: string | null };
export type StaleListing = { activityId: string; title: string; area: string | null; lastCheckedAt: string | null; monthsSinceChecked: number | null };

const DAY_MS = 86_400_000;
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The Monday (YYYY-MM-DD, London) of the week `weeksAgo` weeks before the current one. */
export function mondayOf(weeksAgo: number, now = new Date()): string {
  const today = londonToday(now);
  const sinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -sinceMonday - 7 * weeksAgo);
}

/** Wednesday noon, London time, `weeksAgo` weeks back, moved on by `days` and `hours`. */
export function midweek(weeksAgo: number, days = 0, hours = 0): Date {
  return new Date(londonInstant(addDays(mondayOf(weeksAgo), 2), '12:00').getTime() + days * DAY_MS + hours * 3_600_000);
}

/** The London date of an instant, for DBS dates. */
export const dateOf = (at: Date) => londonToday(at);

type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

/** A volunteer with no DBS check yet: the test records the checks it wants. */
export async function volunteerIn(execute: Execute, schemeId: string, v: { capacity: number; approvedAt: Date | null; pausedAt?: Date | null }): Promise<string> {
  const [id] = await seedVolunteers(execute, schemeId, [handVolunteer({ capacity: v.capacity }) satisfies SyntheticVolunteer]);
  await execute('delete from volunteer_dbs_check where volunteer_id = ?', [id]);
  await execute('update volunteer set approved_at = ?, paused_at = ? where id = ?', [v.approvedAt, v.pausedAt ?? null, id]);
  return id!;
}

export async function dbsCheck(
  execute: Execute,
  schemeId: string,
  volunteerId: string,
  check: { recordedAt: Date; recheckDueOn: string; supersededAt?: Date | null },
): Promise<void> {
  await execute(
    `insert into volunteer_dbs_check (id, volunteer_id, scheme_id, level, issued_on, recheck_due_on, recorded_at, superseded_at)
     values (gen_random_uuid(), ?, ?, 'ENHANCED', ?::date - 30, ?, ?, ?)`,
    [volunteerId, schemeId, dateOf(check.recordedAt), check.recheckDueOn, check.recordedAt, check.supersededAt ?? null],
  );
}

/** A befriending request asked for at `createdAt`, then as the test sets its status. */
export async function requestIn(
  execute: Execute,
  schemeId: string,
  createdById: string,
  r: { createdAt: Date; status?: 'WAITING' | 'MATCHED' | 'CLOSED'; statusChangedAt?: Date; matchedAt?: Date | null; closedReason?: string | null },
): Promise<string> {
  const [id] = await seedWaitingRequests(execute, schemeId, createdById, [handSeeker({ waitingSince: r.createdAt }) satisfies SyntheticSeeker]);
  await execute('update support_request set status = ?, status_changed_at = ?, matched_at = ?, closed_reason = ? where id = ?', [
    r.status ?? 'WAITING',
    r.statusChangedAt ?? r.createdAt,
    r.matchedAt ?? null,
    r.closedReason ?? null,
    id,
  ]);
  return id!;
}

/** A match as the lifecycle leaves it: proposed, then perhaps active, then perhaps declined or ended. */
export async function matchIn(
  execute: Execute,
  schemeId: string,
  proposedById: string,
  m: { requestId: string; volunteerId: string; proposedAt: Date; activatedAt?: Date; endedAt?: Date; status: 'PROPOSED' | 'ACTIVE' | 'DECLINED' | 'ENDED' },
): Promise<void> {
  await execute(
    `insert into match (id, scheme_id, request_id, volunteer_id, status, kind, fit, reasons, ways_to_keep_in_touch, proposed_by_id, proposed_at,
       volunteer_accepted_at, activated_at, ended_at)
     values (gen_random_uuid(), ?, ?, ?, ?, 'BEFRIENDING', 500, '[]', '{IN_PERSON}', ?, ?, ?, ?, ?)`,
    [schemeId, m.requestId, m.volunteerId, m.status, proposedById, m.proposedAt, m.activatedAt ?? null, m.activatedAt ?? null, m.endedAt ?? null],
  );
}
