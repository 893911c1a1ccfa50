import type { RecruitSuggestionsQuery } from '../../gql/graphql';
import { contactModeLabel, languageLabel, lowerFirst, skillLabel } from './gap-words';

type Suggestion = RecruitSuggestionsQuery['recruitSuggestions'][number];


/** A first title for a drive aimed at this suggestion, which the person can change: "Volunteers wanted near HX7: signs BSL, weekday afternoons". */
export function draftTitle(s: Suggestion): string {
  const where = s.area ? ` near ${s.area}` : s.contactMode === 'IN_PERSON' ? '' : ` to keep in touch by ${contactModeLabel(s.contactMode).toLowerCase()}`;
  const what = [...s.skills.map((skill) => lowerFirst(skillLabel(skill))), ...(s.language ? [`speaks ${languageLabel(s.language)}`] : []), ...(s.bandLabel ? [s.bandLabel] : [])];
  return `Volunteers wanted${where}${what.length > 0 ? `: ${what.join(', ')}` : ''}`;
}

/** The drive form, filled in from this suggestion (the drives pages read these parameters). */
export function startDrivePath(schemeId: string, s: Suggestion): string {
  const params = new URLSearchParams({ scheme: schemeId, suggestion: s.key });
  if (s.area) params.set('area', s.area);
  if (s.skills.length > 0) params.set('skills', s.skills.join(','));
  if (s.band) params.set('band', s.band);
  params.set('mode', s.contactMode);
  params.set('kind', s.kind);
  params.set('title', draftTitle(s));
  return `/community/drives/new?${params.toString()}`;
}
