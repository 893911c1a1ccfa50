import type { EntityManager } from '@mikro-orm/postgresql';
import {
  londonIsoDate,
  OWN_CONSENT_WORDS,
  weeklyMask,
  type AccessNeedId,
  type ContactMethod,
  type ContactMode,
  type InterestId,
  type ReachBy,
  type VolunteerGenderPreference,
  type WeeklySlot,
} from '@kindred/shared';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { ProfileDetails } from '../people/profile.embeddable.js';
import { createOfflineGeocoder } from '../place/offline-geocoder.js';
import { ConsentRecord } from './consent-record.entity.js';
import { ContactRecord } from './contact-record.entity.js';
import { Seeker } from './seeker.entity.js';
import { SupportRequest } from './support-request.entity.js';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

type DemoSeeker = {
  scheme: string;
  /** The account's email, or null for a person referred without one. */
  account: string | null;
  name: string;
  referredBy?: string;
  /** For a referred person: what their link worker explained and they agreed. */
  consentWords?: string;
  joinedDaysAgo: number;
  whatMattersToMe: string;
  interests: InterestId[];
  accessNeeds: AccessNeedId[];
  contactModes: ContactMode[];
  free: WeeklySlot[];
  postcode: string;
  travelRadiusKm: number;
  volunteerGender: VolunteerGenderPreference;
  otherPreferences?: string;
  phone?: string;
  address?: string;
  preferredContact: ReachBy;
  /** A befriending request, waiting since this many days ago. */
  waitingDays?: number;
  contacts: Array<{ daysAgo: number; by: string; method: ContactMethod; note: string }>;
};

const CALDER = 'Calder Valley Connect';
const LEEDS = 'Leeds North West Befriending';

const PEOPLE: DemoSeeker[] = [
  {
    scheme: CALDER,
    account: 'seeker@example.org',
    name: 'Margaret Sutcliffe',
    joinedDaysAgo: 66,
    whatMattersToMe:
      'I have lived in Hebden Bridge all my life. My garden keeps me going, and I used to sing in the chapel choir until my hips got bad. I would love someone to have a cup of tea and a natter with, and maybe help me get back to singing.',
    interests: ['gardening', 'singing', 'baking', 'chatting', 'local-history'],
    accessNeeds: ['SHORT_WALK', 'HEARING_LOOP'],
    contactModes: ['IN_PERSON', 'PHONE'],
    free: [{ day: 'TUE', part: 'AFTERNOON' }, { day: 'THU', part: 'AFTERNOON' }, { day: 'SAT', part: 'MORNING' }, { day: 'SAT', part: 'AFTERNOON' }],
    postcode: 'HX7 8AF',
    travelRadiusKm: 2,
    volunteerGender: 'WOMAN',
    phone: '07700 900101',
    preferredContact: 'PHONE',
    waitingDays: 63,
    contacts: [
      { daysAgo: 40, by: 'linkworker@example.org', method: 'PHONE', note: 'Rang to say hello. Margaret is happy to keep waiting and asked about the Tuesday singing group.' },
      { daysAgo: 19, by: 'linkworker@example.org', method: 'PHONE', note: 'Checked in. She is well and still keen.' },
    ],
  },
  {
    scheme: CALDER,
    account: 'derek@example.org',
    name: 'Derek Holroyd',
    joinedDaysAgo: 15,
    whatMattersToMe:
      'I worked on the railway for forty years. Since my wife passed I do not get out much. I like a bit of banter about football and the old days, and I would like to go to a brass band concert again.',
    interests: ['trains', 'brass-bands', 'watching-sport', 'local-history'],
    accessNeeds: ['NO_PUBLIC_TRANSPORT'],
    contactModes: ['IN_PERSON', 'PHONE'],
    free: [{ day: 'MON', part: 'MORNING' }, { day: 'WED', part: 'MORNING' }, { day: 'FRI', part: 'AFTERNOON' }],
    postcode: 'OL14 5AB',
    travelRadiusKm: 5,
    volunteerGender: 'NO_PREFERENCE',
    phone: '01706 800202',
    preferredContact: 'PHONE',
    waitingDays: 14,
    contacts: [],
  },
  {
    scheme: CALDER,
    account: 'joan@example.org',
    name: 'Joan Ackroyd',
    joinedDaysAgo: 37,
    whatMattersToMe:
      'I find talking on the phone hard, but I love writing and getting letters. I paint watercolours of the moors and would like someone to share that with.',
    interests: ['painting', 'letter-writing', 'countryside', 'reading'],
    accessNeeds: ['TEXT_CONTACT', 'EXTRA_TIME'],
    contactModes: ['TEXT', 'LETTER', 'IN_PERSON'],
    free: [{ day: 'WED', part: 'AFTERNOON' }, { day: 'SUN', part: 'AFTERNOON' }],
    postcode: 'HX7 6AA',
    travelRadiusKm: 5,
    volunteerGender: 'NO_PREFERENCE',
    otherPreferences: 'Someone patient who does not mind me taking my time.',
    phone: '07700 900303',
    preferredContact: 'TEXT',
    waitingDays: 35,
    contacts: [{ daysAgo: 8, by: 'linkworker@example.org', method: 'TEXT', note: 'Texted to let Joan know she is near the top of the list. She replied with thanks.' }],
  },
  {
    scheme: CALDER,
    account: null,
    name: 'Ellen Greenwood',
    referredBy: 'linkworker@example.org',
    consentWords:
      'I explained what Kindred is, who would see her details, and that she can change her mind at any time. Ellen agreed, with her daughter there.',
    joinedDaysAgo: 42,
    whatMattersToMe:
      'Ellen was a weaver at the mill for forty years. She misses having people to talk to about the old days, and her cat Tibby is her best friend.',
    interests: ['reminiscence', 'local-history', 'cats', 'knitting'],
    accessNeeds: ['LIP_READING'],
    contactModes: ['IN_PERSON'],
    free: [{ day: 'TUE', part: 'MORNING' }, { day: 'THU', part: 'MORNING' }],
    postcode: 'HX7 8BD',
    // Ellen does not drive; her daughter can take her a few miles around Hebden Bridge.
    travelRadiusKm: 3,
    volunteerGender: 'WOMAN',
    phone: '01422 800404',
    address: '4 Mill Lane, Hebden Bridge',
    preferredContact: 'PHONE',
    waitingDays: 42,
    contacts: [{ daysAgo: 10, by: 'linkworker@example.org', method: 'PHONE', note: 'Spoke to Ellen and her daughter. All well.' }],
  },
  {
    scheme: LEEDS,
    account: 'kwame@example.org',
    name: 'Kwame Mensah',
    joinedDaysAgo: 30,
    whatMattersToMe:
      'I moved to Leeds last year to be near my daughter. I was a nurse for thirty years. I enjoy cooking for people, a good game of chess, and church on Sundays.',
    interests: ['cooking', 'chess', 'faith', 'football', 'current-affairs'],
    accessNeeds: [],
    contactModes: ['IN_PERSON', 'PHONE', 'VIDEO'],
    free: [{ day: 'TUE', part: 'EVENING' }, { day: 'THU', part: 'EVENING' }, { day: 'SAT', part: 'AFTERNOON' }],
    postcode: 'LS6 1AA',
    travelRadiusKm: 5,
    volunteerGender: 'NO_PREFERENCE',
    phone: '07700 900505',
    preferredContact: 'PHONE',
    waitingDays: 28,
    contacts: [{ daysAgo: 14, by: 'leeds.linkworker@example.org', method: 'PHONE', note: 'Good chat. Kwame might like the Headingley chess club too.' }],
  },
];

/**
 * People seeking company in the demo schemes: their answers, consents, waiting requests of different
 * ages and the contacts their link workers recorded. Called by loadDemoData after the demo accounts exist.
 */
export async function addSeekerDemoData(em: EntityManager): Promise<void> {
  await em.flush();
  const geocoder = createOfflineGeocoder();
  for (const person of PEOPLE) {
    const scheme = await em.findOneOrFail(Scheme, { name: person.scheme });
    const account = person.account ? await em.findOneOrFail(UserAccount, { email: person.account }) : null;
    const referrer = person.referredBy ? await em.findOneOrFail(UserAccount, { email: person.referredBy }) : null;
    const joined = daysAgo(person.joinedDaysAgo);
    const location = await geocoder.locate(person.postcode);
    const profile = Object.assign(new ProfileDetails(), {
      interests: person.interests,
      accessNeeds: person.accessNeeds,
      contactModes: person.contactModes,
      languages: ['en'],
      availabilityMask: weeklyMask(person.free),
      postcode: person.postcode,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      travelRadiusKm: person.travelRadiusKm,
    });
    const seeker = em.create(Seeker, {
      scheme,
      account,
      name: person.name,
      phone: person.phone ?? null,
      address: person.address ?? null,
      preferredContact: person.preferredContact,
      profile,
      whatMattersToMe: person.whatMattersToMe,
      volunteerGender: person.volunteerGender,
      otherPreferences: person.otherPreferences ?? null,
      referralRoute: referrer ? 'LINK_WORKER' : 'SELF',
      referredBy: referrer,
      createdAt: joined,
      updatedAt: joined,
    });
    const consent = (purpose: ConsentRecord['purpose']) =>
      em.create(ConsentRecord, {
        scheme,
        seeker,
        purpose,
        lawfulBasis: referrer ? 'PUBLIC_TASK' : 'CONSENT',
        specialCategoryCondition: purpose === 'REFERRAL' ? null : referrer ? 'HEALTH_OR_SOCIAL_CARE' : 'EXPLICIT_CONSENT',
        agreedWords: person.consentWords ?? OWN_CONSENT_WORDS[purpose as keyof typeof OWN_CONSENT_WORDS],
        agreedOn: londonIsoDate(joined),
        recordedBy: referrer ?? account!,
        onBehalf: !!referrer,
        recordedAt: joined,
      });
    if (referrer) consent('REFERRAL');
    if (person.accessNeeds.length > 0) consent('ACCESS_NEEDS');
    if (person.waitingDays !== undefined) {
      consent('SHARE_WITH_VOLUNTEER');
      const since = daysAgo(person.waitingDays);
      em.create(SupportRequest, {
        scheme,
        seeker,
        kind: 'BEFRIENDING',
        contactModes: person.contactModes,
        status: 'WAITING',
        statusChangedAt: since,
        createdAt: since,
        createdBy: referrer ?? account!,
      });
    }
    for (const contact of person.contacts) {
      const at = daysAgo(contact.daysAgo);
      em.create(ContactRecord, {
        scheme,
        seeker,
        contactedAt: at,
        method: contact.method,
        note: contact.note,
        recordedBy: await em.findOneOrFail(UserAccount, { email: contact.by }),
        recordedAt: at,
      });
      if (!seeker.lastContactedAt || at > seeker.lastContactedAt) seeker.lastContactedAt = at;
    }
  }
  await em.flush();
}
