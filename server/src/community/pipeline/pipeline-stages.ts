/**
 * The volunteer pipeline, computed from recorded timestamps only. Pure: the query that gathers the
 * timestamps lives in pipeline.query.ts, and this decides what they mean.
 */

export const PIPELINE_STAGES = [
  { id: 'APPLIED', label: 'Signed up to volunteer' },
  { id: 'REFERENCES', label: 'Two references received' },
  { id: 'DBS', label: 'DBS check recorded' },
  { id: 'TRAINED', label: 'Training done' },
  { id: 'APPROVED', label: 'Approved' },
  { id: 'FIRST_MATCH', label: 'First match started' },
  { id: 'ACTIVE_AFTER_3_MONTHS', label: 'Still volunteering 3 months later' },
] as const;
export type PipelineStageId = (typeof PIPELINE_STAGES)[number]['id'];

const DAY_MS = 86_400_000;
/** Without any movement for this long, a volunteer who has not reached the next step counts as dropped out. */
export const STALLED_AFTER_DAYS = 60;

/**
 * One volunteer's recorded moments, as epoch milliseconds (null when it has not happened). Each is
 * the moment the step's own event was recorded; steps done out of order are sorted out below.
 */
export type PipelineVolunteer = {
  area: string | null;
  driveId: string | null;
  /** Signed up as a volunteer of the scheme (the earlier of the membership and the volunteer record). */
  appliedAt: number;
  /** The second reference received. */
  referencesAt: number | null;
  /** The first DBS check recorded. */
  dbsAt: number | null;
  /** The last of the required training modules recorded, once all are. */
  trainedAt: number | null;
  approvedAt: number | null;
  /** The first match that became active. */
  firstMatchAt: number | null;
  /** Until when they had an active match: the latest end of an activated match; Infinity while one is active; null if none ever was. */
  activeMatchUntil: number | null;
  pausedAt: number | null;
  /** No longer holds the volunteer role in the scheme. */
  left: boolean;
  /** The latest recorded movement of any kind: a reference, a check, a module, approval, a match proposed, started or ended. */
  lastMovedAt: number;
};

export type StageCounts = { stage: PipelineStageId; label: string; reached: number; inProgress: number; droppedOut: number; medianDaysInStep: number | null };

/** Three calendar months after an instant (UTC calendar; a day either way does not change what it means). */
export function threeMonthsAfter(at: number): number {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() + 3);
  return date.getTime();
}

/**
 * ACTIVE_AFTER_3_MONTHS, precisely. Let T be three calendar months after their first match became
 * active. The stage is reached, at T, when all of these hold:
 *  - T has passed;
 *  - they are approved (approval is never taken back by time, so approvedAt is enough);
 *  - they were not paused at T: no pause, or their current pause began after T (only the current
 *    pause is recorded, so a pause that ended before T cannot count against them);
 *  - they still volunteer with the scheme (hold the role);
 *  - they had an active match at T or since: some match that became active did not end before T.
 */
function activeAfterThreeMonthsAt(v: PipelineVolunteer, now: number): number | null {
  if (v.firstMatchAt === null || v.approvedAt === null || v.left) return null;
  const t = threeMonthsAfter(v.firstMatchAt);
  if (t > now) return null;
  if (v.pausedAt !== null && v.pausedAt <= t) return null;
  if (v.activeMatchUntil === null || v.activeMatchUntil < t) return null;
  return t;
}

/**
 * When each stage was reached. A stage counts only once every earlier one is reached, at the later
 * of its own moment and the previous stage's (staff may record a DBS check before the second
 * reference arrives): the funnel never grows and no step takes negative time.
 */
export function reachedAt(v: PipelineVolunteer, now: number): Array<number | null> {
  const events = [v.appliedAt, v.referencesAt, v.dbsAt, v.trainedAt, v.approvedAt, v.firstMatchAt, activeAfterThreeMonthsAt(v, now)];
  const reached: Array<number | null> = [];
  let previous: number | null = null;
  for (const [index, event] of events.entries()) {
    const at: number | null = event === null || (index > 0 && previous === null) ? null : Math.max(event, previous ?? event);
    reached.push(at);
    previous = at;
  }
  return reached;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * Whether someone stuck before stage `index` is still on their way (true) or has dropped out. Paused
 * or left: dropped out. The last stage is a matter of time, not of movement: they are on their way
 * while the three months are not yet up.
 */
function stillOnTheirWay(v: PipelineVolunteer, index: number, now: number): boolean {
  if (v.pausedAt !== null || v.left) return false;
  if (index === PIPELINE_STAGES.length - 1) return v.firstMatchAt !== null && threeMonthsAfter(v.firstMatchAt) > now;
  return now - v.lastMovedAt <= STALLED_AFTER_DAYS * DAY_MS;
}

/** Counts for one group, added to one volunteer at a time. */
class StageTally {
  private readonly counts = PIPELINE_STAGES.map(() => ({ reached: 0, inProgress: 0, droppedOut: 0, days: [] as number[] }));

  add(v: PipelineVolunteer, reached: ReadonlyArray<number | null>, now: number): void {
    for (let index = 0; index < reached.length; index++) {
      const count = this.counts[index] as (typeof this.counts)[number];
      const at = reached[index] ?? null;
      const before = index > 0 ? (reached[index - 1] ?? null) : null;
      if (at !== null) {
        count.reached += 1;
        if (before !== null) count.days.push((at - before) / DAY_MS);
      } else if (before !== null) {
        if (stillOnTheirWay(v, index, now)) count.inProgress += 1;
        else count.droppedOut += 1;
      }
    }
  }

  result(): StageCounts[] {
    return PIPELINE_STAGES.map((stage, index) => {
      const count = this.counts[index] as (typeof this.counts)[number];
      return { stage: stage.id, label: stage.label, reached: count.reached, inProgress: count.inProgress, droppedOut: count.droppedOut, medianDaysInStep: median(count.days) };
    });
  }
}

/** The stage counts of a group of volunteers. */
export function countStages(volunteers: readonly PipelineVolunteer[], now: number): StageCounts[] {
  return countPipeline(volunteers, now, {}).all;
}

/**
 * The stage counts of everyone, and of each group under each grouping (by area, by drive…), in
 * one pass: each volunteer's steps are worked out once, whatever the number of groupings.
 */
export function countPipeline<G extends string>(
  volunteers: readonly PipelineVolunteer[],
  now: number,
  groupings: Record<G, (v: PipelineVolunteer) => string>,
): { all: StageCounts[]; groups: Record<G, Map<string, StageCounts[]>> } {
  const all = new StageTally();
  const names = Object.keys(groupings) as G[];
  const tallies = names.map(() => new Map<string, StageTally>());
  for (const v of volunteers) {
    const reached = reachedAt(v, now);
    all.add(v, reached, now);
    names.forEach((name, i) => {
      const key = groupings[name](v);
      const byKey = tallies[i] as Map<string, StageTally>;
      let tally = byKey.get(key);
      if (!tally) byKey.set(key, (tally = new StageTally()));
      tally.add(v, reached, now);
    });
  }
  const groups = Object.fromEntries(
    names.map((name, i) => [name, new Map([...(tallies[i] as Map<string, StageTally>)].map(([key, tally]) => [key, tally.result()]))]),
  ) as Record<G, Map<string, StageCounts[]>>;
  return { all: all.result(), groups };
}
