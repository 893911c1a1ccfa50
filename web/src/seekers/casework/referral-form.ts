import {
  consentPurpose,
  emailProblem,
  personNameProblem,
  phoneProblem,
  type ConsentPurpose,
} from '@kindred/shared';
import type { AccessNeed, ContactMode, ReachBy, ReferPersonInput, SupportKind, VolunteerGenderPreference } from '../../gql/graphql';
import type { FormProblems } from '../../ui/form-problems';
import { checkConsent, CONSENT_FIELD_IDS, consentInput, emptyConsent, type ConsentField, type ConsentValues } from '../fields/ConsentFacts';
import type { WeekSlot as Slot } from '../../ui/WeekGrid';

export type ReferralValues = {
  name: string;
  phone: string;
  email: string;
  address: string;
  preferredContact: string;
  kind: string;
  session: string;
  contactModes: ContactMode[];
  whatMattersToMe: string;
  interests: string[];
  accessNeeds: AccessNeed[];
  weeklyAvailability: Slot[];
  postcode: string;
  volunteerGender: string;
  consents: string[];
  consent: ConsentValues;
};

export type ReferralField = Exclude<keyof ReferralValues, 'consent'> | ConsentField;

/** Each field's control, in page order, for the error summary. */
export const REFERRAL_FIELD_IDS: Record<ReferralField, string> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  address: 'address',
  preferredContact: 'preferredContact',
  kind: 'kind',
  session: 'session',
  contactModes: 'contactModes',
  whatMattersToMe: 'whatMattersToMe',
  interests: 'interests',
  accessNeeds: 'accessNeeds',
  weeklyAvailability: 'weeklyAvailability',
  postcode: 'postcode',
  volunteerGender: 'volunteerGender',
  consents: 'consents',
  ...CONSENT_FIELD_IDS,
};

export function emptyReferral(): ReferralValues {
  return {
    name: '',
    phone: '',
    email: '',
    address: '',
    preferredContact: '',
    kind: '',
    session: '',
    contactModes: [],
    whatMattersToMe: '',
    interests: [],
    accessNeeds: [],
    weeklyAvailability: [],
    postcode: '',
    volunteerGender: 'NO_PREFERENCE',
    consents: [],
    consent: emptyConsent(),
  };
}

const DETAIL_FOR: Record<string, 'phone' | 'email' | 'address'> = { PHONE: 'phone', TEXT: 'phone', EMAIL: 'email', LETTER: 'address' };
const DETAIL_NAME = { phone: 'phone number', email: 'email address', address: 'address' };

export const specialIn = (purposes: readonly string[]) => purposes.some((p) => consentPurpose(p as ConsentPurpose).specialCategory);

/** The same checks as the API, so most problems show before anything is sent. */
export function checkReferral(v: ReferralValues): FormProblems<ReferralField> {
  const fields: Partial<Record<ReferralField, string>> = {};
  const put = (field: ReferralField, message: string | null) => {
    if (message && !fields[field]) fields[field] = message;
  };
  put('name', personNameProblem(v.name));
  if (![v.phone, v.email, v.address].some((d) => d.trim())) {
    put('phone', 'Enter at least one way to contact them: a phone number, an email address or a postal address');
  }
  put('phone', phoneProblem(v.phone));
  if (v.email.trim()) put('email', emailProblem(v.email));
  const detail = DETAIL_FOR[v.preferredContact];
  if (detail && !v[detail].trim()) put(detail, `Enter their ${DETAIL_NAME[detail]}, or choose another way to contact them`);
  put('kind', v.kind ? null : 'Select what they would like');
  put('session', v.kind === 'FIRST_SESSION_COMPANION' && !v.session ? 'Choose the session they would like someone to go with them to' : null);
  put('contactModes', v.contactModes.length ? null : 'Select at least one way they would like to keep in touch');
  if (!v.consents.includes('REFERRAL')) put('consents', 'Record that they agreed to being referred, and to Kindred keeping their details');
  if (!v.consents.includes('SHARE_WITH_VOLUNTEER')) put('consents', 'Record that they agreed to sharing their details with a volunteer');
  if (v.accessNeeds.length && !v.consents.includes('ACCESS_NEEDS')) {
    put('consents', 'Record that they agreed to recording their access needs, or remove the needs');
  }
  for (const [field, message] of Object.entries(checkConsent(v.consent, v.consents as ConsentPurpose[]))) put(field as ConsentField, message);
  return { fields, general: [] };
}

export function referralInput(schemeId: string, v: ReferralValues): ReferPersonInput {
  const [activityId, sessionStartsAt] = v.session.split('|');
  const companion = v.kind === 'FIRST_SESSION_COMPANION';
  return {
    schemeId,
    name: v.name,
    contact: { phone: v.phone, email: v.email, address: v.address, ...(v.preferredContact ? { preferredContact: v.preferredContact as ReachBy } : {}) },
    whatMattersToMe: v.whatMattersToMe,
    profile: {
      interests: v.interests,
      accessNeeds: v.accessNeeds,
      contactModes: v.contactModes,
      weeklyAvailability: v.weeklyAvailability,
      ...(v.postcode.trim() ? { postcode: v.postcode } : {}),
    },
    volunteerGender: v.volunteerGender as VolunteerGenderPreference,
    request: {
      kind: v.kind as SupportKind,
      contactModes: v.contactModes,
      ...(companion && activityId && sessionStartsAt ? { activityId, sessionStartsAt } : {}),
    },
    consents: v.consents.map((purpose) => consentInput(v.consent, purpose as ConsentPurpose, consentPurpose(purpose as ConsentPurpose).specialCategory)),
  };
}
