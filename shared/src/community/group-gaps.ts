import { gapBlockerKey, gapBlockerLabel } from './blockers.js';
import type { GapAnalysis, GapGroup, GapRequest, RequestGap } from './gap-types.js';

const DAY_MS = 24 * 3_600_000;
const FOUR_WEEKS_DAYS = 28;
export const UNKNOWN_AREA = 'UNKNOWN';

/** Days since the request joined the waiting list, to one decimal place; never negative. */
export function waitingDays(waitingSince: Date, now: Date): number {
  return Math.round((Math.max(0, now.getTime() - waitingSince.getTime()) / DAY_MS) * 10) / 10;
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type Tally = { people: number; none: number; few: number; waits: number[] };
const emptyTally = (): Tally => ({ people: 0, none: 0, few: 0, waits: [] });

function toGroup(key: string, label: string, t: Tally): GapGroup {
  const waits = t.waits.sort((a, b) => a - b);
  return {
    key,
    label,
    people: t.people,
    none: t.none,
    few: t.few,
    medianWaitDays: median(waits),
    longestWaitDays: waits.at(-1) ?? 0,
    waitingOver4Weeks: waits.filter((d) => d > FOUR_WEEKS_DAYS).length,
  };
}

const byNeed = (a: GapGroup, b: GapGroup) => b.none - a.none || b.few - a.few || b.people - a.people || a.key.localeCompare(b.key);

/** Groups the gaps by area, by blocker and by both, with how long the people in each have waited. */
export function groupGaps(requests: readonly GapRequest[], gaps: readonly RequestGap[]): Pick<GapAnalysis, 'byArea' | 'byBlocker' | 'byAreaAndBlocker'> {
  const areas = new Map<string, Tally>();
  for (const { area } of requests) {
    const key = area ?? UNKNOWN_AREA;
    const t = areas.get(key) ?? emptyTally();
    t.people++;
    areas.set(key, t);
  }
  const blockers = new Map<string, Tally>();
  const pairs = new Map<string, { area: string; blocker: string; people: number }>();
  for (const gap of gaps) {
    const areaKey = gap.area ?? UNKNOWN_AREA;
    const area = areas.get(areaKey) ?? emptyTally();
    areas.set(areaKey, area);
    area[gap.status === 'NONE' ? 'none' : 'few']++;
    area.waits.push(gap.waitingDays);
    for (const key of new Set(gap.blockers.map(gapBlockerKey))) {
      const t = blockers.get(key) ?? emptyTally();
      t.people++;
      t[gap.status === 'NONE' ? 'none' : 'few']++;
      t.waits.push(gap.waitingDays);
      blockers.set(key, t);
      const pairKey = `${areaKey}\u0000${key}`;
      const pair = pairs.get(pairKey) ?? { area: areaKey, blocker: key, people: 0 };
      pair.people++;
      pairs.set(pairKey, pair);
    }
  }
  return {
    byArea: [...areas].map(([key, t]) => toGroup(key, key === UNKNOWN_AREA ? 'Area not known' : key, t)).sort(byNeed),
    byBlocker: [...blockers].map(([key, t]) => toGroup(key, gapBlockerLabel(key), t)).sort(byNeed),
    byAreaAndBlocker: [...pairs.values()].sort((a, b) => b.people - a.people || a.area.localeCompare(b.area) || a.blocker.localeCompare(b.blocker)),
  };
}
