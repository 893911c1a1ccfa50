import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withPostgresCache } from './cached-geocoder.js';
import type { Geocoder } from './geocoder.js';
import { createOfflineGeocoder } from './offline-geocoder.js';
import { createPostcodesIoGeocoder } from './postcodes-io-geocoder.js';

export function createGeocoder(settings: Config['geocoder'], em: () => EntityManager): Geocoder {
  if (settings.kind === 'offline') return createOfflineGeocoder();
  return withPostgresCache(createPostcodesIoGeocoder({ baseUrl: settings.postcodesIoUrl }), em);
}
