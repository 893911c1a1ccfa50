import { describe, expect, it } from 'vitest';
import { weeklyMask } from '../vocabulary/availability.js';
import { NOW, TODMORDEN, aRequest, aVolunteer } from './builders.test-support.js';
import { checkPair } from './constraints.js';
import { explainPair } from './explain.js';
import { DEFAULT_WEIGHTS, MAX_FIT, interestRarity, scorePair } from './score.js';
import { explainUnmatched } from './unmatched.js';

const okCheck = (request = aRequest(), volunteer = aVolunteer()) => {
  const check = checkPair(request, volunteer, NOW);
  if (!check.ok) throw new Error(`expected a fit, got ${JSON.stringify(check.blockers)}`);
  return check;
};
const score = (request = aRequest(), volunteer = aVolunteer(), pool = [volunteer]) =>
  scorePair(request, volunteer, okCheck(request, volunteer), { rarity: interestRarity(pool), now: NOW });

describe('the soft score', () => {
  it('stays within 0 and the best possible fit', () => {
    const s = score();
    expect(s.fit).toBeGreaterThan(0);
    expect(s.fit).toBeLessThanOrEqual(MAX_FIT);
    for (const part of Object.values(s.parts)) {
      expect(part).toBeGreaterThanOrEqual(0);
      expect(part).toBeLessThanOrEqual(1);
    }
  });

  it('counts a rare shared interest for more than a common one', () => {
    const pool = [
      aVolunteer({ id: 'a', interests: ['walking'] }),
      aVolunteer({ id: 'b', interests: ['walking'] }),
      aVolunteer({ id: 'c', interests: ['walking', 'pottery'] }),
    ];
    const request = aRequest({ interests: ['walking', 'pottery'] });
    const sharesCommon = score(request, aVolunteer({ id: 'x', interests: ['walking'] }), pool);
    const sharesRare = score(request, aVolunteer({ id: 'y', interests: ['pottery'] }), pool);
    expect(sharesRare.parts.interests).toBeGreaterThan(sharesCommon.parts.interests);
  });

  it('prefers nearer volunteers, more shared time and those with more free places', () => {
    expect(score(aRequest(), aVolunteer({ location: TODMORDEN })).parts.distance).toBeGreaterThan(score().parts.distance);
    const more = aVolunteer({ availabilityMask: weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }, { day: 'WED', part: 'MORNING' }]) });
    const request = aRequest({ availabilityMask: weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }, { day: 'WED', part: 'MORNING' }]) });
    expect(score(request, more).parts.availability).toBeGreaterThan(score(request, aVolunteer()).parts.availability);
    expect(score(aRequest(), aVolunteer({ liveMatches: 1 })).fit).toBeLessThan(score().fit);
  });

  it('lets a scheme tune the weights', () => {
    const request = aRequest();
    const volunteer = aVolunteer();
    const check = okCheck(request, volunteer);
    const onlyInterests = { ...DEFAULT_WEIGHTS, distance: 0, availability: 0, preferences: 0, load: 0, waiting: 0 };
    const s = scorePair(request, volunteer, check, { rarity: interestRarity([volunteer]), now: NOW, weights: onlyInterests });
    expect(s.fit).toBe(Math.round(MAX_FIT * s.parts.interests));
  });

  it('gives people who have waited longer more weight', () => {
    const longWait = aRequest({ waitingSince: new Date('2026-05-01T00:00:00Z') });
    expect(score(longWait).parts.waiting).toBeGreaterThan(score().parts.waiting);
  });
});

describe('explanations', () => {
  it('say in plain words why a pair fits, kind ones for everyone and the rest for staff', () => {
    const request = aRequest({ accessNeeds: ['MEMORY_SUPPORT'], contactModes: ['IN_PERSON', 'PHONE'] });
    const volunteer = aVolunteer({ skills: ['DEMENTIA_AWARE'], liveMatches: 1 });
    const reasons = explainPair(request, volunteer, okCheck(request, volunteer), { rarity: interestRarity([volunteer]), now: NOW });
    expect(reasons).toEqual([
      { text: 'You both enjoy knitting and crochet', audience: 'everyone' },
      { text: 'About 6 km apart', audience: 'everyone' },
      { text: 'Both free on Tuesday afternoons', audience: 'everyone' },
      { text: 'Can keep in touch in person and by phone', audience: 'everyone' },
      { text: 'Dementia aware', audience: 'staff' },
      { text: 'Has 1 free place of 2', audience: 'staff' },
      { text: 'Waiting 9 weeks', audience: 'staff' },
    ]);
  });
});

describe('when nothing fits', () => {
  it('names the constraint that blocks the request, like a community builder would say it', () => {
    const request = aRequest({ accessNeeds: ['BSL'], travelRadiusKm: 10 });
    const reasons = explainUnmatched(request, [aVolunteer({ id: 'a' }), aVolunteer({ id: 'b', location: TODMORDEN })], NOW);
    expect(reasons[0]).toMatchObject({
      kind: 'MISSING_SKILL',
      skill: 'SIGNS_BSL',
      volunteersBlocked: 2,
      onlyBlocker: 2,
      text: 'No approved volunteer who signs BSL within 10 km',
    });
  });

  it('says when volunteers would fit but are full or not yet approved', () => {
    const reasons = explainUnmatched(aRequest(), [aVolunteer({ liveMatches: 2 }), aVolunteer({ id: 'c', approved: false })], NOW);
    expect(reasons).toEqual([expect.objectContaining({ kind: 'NO_AVAILABLE_VOLUNTEER', text: '2 volunteers would fit but are not approved yet, paused, or full' })]);
  });

  it('says nothing when someone fits', () => {
    expect(explainUnmatched(aRequest(), [aVolunteer()], NOW)).toEqual([]);
  });
});
