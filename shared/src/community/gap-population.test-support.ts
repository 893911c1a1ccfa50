import type { MatchRequest, MatchVolunteer } from '../matching/types.js';
import type { Coordinates } from '../place.js';
import { syntheticSeekers, syntheticVolunteers } from '../synthetic/population.js';
import { seededRandom } from '../synthetic/random.js';
import type { GapRequest } from './gap-types.js';

export const NOW = new Date('2026-11-23T10:00:00Z');
const CENTRE: Coordinates = { latitude: 53.742, longitude: -2.014 };
const DAY = 24 * 3_600_000;
const CELL_KM = 3;

/** Districts for tests: a 3 km grid, named like outward codes, with their centres. */
export function districtOf(c: Coordinates | null): string | null {
  if (!c) return null;
  const row = Math.floor(((c.latitude - CENTRE.latitude) * 111.2) / CELL_KM) + 50;
  const col = Math.floor(((c.longitude - CENTRE.longitude) * 111.2 * Math.cos((CENTRE.latitude * Math.PI) / 180)) / CELL_KM) + 50;
  return `T${row}X${col}`;
}

export function districtCentres(areas: Iterable<string | null>): Map<string, Coordinates> {
  const centres = new Map<string, Coordinates>();
  for (const area of areas) {
    const m = area && /^T(\d+)X(\d+)$/.exec(area);
    if (!m) continue;
    const row = Number(m[1]) - 50 + 0.5;
    const col = Number(m[2]) - 50 + 0.5;
    centres.set(area!, {
      latitude: CENTRE.latitude + (row * CELL_KM) / 111.2,
      longitude: CENTRE.longitude + (col * CELL_KM) / (111.2 * Math.cos((CENTRE.latitude * Math.PI) / 180)),
    });
  }
  return centres;
}

/**
 * A small scheme from the synthetic generator, roughened so that every kind of gap turns up:
 * volunteers unapproved, lapsed, paused or full, some with no home; requests for companions to
 * sessions, with exclusions, missing postcodes and sparse volunteers.
 */
export function roughPopulation(seed: number, volunteerCount: number, requestCount: number, spreadKm: number) {
  const random = seededRandom(seed);
  const volunteers: MatchVolunteer[] = syntheticVolunteers({ seed, count: volunteerCount, centre: CENTRE, spreadKm }).map((v, i) => ({
    ...v,
    id: `v${i}`,
    approved: !random.chance(0.08),
    dbsValidUntil: random.chance(0.03) ? null : new Date(NOW.getTime() + (random.chance(0.05) ? -1 : 1) * random.int(1, 400) * DAY),
    paused: random.chance(0.05),
    liveMatches: random.chance(0.15) ? v.capacity : random.int(0, v.capacity - 1),
    location: random.chance(0.03) ? null : v.location,
    travelRadiusKm: random.chance(0.2) ? random.int(1, 3) : v.travelRadiusKm,
    gender: random.chance(0.05) ? '' : v.gender,
  }));
  const requests: GapRequest[] = syntheticSeekers({ seed: seed + 1, count: requestCount, centre: CENTRE, spreadKm: spreadKm * 1.3, now: NOW }).map((s, i) => {
    const companion = random.chance(0.25);
    const location = random.chance(0.04) ? null : s.location;
    const request: MatchRequest = {
      ...s,
      id: `r${i}`,
      kind: companion ? 'FIRST_SESSION_COMPANION' : 'BEFRIENDING',
      location,
      travelRadiusKm: random.chance(0.2) ? random.int(1, 3) : s.travelRadiusKm,
      preferredLanguages: [],
      excludedVolunteerIds: new Set(random.chance(0.2) ? random.sample(volunteers, random.int(1, 6)).map((v) => v.id) : []),
      session:
        companion && random.chance(0.7)
          ? {
              startsAt: new Date(NOW.getTime() + random.int(0, 14 * 24) * 3_600_000 + random.int(0, 59) * 60_000),
              venue: { latitude: (location ?? CENTRE).latitude + random.int(-30, 30) / 1000, longitude: (location ?? CENTRE).longitude + random.int(-30, 30) / 1000 },
              venueFeatures: [],
            }
          : null,
    };
    return { request, area: districtOf(s.location) };
  });
  return { volunteers, requests };
}
