import { describe, expect, it } from 'vitest';
import { countPipeline, countStages, reachedAt, threeMonthsAfter, type PipelineVolunteer } from './pipeline-stages.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const ago = (days: number) => NOW - days * DAY;

/** Applied 300 days ago, each later step ten days after the last, first match 250 days ago and still active. */
function volunteer(overrides: Partial<PipelineVolunteer> = {}): PipelineVolunteer {
  return {
    area: 'LS6',
    driveId: null,
    appliedAt: ago(300),
    referencesAt: ago(290),
    dbsAt: ago(280),
    trainedAt: ago(270),
    approvedAt: ago(260),
    firstMatchAt: ago(250),
    activeMatchUntil: Number.POSITIVE_INFINITY,
    pausedAt: null,
    left: false,
    lastMovedAt: ago(250),
    ...overrides,
  };
}

const reachedLast = (v: PipelineVolunteer) => reachedAt(v, NOW)[6] !== null;

describe('still volunteering three months after the first match', () => {
  it('is reached three calendar months after the first match, when a match was active then or since', () => {
    const v = volunteer();
    expect(reachedAt(v, NOW)[6]).toBe(threeMonthsAfter(ago(250)));
    expect(reachedLast(volunteer({ activeMatchUntil: threeMonthsAfter(ago(250)) + DAY }))).toBe(true);
  });

  it('is not reached while the three months are not up', () => {
    expect(reachedLast(volunteer({ firstMatchAt: ago(80) }))).toBe(false);
  });

  it('is not reached when every match ended before the three months were up', () => {
    expect(reachedLast(volunteer({ activeMatchUntil: threeMonthsAfter(ago(250)) - DAY }))).toBe(false);
  });

  it('is not reached when paused by then; a pause that began later does not count against them', () => {
    const t = threeMonthsAfter(ago(250));
    expect(reachedLast(volunteer({ pausedAt: t - DAY }))).toBe(false);
    expect(reachedLast(volunteer({ pausedAt: t + DAY }))).toBe(true);
  });

  it('is not reached by someone who no longer volunteers with the scheme', () => {
    expect(reachedLast(volunteer({ left: true }))).toBe(false);
  });
});

describe('the steps', () => {
  it('count only in order: a DBS check before the second reference counts from the reference', () => {
    const reached = reachedAt(volunteer({ referencesAt: ago(200), dbsAt: ago(280), trainedAt: null }), NOW);
    expect(reached.slice(0, 4)).toEqual([ago(300), ago(200), ago(200), null]);
    expect(reached.slice(4)).toEqual([null, null, null]);
  });

  it('tell on their way from dropped out by 60 days without movement, or a pause', () => {
    const stuck = (days: number, extra: Partial<PipelineVolunteer> = {}) =>
      volunteer({ dbsAt: null, trainedAt: null, approvedAt: null, firstMatchAt: null, activeMatchUntil: null, lastMovedAt: ago(days), ...extra });
    const dbs = (vs: PipelineVolunteer[]) => countStages(vs, NOW)[2];
    expect(dbs([stuck(60)])).toMatchObject({ reached: 0, inProgress: 1, droppedOut: 0 });
    expect(dbs([stuck(61)])).toMatchObject({ reached: 0, inProgress: 0, droppedOut: 1 });
    expect(dbs([stuck(1, { pausedAt: ago(1) })])).toMatchObject({ inProgress: 0, droppedOut: 1 });
  });

  it('give the median days in each step, the middle of two for an even count', () => {
    const stages = countStages(
      [volunteer({ referencesAt: ago(299) }), volunteer({ referencesAt: ago(296) }), volunteer({ referencesAt: ago(280) }), volunteer({ referencesAt: ago(270) })],
      NOW,
    );
    // 1, 4, 20 and 30 days: (4 + 20) / 2.
    expect(stages[1]?.medianDaysInStep).toBe(12);
    expect(stages[0]?.medianDaysInStep).toBeNull();
    expect(countStages([], NOW).every((s) => s.reached === 0 && s.medianDaysInStep === null)).toBe(true);
  });

  it('group in one pass as they would one group at a time', () => {
    const people = [volunteer(), volunteer({ area: 'LS7', driveId: 'd1', trainedAt: null }), volunteer({ area: null, appliedAt: ago(5), referencesAt: null, lastMovedAt: ago(5) })];
    const counted = countPipeline(people, NOW, { area: (v) => v.area ?? 'UNKNOWN' });
    expect(counted.all).toEqual(countStages(people, NOW));
    expect(counted.groups.area.get('LS7')).toEqual(countStages([people[1] as PipelineVolunteer], NOW));
    expect([...counted.groups.area.keys()]).toEqual(['LS6', 'LS7', 'UNKNOWN']);
  });
});
