import { describe, expect, it } from 'vitest';
import { distanceKm } from '../place.js';
import { syntheticSeekers, syntheticVolunteers } from './population.js';

const centre = { latitude: 53.7418, longitude: -2.0137 };
const now = new Date('2026-11-21T10:00:00Z');

describe('the synthetic population', () => {
  it('is the same for the same seed, and different for another', () => {
    const a = syntheticVolunteers({ seed: 7, count: 50, centre, spreadKm: 10 });
    expect(syntheticVolunteers({ seed: 7, count: 50, centre, spreadKm: 10 })).toEqual(a);
    expect(syntheticVolunteers({ seed: 8, count: 50, centre, spreadKm: 10 })).not.toEqual(a);
  });

  it('places everyone within the spread, with at least one way to keep in touch', () => {
    for (const v of syntheticVolunteers({ seed: 1, count: 500, centre, spreadKm: 10 })) {
      expect(distanceKm(centre, v.location)).toBeLessThanOrEqual(10.01);
      expect(v.contactModes.length).toBeGreaterThan(0);
      expect(v.offers.length).toBeGreaterThan(0);
      expect(v.capacity).toBeGreaterThanOrEqual(1);
    }
    for (const s of syntheticSeekers({ seed: 1, count: 500, centre, spreadKm: 10, now })) {
      expect(distanceKm(centre, s.location)).toBeLessThanOrEqual(10.01);
      expect(s.waitingSince.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('has rare skills rare and common ones common, as real schemes do', () => {
    const volunteers = syntheticVolunteers({ seed: 3, count: 5000, centre, spreadKm: 10 });
    const share = (skill: string) => volunteers.filter((v) => v.skills.includes(skill as never)).length / volunteers.length;
    expect(share('SIGNS_BSL')).toBeLessThan(0.06);
    expect(share('DRIVES_CAR')).toBeGreaterThan(0.3);
  });
});
