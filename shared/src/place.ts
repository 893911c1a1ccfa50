/**
 * UK postcodes and distances. Exact places are private: other people only ever see an
 * approximate distance or the area (the outward code, such as "HX7").
 */

// The official pattern, simplified: outward code (area, district, optional sub-district) then inward code.
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/** "hx7 8aa" → "HX7 8AA"; null when it is not shaped like a UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  const match = POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

export function postcodeProblem(input: string): string | null {
  if (input.trim() === '') return 'Enter a postcode';
  return normalisePostcode(input) ? null : 'Enter a full UK postcode, like HX7 8AF';
}

/** The outward code, "HX7" of "HX7 8AF": the area other people may see. */
export function outwardCode(postcode: string): string {
  return (normalisePostcode(postcode) ?? postcode).split(' ')[0] ?? '';
}

export type Coordinates = { latitude: number; longitude: number };

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A distance as other people may see it: rounded so it cannot pinpoint a home. */
export function approximateDistance(km: number): string {
  if (km < 1) return 'Less than 1 km away';
  if (km < 10) return `About ${Math.round(km)} km away`;
  return `About ${Math.round(km / 5) * 5} km away`;
}
