import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ADDRESS_MAX_LENGTH,
  emailProblem,
  freeTextProblem,
  isLanguageId,
  normaliseEmail,
  OTHER_PREFERENCES_MAX_LENGTH,
  phoneProblem,
  WHAT_MATTERS_MAX_LENGTH,
  type ReachBy,
  type VolunteerGenderPreference,
} from '@kindred/shared';
import type { Viewer } from '../accounts/sessions.js';
import { badInput, ErrorCode, KindredError, type FieldProblem } from '../graphql/errors.js';
import { updateProfile } from '../people/profile.service.js';
import type { ProfileDetailsInput } from '../people/profile.types.js';
import type { Geocoder } from '../place/geocoder.js';
import { addOwnConsent, hasActiveConsent } from './consent.service.js';
import { ensureOwnSeeker, ownSchemeId } from './seeker-access.js';
import type { Seeker } from './seeker.entity.js';

export type ContactChanges = { phone?: string; email?: string; address?: string; preferredContact?: ReachBy };

export type AboutMeChanges = {
  whatMattersToMe?: string;
  profile?: ProfileDetailsInput;
  volunteerGender?: VolunteerGenderPreference;
  preferredLanguages?: string[];
  otherPreferences?: string;
  contact?: ContactChanges;
};

/** Whose answers these are: the person's own ("your") or a link worker's about them ("their"). */
export type Voice = 'self' | 'staff';

const WORDS = {
  self: { whatMatters: 'What matters to you', other: 'Anything else about your volunteer', address: 'Your address', them: 'for us to contact you', your: 'your' },
  staff: { whatMatters: 'What matters to them', other: 'Anything else about their volunteer', address: 'Their address', them: 'to contact them', your: 'their' },
} as const;

const DETAIL_FOR: Record<ReachBy, 'phone' | 'email' | 'address'> = { PHONE: 'phone', TEXT: 'phone', EMAIL: 'email', LETTER: 'address' };
const DETAIL_NAME = { phone: 'phone number', email: 'email address', address: 'address' } as const;

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Checks every answer given and copies each onto the seeker, adding every problem to `problems`.
 * Only fields the input declares are copied. The caller throws if there are problems, before any flush.
 */
export async function applyAboutMe(
  seeker: Seeker,
  changes: AboutMeChanges,
  options: { geocoder: Geocoder; voice: Voice; problems: FieldProblem[]; accountEmail?: string },
): Promise<void> {
  const { problems, voice } = options;
  const words = WORDS[voice];
  const check = (field: string, problem: string | null) => problem && problems.push({ field, message: problem });

  if (changes.whatMattersToMe !== undefined) {
    check('whatMattersToMe', freeTextProblem(changes.whatMattersToMe, WHAT_MATTERS_MAX_LENGTH, words.whatMatters));
    seeker.whatMattersToMe = blankToNull(changes.whatMattersToMe);
  }
  if (changes.otherPreferences !== undefined) {
    check('otherPreferences', freeTextProblem(changes.otherPreferences, OTHER_PREFERENCES_MAX_LENGTH, words.other));
    seeker.otherPreferences = blankToNull(changes.otherPreferences);
  }
  if (changes.volunteerGender !== undefined) seeker.volunteerGender = changes.volunteerGender;
  if (changes.preferredLanguages !== undefined) {
    if (changes.preferredLanguages.every(isLanguageId)) seeker.preferredLanguages = [...new Set(changes.preferredLanguages)];
    else check('preferredLanguages', 'Choose languages from the list');
  }
  if (changes.contact) applyContact(seeker, changes.contact, voice, check, options.accountEmail);
  if (changes.profile) {
    try {
      await updateProfile(seeker.profile, changes.profile, options.geocoder, 'profile');
    } catch (error) {
      if (!(error instanceof KindredError) || error.extensions.code !== ErrorCode.BAD_USER_INPUT) throw error;
      problems.push(...((error.extensions.fields as FieldProblem[] | undefined) ?? []));
    }
  }
  seeker.updatedAt = new Date();
}

function applyContact(
  seeker: Seeker,
  contact: ContactChanges,
  voice: Voice,
  check: (field: string, problem: string | null) => unknown,
  accountEmail?: string,
): void {
  const words = WORDS[voice];
  // GraphQL lets a client send null for a detail; that means "remove it", as an empty answer does.
  contact = Object.fromEntries(Object.entries(contact).map(([key, value]) => [key, key !== 'preferredContact' && value === null ? '' : value]));
  if (contact.phone !== undefined) {
    check('contact.phone', phoneProblem(contact.phone));
    seeker.phone = blankToNull(contact.phone);
  }
  if (contact.email !== undefined) {
    const email = contact.email.trim();
    check('contact.email', email === '' ? null : emailProblem(email));
    seeker.email = email === '' ? null : normaliseEmail(email);
  }
  if (contact.address !== undefined) {
    check('contact.address', freeTextProblem(contact.address, ADDRESS_MAX_LENGTH, words.address));
    seeker.address = blankToNull(contact.address);
  }
  if (contact.preferredContact !== undefined) seeker.preferredContact = contact.preferredContact;
  // The preferred way must be one we can use.
  const preferred = seeker.preferredContact;
  if (preferred) {
    const detail = DETAIL_FOR[preferred];
    const have = detail === 'email' ? (seeker.email ?? accountEmail) : seeker[detail];
    if (!have) check(`contact.${detail}`, `Enter ${words.your} ${DETAIL_NAME[detail]}, or choose another way ${words.them}`);
  }
}

/** A person saves answers about themself. The first time they give access needs, they agree we may record them. */
export async function updateMyAboutMe(
  deps: { em: EntityManager; geocoder: Geocoder },
  viewer: Viewer,
  input: AboutMeChanges & { schemeId?: string; agreeToRecordNeeds?: boolean },
): Promise<Seeker> {
  const seeker = await ensureOwnSeeker(deps.em, viewer, ownSchemeId(viewer, input.schemeId));
  const problems: FieldProblem[] = [];
  const givingNeeds = (input.profile?.accessNeeds?.length ?? 0) > 0;
  const agreed = givingNeeds && (await hasActiveConsent(deps.em, seeker, 'ACCESS_NEEDS'));
  if (givingNeeds && !agreed && input.agreeToRecordNeeds !== true) {
    problems.push({
      field: 'agreeToRecordNeeds',
      message: 'Tick the box to agree that we can record what helps you take part, or untick the needs',
    });
  }
  await applyAboutMe(seeker, input, { geocoder: deps.geocoder, voice: 'self', problems, accountEmail: viewer.email });
  if (problems.length > 0) throw badInput(problems);
  if (givingNeeds && !agreed) addOwnConsent(deps.em, seeker, viewer, 'ACCESS_NEEDS');
  await deps.em.flush();
  return seeker;
}
