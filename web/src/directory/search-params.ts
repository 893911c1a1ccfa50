import { normalisePostcode, postcodeProblem, type Day, type PartOfDay, type VenueFeature } from '@kindred/shared';
import { checkFields, type FormProblems } from '../ui/form-problems';

/** A search as the form holds it, and as the address keeps it (so Back and bookmarks work). */
export type SearchValues = {
  postcode: string;
  within: string;
  day: string;
  part: string;
  interest: string;
  features: string[];
  words: string;
};

export type SearchField = 'postcode' | 'within' | 'day' | 'part' | 'interest' | 'features' | 'words';
export const SEARCH_FIELD_IDS: Record<SearchField, string> = {
  postcode: 'postcode',
  within: 'within',
  day: 'day',
  part: 'part',
  interest: 'interest',
  features: 'features',
  words: 'words',
};

/** Values from the address; `postcode` is null when the address does not mention one at all. */
export function searchFromParams(params: URLSearchParams): SearchValues & { postcodeGiven: boolean } {
  return {
    postcode: params.get('postcode') ?? '',
    postcodeGiven: params.has('postcode'),
    within: params.get('within') ?? '',
    day: params.get('day') ?? '',
    part: params.get('part') ?? '',
    interest: params.get('interest') ?? '',
    features: (params.get('features') ?? '').split(',').filter(Boolean),
    words: params.get('words') ?? '',
  };
}

export function paramsOfSearch(values: SearchValues, schemeId: string | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (schemeId) params.set('scheme', schemeId);
  // An empty postcode is kept: it means "not from my own postcode either".
  params.set('postcode', values.postcode.trim());
  for (const key of ['within', 'day', 'part', 'interest', 'words'] as const) if (values[key].trim()) params.set(key, values[key].trim());
  if (values.features.length > 0) params.set('features', values.features.join(','));
  return params;
}

export function checkSearch(values: SearchValues): FormProblems<SearchField> {
  return checkFields<SearchField>({
    postcode: () =>
      values.postcode.trim() !== '' ? postcodeProblem(values.postcode) : values.within ? 'Enter a postcode to search near' : null,
    within: () => null,
    day: () => null,
    part: () => null,
    interest: () => null,
    features: () => null,
    words: () => (values.words.length > 200 ? 'Search for 200 characters or fewer' : null),
  });
}

/** The API's search input for these values. */
export function searchInput(values: SearchValues, schemeId: string) {
  return {
    schemeId,
    postcode: values.postcode.trim() ? (normalisePostcode(values.postcode) ?? values.postcode.trim()) : null,
    withinKm: values.within && values.postcode.trim() ? Number(values.within) : null,
    day: (values.day || null) as Day | null,
    partOfDay: (values.part || null) as PartOfDay | null,
    interests: values.interest ? [values.interest] : null,
    features: values.features.length > 0 ? (values.features as VenueFeature[]) : null,
    words: values.words.trim() || null,
    first: 20,
  };
}
