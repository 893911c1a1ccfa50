import type { Coordinates } from '@kindred/shared';
import { GeocoderUnavailableError, type Geocoder } from '../../place/geocoder.js';

/**
 * The centre of each postcode district named, from the geocoder: where the map puts a district's
 * figures, and where a hypothetical recruit is placed. A district the geocoder does not know, or
 * cannot be asked about just now, is left out: the tables still show it, only the map point is missing.
 */
export async function districtCentres(geocoder: Geocoder, areas: Iterable<string>): Promise<Map<string, Coordinates>> {
  const wanted = [...new Set(areas)];
  const found = await Promise.all(
    wanted.map(async (area) => {
      try {
        return [area, await geocoder.locateDistrict(area)] as const;
      } catch (error) {
        if (error instanceof GeocoderUnavailableError) return [area, null] as const;
        throw error;
      }
    }),
  );
  return new Map(found.filter((entry): entry is readonly [string, Coordinates] => entry[1] !== null));
}
