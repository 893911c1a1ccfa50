import { createHash } from 'node:crypto';
import type { Coordinates } from '@kindred/shared';
import type { Geocoder } from './geocoder.js';

/**
 * Approximate centres of the postcode districts Kindred's demo and tests use (Calderdale and
 * north-west Leeds), rounded to about 100 m. Figures derived from the ONS Postcode Directory
 * (Open Government Licence v3.0).
 */
const DISTRICT_CENTRES: Record<string, Coordinates> = {
  HX1: { latitude: 53.722, longitude: -1.868 },
  HX2: { latitude: 53.738, longitude: -1.904 },
  HX3: { latitude: 53.726, longitude: -1.846 },
  HX4: { latitude: 53.681, longitude: -1.88 },
  HX5: { latitude: 53.686, longitude: -1.836 },
  HX6: { latitude: 53.698, longitude: -1.923 },
  HX7: { latitude: 53.739, longitude: -2.009 },
  OL13: { latitude: 53.701, longitude: -2.204 },
  OL14: { latitude: 53.714, longitude: -2.101 },
  LS1: { latitude: 53.797, longitude: -1.553 },
  LS2: { latitude: 53.801, longitude: -1.547 },
  LS3: { latitude: 53.801, longitude: -1.563 },
  LS4: { latitude: 53.808, longitude: -1.583 },
  LS5: { latitude: 53.818, longitude: -1.602 },
  LS6: { latitude: 53.818, longitude: -1.566 },
  LS7: { latitude: 53.818, longitude: -1.541 },
  LS8: { latitude: 53.822, longitude: -1.513 },
  LS16: { latitude: 53.851, longitude: -1.604 },
};

// Postcodes in one district sit within a kilometre or two of its centre.
const SPREAD_DEGREES = 0.012;

/**
 * A geocoder that needs no network, for development, tests and the demo: each postcode in a known
 * district gets a fixed point near the district's centre, the same every time, and each district
 * its centre. Postcodes and districts elsewhere are not found.
 */
export function createOfflineGeocoder(): Geocoder {
  return {
    name: 'offline',
    async locate(postcode) {
      const [district, inward] = postcode.split(' ');
      const centre = district ? DISTRICT_CENTRES[district] : undefined;
      if (!centre || !inward) return null;
      const digest = createHash('sha256').update(postcode).digest();
      const offset = (byte: number) => ((byte / 255) * 2 - 1) * SPREAD_DEGREES;
      return {
        latitude: Math.round((centre.latitude + offset(digest[0]!)) * 1e5) / 1e5,
        longitude: Math.round((centre.longitude + offset(digest[1]!) * 1.6) * 1e5) / 1e5,
      };
    },
    async locateDistrict(outwardCode) {
      // Own keys only: "constructor" is not a district.
      return Object.hasOwn(DISTRICT_CENTRES, outwardCode) ? { ...DISTRICT_CENTRES[outwardCode]! } : null;
    },
  };
}

export const OFFLINE_DISTRICTS = Object.keys(DISTRICT_CENTRES);
