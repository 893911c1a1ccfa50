import { describe, expect, it } from 'vitest';
import { approximateDistance, distanceKm, normalisePostcode, outwardCode, postcodeProblem } from './place.js';

describe('postcodes', () => {
  it('tidies the ways people type them', () => {
    expect(normalisePostcode('hx7 8af')).toBe('HX7 8AF');
    expect(normalisePostcode(' ls6  3ha ')).toBe('LS6 3HA');
    expect(normalisePostcode('SW1A1AA')).toBe('SW1A 1AA');
    expect(normalisePostcode('W1 1AA')).toBe('W1 1AA');
  });

  it('refuses what is not a postcode', () => {
    expect(normalisePostcode('HX7')).toBeNull();
    expect(normalisePostcode('12345')).toBeNull();
    expect(normalisePostcode('HX7 8AFF')).toBeNull();
    expect(postcodeProblem('')).toBe('Enter a postcode');
    expect(postcodeProblem('Hebden Bridge')).toMatch(/full UK postcode/);
  });

  it('shows only the area to other people', () => {
    expect(outwardCode('hx7 8af')).toBe('HX7');
  });
});

describe('distances', () => {
  it('measures Hebden Bridge to Todmorden as about 6.5 km', () => {
    const hebdenBridge = { latitude: 53.7418, longitude: -2.0137 };
    const todmorden = { latitude: 53.7136, longitude: -2.0969 };
    expect(distanceKm(hebdenBridge, todmorden)).toBeGreaterThan(6);
    expect(distanceKm(hebdenBridge, todmorden)).toBeLessThan(7);
    expect(distanceKm(hebdenBridge, hebdenBridge)).toBe(0);
  });

  it('rounds distances so they cannot pinpoint a home', () => {
    expect(approximateDistance(0.4)).toBe('Less than 1 km away');
    expect(approximateDistance(2.4)).toBe('About 2 km away');
    expect(approximateDistance(13)).toBe('About 15 km away');
  });
});
