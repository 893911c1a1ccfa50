import type { EntityManager } from '@mikro-orm/postgresql';
import type { Coordinates } from '@kindred/shared';
import type { Geocoder } from './geocoder.js';
import { PostcodeLocation } from './postcode-location.entity.js';

const KEEP_FOR_MS = 30 * 24 * 3_600_000;

/**
 * Remembers answers in PostgreSQL, shared by every API process, including "no such postcode".
 * Districts share the table: a full postcode always has a space ("HX7 8AF") and an outward code
 * never does ("HX7"), so the two kinds of key cannot collide.
 */
export function withPostgresCache(inner: Geocoder, em: () => EntityManager): Geocoder {
  const cached = async (key: string, lookUp: () => Promise<Coordinates | null>): Promise<Coordinates | null> => {
    const cache = em();
    const row = await cache.findOne(PostcodeLocation, { postcode: key });
    if (row && Date.now() - row.lookedUpAt.getTime() < KEEP_FOR_MS) {
      return row.latitude != null && row.longitude != null ? { latitude: row.latitude, longitude: row.longitude } : null;
    }
    const found = await lookUp();
    await cache.upsert(PostcodeLocation, {
      postcode: key,
      latitude: found?.latitude ?? null,
      longitude: found?.longitude ?? null,
      lookedUpAt: new Date(),
    });
    return found;
  };
  return {
    name: `${inner.name} (cached)`,
    locate: (postcode) => cached(postcode, () => inner.locate(postcode)),
    locateDistrict: (outwardCode) => {
      const district = outwardCode.replace(/\s+/g, '').toUpperCase();
      return cached(district, () => inner.locateDistrict(district));
    },
  };
}
