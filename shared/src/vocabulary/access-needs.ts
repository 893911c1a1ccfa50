import type { ContactMode } from './contact.js';

/**
 * What a volunteer can do that meets a need. Recorded and checked by staff during vetting. `reason`
 * explains a suggestion ("Signs BSL"); `who` completes "no volunteer who …".
 */
export const VOLUNTEER_SKILLS = [
  { id: 'SIGNS_BSL', label: 'Signs British Sign Language', reason: 'Signs BSL', who: 'signs BSL' },
  { id: 'DEAF_AWARE', label: 'Deaf aware: clear speech, faces the person, happy to write things down', reason: 'Deaf aware', who: 'is deaf aware' },
  { id: 'DRIVES_CAR', label: 'Drives and has a car for giving lifts', reason: 'Can give lifts', who: 'can give lifts' },
  { id: 'WHEELCHAIR_EXPERIENCED', label: 'Confident pushing and helping with a wheelchair', reason: 'Experienced with wheelchairs', who: 'is experienced with wheelchairs' },
  { id: 'MOBILITY_SUPPORT', label: 'Happy to walk slowly and offer an arm to lean on', reason: 'Happy to offer an arm', who: 'can offer an arm to lean on' },
  { id: 'SIGHTED_GUIDE', label: 'Trained as a sighted guide', reason: 'Trained sighted guide', who: 'is a trained sighted guide' },
  { id: 'DEMENTIA_AWARE', label: 'Dementia aware, and happy to send reminders', reason: 'Dementia aware', who: 'is dementia aware' },
  { id: 'DOG_FRIENDLY', label: 'Comfortable with assistance dogs (no allergy)', reason: 'Comfortable with assistance dogs', who: 'is comfortable with assistance dogs' },
] as const;
export type VolunteerSkill = (typeof VOLUNTEER_SKILLS)[number]['id'];

/** What a venue has that meets a need. */
export const VENUE_FEATURES = [
  { id: 'STEP_FREE', label: 'Step-free access' },
  { id: 'HEARING_LOOP', label: 'Hearing loop' },
  { id: 'ACCESSIBLE_TOILET', label: 'Accessible toilet' },
  { id: 'QUIET_SPACE', label: 'Quiet space' },
  { id: 'SEATING', label: 'Seating available' },
  { id: 'PARKING', label: 'Accessible parking' },
  { id: 'ASSISTANCE_DOGS', label: 'Assistance dogs welcome' },
  { id: 'PUBLIC_TRANSPORT', label: 'Near a bus stop or station' },
] as const;
export type VenueFeature = (typeof VENUE_FEATURES)[number]['id'];

/**
 * Access and communication needs, recorded as the need and never the diagnosis (NHS Accessible
 * Information Standard). `metBy` says what meets each one:
 * - `skills`: the volunteer must have every one of these (for the contact modes in `appliesTo`);
 * - `venue`: the venue of an activity must have every one of these;
 * - `contactModes`: at least one of these must be used between the two people;
 * - `organisation`: Kindred itself meets it in how it writes to the person (large print, easy read).
 * `appliesTo` limits a need to the ways of meeting where it matters: an arm to lean on matters in
 * person, not on the phone. `whenGoingOut` needs matter only when the two go somewhere together (a
 * first-session companion), not when a befriender visits at home.
 */
export const ACCESS_NEEDS = [
  // Communication
  { id: 'TEXT_CONTACT', group: 'communication', label: 'Prefers written or text contact', metBy: { contactModes: ['TEXT', 'LETTER'] } },
  { id: 'BSL', group: 'communication', label: 'Uses British Sign Language', metBy: { skills: ['SIGNS_BSL'] }, appliesTo: ['IN_PERSON', 'VIDEO'] },
  { id: 'LIP_READING', group: 'communication', label: 'Needs clear speech or lip-reading', metBy: { skills: ['DEAF_AWARE'] }, appliesTo: ['IN_PERSON', 'VIDEO'] },
  { id: 'HEARING_LOOP', group: 'communication', label: 'Uses a hearing loop', metBy: { venue: ['HEARING_LOOP'] }, appliesTo: ['IN_PERSON'] },
  { id: 'LARGE_PRINT', group: 'communication', label: 'Large print', metBy: { organisation: true } },
  { id: 'EASY_READ', group: 'communication', label: 'Easy read', metBy: { organisation: true } },
  { id: 'EXTRA_TIME', group: 'communication', label: 'Needs extra time to talk and understand', metBy: { organisation: true } },
  // Getting about
  { id: 'WHEELCHAIR_USER', group: 'mobility', label: 'Uses a wheelchair', metBy: { skills: ['WHEELCHAIR_EXPERIENCED'], venue: ['STEP_FREE', 'ACCESSIBLE_TOILET'] }, appliesTo: ['IN_PERSON'], whenGoingOut: true },
  { id: 'STEP_FREE', group: 'mobility', label: 'Needs step-free access', metBy: { venue: ['STEP_FREE'] }, appliesTo: ['IN_PERSON'] },
  { id: 'SHORT_WALK', group: 'mobility', label: 'Can only walk a short distance', metBy: { skills: ['DRIVES_CAR'], venue: ['PARKING'] }, appliesTo: ['IN_PERSON'], whenGoingOut: true },
  { id: 'SEATING', group: 'mobility', label: 'Needs somewhere to sit', metBy: { venue: ['SEATING'] }, appliesTo: ['IN_PERSON'] },
  { id: 'ARM_TO_LEAN_ON', group: 'mobility', label: 'Needs an arm to lean on', metBy: { skills: ['MOBILITY_SUPPORT'] }, appliesTo: ['IN_PERSON'], whenGoingOut: true },
  { id: 'NEEDS_LIFT', group: 'transport', label: 'Needs a lift to get there', metBy: { skills: ['DRIVES_CAR'] }, appliesTo: ['IN_PERSON'], whenGoingOut: true },
  { id: 'NO_PUBLIC_TRANSPORT', group: 'transport', label: 'Cannot use public transport', metBy: { skills: ['DRIVES_CAR'] }, appliesTo: ['IN_PERSON'], whenGoingOut: true },
  // Sight
  { id: 'VISUAL_IMPAIRMENT', group: 'sight', label: 'Blind or partially sighted', metBy: { skills: ['SIGHTED_GUIDE'] }, appliesTo: ['IN_PERSON'], whenGoingOut: true },
  { id: 'ASSISTANCE_DOG', group: 'sight', label: 'Has an assistance dog', metBy: { skills: ['DOG_FRIENDLY'], venue: ['ASSISTANCE_DOGS'] }, appliesTo: ['IN_PERSON'] },
  // Memory and surroundings
  { id: 'MEMORY_SUPPORT', group: 'memory', label: 'Needs reminders and memory support', metBy: { skills: ['DEMENTIA_AWARE'] } },
  { id: 'QUIET_ENVIRONMENT', group: 'memory', label: 'Needs a quiet place', metBy: { venue: ['QUIET_SPACE'] }, appliesTo: ['IN_PERSON'] },
] as const satisfies ReadonlyArray<{
  id: string;
  group: string;
  label: string;
  metBy: { skills?: readonly VolunteerSkill[]; venue?: readonly VenueFeature[]; contactModes?: readonly ContactMode[]; organisation?: true };
  appliesTo?: readonly ContactMode[];
  whenGoingOut?: true;
}>;

export type AccessNeedId = (typeof ACCESS_NEEDS)[number]['id'];
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

export const ACCESS_NEED_GROUPS = [
  { id: 'communication', label: 'Communication' },
  { id: 'mobility', label: 'Getting about' },
  { id: 'transport', label: 'Transport' },
  { id: 'sight', label: 'Sight' },
  { id: 'memory', label: 'Memory and surroundings' },
] as const;

const needById = new Map<string, AccessNeed>(ACCESS_NEEDS.map((n) => [n.id, n]));

export function accessNeed(id: AccessNeedId): AccessNeed {
  const found = needById.get(id);
  if (!found) throw new Error(`Unknown access need ${id}`);
  return found;
}

export function isAccessNeedId(value: string): value is AccessNeedId {
  return needById.has(value);
}

/** The volunteer skills a set of needs requires when two people meet in these ways (and go out, or not). */
export function requiredSkills(needs: readonly AccessNeedId[], modes: readonly ContactMode[], goingOut: boolean): VolunteerSkill[] {
  const skills = new Set<VolunteerSkill>();
  for (const id of needs) {
    const need = accessNeed(id);
    const applies =
      (!('appliesTo' in need) || need.appliesTo.some((m) => modes.includes(m))) && (!('whenGoingOut' in need) || goingOut);
    if (applies && 'skills' in need.metBy) for (const s of need.metBy.skills) skills.add(s);
  }
  return [...skills];
}

/** The venue features a set of needs requires at an activity. */
export function requiredVenueFeatures(needs: readonly AccessNeedId[]): VenueFeature[] {
  const features = new Set<VenueFeature>();
  for (const id of needs) {
    const need = accessNeed(id);
    if ('venue' in need.metBy) for (const f of need.metBy.venue) features.add(f);
  }
  return [...features];
}
