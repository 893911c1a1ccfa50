import type { Coordinates } from '../place.js';
import { ACCESS_NEEDS, VOLUNTEER_SKILLS, type AccessNeedId, type VolunteerSkill } from '../vocabulary/access-needs.js';
import { DAYS, PARTS_OF_DAY, slotBit } from '../vocabulary/availability.js';
import type { ContactMode, SupportKind } from '../vocabulary/contact.js';
import { INTERESTS, type InterestId } from '../vocabulary/interests.js';
import type { LanguageId } from '../vocabulary/languages.js';
import { FIRST_NAMES, SURNAMES } from './names.js';
import { seededRandom, type Random } from './random.js';

/**
 * Generated volunteers and people seeking support with realistic spreads of interests, needs,
 * skills and times, around a place. One generator serves the demo data, the tests, the benchmarks
 * and the load test, so they all exercise the same kind of population.
 */
export type SyntheticVolunteer = {
  firstName: string;
  lastName: string;
  location: Coordinates;
  travelRadiusKm: number;
  interests: InterestId[];
  skills: VolunteerSkill[];
  languages: LanguageId[];
  contactModes: ContactMode[];
  offers: SupportKind[];
  availabilityMask: number;
  capacity: number;
  gender: string | null;
};

export type SyntheticSeeker = {
  firstName: string;
  lastName: string;
  location: Coordinates;
  travelRadiusKm: number;
  interests: InterestId[];
  accessNeeds: AccessNeedId[];
  languages: LanguageId[];
  contactModes: ContactMode[];
  availabilityMask: number;
  preferredGenders: string[];
  waitingSince: Date;
};

// How often each skill and need turns up; rough, but in proportion to what schemes report.
const SKILL_CHANCE: Record<VolunteerSkill, number> = {
  SIGNS_BSL: 0.03,
  DEAF_AWARE: 0.15,
  DRIVES_CAR: 0.4,
  WHEELCHAIR_EXPERIENCED: 0.1,
  MOBILITY_SUPPORT: 0.3,
  SIGHTED_GUIDE: 0.03,
  DEMENTIA_AWARE: 0.2,
  DOG_FRIENDLY: 0.5,
};
const NEED_CHANCE: Partial<Record<AccessNeedId, number>> = {
  TEXT_CONTACT: 0.08, BSL: 0.02, LIP_READING: 0.06, HEARING_LOOP: 0.05, LARGE_PRINT: 0.1, EASY_READ: 0.05, EXTRA_TIME: 0.1,
  WHEELCHAIR_USER: 0.08, STEP_FREE: 0.12, SHORT_WALK: 0.2, SEATING: 0.15, ARM_TO_LEAN_ON: 0.1, NEEDS_LIFT: 0.15,
  NO_PUBLIC_TRANSPORT: 0.1, VISUAL_IMPAIRMENT: 0.04, ASSISTANCE_DOG: 0.01, MEMORY_SUPPORT: 0.08, QUIET_ENVIRONMENT: 0.05,
};

/** A point within `radiusKm` of `centre`, spread evenly over the disc. */
function pointNear(random: Random, centre: Coordinates, radiusKm: number): Coordinates {
  const r = radiusKm * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const dLat = (r * Math.cos(angle)) / 111.32;
  const dLon = (r * Math.sin(angle)) / (111.32 * Math.cos((centre.latitude * Math.PI) / 180));
  return { latitude: centre.latitude + dLat, longitude: centre.longitude + dLon };
}

/** Earlier interests in the list are a little more popular, as real interests are. */
function someInterests(random: Random, min: number, max: number): InterestId[] {
  const weighted = INTERESTS.map((i, index) => [i.id, 1 / (1 + index / 15)] as const);
  const chosen = new Set<InterestId>();
  const count = random.int(min, max);
  while (chosen.size < count) chosen.add(random.weighted(weighted));
  return [...chosen];
}

function someSlots(random: Random, min: number, max: number, daytimeBias: number): number {
  let mask = 0;
  const count = random.int(min, max);
  for (let i = 0; i < count; i++) {
    const part = random.chance(daytimeBias) ? random.pick(PARTS_OF_DAY.slice(0, 2)) : random.pick(PARTS_OF_DAY);
    mask |= slotBit({ day: random.pick(DAYS).id, part: part.id });
  }
  return mask;
}

function modes(random: Random, chances: Record<ContactMode, number>): ContactMode[] {
  const chosen = (Object.keys(chances) as ContactMode[]).filter((m) => random.chance(chances[m]));
  return chosen.length > 0 ? chosen : ['PHONE'];
}

function languages(random: Random, englishOnly: number): LanguageId[] {
  if (random.chance(englishOnly)) return ['en'];
  const other = random.pick(['pl', 'ur', 'pa', 'bn', 'ro', 'ar'] as const);
  return random.chance(0.7) ? ['en', other] : [other];
}

export function syntheticVolunteers(options: { seed: number; count: number; centre: Coordinates; spreadKm: number }): SyntheticVolunteer[] {
  const random = seededRandom(options.seed);
  return Array.from({ length: options.count }, () => ({
    firstName: random.pick(FIRST_NAMES),
    lastName: random.pick(SURNAMES),
    location: pointNear(random, options.centre, options.spreadKm),
    travelRadiusKm: random.int(3, 15),
    interests: someInterests(random, 3, 7),
    skills: VOLUNTEER_SKILLS.map((s) => s.id).filter((s) => random.chance(SKILL_CHANCE[s])),
    languages: languages(random, 0.9),
    contactModes: modes(random, { IN_PERSON: 0.8, PHONE: 0.7, VIDEO: 0.3, TEXT: 0.4, LETTER: 0.1 }),
    offers: random.chance(0.3) ? ['BEFRIENDING', 'FIRST_SESSION_COMPANION'] : [random.chance(0.8) ? 'BEFRIENDING' : 'FIRST_SESSION_COMPANION'],
    availabilityMask: someSlots(random, 2, 7, 0.5),
    capacity: random.weighted([[1, 6], [2, 3], [3, 1]]),
    gender: random.weighted([['woman', 65], ['man', 30], ['non-binary', 2], [null, 3]]),
  }));
}

export function syntheticSeekers(options: { seed: number; count: number; centre: Coordinates; spreadKm: number; now: Date }): SyntheticSeeker[] {
  const random = seededRandom(options.seed);
  const needIds = ACCESS_NEEDS.map((n) => n.id);
  return Array.from({ length: options.count }, () => ({
    firstName: random.pick(FIRST_NAMES),
    lastName: random.pick(SURNAMES),
    location: pointNear(random, options.centre, options.spreadKm),
    travelRadiusKm: random.int(2, 10),
    interests: someInterests(random, 2, 6),
    accessNeeds: needIds.filter((n) => random.chance(NEED_CHANCE[n] ?? 0)),
    languages: languages(random, 0.93),
    contactModes: modes(random, { IN_PERSON: 0.75, PHONE: 0.6, VIDEO: 0.1, TEXT: 0.2, LETTER: 0.1 }),
    availabilityMask: someSlots(random, 3, 10, 0.8),
    preferredGenders: random.weighted([[[], 82], [['woman'], 15], [['man'], 3]]),
    waitingSince: new Date(options.now.getTime() - random.int(0, 20 * 7 * 24) * 3_600_000),
  }));
}
