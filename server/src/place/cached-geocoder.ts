import type { EntityManager } from '@mikro-orm/postgresql';
import type { Geocoder } from './geocoder.js';
import { PostcodeLocation } from './postcode-location.entity.js';

const KEEP_FOR_MS = 30 * 24 * 3_600_000;

/** Remembers answers in PostgreSQL, shared by every API process, including "no such postcode". */
export function withPostgresCache(inner: Geocoder, em: () => EntityManager): Geocoder {
  return {
    name: `${inner.name} (cached)`,
    async locate(postcode) {
      const cache = em();
      const cached = await cache.findOne(PostcodeLocation, { postcode });
      if (cached && Date.now() - cached.lookedUpAt.getTime() < KEEP_FOR_MS) {
        return cached.latitude != null && cached.longitude != null ? { latitude: cached.latitude, longitude: cached.longitude } : null;
      }
      const found = await inner.locate(postcode);
      await cache.upsert(PostcodeLocation, {
        postcode,
        latitude: found?.latitude ?? null,
        longitude: found?.longitude ?? null,
        lookedUpAt: new Date(),
      });
      return found;
    },
  };
}
