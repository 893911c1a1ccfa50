/**
 * District centres through the PostgreSQL cache: each district is asked of the lookup service once,
 * "no such district" is remembered too, districts and full postcodes never mix up, and a service
 * that is down is not remembered as "not found".
 */
import type { Coordinates } from '@kindred/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { withPostgresCache } from '../../../server/src/place/cached-geocoder.ts';
import { GeocoderUnavailableError, type Geocoder } from '../../../server/src/place/geocoder.ts';
import { startTestKindred } from '../support/kindred.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

/** A stand-in lookup service that knows LS6 (district) and LS6 1AA (postcode), and counts every question. */
function countingService(): Geocoder & { asked: string[]; down: boolean } {
  const asked: string[] = [];
  const service = {
    name: 'counting',
    asked,
    down: false,
    async locate(postcode: string): Promise<Coordinates | null> {
      asked.push(`postcode ${postcode}`);
      if (service.down) throw new GeocoderUnavailableError(new Error('down'));
      return postcode === 'LS6 1AA' ? { latitude: 53.81, longitude: -1.56 } : null;
    },
    async locateDistrict(district: string): Promise<Coordinates | null> {
      asked.push(`district ${district}`);
      if (service.down) throw new GeocoderUnavailableError(new Error('down'));
      return district === 'LS6' ? { latitude: 53.8195, longitude: -1.5745 } : null;
    },
  };
  return service;
}

describe('district centres, cached in PostgreSQL', () => {
  it('asks the service once per district, and remembers districts that do not exist', async () => {
    const service = countingService();
    const cached = withPostgresCache(service, () => kindred.orm.em.fork());
    expect(await cached.locateDistrict('LS6')).toEqual({ latitude: 53.8195, longitude: -1.5745 });
    expect(await cached.locateDistrict('LS6')).toEqual({ latitude: 53.8195, longitude: -1.5745 });
    expect(await cached.locateDistrict('ZZ99')).toBeNull();
    expect(await cached.locateDistrict('ZZ99')).toBeNull();
    expect(service.asked).toEqual(['district LS6', 'district ZZ99']);

    // Another process (a second cache over the same database) finds the answers already there.
    const elsewhere = countingService();
    expect(await withPostgresCache(elsewhere, () => kindred.orm.em.fork()).locateDistrict('LS6')).toEqual({ latitude: 53.8195, longitude: -1.5745 });
    expect(elsewhere.asked).toEqual([]);
  });

  it('keeps districts and full postcodes apart', async () => {
    const service = countingService();
    const cached = withPostgresCache(service, () => kindred.orm.em.fork());
    expect(await cached.locate('LS6 1AA')).toEqual({ latitude: 53.81, longitude: -1.56 });
    expect(await cached.locateDistrict('LS6')).toEqual({ latitude: 53.8195, longitude: -1.5745 });
    expect(await cached.locate('LS6 1AA')).toEqual({ latitude: 53.81, longitude: -1.56 });
    expect(service.asked).toEqual(['postcode LS6 1AA']);
  });

  it('does not remember a service that is down as "no such district"', async () => {
    const service = countingService();
    const cached = withPostgresCache(service, () => kindred.orm.em.fork());
    service.down = true;
    await expect(cached.locateDistrict('HX7')).rejects.toBeInstanceOf(GeocoderUnavailableError);
    service.down = false;
    expect(await cached.locateDistrict('HX7')).toBeNull();
    expect(service.asked).toEqual(['district HX7', 'district HX7']);
  });
});
