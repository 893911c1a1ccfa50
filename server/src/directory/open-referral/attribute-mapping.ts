/**
 * What HSDS has no field for travels as attributes: taxonomy terms linked to the service, HSDS's own
 * way to extend a record. Kindred uses two taxonomies of its own: its interests, and what a
 * newcomer needs to know for a first visit (drop in or book, who to ask for, what to expect).
 * Readers that do not know them can ignore them; a term from elsewhere whose name is one of
 * Kindred's interests ("Singing and choirs") counts as that interest.
 */
import { FIRST_VISIT_MODES, INTERESTS, isInterestId, type FirstVisitMode, type InterestId } from '@kindred/shared';
import type { ActivityDraft } from '../activity-draft.js';
import type { AttributeRecord, TaxonomyTermRecord } from './hsds-records.js';
import { derivedId } from './ids.js';

export const INTEREST_TAXONOMY = 'Kindred interests';
export const FIRST_VISIT_TAXONOMY = 'Kindred first visit';

const FIRST_VISIT_TEXT = {
  bookingDetails: { code: 'booking_details', name: 'How to book' },
  whoToAsk: { code: 'who_to_ask_for', name: 'Who to ask for' },
  whatToExpect: { code: 'what_to_expect', name: 'What to expect' },
} as const;
const MODE_CODES: Record<FirstVisitMode, string> = { DROP_IN: 'drop_in', BOOKING: 'booking' };

const interestByLabel = new Map<string, InterestId>(INTERESTS.map((i) => [i.label.toLowerCase(), i.id]));

export type FirstVisitAndInterests = {
  interests: InterestId[];
  firstVisit: ActivityDraft['firstVisit'];
  attributeIds: Record<string, string>;
  /** Terms from other taxonomies, kept as they came. */
  otherAttributes: Array<Record<string, unknown>>;
};

export function fromAttributes(attributes: ReadonlyArray<{ attribute: AttributeRecord; term: TaxonomyTermRecord | null }>): FirstVisitAndInterests {
  const result: FirstVisitAndInterests = {
    interests: [],
    firstVisit: { mode: null, bookingDetails: null, whoToAsk: null, whatToExpect: null },
    attributeIds: {},
    otherAttributes: [],
  };
  for (const { attribute, term } of attributes) {
    if (!term) continue;
    if (term.taxonomy === FIRST_VISIT_TAXONOMY) {
      const mode = (Object.keys(MODE_CODES) as FirstVisitMode[]).find((m) => MODE_CODES[m] === term.code);
      if (mode) {
        result.firstVisit.mode = mode;
        result.attributeIds['first-visit:mode'] = attribute.id;
      }
      for (const [key, { code }] of Object.entries(FIRST_VISIT_TEXT) as Array<[keyof typeof FIRST_VISIT_TEXT, { code: string }]>) {
        if (term.code === code && attribute.value) {
          result.firstVisit[key] = attribute.value;
          result.attributeIds[`first-visit:${code}`] = attribute.id;
        }
      }
      continue;
    }
    const interest =
      term.taxonomy === INTEREST_TAXONOMY && term.code && isInterestId(term.code) ? term.code : interestByLabel.get((term.name ?? '').toLowerCase());
    if (interest && !result.interests.includes(interest)) {
      result.interests.push(interest);
      result.attributeIds[`interest:${interest}`] = attribute.id;
    } else if (!interest) {
      result.otherAttributes.push({ ...withoutNulls(attribute), taxonomy_term: withoutNulls(term) });
    }
  }
  return result;
}

const withoutNulls = (record: object) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));

function term(taxonomy: string, code: string, name: string) {
  return { id: derivedId('taxonomy-term', taxonomy, code), code, name, description: name, taxonomy };
}

/** The attributes (with their terms) that carry an activity's interests and first-visit information. */
export function toAttributes(
  serviceId: string,
  draft: Pick<ActivityDraft, 'interests' | 'firstVisit'>,
  ids: Record<string, string>,
  others: ReadonlyArray<Record<string, unknown>> = [],
): Array<Record<string, unknown>> {
  const attribute = (key: string, t: ReturnType<typeof term>, linkType: string, value?: string) => ({
    id: ids[key] ?? derivedId(serviceId, 'attribute', key),
    link_id: serviceId,
    link_entity: 'service',
    link_type: linkType,
    taxonomy_term_id: t.id,
    ...(value ? { value } : {}),
    taxonomy_term: t,
  });
  const list: Array<Record<string, unknown>> = draft.interests.map((id) =>
    attribute(`interest:${id}`, term(INTEREST_TAXONOMY, id, INTERESTS.find((i) => i.id === id)!.label), 'activity_interest'),
  );
  const { mode } = draft.firstVisit;
  if (mode) {
    const label = FIRST_VISIT_MODES.find((m) => m.id === mode)!.label;
    list.push(attribute('first-visit:mode', term(FIRST_VISIT_TAXONOMY, MODE_CODES[mode], label), 'first_visit'));
  }
  for (const [key, { code, name }] of Object.entries(FIRST_VISIT_TEXT) as Array<[keyof typeof FIRST_VISIT_TEXT, { code: string; name: string }]>) {
    const value = draft.firstVisit[key];
    if (value) list.push(attribute(`first-visit:${code}`, term(FIRST_VISIT_TAXONOMY, code, name), 'first_visit', value));
  }
  return [...list, ...others.map((a) => ({ ...a, link_id: serviceId }))];
}
