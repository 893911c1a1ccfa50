import { normalisePostcode, TIME_BANDS, type ContactMode, type TimeBand, type VolunteerSkill } from '@kindred/shared';

export const DRIVE_TITLE_MAX = 120;
export const DRIVE_MESSAGE_MIN = 20;
export const DRIVE_MESSAGE_MAX = 1000;
export const DRIVE_AREAS_MAX = 12;
const SUGGESTION_KEY_MAX = 200;

/** "ls 6" → "LS6"; the postcode district other people may see. */
export function normaliseArea(input: string): string {
  return input.toUpperCase().replace(/\s+/g, '');
}

/** An outward code is what comes before the space of a full postcode: checked with the shared postcode rule. */
export function isOutwardCode(area: string): boolean {
  return area.length > 0 && normalisePostcode(`${area} 1AA`) !== null;
}

export type DriveDetails = { title: string; message: string; areas: string[]; fromSuggestion?: string | null | undefined };

/** What is wrong with a drive's details, per field, in words a community builder can act on. */
export function driveProblems(details: DriveDetails): Record<string, string | null> {
  const title = details.title.trim();
  const message = details.message.trim();
  const areas = details.areas.map(normaliseArea).filter((a) => a !== '');
  const wrongArea = areas.find((a) => !isOutwardCode(a));
  return {
    title: title === '' ? 'Enter a title for the drive' : title.length > DRIVE_TITLE_MAX ? `Title must be ${DRIVE_TITLE_MAX} characters or fewer` : null,
    message:
      message.length < DRIVE_MESSAGE_MIN
        ? `Write a message of at least ${DRIVE_MESSAGE_MIN} characters for the people you hope to reach`
        : message.length > DRIVE_MESSAGE_MAX
          ? `Message must be ${DRIVE_MESSAGE_MAX} characters or fewer`
          : null,
    areas: wrongArea
      ? `“${wrongArea}” is not a postcode district. Enter each area as the first part of a postcode, like LS6`
      : areas.length > DRIVE_AREAS_MAX
        ? `Choose ${DRIVE_AREAS_MAX} areas or fewer`
        : null,
    fromSuggestion: (details.fromSuggestion?.length ?? 0) > SUGGESTION_KEY_MAX ? 'That suggestion could not be used. Start the drive without it.' : null,
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** The drive's lists as stored: areas normalised, nothing twice. */
export function cleanLists<T extends { areas: string[]; skills: VolunteerSkill[]; bands: TimeBand[]; contactModes: ContactMode[] }>(input: T) {
  return {
    areas: unique(input.areas.map(normaliseArea).filter((a) => a !== '')),
    skills: unique(input.skills),
    bands: unique(input.bands),
    contactModes: unique(input.contactModes),
  };
}

/** Each skill as the people a drive is looking for, in plain words. */
const SKILL_PEOPLE: Record<VolunteerSkill, string> = {
  SIGNS_BSL: 'People who sign British Sign Language (BSL)',
  DEAF_AWARE: 'People who are deaf aware',
  DRIVES_CAR: 'People who drive',
  WHEELCHAIR_EXPERIENCED: 'People confident helping with a wheelchair',
  MOBILITY_SUPPORT: 'People happy to walk slowly and offer an arm to lean on',
  SIGHTED_GUIDE: 'Trained sighted guides',
  DEMENTIA_AWARE: 'People who are dementia aware',
  DOG_FRIENDLY: 'People comfortable with assistance dogs',
};

const REMOTE_WORDS: Record<Exclude<ContactMode, 'IN_PERSON'>, string> = {
  PHONE: 'phone',
  VIDEO: 'video call',
  TEXT: 'text message',
  LETTER: 'letter',
};

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** What the drive is looking for, as a public page says it: "People who drive", "Near LS6", "Free weekday evenings". */
export function lookingFor(drive: { areas: readonly string[]; skills: readonly VolunteerSkill[]; bands: readonly TimeBand[]; contactModes: readonly ContactMode[] }): string[] {
  const words: string[] = drive.skills.map((skill) => SKILL_PEOPLE[skill]);
  if (drive.areas.length > 0) words.push(`Near ${orList(drive.areas)}`);
  const bands = TIME_BANDS.filter((b) => drive.bands.includes(b.id)).map((b) => b.label);
  if (bands.length > 0) words.push(`Free ${orList(bands)}`);
  if (drive.contactModes.includes('IN_PERSON')) words.push('Meeting people in person');
  const remote = (Object.keys(REMOTE_WORDS) as Array<keyof typeof REMOTE_WORDS>).filter((m) => drive.contactModes.includes(m));
  if (remote.length > 0) words.push(`Keeping in touch by ${orList(remote.map((m) => REMOTE_WORDS[m]))}`);
  return words;
}
