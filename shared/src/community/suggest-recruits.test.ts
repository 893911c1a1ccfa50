import { describe, expect, it } from 'vitest';
import { aRequest, aVolunteer, HALIFAX, HEBDEN_BRIDGE, NOW } from '../matching/builders.test-support.js';
import type { MatchRequest, MatchVolunteer } from '../matching/types.js';
import { VolunteerIndex } from '../matching/volunteer-index.js';
import { weeklyMask, type Day } from '../vocabulary/availability.js';
import { VOLUNTEER_SKILLS } from '../vocabulary/access-needs.js';
import { analyseGaps } from './analyse-gaps.js';
import type { GapRequest } from './gap-types.js';
import { recruitText, whoPlural } from './recruit-text.js';
import { rankGreedily, suggestRecruits } from './suggest-recruits.js';

const areaCentres = new Map([['HX7', HEBDEN_BRIDGE], ['HX1', HALIFAX]]);
const volunteers = (n: number, overrides: Partial<MatchVolunteer> = {}) => Array.from({ length: n }, (_, i) => aVolunteer({ id: `v${i}`, ...overrides }));
const person = (id: string, overrides: Partial<MatchRequest>, area = 'HX7'): GapRequest => ({ request: aRequest({ id, location: HEBDEN_BRIDGE, ...overrides }), area });
const weekday = (part: 'MORNING' | 'AFTERNOON' | 'EVENING') => weeklyMask((['MON', 'TUE', 'WED', 'THU', 'FRI'] as Day[]).map((day) => ({ day, part })));

function suggest(requests: GapRequest[], people: MatchVolunteer[], limit?: number) {
  const index = new VolunteerIndex(people);
  const gaps = analyseGaps(requests, index, NOW);
  return suggestRecruits(gaps, requests, index, { now: NOW, areaCentres, ...(limit ? { limit } : {}) });
}

describe('what would help most', () => {
  const requests = [
    person('bsl-1', { accessNeeds: ['BSL'] }),
    person('bsl-2', { accessNeeds: ['BSL'] }),
    person('bsl-3', { accessNeeds: ['BSL'] }),
    person('text-1', { contactModes: ['TEXT'], accessNeeds: ['TEXT_CONTACT'] }, 'HX1'),
    person('text-2', { contactModes: ['TEXT'], accessNeeds: ['TEXT_CONTACT'] }, 'HX1'),
    person('evening', { availabilityMask: weekday('EVENING') }),
    person('matched', {}),
  ];
  const suggestions = suggest(requests, volunteers(4));

  it('ranks the kinds of volunteer who would unblock most people, in words', () => {
    expect(suggestions.map((s) => [s.text, s.peopleUnblocked, s.addsToAbove, s.volunteersNeeded])).toEqual([
      ['2 volunteers who sign BSL, near HX7, free weekday afternoons, would unblock 3 people', 3, 3, 2],
      ['1 volunteer keeping in touch by text message, would unblock 2 people', 2, 2, 1],
      ['1 volunteer near HX7, free weekday evenings, would unblock 1 person', 1, 1, 1],
    ]);
    expect(suggestions[0]).toMatchObject({
      key: 'BEFRIENDING.IN_PERSON.SIGNS_BSL.HX7.WEEKDAY_AFTERNOONS.-',
      profile: { kind: 'BEFRIENDING', contactMode: 'IN_PERSON', skills: ['SIGNS_BSL'], area: 'HX7', band: 'WEEKDAY_AFTERNOONS', language: null },
    });
    expect(suggestions[0]!.requestIds.sort()).toEqual(['bsl-1', 'bsl-2', 'bsl-3']);
    expect(suggestions[1]!.profile).toEqual({ kind: 'BEFRIENDING', contactMode: 'TEXT', skills: [], area: null, band: null, language: null });
  });

  it('keys are URL-safe and stable', () => {
    for (const s of suggestions) expect(encodeURIComponent(s.key)).toBe(s.key);
    expect(suggest(requests, volunteers(4)).map((s) => s.key)).toEqual(suggestions.map((s) => s.key));
  });

  it('never counts people who already have a volunteer, and respects the limit', () => {
    expect(suggestions.flatMap((s) => s.requestIds)).not.toContain('matched');
    expect(suggest(requests, volunteers(4), 1)).toHaveLength(1);
    expect(suggest([person('matched', {})], volunteers(4))).toEqual([]);
  });

  it('needs as many recruits as the typical volunteer has places for', () => {
    const three = suggest(requests, volunteers(5, { capacity: 3 }));
    expect(three[0]).toMatchObject({ peopleUnblocked: 3, volunteersNeeded: 1 });
    expect(three[0]!.text).toBe('1 volunteer who signs BSL, near HX7, free weekday afternoons, would unblock 3 people');
  });

  it('asks for a language only for people who share none with English speakers', () => {
    const s = suggest([person('urdu', { languages: ['ur'], contactModes: ['PHONE'] })], volunteers(3));
    expect(s).toHaveLength(1);
    expect(s[0]!.profile).toMatchObject({ contactMode: 'PHONE', language: 'ur', band: 'WEEKDAY_AFTERNOONS' });
    expect(s[0]!.text).toBe('1 volunteer who speaks Urdu, keeping in touch by phone, free weekday afternoons, would unblock 1 person');
  });

  it('a recruit who cannot reach the person from the district centre unblocks nobody', () => {
    // In HX1 but living in Hebden Bridge, 10 km from the HX1 centre, with a 3 km reach.
    const s = suggest([person('far', { accessNeeds: ['BSL'], travelRadiusKm: 3 }, 'HX1')], volunteers(3));
    expect(s).toEqual([]);
  });

  it('counts each person once down the list: later suggestions add only those not helped above', () => {
    const both = weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }, { day: 'SAT', part: 'MORNING' }]);
    const saturday = weeklyMask([{ day: 'SAT', part: 'MORNING' }]);
    const many = [
      ...['a1', 'a2', 'a3'].map((id) => person(id, { availabilityMask: both, accessNeeds: ['BSL'] })),
      ...['b1', 'b2'].map((id) => person(id, { availabilityMask: saturday, accessNeeds: ['BSL'] })),
      person('c1', { availabilityMask: weeklyMask([{ day: 'WED', part: 'AFTERNOON' }]), accessNeeds: ['BSL'] }),
    ];
    expect(suggest(many, volunteers(3)).map((s) => [s.profile.band, s.peopleUnblocked, s.addsToAbove])).toEqual([
      ['WEEKEND_MORNINGS', 5, 5],
      ['WEEKDAY_AFTERNOONS', 4, 1],
    ]);
  });
});

describe('ranking', () => {
  const candidate = (key: string, skills: number, ids: string[]) => ({
    key,
    profile: { kind: 'BEFRIENDING' as const, contactMode: 'PHONE' as const, skills: VOLUNTEER_SKILLS.slice(0, skills).map((s) => s.id), area: null, band: null, language: null },
    requestIds: ids,
  });

  it('by people added, then people in all, then fewer skills, then key; dropping those that add nobody', () => {
    const ranked = rankGreedily(
      [
        candidate('x-two-skills', 2, ['1', '2', '3']),
        candidate('y-one-skill', 1, ['1', '2', '3']),
        candidate('a-z-same-as-y-but-key', 1, ['7', '8', '9']),
        candidate('w-most', 0, ['1', '2', '4', '5']),
        candidate('v-fewer-in-all', 0, ['6']),
      ],
      10,
    );
    expect(ranked.map((c) => [c.key, c.addsToAbove])).toEqual([
      ['w-most', 4],
      ['a-z-same-as-y-but-key', 3],
      ['y-one-skill', 1],
      ['v-fewer-in-all', 1],
    ]);
    expect(rankGreedily([candidate('w-most', 0, ['1']), candidate('v', 0, ['2'])], 1)).toHaveLength(1);
  });
});

describe('the words', () => {
  it('turns every skill into words for many', () => {
    expect(VOLUNTEER_SKILLS.map((s) => whoPlural(s.who))).toEqual([
      'sign BSL',
      'are deaf aware',
      'can give lifts',
      'are experienced with wheelchairs',
      'can offer an arm to lean on',
      'are trained sighted guides',
      'are dementia aware',
      'are comfortable with assistance dogs',
    ]);
  });

  it('reads naturally for one and many, companions and several skills', () => {
    const profile = { kind: 'FIRST_SESSION_COMPANION' as const, contactMode: 'IN_PERSON' as const, skills: ['DRIVES_CAR' as const, 'SIGHTED_GUIDE' as const], area: 'LS6', band: 'WEEKEND_MORNINGS' as const, language: 'pl' as const };
    expect(recruitText(profile, 1, 1)).toBe('1 volunteer companion who can give lifts, is a trained sighted guide and speaks Polish, near LS6, free weekend mornings, would unblock 1 person');
    expect(recruitText(profile, 3, 7)).toBe('3 volunteer companions who can give lifts, are trained sighted guides and speak Polish, near LS6, free weekend mornings, would unblock 7 people');
    expect(recruitText({ ...profile, kind: 'BEFRIENDING', skills: ['DRIVES_CAR'], language: null, band: 'WEEKDAY_EVENINGS' }, 3, 7)).toBe(
      '3 volunteers who can give lifts, near LS6, free weekday evenings, would unblock 7 people',
    );
  });
});
