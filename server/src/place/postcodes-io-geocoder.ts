import type { Coordinates } from '@kindred/shared';
import { GeocoderUnavailableError, type Geocoder } from './geocoder.js';

type PostcodesIoAnswer = { status: number; result?: { latitude: number | null; longitude: number | null } | null };

/**
 * Looks postcodes up in a postcodes.io-compatible service (the public one, or a self-hosted copy of
 * the ONS Postcode Directory). A postcode it does not know is "not found"; a service that cannot be
 * reached is an error, so a person is told to try again rather than that their postcode is wrong.
 */
export function createPostcodesIoGeocoder(options: { baseUrl: string; timeoutMs?: number; fetchFn?: typeof fetch }): Geocoder {
  const fetchFn = options.fetchFn ?? fetch;
  const base = options.baseUrl.replace(/\/$/, '');

  /** One lookup (`/postcodes/HX7%208AF` or `/outcodes/HX7`): coordinates, null when unknown, or unavailable. */
  const lookUp = async (path: string): Promise<Coordinates | null> => {
    let response: Response;
    try {
      response = await fetchFn(`${base}${path}`, {
        signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw new GeocoderUnavailableError(error);
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new GeocoderUnavailableError(new Error(`HTTP ${response.status}`));
    const body = (await response.json()) as PostcodesIoAnswer;
    const { latitude, longitude } = body.result ?? {};
    // Some live postcodes have no coordinates yet (new builds): treat them as not found.
    if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
    return { latitude, longitude } satisfies Coordinates;
  };

  return {
    name: 'postcodes.io',
    locate: (postcode) => lookUp(`/postcodes/${encodeURIComponent(postcode)}`),
    locateDistrict: (outwardCode) => lookUp(`/outcodes/${encodeURIComponent(outwardCode)}`),
  };
}
