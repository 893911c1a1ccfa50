import { describe, expect, it } from 'vitest';
import { aRequest, aVolunteer, HALIFAX, HEBDEN_BRIDGE, NOW } from '../matching/builders.test-support.js';
import type { MatchRequest, MatchVolunteer } from '../matching/types.js';
import { VolunteerIndex } from '../matching/volunteer-index.js';
import { weeklyMask } from '../vocabulary/availability.js';
import { analyseGaps } from './analyse-gaps.js';
import type { GapRequest } from './gap-types.js';

const DAY = 24 * 3_600_000;
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY);
const volunteers = (n: number, overrides: Partial<MatchVolunteer> = {}) =>
  Array.from({ length: n }, (_, i) => aVolunteer({ id: `v${i}`, ...overrides }));
const waiting = (request: Partial<MatchRequest>, area: string | null = 'HX7'): GapRequest => ({ request: aRequest(request), area });

/** The one request's gap, or undefined when it has enough volunteers. */
function gapOf(request: Partial<MatchRequest>, people: MatchVolunteer[]) {
  const analysis = analyseGaps([waiting(request)], new VolunteerIndex(people), NOW);
  return analysis.requests[0];
}
const keysOf = (gap: ReturnType<typeof gapOf>) => gap?.blockers.map((b) => (b.skill ? `${b.category}:${b.skill}` : b.category));

describe('why a waiting person has no volunteer', () => {
  it('a BSL user with nobody nearby who signs is blocked by that skill, in words', () => {
    const gap = gapOf({ accessNeeds: ['BSL'] }, volunteers(4));
    expect(gap?.status).toBe('NONE');
    expect(gap?.feasible).toBe(0);
    expect(gap?.blockers).toEqual([{ category: 'SKILL', skill: 'SIGNS_BSL', text: 'No approved volunteer who signs BSL within 10 km' }]);
  });

  it('someone free only on weekday evenings, with only daytime volunteers, is blocked by time', () => {
    const evenings = weeklyMask(['MON', 'TUE', 'WED', 'THU', 'FRI'].map((day) => ({ day: day as 'MON', part: 'EVENING' as const })));
    const gap = gapOf({ availabilityMask: evenings }, volunteers(4));
    expect(keysOf(gap)).toEqual(['TIME']);
    expect(gap?.blockers[0]?.text).toBe('No volunteer is free at the same times');
  });

  it('someone who can only take texts, with nobody texting, is blocked by contact mode', () => {
    const gap = gapOf({ contactModes: ['TEXT'], accessNeeds: ['TEXT_CONTACT'] }, volunteers(4));
    expect(keysOf(gap)).toEqual(['CONTACT_MODE']);
    expect(gap?.blockers[0]?.text).toBe('No volunteer keeps in touch in the ways asked for (text messages)');
  });

  it('someone everyone is too far from is blocked by distance', () => {
    const gap = gapOf({ location: HALIFAX, travelRadiusKm: 4 }, volunteers(4));
    expect(keysOf(gap)).toEqual(['DISTANCE']);
    expect(gap?.blockers[0]?.text).toBe('No approved volunteer with a free place within 4 km');
  });

  it('someone who speaks only Polish, with nobody who does, is blocked by language', () => {
    expect(keysOf(gapOf({ languages: ['pl'] }, volunteers(4)))).toEqual(['LANGUAGE']);
    expect(gapOf({ languages: ['pl'] }, volunteers(4, { languages: ['en', 'pl'] }))).toBeUndefined();
  });

  it('someone who asked for a man, with only women volunteering, is blocked by the preference', () => {
    expect(keysOf(gapOf({ preferredGenders: ['man'] }, volunteers(4, { gender: 'woman' })))).toEqual(['GENDER']);
  });

  it('someone the full volunteers would fit is blocked by capacity', () => {
    const gap = gapOf({}, volunteers(4, { liveMatches: 2, capacity: 2 }));
    expect(keysOf(gap)).toEqual(['CAPACITY']);
    expect(gap?.blockers[0]?.text).toBe('Volunteers who would fit are not approved yet, paused, or full');
  });

  it('with no volunteers at all, the gap is capacity', () => {
    const gap = gapOf({}, []);
    expect(gap?.status).toBe('NONE');
    expect(gap?.blockers).toEqual([{ category: 'CAPACITY', text: 'No approved volunteer has a free place' }]);
  });

  it('someone whose only fitting volunteers had declined before is blocked by the exclusion', () => {
    const gap = gapOf({ excludedVolunteerIds: new Set(['v0', 'v1', 'v2']) }, volunteers(3));
    expect(keysOf(gap)).toEqual(['EXCLUDED']);
  });

  it('a companion request nobody offers is blocked by the kind of support', () => {
    expect(keysOf(gapOf({ kind: 'FIRST_SESSION_COMPANION' }, volunteers(3, { offers: ['BEFRIENDING'] })))).toEqual(['SUPPORT_KIND']);
  });

  it('someone with no postcode who can only meet in person is blocked by the missing location', () => {
    expect(keysOf(gapOf({ location: null }, volunteers(3)))).toEqual(['NO_LOCATION']);
  });

  it('lists every blocker of the volunteers who come closest, and not what only farther-off volunteers lack', () => {
    // The signer is free at other times; the rest do not sign either. Nobody is blocked by one thing alone.
    const people = [...volunteers(3), aVolunteer({ id: 'signer', skills: ['SIGNS_BSL'], availabilityMask: weeklyMask([{ day: 'SUN', part: 'EVENING' }]) })];
    expect(keysOf(gapOf({ accessNeeds: ['BSL'], preferredGenders: ['woman'] }, people.map((v) => ({ ...v, gender: 'woman' }))))).toEqual([
      'SKILL:SIGNS_BSL',
      'TIME',
    ]);
    // A volunteer far away and a man besides is further off than one who only lacks the skill.
    const closer = [...volunteers(2, { gender: 'woman' }), aVolunteer({ id: 'far', skills: ['SIGNS_BSL'], location: { latitude: 51.5, longitude: -0.12 }, gender: 'man' })];
    expect(keysOf(gapOf({ accessNeeds: ['BSL'], preferredGenders: ['woman'] }, closer))).toEqual(['SKILL:SIGNS_BSL']);
    // Without the preference, the far signer is blocked by distance alone: both count.
    expect(keysOf(gapOf({ accessNeeds: ['BSL'] }, closer))).toEqual(['SKILL:SIGNS_BSL', 'DISTANCE']);
  });
});

describe('as volunteers change', () => {
  it('follows the index: a new signer closes the gap, and their pausing opens it again', () => {
    const index = new VolunteerIndex(volunteers(3));
    const requests = [waiting({ accessNeeds: ['BSL'] })];
    expect(analyseGaps(requests, index, NOW).none).toBe(1);
    const signers = [0, 1, 2].map((i) => aVolunteer({ id: `signer${i}`, skills: ['SIGNS_BSL'] }));
    signers.forEach((s) => index.upsert(s));
    expect(analyseGaps(requests, index, NOW)).toMatchObject({ none: 0, few: 0 });
    index.upsert({ ...signers[0]!, paused: true });
    expect(analyseGaps(requests, index, NOW).requests).toMatchObject([{ status: 'FEW', feasible: 2 }]);
    index.remove('signer1');
    expect(analyseGaps(requests, index, NOW).requests).toMatchObject([{ status: 'FEW', feasible: 1 }]);
  });

  it('judges DBS checks on the day asked: a lapsing check makes a gap', () => {
    const index = new VolunteerIndex(volunteers(3, { dbsValidUntil: new Date(NOW.getTime() + 5 * DAY) }));
    const requests = [waiting({})];
    expect(analyseGaps(requests, index, NOW).requests).toEqual([]);
    expect(analyseGaps(requests, index, new Date(NOW.getTime() + 6 * DAY)).requests).toMatchObject([{ status: 'NONE', blockers: [{ category: 'CAPACITY' }] }]);
  });
});

describe('none or too few', () => {
  it('counts feasible volunteers up to three: none, few, then enough', () => {
    const signers = (n: number) => volunteers(n, { skills: ['SIGNS_BSL'] }).map((v) => ({ ...v, id: `s${v.id}` }));
    const bsl = { accessNeeds: ['BSL' as const] };
    expect(gapOf(bsl, volunteers(5))).toMatchObject({ status: 'NONE', feasible: 0 });
    expect(gapOf(bsl, [...volunteers(5), ...signers(1)])).toMatchObject({ status: 'FEW', feasible: 1 });
    expect(gapOf(bsl, [...volunteers(5), ...signers(2)])).toMatchObject({ status: 'FEW', feasible: 2, blockers: [{ category: 'SKILL', skill: 'SIGNS_BSL' }] });
    expect(gapOf(bsl, [...volunteers(5), ...signers(3)])).toBeUndefined();
    expect(gapOf(bsl, [...volunteers(5), ...signers(9)])).toBeUndefined();
  });

  it('says nothing about people with enough volunteers, beyond counting them as waiting', () => {
    const analysis = analyseGaps([waiting({ id: 'a' }), waiting({ id: 'b', languages: ['pl'] })], new VolunteerIndex(volunteers(3)), NOW);
    expect(analysis).toMatchObject({ waiting: 2, none: 1, few: 0 });
    expect(analysis.requests.map((g) => g.requestId)).toEqual(['b']);
  });
});

describe('grouping by area and blocker, with waiting times', () => {
  const people = [...volunteers(2), aVolunteer({ id: 'signer', skills: ['SIGNS_BSL'], location: HEBDEN_BRIDGE })];
  const requests: GapRequest[] = [
    waiting({ id: 'bsl-1', accessNeeds: ['BSL'], location: HALIFAX, travelRadiusKm: 3, waitingSince: daysAgo(40) }, 'HX1'),
    waiting({ id: 'bsl-2', accessNeeds: ['BSL'], location: HALIFAX, travelRadiusKm: 3, waitingSince: daysAgo(10) }, 'HX1'),
    waiting({ id: 'bsl-3', accessNeeds: ['BSL'], waitingSince: daysAgo(30) }, 'HX7'),
    waiting({ id: 'polish', languages: ['pl'], waitingSince: daysAgo(2.5) }, 'HX7'),
    waiting({ id: 'fine', waitingSince: daysAgo(100) }, 'HX7'),
    waiting({ id: 'no-area', languages: ['pl'], waitingSince: daysAgo(1) }, null),
  ];
  const analysis = analyseGaps(requests, new VolunteerIndex(people), NOW);

  it('counts waiting people, none and few', () => {
    expect(analysis).toMatchObject({ waiting: 6, none: 4, few: 1 });
    expect(analysis.requests.map((g) => [g.requestId, g.status, g.waitingDays])).toEqual([
      ['bsl-1', 'NONE', 40],
      ['bsl-2', 'NONE', 10],
      ['polish', 'NONE', 2.5],
      ['no-area', 'NONE', 1],
      ['bsl-3', 'FEW', 30],
    ]);
  });

  it('by area: everyone waiting there, with the waits of those with a gap', () => {
    const hx7 = analysis.byArea.find((g) => g.key === 'HX7');
    expect(hx7).toEqual({ key: 'HX7', label: 'HX7', people: 3, none: 1, few: 1, medianWaitDays: 16.25, longestWaitDays: 30, waitingOver4Weeks: 1 });
    expect(analysis.byArea.find((g) => g.key === 'HX1')).toMatchObject({ people: 2, none: 2, few: 0, medianWaitDays: 25, longestWaitDays: 40, waitingOver4Weeks: 1 });
    expect(analysis.byArea.find((g) => g.key === 'UNKNOWN')).toMatchObject({ label: 'Area not known', people: 1, none: 1 });
    expect(analysis.byArea.map((g) => g.key)).toEqual(['HX1', 'HX7', 'UNKNOWN']);
  });

  it('by blocker, and by area and blocker', () => {
    // In HX1 the signer is too far and the others both too far and unable to sign: distance comes closest.
    expect(analysis.byBlocker.map((g) => [g.key, g.people, g.none, g.few])).toEqual([
      ['DISTANCE', 2, 2, 0],
      ['LANGUAGE', 2, 2, 0],
      ['SKILL:SIGNS_BSL', 1, 0, 1],
    ]);
    expect(analysis.byBlocker[0]).toMatchObject({ label: 'Nobody near enough', medianWaitDays: 25, longestWaitDays: 40, waitingOver4Weeks: 1 });
    expect(analysis.byBlocker[2]).toMatchObject({ label: 'Needs a volunteer who signs BSL', medianWaitDays: 30, longestWaitDays: 30, waitingOver4Weeks: 1 });
    expect(analysis.byAreaAndBlocker).toEqual([
      { area: 'HX1', blocker: 'DISTANCE', people: 2 },
      { area: 'HX7', blocker: 'LANGUAGE', people: 1 },
      { area: 'HX7', blocker: 'SKILL:SIGNS_BSL', people: 1 },
      { area: 'UNKNOWN', blocker: 'LANGUAGE', people: 1 },
    ]);
  });
});
