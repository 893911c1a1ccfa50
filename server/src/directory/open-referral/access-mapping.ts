/**
 * Accessibility records to venue features and notes, and back. A record whose description is just a
 * feature's name ("Hearing loop") stands for that feature; any other record is kept as a note in
 * its own words, and the features it clearly describes are ticked too ("induction loops for
 * hearing aids" → Hearing loop). A sentence that says what is missing ("no wheelchair access") is
 * never read as having it.
 */
import { VENUE_FEATURES, type VenueFeature } from '@kindred/shared';
import type { AccessNote } from '../venue.embeddable.js';
import type { AccessibilityRecord } from './hsds-records.js';
import { derivedId } from './ids.js';

const SIGNS: Record<VenueFeature, RegExp> = {
  STEP_FREE: /step[- ]?free|wheelchair|level access|ramp|no steps|lift to all floors/i,
  HEARING_LOOP: /hearing loop|induction loop|loop system/i,
  ACCESSIBLE_TOILET: /accessible (toilet|wc|loo)|disabled (toilet|wc|loo)|changing places/i,
  QUIET_SPACE: /quiet (space|room|area|corner)/i,
  SEATING: /seating|seats|chairs (are )?(available|provided)/i,
  PARKING: /accessible parking|disabled parking|blue badge/i,
  ASSISTANCE_DOGS: /assistance dogs?|guide dogs?/i,
  PUBLIC_TRANSPORT: /bus stop|bus route|train station|railway station|near (a |the )?(bus|station)/i,
};
// "no steps" is good news; other negatives mean the feature is missing.
const MISSING = /\b(no|not|isn't|aren't|cannot|can't|unfortunately|without|unable)\b(?! steps)/i;

const labels = new Map<string, VenueFeature>(VENUE_FEATURES.map((f) => [f.label.toLowerCase(), f.id]));

/** The features a piece of writing about access clearly says the venue has. */
export function featuresIn(text: string): VenueFeature[] {
  const found = new Set<VenueFeature>();
  for (const sentence of text.split(/(?<=[.!?;])\s+|\n+/)) {
    if (MISSING.test(sentence)) continue;
    for (const [feature, sign] of Object.entries(SIGNS) as Array<[VenueFeature, RegExp]>) if (sign.test(sentence)) found.add(feature);
  }
  return VENUE_FEATURES.map((f) => f.id).filter((id) => found.has(id));
}

export type VenueAccess = { features: VenueFeature[]; notes: AccessNote[]; featureIds: Record<string, string> };

export function accessFromRecords(records: readonly AccessibilityRecord[]): VenueAccess {
  const features = new Set<VenueFeature>();
  const notes: AccessNote[] = [];
  const featureIds: Record<string, string> = {};
  for (const record of records) {
    const text = record.description ?? record.accessibility;
    if (!text) continue;
    const feature = labels.get(text.toLowerCase());
    if (feature && !record.details && !record.url) {
      features.add(feature);
      featureIds[feature] = record.id;
      continue;
    }
    notes.push({ text, details: record.details, url: record.url, openReferralId: record.id });
    for (const f of featuresIn(`${text}\n${record.details ?? ''}`)) features.add(f);
  }
  return { features: VENUE_FEATURES.map((f) => f.id).filter((id) => features.has(id)), notes, featureIds };
}

/** Accessibility records for a venue: its notes as written, then a record for each feature no note already says. */
export function accessRecords(locationId: string, access: VenueAccess): Array<Record<string, string>> {
  const said = new Set(access.notes.flatMap((n) => featuresIn(`${n.text}\n${n.details ?? ''}`)));
  const notes = access.notes.map((n, i) => ({
    id: n.openReferralId ?? derivedId(locationId, 'access-note', String(i)),
    location_id: locationId,
    description: n.text,
    ...(n.details ? { details: n.details } : {}),
    ...(n.url ? { url: n.url } : {}),
  }));
  const features = access.features
    .filter((f) => !said.has(f))
    .map((f) => ({
      id: access.featureIds[f] ?? derivedId(locationId, 'feature', f),
      location_id: locationId,
      description: VENUE_FEATURES.find((v) => v.id === f)!.label,
    }));
  return [...notes, ...features];
}
