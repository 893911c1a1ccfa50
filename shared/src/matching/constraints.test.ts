import { describe, expect, it } from 'vitest';
import { weeklyMask } from '../vocabulary/availability.js';
import { HALIFAX, HEBDEN_BRIDGE, NOW, TODMORDEN, aRequest, aVolunteer } from './builders.test-support.js';
import { checkPair, type Blocker } from './constraints.js';

const blockersOf = (check: ReturnType<typeof checkPair>): Blocker[] => (check.ok ? [] : check.blockers);
const kinds = (check: ReturnType<typeof checkPair>) => blockersOf(check).map((b) => b.kind);

describe('hard constraints', () => {
  it('allows a pair that meets every one, naming the ways they can keep in touch', () => {
    const check = checkPair(aRequest({ contactModes: ['IN_PERSON', 'PHONE', 'VIDEO'] }), aVolunteer(), NOW);
    expect(check).toMatchObject({ ok: true, modes: ['IN_PERSON', 'PHONE'], sharedAvailability: 1 });
  });

  it('never offers a volunteer who is not approved, whose DBS check has lapsed, who is paused or full', () => {
    expect(kinds(checkPair(aRequest(), aVolunteer({ approved: false }), NOW))).toContain('NOT_APPROVED');
    expect(kinds(checkPair(aRequest(), aVolunteer({ dbsValidUntil: NOW }), NOW))).toContain('DBS_LAPSED');
    expect(kinds(checkPair(aRequest(), aVolunteer({ dbsValidUntil: null }), NOW))).toContain('DBS_LAPSED');
    expect(kinds(checkPair(aRequest(), aVolunteer({ paused: true }), NOW))).toContain('PAUSED');
    expect(kinds(checkPair(aRequest(), aVolunteer({ capacity: 2, liveMatches: 2 }), NOW))).toContain('NO_FREE_PLACE');
  });

  it('never pairs people with a concern or an earlier decline between them', () => {
    expect(kinds(checkPair(aRequest({ excludedVolunteerIds: new Set(['v1']) }), aVolunteer(), NOW))).toEqual(['EXCLUDED']);
  });

  it('needs the kind of support and a way of keeping in touch both accept', () => {
    expect(kinds(checkPair(aRequest(), aVolunteer({ offers: ['FIRST_SESSION_COMPANION'] }), NOW))).toContain('SUPPORT_NOT_OFFERED');
    expect(kinds(checkPair(aRequest({ contactModes: ['LETTER'] }), aVolunteer(), NOW))).toEqual(['NO_SHARED_CONTACT_MODE']);
  });

  it('meets in person only within both people’s travel limits', () => {
    // Todmorden to Halifax is about 15 km.
    expect(blockersOf(checkPair(aRequest({ location: TODMORDEN }), aVolunteer({ location: HALIFAX }), NOW))[0]).toMatchObject({ kind: 'TOO_FAR' });
    expect(kinds(checkPair(aRequest({ travelRadiusKm: 5 }), aVolunteer(), NOW))).toEqual(['TOO_FAR']);
    expect(kinds(checkPair(aRequest(), aVolunteer({ travelRadiusKm: 5 }), NOW))).toEqual(['TOO_FAR']);
    // By phone, distance does not matter.
    expect(checkPair(aRequest({ contactModes: ['PHONE'] }), aVolunteer({ location: HALIFAX, travelRadiusKm: 1 }), NOW).ok).toBe(true);
  });

  it('needs shared free time to meet or call, but not to write', () => {
    const never = aVolunteer({ availabilityMask: weeklyMask([{ day: 'SUN', part: 'EVENING' }]), contactModes: ['PHONE', 'LETTER'] });
    expect(kinds(checkPair(aRequest({ contactModes: ['PHONE'] }), never, NOW))).toEqual(['NO_SHARED_TIME']);
    expect(checkPair(aRequest({ contactModes: ['PHONE', 'LETTER'] }), never, NOW)).toMatchObject({ ok: true, modes: ['LETTER'] });
  });

  it('meets every access need that needs a skill, in the ways they would meet', () => {
    const bslUser = aRequest({ accessNeeds: ['BSL'], contactModes: ['IN_PERSON', 'TEXT'] });
    const texter = aVolunteer({ contactModes: ['IN_PERSON', 'TEXT'] });
    // Without BSL they can still text; in person needs a signer.
    expect(checkPair(bslUser, texter, NOW)).toMatchObject({ ok: true, modes: ['TEXT'] });
    expect(blockersOf(checkPair({ ...bslUser, contactModes: ['IN_PERSON'] }, texter, NOW))).toEqual([{ kind: 'MISSING_SKILL', skill: 'SIGNS_BSL' }]);
    expect(checkPair({ ...bslUser, contactModes: ['IN_PERSON'] }, aVolunteer({ skills: ['SIGNS_BSL'] }), NOW).ok).toBe(true);
  });

  it('keeps to written contact for someone who needs it', () => {
    const writer = aRequest({ accessNeeds: ['TEXT_CONTACT'], contactModes: ['PHONE', 'TEXT'] });
    expect(checkPair(writer, aVolunteer({ contactModes: ['PHONE'] }), NOW).ok).toBe(false);
    expect(checkPair(writer, aVolunteer({ contactModes: ['PHONE', 'TEXT'] }), NOW)).toMatchObject({ ok: true, modes: ['TEXT'] });
  });

  it('honours the person’s stated preferences and languages', () => {
    expect(kinds(checkPair(aRequest({ preferredGenders: ['woman'] }), aVolunteer({ gender: 'man' }), NOW))).toEqual(['GENDER_PREFERENCE']);
    expect(kinds(checkPair(aRequest({ preferredGenders: ['woman'] }), aVolunteer({ gender: null }), NOW))).toEqual(['GENDER_PREFERENCE']);
    expect(checkPair(aRequest({ preferredGenders: ['woman'] }), aVolunteer({ gender: 'woman' }), NOW).ok).toBe(true);
    expect(kinds(checkPair(aRequest({ languages: ['pl'] }), aVolunteer(), NOW))).toEqual(['NO_SHARED_LANGUAGE']);
  });

  describe('for a first-session companion', () => {
    // Tuesday 24 November 2026, 14:00 in London (GMT), at a venue in Hebden Bridge.
    const session = { startsAt: new Date('2026-11-24T14:00:00Z'), venue: HEBDEN_BRIDGE, venueFeatures: [] };
    const companionRequest = (o = {}) => aRequest({ kind: 'FIRST_SESSION_COMPANION', session, ...o });

    it('needs the volunteer free at the session, and able to get there', () => {
      expect(checkPair(companionRequest(), aVolunteer(), NOW)).toMatchObject({ ok: true, modes: ['IN_PERSON'] });
      const mornings = aVolunteer({ availabilityMask: weeklyMask([{ day: 'TUE', part: 'MORNING' }]) });
      expect(kinds(checkPair(companionRequest(), mornings, NOW))).toEqual(['NOT_FREE_FOR_SESSION']);
    });

    it('needs time to get there when the session starts at the edge of a part of the day', () => {
      // 12:05: a volunteer 6.5 km away sets off in the morning, so must be free then too.
      const early = { ...session, startsAt: new Date('2026-11-24T12:05:00Z') };
      const afternoonsOnly = aVolunteer({ location: TODMORDEN });
      expect(kinds(checkPair(companionRequest({ session: early }), afternoonsOnly, NOW))).toEqual(['NOT_FREE_FOR_SESSION']);
      const both = aVolunteer({ location: TODMORDEN, availabilityMask: weeklyMask([{ day: 'TUE', part: 'MORNING' }, { day: 'TUE', part: 'AFTERNOON' }]) });
      expect(checkPair(companionRequest({ session: early }), both, NOW).ok).toBe(true);
    });

    it('asks for help getting about only for companions', () => {
      const needsLift = { accessNeeds: ['NEEDS_LIFT' as const] };
      expect(blockersOf(checkPair(companionRequest(needsLift), aVolunteer(), NOW))).toEqual([{ kind: 'MISSING_SKILL', skill: 'DRIVES_CAR' }]);
      expect(checkPair(aRequest(needsLift), aVolunteer(), NOW).ok).toBe(true);
    });
  });
});
