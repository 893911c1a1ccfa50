import { normalisePostcode, type Coordinates } from '@kindred/shared';
import { badInput, ErrorCode, KindredError } from '../graphql/errors.js';
import { GeocoderUnavailableError, type Geocoder } from './geocoder.js';

export type Place = { postcode: string; coordinates: Coordinates };

/**
 * A postcode a person typed, checked and located. `field` names the input field in any error, so
 * the form can point at it.
 */
export async function placeOf(geocoder: Geocoder, input: string, field = 'postcode'): Promise<Place> {
  const postcode = normalisePostcode(input);
  if (!postcode) throw badInput([{ field, message: 'Enter a full UK postcode, like HX7 8AF' }]);
  let coordinates: Coordinates | null;
  try {
    coordinates = await geocoder.locate(postcode);
  } catch (error) {
    if (error instanceof GeocoderUnavailableError) {
      throw new KindredError(ErrorCode.SERVICE_UNAVAILABLE, 'We cannot check postcodes at the moment. Please try again in a few minutes.');
    }
    throw error;
  }
  if (!coordinates) throw badInput([{ field, message: `We could not find the postcode ${postcode}. Check it and try again.` }]);
  return { postcode, coordinates };
}
