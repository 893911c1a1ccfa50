import type { Coordinates } from '@kindred/shared';

/** Turns a normalised UK postcode ("HX7 8AF") into coordinates, or null when it does not exist. */
export type Geocoder = {
  name: string;
  locate(postcode: string): Promise<Coordinates | null>;
  /**
   * The centre of a postcode district (an outward code, "HX7"), or null when there is no such
   * district. Aggregate views put a district's figures here, never at anyone's home.
   */
  locateDistrict(outwardCode: string): Promise<Coordinates | null>;
};

export class GeocoderUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The postcode lookup service could not be reached', { cause });
    this.name = 'GeocoderUnavailableError';
  }
}
