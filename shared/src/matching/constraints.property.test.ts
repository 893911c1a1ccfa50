import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../place.js';
import { ACCESS_NEEDS, VOLUNTEER_SKILLS, type AccessNeedId } from '../vocabulary/access-needs.js';
import { ALL_SLOTS_MASK } from '../vocabulary/availability.js';
import { CONTACT_MODE_IDS, SUPPORT_KIND_IDS } from '../vocabulary/contact.js';
import { INTERESTS } from '../vocabulary/interests.js';
import { NOW } from './builders.test-support.js';
import { checkPair } from './constraints.js';
import type { MatchRequest, MatchVolunteer } from './types.js';

const near = fc.record({ latitude: fc.double({ min: 53.6, max: 53.85, noNaN: true }), longitude: fc.double({ min: -2.2, max: -1.5, noNaN: true }) });
const subset = <T>(items: readonly T[]) => fc.subarray([...items]);
/** Mostly true: random people rarely fit, so lean towards people who might. */
const usually = fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 });
const rarely = usually.map((b) => !b);
const mostOf = <T>(items: readonly T[]) => fc.oneof({ arbitrary: fc.constant([...items]), weight: 3 }, { arbitrary: subset(items), weight: 1 });
const fewOf = <T>(items: readonly T[]) => fc.oneof({ arbitrary: fc.constant([] as T[]), weight: 3 }, { arbitrary: fc.subarray([...items], { maxLength: 2 }), weight: 2 });
const langs = fc.oneof({ arbitrary: fc.constant(['en' as const]), weight: 4 }, { arbitrary: subset(['en', 'pl', 'ur'] as const), weight: 1 });
const genders = fc.constantFrom(null, 'woman', 'man', 'non-binary');
const day = 24 * 3_600_000;

const volunteer: fc.Arbitrary<MatchVolunteer> = fc.record({
  id: fc.constantFrom('v1', 'v2', 'v3'),
  approved: usually,
  dbsValidUntil: fc.option(fc.integer({ min: -100, max: 900 }).map((d) => new Date(NOW.getTime() + d * day)), { nil: null }),
  paused: rarely,
  capacity: fc.integer({ min: 1, max: 4 }),
  liveMatches: fc.integer({ min: 0, max: 4 }),
  offers: mostOf(SUPPORT_KIND_IDS),
  contactModes: mostOf(CONTACT_MODE_IDS),
  skills: mostOf(VOLUNTEER_SKILLS.map((s) => s.id)),
  languages: langs,
  interests: subset(INTERESTS.slice(0, 8).map((i) => i.id)),
  availabilityMask: fc.integer({ min: 0, max: ALL_SLOTS_MASK }),
  location: fc.option(near, { nil: null }),
  travelRadiusKm: fc.integer({ min: 0, max: 30 }),
  gender: genders,
});

const request: fc.Arbitrary<MatchRequest> = fc.record({
  id: fc.constant('r1'),
  kind: fc.constantFrom(...SUPPORT_KIND_IDS),
  contactModes: subset(CONTACT_MODE_IDS),
  accessNeeds: fewOf(ACCESS_NEEDS.map((n) => n.id as AccessNeedId)),
  languages: langs,
  interests: subset(INTERESTS.slice(0, 8).map((i) => i.id)),
  availabilityMask: fc.integer({ min: 0, max: ALL_SLOTS_MASK }),
  location: fc.option(near, { nil: null }),
  travelRadiusKm: fc.integer({ min: 0, max: 30 }),
  preferredGenders: fewOf(['woman', 'man']),
  preferredLanguages: fc.constant([]),
  waitingSince: fc.constant(new Date('2026-10-01T00:00:00Z')),
  excludedVolunteerIds: fewOf(['v1', 'v2']).map((ids) => new Set(ids)),
  session: fc.option(
    fc.record({ startsAt: fc.integer({ min: 0, max: 14 * 24 }).map((h) => new Date(NOW.getTime() + h * 3_600_000)), venue: near, venueFeatures: fc.constant([]) }),
    { nil: null },
  ),
}).map((r) => ({ ...r, session: r.kind === 'FIRST_SESSION_COMPANION' ? r.session : null }));

const SYNCHRONOUS = ['IN_PERSON', 'PHONE', 'VIDEO'];

describe('hard constraints over random people', () => {
  it('never allow a pair that breaks one, checked independently of the engine', () => {
    let allowed = 0;
    fc.assert(
      fc.property(request, volunteer, (r, v) => {
        const check = checkPair(r, v, NOW);
        if (!check.ok) return;
        allowed++;
        expect(v.approved).toBe(true);
        expect(v.dbsValidUntil!.getTime()).toBeGreaterThan(NOW.getTime());
        expect(v.paused).toBe(false);
        expect(v.liveMatches).toBeLessThan(v.capacity);
        expect(v.offers).toContain(r.kind);
        expect(r.excludedVolunteerIds.has(v.id)).toBe(false);
        expect(r.languages.some((l) => v.languages.includes(l))).toBe(true);
        if (r.preferredGenders.length > 0) expect(r.preferredGenders).toContain(v.gender);
        expect(check.modes.length).toBeGreaterThan(0);
        for (const mode of check.modes) {
          expect(r.contactModes).toContain(mode);
          expect(v.contactModes).toContain(mode);
          if (r.accessNeeds.includes('TEXT_CONTACT')) expect(['TEXT', 'LETTER']).toContain(mode);
          if (r.accessNeeds.includes('BSL') && (mode === 'IN_PERSON' || mode === 'VIDEO')) expect(v.skills).toContain('SIGNS_BSL');
          if (r.accessNeeds.includes('MEMORY_SUPPORT')) expect(v.skills).toContain('DEMENTIA_AWARE');
          if (r.kind === 'FIRST_SESSION_COMPANION' && r.accessNeeds.includes('NEEDS_LIFT')) expect(v.skills).toContain('DRIVES_CAR');
          if (mode === 'IN_PERSON' && !r.session) {
            const km = distanceKm(r.location!, v.location!);
            expect(km).toBeLessThanOrEqual(r.travelRadiusKm);
            expect(km).toBeLessThanOrEqual(v.travelRadiusKm);
          }
          if (r.session) {
            expect(mode).toBe('IN_PERSON');
            expect(distanceKm(v.location!, r.session.venue)).toBeLessThanOrEqual(v.travelRadiusKm);
            expect(distanceKm(r.location!, r.session.venue)).toBeLessThanOrEqual(r.travelRadiusKm);
          } else if (SYNCHRONOUS.includes(mode)) {
            expect(r.availabilityMask & v.availabilityMask).not.toBe(0);
          }
        }
      }),
      { numRuns: 20_000 },
    );
    // Random people rarely fit; make sure enough did for the property to mean something.
    expect(allowed).toBeGreaterThan(500);
  });

  it('only ever get stricter when a volunteer can do less', () => {
    fc.assert(
      fc.property(request, volunteer, fc.nat(), (r, v, pick) => {
        if (checkPair(r, v, NOW).ok) return;
        const lessSkilled = { ...v, skills: v.skills.filter((_, i) => i !== pick % Math.max(1, v.skills.length)) };
        const shorterReach = { ...v, travelRadiusKm: v.travelRadiusKm / 2 };
        expect(checkPair(r, lessSkilled, NOW).ok).toBe(false);
        expect(checkPair(r, shorterReach, NOW).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
