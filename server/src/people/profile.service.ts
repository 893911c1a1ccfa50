import {
  isInterestId,
  isLanguageId,
  outwardCode,
  slotsOf,
  specificTimeProblem,
  weeklyMask,
  type InterestId,
  type LanguageId,
} from '@kindred/shared';
import { badInput, type FieldProblem } from '../graphql/errors.js';
import type { Geocoder } from '../place/geocoder.js';
import { placeOf } from '../place/place.service.js';
import { ProfileDetails } from './profile.embeddable.js';
import type { ProfileDetailsInput } from './profile.types.js';
import { ProfileDetailsView } from './profile.types.js';

export const MAX_TRAVEL_RADIUS_KM = 80;
const MAX_SPECIFIC_TIMES = 50;

/**
 * Applies the fields a person sent onto their profile, after checking every one against the shared
 * vocabulary. Only fields the input declares are copied (no mass assignment). `prefix` names the
 * input in field errors, e.g. "profile.postcode".
 */
export async function updateProfile(
  profile: ProfileDetails,
  input: ProfileDetailsInput,
  geocoder: Geocoder,
  prefix = 'profile',
): Promise<ProfileDetails> {
  const problems: FieldProblem[] = [];
  const field = (name: string) => `${prefix}.${name}`;
  if (input.interests) {
    const unknown = input.interests.filter((i) => !isInterestId(i));
    if (unknown.length > 0) problems.push({ field: field('interests'), message: 'Choose interests from the list' });
  }
  if (input.languages) {
    if (input.languages.some((l) => !isLanguageId(l))) problems.push({ field: field('languages'), message: 'Choose languages from the list' });
  }
  if (input.specificTimes) {
    if (input.specificTimes.length > MAX_SPECIFIC_TIMES) {
      problems.push({ field: field('specificTimes'), message: `Give at most ${MAX_SPECIFIC_TIMES} specific times` });
    }
    const bad = input.specificTimes.map(specificTimeProblem).find((p) => p !== null);
    if (bad) problems.push({ field: field('specificTimes'), message: bad });
  }
  if (input.travelRadiusKm != null && !(input.travelRadiusKm >= 0 && input.travelRadiusKm <= MAX_TRAVEL_RADIUS_KM)) {
    problems.push({ field: field('travelRadiusKm'), message: `Travel distance must be between 0 and ${MAX_TRAVEL_RADIUS_KM} km` });
  }
  if (problems.length > 0) throw badInput(problems);

  const place = input.postcode != null && input.postcode.trim() !== '' ? await placeOf(geocoder, input.postcode, field('postcode')) : undefined;

  if (input.interests) profile.interests = [...new Set(input.interests)] as InterestId[];
  if (input.accessNeeds) profile.accessNeeds = [...new Set(input.accessNeeds)];
  if (input.contactModes) profile.contactModes = [...new Set(input.contactModes)];
  if (input.languages) profile.languages = [...new Set(input.languages)] as LanguageId[];
  if (input.weeklyAvailability) profile.availabilityMask = weeklyMask(input.weeklyAvailability);
  if (input.specificTimes) profile.specificTimes = input.specificTimes.map(({ date, from, to }) => ({ date, from, to }));
  if (input.travelRadiusKm != null) profile.travelRadiusKm = input.travelRadiusKm;
  if (place) {
    profile.postcode = place.postcode;
    profile.latitude = place.coordinates.latitude;
    profile.longitude = place.coordinates.longitude;
  }
  return profile;
}

/** The whole profile, for the person themself and staff of their scheme only. */
export function presentProfile(profile: ProfileDetails): ProfileDetailsView {
  return Object.assign(new ProfileDetailsView(), {
    interests: profile.interests,
    accessNeeds: profile.accessNeeds,
    contactModes: profile.contactModes,
    languages: profile.languages,
    weeklyAvailability: slotsOf(profile.availabilityMask),
    availabilityMask: profile.availabilityMask,
    specificTimes: profile.specificTimes,
    postcode: profile.postcode ?? null,
    area: profile.postcode ? outwardCode(profile.postcode) : null,
    travelRadiusKm: profile.travelRadiusKm ?? null,
  });
}
