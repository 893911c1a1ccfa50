import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPair } from '../matching/constraints.js';
import type { MatchVolunteer } from '../matching/types.js';
import { VolunteerIndex } from '../matching/volunteer-index.js';
import { ALL_SLOTS_MASK } from '../vocabulary/availability.js';
import { analyseGaps } from './analyse-gaps.js';
import { districtCentres, NOW, roughPopulation } from './gap-population.test-support.js';
import { profileKey, profilesFor } from './recruit-profiles.js';
import type { RecruitProfile } from './recruit-types.js';
import { suggestRecruits } from './suggest-recruits.js';
import { TIME_BANDS } from './time-bands.js';

const lowerMedian = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1]!;

/** A recruit as the agreement describes them, built here independently of the implementation. */
function recruit(profile: RecruitProfile, volunteers: readonly MatchVolunteer[], centres: ReadonlyMap<string, { latitude: number; longitude: number }>): MatchVolunteer {
  return {
    id: 'recruit',
    approved: true,
    dbsValidUntil: new Date(NOW.getTime() + 365 * 24 * 3_600_000),
    paused: false,
    capacity: Math.max(1, lowerMedian(volunteers.map((v) => v.capacity))),
    liveMatches: 0,
    offers: [profile.kind],
    contactModes: [profile.contactMode],
    skills: profile.skills,
    languages: profile.language ? ['en', profile.language] : ['en'],
    interests: [],
    availabilityMask: profile.band ? TIME_BANDS.find((b) => b.id === profile.band)!.mask : ALL_SLOTS_MASK,
    location: profile.contactMode === 'IN_PERSON' ? (centres.get(profile.area!) ?? null) : null,
    travelRadiusKm: lowerMedian(volunteers.map((v) => v.travelRadiusKm)),
    gender: null,
  };
}

describe('what would help most, over random schemes', () => {
  it('counts people by checkPair against a typical recruit, and ranks by greedy cover', () => {
    let suggested = 0;
    let overlapping = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 300 }), fc.integer({ min: 3, max: 10 }), (seed, volunteerCount, spreadKm) => {
        const { volunteers, requests } = roughPopulation(seed, volunteerCount, 150, spreadKm);
        const areaCentres = districtCentres(requests.map((r) => r.area));
        const index = new VolunteerIndex(volunteers);
        const gaps = analyseGaps(requests, index, NOW);
        const got = suggestRecruits(gaps, requests, index, { now: NOW, areaCentres, limit: 1_000 });

        // The obvious way: every profile drawn from the people with no volunteer, against every one of them.
        const none = requests.filter(({ request }) => !volunteers.some((v) => checkPair(request, v, NOW).ok));
        expect(new Set(gaps.requests.filter((g) => g.status === 'NONE').map((g) => g.requestId))).toEqual(new Set(none.map((r) => r.request.id)));
        const profiles = new Map(none.flatMap(({ request, area }) => profilesFor(request, area)).map((p) => [profileKey(p), p]));
        const counted = [...profiles].map(([key, profile]) => {
          const volunteer = recruit(profile, volunteers, areaCentres);
          return { key, profile, ids: none.filter(({ request }) => checkPair(request, volunteer, NOW).ok).map(({ request }) => request.id) };
        });
        for (const s of got) {
          const mine = counted.find((c) => c.key === s.key)!;
          expect(s.peopleUnblocked).toBe(mine.ids.length);
          expect(new Set(s.requestIds)).toEqual(new Set(mine.ids));
          expect(s.volunteersNeeded).toBe(Math.ceil(mine.ids.length / Math.max(1, lowerMedian(volunteers.map((v) => v.capacity)))));
          expect(s.text).toMatch(new RegExp(`^${s.volunteersNeeded} volunteer.* would unblock ${s.peopleUnblocked} (person|people)$`));
        }
        // Greedy cover, recomputed: each pick adds the most, then most in all, then fewest skills, then key.
        const covered = new Set<string>();
        const left = counted.filter((c) => c.ids.length > 0);
        const expected: Array<{ key: string; adds: number }> = [];
        for (;;) {
          const scored = left.map((c) => ({ c, adds: c.ids.filter((id) => !covered.has(id)).length })).filter((x) => x.adds > 0);
          if (scored.length === 0) break;
          scored.sort((a, b) => b.adds - a.adds || b.c.ids.length - a.c.ids.length || a.c.profile.skills.length - b.c.profile.skills.length || (a.c.key < b.c.key ? -1 : 1));
          const pick = scored[0]!;
          pick.c.ids.forEach((id) => covered.add(id));
          left.splice(left.indexOf(pick.c), 1);
          expected.push({ key: pick.c.key, adds: pick.adds });
        }
        expect(got.map((s) => ({ key: s.key, adds: s.addsToAbove }))).toEqual(expected);
        suggested += got.length;
        overlapping += got.filter((s) => s.addsToAbove < s.peopleUnblocked).length;
      }),
      // A fixed seed, so the counts below (that the comparison meant something) hold every run.
      { numRuns: 25, seed: 5 },
    );
    expect(suggested).toBeGreaterThan(100);
    expect(overlapping).toBeGreaterThan(5);
  }, 120_000);
});
