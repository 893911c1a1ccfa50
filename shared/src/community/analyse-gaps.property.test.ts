import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPair } from '../matching/constraints.js';
import { explainUnmatched } from '../matching/unmatched.js';
import { VolunteerIndex } from '../matching/volunteer-index.js';
import { analyseGaps } from './analyse-gaps.js';
import { gapBlockerKey } from './blockers.js';
import { FEW_VOLUNTEERS } from './gap-types.js';
import { NOW, roughPopulation } from './gap-population.test-support.js';
import { bruteForceGap, candidateModes } from './gap-reference.test-support.js';

const reasonKey = (r: ReturnType<typeof explainUnmatched>[number]) => {
  if (r.kind === 'MISSING_SKILL') return `SKILL:${r.skill}`;
  const map: Record<string, string> = {
    NO_SHARED_TIME: 'TIME', NOT_FREE_FOR_SESSION: 'TIME', NO_SHARED_CONTACT_MODE: 'CONTACT_MODE', TOO_FAR: 'DISTANCE',
    NO_SHARED_LANGUAGE: 'LANGUAGE', GENDER_PREFERENCE: 'GENDER', SUPPORT_NOT_OFFERED: 'SUPPORT_KIND', EXCLUDED: 'EXCLUDED',
    NO_LOCATION: 'NO_LOCATION', NO_AVAILABLE_VOLUNTEER: 'CAPACITY',
  };
  return map[r.kind]!;
};

describe('the gap analysis over random schemes', () => {
  it('agrees with checking every volunteer, and with explainUnmatched', () => {
    const seen = { none: 0, few: 0, several: 0, explained: 0, keys: new Set<string>() };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 400 }), fc.integer({ min: 3, max: 15 }), (seed, volunteerCount, spreadKm) => {
        const { volunteers, requests } = roughPopulation(seed, volunteerCount, 60, spreadKm);
        const analysis = analyseGaps(requests, new VolunteerIndex(volunteers), NOW);
        const byId = new Map(analysis.requests.map((g) => [g.requestId, g]));
        for (const { request } of requests) {
          const reference = bruteForceGap(request, volunteers, NOW);
          const gap = byId.get(request.id);
          if (reference.feasible >= FEW_VOLUNTEERS) {
            expect(gap).toBeUndefined();
            continue;
          }
          expect(gap?.feasible).toBe(reference.feasible);
          // NONE exactly when no volunteer passes checkPair.
          expect(gap?.status === 'NONE').toBe(!volunteers.some((v) => checkPair(request, v, NOW).ok));
          const keys = gap!.blockers.map(gapBlockerKey);
          expect(new Set(keys)).toEqual(new Set(reference.keys));
          keys.forEach((k) => seen.keys.add(k));
          if (keys.length > 1) seen.several++;
          if (gap!.status === 'NONE') {
            seen.none++;
            // Among volunteers who share a way of keeping in touch, the engine's own explanation: its
            // only-blockers are ours. (Those who share none we judge as if they did, so they may add CONTACT_MODE.)
            const modes = candidateModes(request);
            const sharing = volunteers.filter((v) => v.contactModes.some((m) => modes.includes(m)));
            const only = new Set(explainUnmatched(request, sharing, NOW).filter((r) => r.onlyBlocker > 0).map(reasonKey));
            if (only.size > 0) {
              const others = (set: Iterable<string>) => new Set([...set].filter((k) => k !== 'CONTACT_MODE'));
              expect(others(keys)).toEqual(others(only));
              if (only.has('CONTACT_MODE')) expect(keys).toContain('CONTACT_MODE');
              seen.explained++;
            }
          } else seen.few++;
        }
        expect(analysis.none + analysis.few).toBe(analysis.requests.length);
      }),
      // A fixed seed, so the counts below (that the comparison meant something) hold every run.
      { numRuns: 30, seed: 5 },
    );
    // Enough of each for the comparison to mean something.
    expect(seen.none).toBeGreaterThan(300);
    expect(seen.few).toBeGreaterThan(50);
    expect(seen.several).toBeGreaterThan(20);
    expect(seen.explained).toBeGreaterThan(200);
    expect([...seen.keys].sort()).toEqual(
      expect.arrayContaining(['CAPACITY', 'CONTACT_MODE', 'DISTANCE', 'EXCLUDED', 'GENDER', 'LANGUAGE', 'NO_LOCATION', 'SUPPORT_KIND', 'TIME']),
    );
  }, 120_000);
});
