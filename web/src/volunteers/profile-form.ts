import { DAYS, genderProblem, PARTS_OF_DAY, postcodeProblem, type Day, type PartOfDay } from '@kindred/shared';
import type { AgeBand, ContactMode, SupportKind, VolunteerFieldsFragment, VolunteerProfileInput, VolunteerSkill } from '../gql/graphql';
import { checkFields, type FormProblems } from '../ui/form-problems';

/** The travel distance the API accepts, in km (server/src/people/profile.service.ts). */
const MAX_TRAVEL_KM = 80;

export type ProfileValues = {
  offers: string[];
  contactModes: string[];
  capacity: string;
  skills: string[];
  interests: string[];
  languages: string[];
  /** "MON:MORNING" for each ticked box of the weekly grid. */
  availability: string[];
  postcode: string;
  travelRadiusKm: string;
  gender: string;
  ageBand: string;
};

export type ProfileField =
  | 'offers'
  | 'contactModes'
  | 'capacity'
  | 'skills'
  | 'interests'
  | 'languages'
  | 'weeklyAvailability'
  | 'postcode'
  | 'travelRadiusKm'
  | 'gender'
  | 'ageBand';

/** The "I prefer not to say" answer, kept apart from "not answered" so nothing is chosen for the person. */
export const NOT_SAID = 'NOT_SAID';

export const slotKey = (day: string, part: string) => `${day}:${part}`;
export const slotId = (day: string, part: string) => `availability-${day}-${part}`;

/** The control each problem links to, in the order they appear on the page. */
export const PROFILE_FIELD_IDS: Record<ProfileField, string> = {
  offers: 'offers',
  contactModes: 'contactModes',
  capacity: 'capacity',
  skills: 'skills',
  weeklyAvailability: slotId(DAYS[0].id, PARTS_OF_DAY[0].id),
  postcode: 'postcode',
  travelRadiusKm: 'travelRadiusKm',
  interests: 'interests-arts-crafts',
  languages: 'languages',
  gender: 'gender',
  ageBand: 'ageBand',
};

export function profileValuesOf(volunteer: VolunteerFieldsFragment): ProfileValues {
  const slots: string[] = [];
  DAYS.forEach((day, d) =>
    PARTS_OF_DAY.forEach((part, p) => {
      if (volunteer.profile.availabilityMask & (1 << (d * PARTS_OF_DAY.length + p))) slots.push(slotKey(day.id, part.id));
    }),
  );
  return {
    offers: [...volunteer.offers],
    contactModes: [...volunteer.profile.contactModes],
    capacity: String(volunteer.capacity),
    skills: volunteer.skills.map((s) => s.skill),
    interests: [...volunteer.profile.interests],
    languages: [...volunteer.profile.languages],
    availability: slots,
    postcode: volunteer.profile.postcode ?? '',
    travelRadiusKm: volunteer.profile.travelRadiusKm == null ? '' : String(volunteer.profile.travelRadiusKm),
    gender: volunteer.gender ?? '',
    ageBand: volunteer.ageBand ?? '',
  };
}

const kilometres = (value: string) => Number(value.trim().replace(/\s*km$/i, ''));

/** The checks the web can make before sending; the API makes them again. Nothing here is required: saving part is fine. */
export function checkProfile(values: ProfileValues): FormProblems<ProfileField> {
  return checkFields<ProfileField>({
    offers: () => null,
    contactModes: () => null,
    capacity: () => (values.capacity === '' ? 'Choose how many people you could support at once' : null),
    skills: () => null,
    weeklyAvailability: () => null,
    postcode: () => (values.postcode.trim() === '' ? null : postcodeProblem(values.postcode)),
    travelRadiusKm: () => {
      if (values.travelRadiusKm.trim() === '') return null;
      const km = kilometres(values.travelRadiusKm);
      return Number.isFinite(km) && km >= 0 && km <= MAX_TRAVEL_KM
        ? null
        : `Enter a distance in kilometres between 0 and ${MAX_TRAVEL_KM}, like 5`;
    },
    interests: () => null,
    languages: () => null,
    gender: () => genderProblem(values.gender),
    ageBand: () => null,
  });
}

export function profileInputOf(values: ProfileValues): VolunteerProfileInput {
  const weeklyAvailability = values.availability.map((key) => {
    const [day, part] = key.split(':') as [Day, PartOfDay];
    return { day, part };
  });
  return {
    offers: values.offers as SupportKind[],
    skills: values.skills as VolunteerSkill[],
    capacity: Number(values.capacity),
    gender: values.gender.trim(),
    ageBand: values.ageBand === '' || values.ageBand === NOT_SAID ? null : (values.ageBand as AgeBand),
    profile: {
      contactModes: values.contactModes as ContactMode[],
      interests: values.interests,
      languages: values.languages,
      weeklyAvailability,
      ...(values.postcode.trim() !== '' ? { postcode: values.postcode.trim() } : {}),
      ...(values.travelRadiusKm.trim() !== '' ? { travelRadiusKm: kilometres(values.travelRadiusKm) } : {}),
    },
  };
}
