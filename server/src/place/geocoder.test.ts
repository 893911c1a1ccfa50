import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { distanceKm } from '@kindred/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeocoderUnavailableError } from './geocoder.js';
import { createOfflineGeocoder } from './offline-geocoder.js';
import { createPostcodesIoGeocoder } from './postcodes-io-geocoder.js';
import { placeOf } from './place.service.js';

describe('the offline geocoder', () => {
  const geocoder = createOfflineGeocoder();

  it('places a postcode near its district, the same way every time', async () => {
    const first = await geocoder.locate('HX7 8AF');
    expect(first).toEqual(await geocoder.locate('HX7 8AF'));
    expect(distanceKm(first!, { latitude: 53.739, longitude: -2.009 })).toBeLessThan(2.5);
    expect(await geocoder.locate('HX7 5QL')).not.toEqual(first);
  });

  it('does not know postcodes outside its districts', async () => {
    expect(await geocoder.locate('SW1A 1AA')).toBeNull();
  });

  it('gives the centre of each district it knows, and nothing for others', async () => {
    expect(await geocoder.locateDistrict('LS6')).toEqual({ latitude: 53.818, longitude: -1.566 });
    // Every postcode of a district lies near its centre.
    expect(distanceKm((await geocoder.locateDistrict('HX7'))!, (await geocoder.locate('HX7 8AF'))!)).toBeLessThan(2.5);
    expect(await geocoder.locateDistrict('SW1A')).toBeNull();
    expect(await geocoder.locateDistrict('constructor')).toBeNull();
  });
});

describe('the postcodes.io geocoder', () => {
  let server: Server;
  let baseUrl: string;
  const seen: string[] = [];
  beforeAll(async () => {
    // A local stand-in speaking the postcodes.io protocol: found, unknown, broken, and slow.
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      const postcode = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
      res.setHeader('content-type', 'application/json');
      if (req.url === '/outcodes/LS6') res.end(JSON.stringify({ status: 200, result: { outcode: 'LS6', latitude: 53.8195, longitude: -1.5745 } }));
      else if (req.url === '/outcodes/OL99') res.writeHead(404).end(JSON.stringify({ status: 404, error: 'Outcode not found' }));
      else if (req.url === '/outcodes/M1') res.writeHead(502).end('{}');
      else if (postcode === 'HX7 8AF') res.end(JSON.stringify({ status: 200, result: { postcode, latitude: 53.7412, longitude: -2.0131 } }));
      else if (postcode === 'LS6 9ZZ') res.end(JSON.stringify({ status: 200, result: { postcode, latitude: null, longitude: null } }));
      else if (postcode === 'M1 1AA') res.writeHead(500).end('{}');
      else if (postcode === 'B1 1AA') setTimeout(() => res.end('{}'), 2000);
      else res.writeHead(404).end(JSON.stringify({ status: 404, error: 'Postcode not found' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('returns the coordinates of a known postcode', async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl });
    expect(await geocoder.locate('HX7 8AF')).toEqual({ latitude: 53.7412, longitude: -2.0131 });
    expect(seen.at(-1)).toBe('/postcodes/HX7%208AF');
  });

  it('treats unknown postcodes, and postcodes without coordinates, as not found', async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl });
    expect(await geocoder.locate('ZZ9 9ZZ')).toBeNull();
    expect(await geocoder.locate('LS6 9ZZ')).toBeNull();
  });

  it('gives the centre of a district from /outcodes, and null for a district it does not know', async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl });
    expect(await geocoder.locateDistrict('LS6')).toEqual({ latitude: 53.8195, longitude: -1.5745 });
    expect(seen.at(-1)).toBe('/outcodes/LS6');
    expect(await geocoder.locateDistrict('OL99')).toBeNull();
    await expect(geocoder.locateDistrict('M1')).rejects.toBeInstanceOf(GeocoderUnavailableError);
  });

  it('says the service is unavailable when it fails or is too slow, rather than "not found"', async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl, timeoutMs: 200 });
    await expect(geocoder.locate('M1 1AA')).rejects.toBeInstanceOf(GeocoderUnavailableError);
    await expect(geocoder.locate('B1 1AA')).rejects.toBeInstanceOf(GeocoderUnavailableError);
  });

  it('turns each outcome into what a person is told', async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl, timeoutMs: 200 });
    await expect(placeOf(geocoder, ' hx7 8af ')).resolves.toEqual({ postcode: 'HX7 8AF', coordinates: { latitude: 53.7412, longitude: -2.0131 } });
    await expect(placeOf(geocoder, 'not a postcode')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'postcode' }] } });
    await expect(placeOf(geocoder, 'ZZ9 9ZZ', 'home')).rejects.toMatchObject({
      message: 'We could not find the postcode ZZ9 9ZZ. Check it and try again.',
      extensions: { fields: [{ field: 'home' }] },
    });
    await expect(placeOf(geocoder, 'M1 1AA')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});
