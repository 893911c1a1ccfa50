import { describe, expect, it } from 'vitest';
import { syntheticSeekers, syntheticVolunteers } from '../synthetic/population.js';
import { checkPair } from './constraints.js';
import { interestRarity, scorePair } from './score.js';
import type { MatchRequest, MatchVolunteer } from './types.js';
import { VolunteerIndex } from './volunteer-index.js';

const centre = { latitude: 53.7418, longitude: -2.0137 };
const now = new Date('2026-11-21T10:00:00Z');
const year = 365 * 24 * 3_600_000;

function population(seed: number, count: number): MatchVolunteer[] {
  return syntheticVolunteers({ seed, count, centre, spreadKm: 12 }).map((v, i) => ({
    ...v,
    id: `v${i}`,
    approved: i % 7 !== 0,
    dbsValidUntil: new Date(now.getTime() + (i % 11 === 0 ? -1 : 1) * year),
    paused: i % 13 === 0,
    liveMatches: i % 5 === 0 ? v.capacity : 0,
  }));
}

function requests(seed: number, count: number): MatchRequest[] {
  return syntheticSeekers({ seed, count, centre, spreadKm: 12, now }).map((s, i) => ({
    ...s,
    id: `r${i}`,
    // Every fourth asks for a companion to a session on a Tuesday or Thursday afternoon nearby.
    kind: i % 4 === 0 ? 'FIRST_SESSION_COMPANION' : 'BEFRIENDING',
    preferredLanguages: [],
    excludedVolunteerIds: new Set(i % 3 === 0 ? ['v1', 'v2', 'v3'] : []),
    session: i % 4 === 0 ? { startsAt: new Date(`2026-11-2${i % 8 === 0 ? 4 : 6}T14:00:00Z`), venue: centre, venueFeatures: [] } : null,
  }));
}

/** The slow, obviously right way: check and score everyone, best first. */
function bruteForce(request: MatchRequest, volunteers: MatchVolunteer[], limit: number) {
  const rarity = interestRarity(volunteers);
  return volunteers
    .flatMap((v) => {
      const check = checkPair(request, v, now);
      return check.ok ? [{ id: v.id, fit: scorePair(request, v, check, { rarity, now }).fit }] : [];
    })
    .sort((a, b) => b.fit - a.fit)
    .slice(0, limit);
}

describe('the in-memory volunteer index', () => {
  it('suggests exactly what checking every volunteer would, best first', () => {
    const volunteers = population(11, 800);
    const index = new VolunteerIndex(volunteers);
    let withSuggestions = 0;
    for (const request of requests(12, 120)) {
      const got = index.suggest(request, { limit: 10, now }).map((s) => s.fit);
      expect(got).toEqual(bruteForce(request, volunteers, 10).map((s) => s.fit));
      if (got.length > 0) withSuggestions++;
    }
    expect(withSuggestions, 'enough requests had someone to suggest for the comparison to mean something').toBeGreaterThan(60);
  });

  it('follows volunteers as they change, pause and leave', () => {
    const volunteers = population(21, 300);
    const index = new VolunteerIndex(volunteers);
    const request = requests(22, 40).find((r) => index.suggest(r, { limit: 1, now }).length > 0)!;
    const top = index.suggest(request, { limit: 1, now })[0]!.volunteer;

    index.upsert({ ...top, paused: true });
    expect(index.suggest(request, { limit: 50, now }).map((s) => s.volunteer.id)).not.toContain(top.id);
    index.upsert({ ...top, paused: false });
    expect(index.suggest(request, { limit: 1, now })[0]!.volunteer.id).toBe(top.id);
    index.remove(top.id);
    expect(index.size).toBe(299);
    expect(index.suggest(request, { limit: 50, now }).map((s) => s.volunteer.id)).not.toContain(top.id);
    const remaining = volunteers.filter((v) => v.id !== top.id);
    expect(index.suggest(request, { limit: 10, now }).map((s) => s.fit)).toEqual(bruteForce(request, remaining, 10).map((s) => s.fit));
  });
});
