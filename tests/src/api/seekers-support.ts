/**
 * Operations and helpers for the seekers tests: the GraphQL the web app sends, and short ways to
 * bring a person seeking company to a given point (about me saved, waiting for a befriender,
 * referred by a link worker) through the API.
 */
import { expectSuccess } from '../support/assertions.ts';
import type { SignedIn } from '../support/factories.ts';
import type { Person } from '../support/kindred.ts';

const PROFILE = 'interests accessNeeds contactModes languages availabilityMask postcode area travelRadiusKm';
const ABOUT_ME = `name whatMattersToMe volunteerGender preferredLanguages otherPreferences
  profile { ${PROFILE} }
  contact { phone email address preferredContact }`;
const REQUEST = `id kind status closedReason activityId activityTitle sessionStartsAt contactModes notes createdAt statusChangedAt
  queue { position ahead inQueue inWords typicalWaitWeeks typicalWaitInWords }`;
const CONSENT = 'id purpose lawfulBasis specialCategoryCondition agreedWords agreedOn recordedOnBehalf recordedByName recordedAt withdrawnAt';
const SEEKER = `id hasAccount lastContactedAt scheme { id name }
  aboutMe { ${ABOUT_ME} }
  referral { route referredByName at }
  requests { ${REQUEST} }
  consents { ${CONSENT} }
  contacts { id contactedAt method note recordedByName }`;
const MY_SUPPORT_FIELDS = `scheme { id name } aboutMe { ${ABOUT_ME} } requests { ${REQUEST} } consents { ${CONSENT} }`;

export const MY_SUPPORT = `query MySupport($schemeId: ID) { mySupport(schemeId: $schemeId) { ${MY_SUPPORT_FIELDS} } }`;
export const UPDATE_MY_ABOUT_ME = `mutation UpdateMyAboutMe($input: UpdateMyAboutMeInput!) { updateMyAboutMe(input: $input) { ${MY_SUPPORT_FIELDS} } }`;
export const ASK_FOR_SUPPORT = `mutation AskForSupport($input: AskForSupportInput!) { askForSupport(input: $input) { ${REQUEST} } }`;
export const WITHDRAW_MY_REQUEST = `mutation WithdrawMyRequest($requestId: ID!) { withdrawMyRequest(requestId: $requestId) { ${REQUEST} } }`;
export const WITHDRAW_MY_CONSENT = `mutation WithdrawMyConsent($consentId: ID!) { withdrawMyConsent(consentId: $consentId) { ${CONSENT} } }`;

export const SEEKER_QUERY = `query Seeker($id: ID!) { seeker(id: $id) { ${SEEKER} } }`;
export const WAITING_LIST = `query WaitingList($schemeId: ID!) { waitingList(schemeId: $schemeId) { seekerId name lastContactedAt request { ${REQUEST} } } }`;
export const REFER_PERSON = `mutation ReferPerson($input: ReferPersonInput!) { referPerson(input: $input) { ${SEEKER} } }`;
export const RECORD_CONTACT = `mutation RecordContact($input: RecordContactInput!) { recordContact(input: $input) { ${SEEKER} } }`;
export const RECORD_CONSENT = `mutation RecordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { ${CONSENT} } }`;
export const WITHDRAW_CONSENT = `mutation WithdrawConsent($consentId: ID!) { withdrawConsent(consentId: $consentId) { ${CONSENT} } }`;

export type QueuePlace = { position: number; ahead: number; inQueue: number; inWords: string; typicalWaitWeeks: number | null; typicalWaitInWords: string | null };
export type SupportRequest = {
  id: string;
  kind: string;
  status: string;
  closedReason: string | null;
  activityId: string | null;
  activityTitle: string | null;
  sessionStartsAt: string | null;
  contactModes: string[];
  notes: string | null;
  createdAt: string;
  queue: QueuePlace | null;
};
export type Consent = {
  id: string;
  purpose: string;
  lawfulBasis: string;
  specialCategoryCondition: string | null;
  agreedWords: string;
  agreedOn: string;
  recordedOnBehalf: boolean;
  recordedByName: string;
  withdrawnAt: string | null;
};
export type AboutMe = {
  name: string;
  whatMattersToMe: string | null;
  volunteerGender: string;
  preferredLanguages: string[];
  otherPreferences: string | null;
  profile: { interests: string[]; accessNeeds: string[]; contactModes: string[]; languages: string[]; availabilityMask: number; postcode: string | null; area: string | null };
  contact: { phone: string | null; email: string | null; address: string | null; preferredContact: string | null };
};
export type MySupport = { scheme: { id: string; name: string }; aboutMe: AboutMe; requests: SupportRequest[]; consents: Consent[] };
export type SeekerRecord = {
  id: string;
  hasAccount: boolean;
  lastContactedAt: string | null;
  scheme: { id: string; name: string };
  aboutMe: AboutMe;
  referral: { route: string; referredByName: string | null; at: string };
  requests: SupportRequest[];
  consents: Consent[];
  contacts: Array<{ id: string; contactedAt: string; method: string; note: string | null; recordedByName: string }>;
};
export type WaitingListEntry = { seekerId: string; name: string; lastContactedAt: string | null; request: SupportRequest };

/** Today in London, as YYYY-MM-DD. */
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** A person's own answers, as Margaret might give them. */
export const ABOUT_MARGARET = {
  whatMattersToMe: 'My garden, my grandchildren and a good natter. I used to sing in the chapel choir.',
  profile: {
    interests: ['gardening', 'singing', 'chatting'],
    accessNeeds: ['TEXT_CONTACT', 'SHORT_WALK'],
    contactModes: ['IN_PERSON', 'TEXT'],
    languages: ['en'],
    weeklyAvailability: [{ day: 'TUE', part: 'AFTERNOON' }, { day: 'THU', part: 'MORNING' }],
    postcode: 'HX7 8AF',
  },
  volunteerGender: 'WOMAN',
  contact: { phone: '07700 900123', preferredContact: 'TEXT' },
  agreeToRecordNeeds: true,
};

export async function mySupport(client: Person): Promise<MySupport> {
  return expectSuccess(await client.graphql<{ mySupport: MySupport }>(MY_SUPPORT)).mySupport;
}

export async function saveAboutMe(client: Person, input: Record<string, unknown> = ABOUT_MARGARET): Promise<MySupport> {
  return expectSuccess(await client.graphql<{ updateMyAboutMe: MySupport }>(UPDATE_MY_ABOUT_ME, { input })).updateMyAboutMe;
}

export async function askForBefriender(client: Person, extra: Record<string, unknown> = {}): Promise<SupportRequest> {
  const input = { kind: 'BEFRIENDING', contactModes: ['IN_PERSON', 'PHONE'], agreeToShareWithVolunteer: true, ...extra };
  return expectSuccess(await client.graphql<{ askForSupport: SupportRequest }>(ASK_FOR_SUPPORT, { input })).askForSupport;
}

/** A person who has told us about themself and is waiting for a befriender. */
export async function waitingSeeker(seeker: SignedIn): Promise<{ request: SupportRequest; support: MySupport }> {
  await saveAboutMe(seeker.client);
  const request = await askForBefriender(seeker.client);
  return { request, support: await mySupport(seeker.client) };
}

/** Consent a link worker records as given on the phone today. */
export function consentGiven(purpose: string, overrides: Record<string, unknown> = {}) {
  const special = purpose !== 'REFERRAL';
  return {
    purpose,
    lawfulBasis: 'PUBLIC_TASK',
    ...(special ? { specialCategoryCondition: 'HEALTH_OR_SOCIAL_CARE' } : {}),
    agreedWords: 'I explained what Kindred is, who sees their details and that they can change their mind at any time. They agreed.',
    agreedOn: today(),
    ...overrides,
  };
}

/** A complete referral of a person with no account, with every consent it needs. */
export function referral(schemeId: string, overrides: Record<string, unknown> = {}) {
  return {
    schemeId,
    name: 'Ellen Greenwood',
    contact: { phone: '01422 845123', address: '4 Mill Lane, Hebden Bridge', preferredContact: 'PHONE' },
    whatMattersToMe: 'Ellen was a weaver at the mill for forty years. She misses having people to talk to about the old days.',
    profile: { interests: ['local-history', 'reminiscence'], accessNeeds: ['LIP_READING'], contactModes: ['IN_PERSON'], postcode: 'HX7 6AB' },
    request: { kind: 'BEFRIENDING', contactModes: ['IN_PERSON'] },
    consents: [consentGiven('REFERRAL'), consentGiven('SHARE_WITH_VOLUNTEER'), consentGiven('ACCESS_NEEDS')],
    ...overrides,
  };
}

export async function refer(client: Person, schemeId: string, overrides: Record<string, unknown> = {}): Promise<SeekerRecord> {
  return expectSuccess(await client.graphql<{ referPerson: SeekerRecord }>(REFER_PERSON, { input: referral(schemeId, overrides) })).referPerson;
}

export async function seekerRecord(client: Person, id: string): Promise<SeekerRecord> {
  return expectSuccess(await client.graphql<{ seeker: SeekerRecord }>(SEEKER_QUERY, { id })).seeker;
}

export async function waitingListOf(client: Person, schemeId: string): Promise<WaitingListEntry[]> {
  return expectSuccess(await client.graphql<{ waitingList: WaitingListEntry[] }>(WAITING_LIST, { schemeId })).waitingList;
}
