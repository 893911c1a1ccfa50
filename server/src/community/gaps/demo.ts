import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays,
  analyseGaps,
  londonDate,
  londonInstant,
  VolunteerIndex,
  weeklyMask,
  type AccessNeedId,
  type ContactMode,
  type InterestId,
  type LanguageId,
  type WeeklySlot,
} from '@kindred/shared';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { loadWaitingRequestsWithArea } from '../../matching/assignment/waiting-requests.js';
import { toMatchVolunteer } from '../../matching/engine/adapters.js';
import { loadVolunteerFacts, loadVolunteersForMatching } from '../../matching/engine/facts.js';
import { ProfileDetails } from '../../people/profile.embeddable.js';
import { createOfflineGeocoder } from '../../place/offline-geocoder.js';
import { ConsentRecord } from '../../seekers/consent-record.entity.js';
import { Seeker } from '../../seekers/seeker.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { saveGapSnapshot } from './gap-snapshots.js';
import { addWeeks, weekStartingOf } from './week.js';

const DAY_MS = 86_400_000;
const BACKFILL_WEEKS = 8;

type DemoWaiting = {
  scheme: 'Calder Valley Connect' | 'Leeds North West Befriending';
  referredBy: string;
  name: string;
  postcode: string;
  accessNeeds: AccessNeedId[];
  contactModes: ContactMode[];
  languages: LanguageId[];
  free: WeeklySlot[];
  interests: InterestId[];
  waitingDays: number;
  whatMattersToMe: string;
};

const CALDER = 'Calder Valley Connect';
const LEEDS = 'Leeds North West Befriending';

/**
 * People referred by link workers who really cannot be matched with today's demo volunteers
 * (server/src/volunteers/demo-volunteers.ts): Arthur is the only approved volunteer with a free
 * place in Calder Valley (Aisha is full, Gareth's DBS check lapsed, Helen is not approved yet), and
 * Leeds has no volunteers at all. Each comment says what the engine finds between them and Arthur.
 */
const PEOPLE: DemoWaiting[] = [
  {
    // Free when Arthur is and near him in Todmorden, but he does not sign BSL.
    scheme: CALDER,
    referredBy: 'linkworker@example.org',
    name: 'Ruth Crabtree',
    postcode: 'OL14 7DJ',
    accessNeeds: ['BSL'],
    contactModes: ['IN_PERSON'],
    languages: ['en'],
    free: [{ day: 'MON', part: 'MORNING' }, { day: 'WED', part: 'MORNING' }],
    interests: ['gardening', 'crafts'],
    waitingDays: 61,
    whatMattersToMe: 'Ruth has been Deaf since birth and signs BSL. Since her husband died nobody nearby signs with her.',
  },
  {
    // The same again: a second BSL user in Todmorden, so a signer there would help two people.
    scheme: CALDER,
    referredBy: 'linkworker@example.org',
    name: 'Colin Sagar',
    postcode: 'OL14 6HP',
    accessNeeds: ['BSL'],
    contactModes: ['IN_PERSON', 'VIDEO'],
    languages: ['en'],
    free: [{ day: 'WED', part: 'MORNING' }, { day: 'FRI', part: 'MORNING' }],
    interests: ['trains', 'local-history'],
    waitingDays: 19,
    whatMattersToMe: 'Colin signs BSL and would like someone to go through his railway photographs with.',
  },
  {
    // Only by text: Arthur writes letters and phones, and the volunteers who text are full or lapsed.
    scheme: CALDER,
    referredBy: 'linkworker@example.org',
    name: 'Shirley Pickup',
    postcode: 'HX7 5QL',
    accessNeeds: ['TEXT_CONTACT'],
    contactModes: ['TEXT'],
    languages: ['en'],
    free: [{ day: 'TUE', part: 'EVENING' }],
    interests: ['reading', 'films'],
    waitingDays: 44,
    whatMattersToMe: 'Shirley finds calls and visits hard since her stroke, but loves a good chat by text.',
  },
  {
    // Near Arthur, but free only on weekday evenings, when he is not.
    scheme: CALDER,
    referredBy: 'linkworker@example.org',
    name: 'Dennis Marsden',
    postcode: 'OL14 5RS',
    accessNeeds: [],
    contactModes: ['IN_PERSON', 'PHONE'],
    languages: ['en'],
    free: [{ day: 'TUE', part: 'EVENING' }, { day: 'WED', part: 'EVENING' }, { day: 'THU', part: 'EVENING' }],
    interests: ['watching-sport', 'quizzes'],
    waitingDays: 30,
    whatMattersToMe: 'Dennis cares for his wife during the day and would like company in the evenings.',
  },
  {
    // Speaks Polish only, and lives in Halifax, beyond anyone's travel.
    scheme: CALDER,
    referredBy: 'linkworker@example.org',
    name: 'Halina Nowak',
    postcode: 'HX1 2PQ',
    accessNeeds: [],
    contactModes: ['IN_PERSON', 'PHONE'],
    languages: ['pl'],
    free: [{ day: 'MON', part: 'MORNING' }, { day: 'WED', part: 'AFTERNOON' }],
    interests: ['cooking', 'faith'],
    waitingDays: 9,
    whatMattersToMe: 'Halina moved from Kraków to be near her son and speaks little English.',
  },
  {
    // Leeds has no volunteers yet; weekday evenings in Hyde Park, like Kwame.
    scheme: LEEDS,
    referredBy: 'leeds.linkworker@example.org',
    name: 'Gloria Achebe',
    postcode: 'LS6 2QB',
    accessNeeds: ['NEEDS_LIFT'],
    contactModes: ['IN_PERSON'],
    languages: ['en'],
    free: [{ day: 'MON', part: 'EVENING' }, { day: 'TUE', part: 'EVENING' }, { day: 'THU', part: 'EVENING' }],
    interests: ['singing', 'faith', 'cooking'],
    waitingDays: 52,
    whatMattersToMe: 'Gloria works days and cannot get about without a lift since her knee operation.',
  },
  {
    scheme: LEEDS,
    referredBy: 'leeds.linkworker@example.org',
    name: 'Brian Firth',
    postcode: 'LS16 6EB',
    accessNeeds: ['MEMORY_SUPPORT'],
    contactModes: ['IN_PERSON', 'PHONE'],
    languages: ['en'],
    free: [{ day: 'TUE', part: 'AFTERNOON' }, { day: 'FRI', part: 'AFTERNOON' }],
    interests: ['reminiscence', 'gardening'],
    waitingDays: 12,
    whatMattersToMe: 'Brian lives alone in Adel and his memory is not what it was.',
  },
];

/**
 * Adds the waiting people above, then the gap trend of the last eight weeks. Called by loadDemoData
 * after matching's demo, in the same transaction.
 */
export async function addGapDemoData(em: EntityManager): Promise<void> {
  await em.flush();
  const now = new Date();
  const geocoder = createOfflineGeocoder();
  for (const person of PEOPLE) {
    const scheme = await em.findOneOrFail(Scheme, { name: person.scheme });
    const referrer = await em.findOneOrFail(UserAccount, { email: person.referredBy });
    const since = new Date(now.getTime() - person.waitingDays * DAY_MS);
    const location = await geocoder.locate(person.postcode);
    const profile = Object.assign(new ProfileDetails(), {
      interests: person.interests,
      accessNeeds: person.accessNeeds,
      contactModes: person.contactModes,
      languages: person.languages,
      availabilityMask: weeklyMask(person.free),
      postcode: person.postcode,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      travelRadiusKm: 5,
    });
    const seeker = em.create(Seeker, {
      scheme,
      account: null,
      name: person.name,
      preferredContact: person.contactModes.includes('TEXT') ? 'TEXT' : 'PHONE',
      profile,
      whatMattersToMe: person.whatMattersToMe,
      referralRoute: 'LINK_WORKER',
      referredBy: referrer,
      createdAt: since,
      updatedAt: since,
    });
    const consent = (purpose: ConsentRecord['purpose']) =>
      em.create(ConsentRecord, {
        scheme,
        seeker,
        purpose,
        lawfulBasis: 'PUBLIC_TASK',
        specialCategoryCondition: purpose === 'REFERRAL' ? null : 'HEALTH_OR_SOCIAL_CARE',
        agreedWords: `I explained what Kindred is, who would see ${person.name.split(' ')[0]}'s details and that they can change their mind at any time. They agreed.`,
        agreedOn: londonDate(since),
        recordedBy: referrer,
        onBehalf: true,
        recordedAt: since,
      });
    consent('REFERRAL');
    if (person.accessNeeds.length > 0) consent('ACCESS_NEEDS');
    consent('SHARE_WITH_VOLUNTEER');
    em.create(SupportRequest, {
      scheme,
      seeker,
      kind: 'BEFRIENDING',
      contactModes: person.contactModes,
      status: 'WAITING',
      statusChangedAt: since,
      createdAt: since,
      createdBy: referrer,
    });
  }
  await em.flush();
  for (const scheme of await em.find(Scheme, {})) await backfillSnapshots(em, scheme.id, now);
}

/**
 * DEMO ONLY: an approximate history, so the week-by-week trend has something to show. Each of the
 * last eight weeks (and this one) is the real analysis of the requests still waiting today that were
 * already waiting at that week's end, judged against today's volunteers. Real snapshots are taken as
 * the weeks go by (gapPicture and the daily job) and never look back like this.
 */
async function backfillSnapshots(em: EntityManager, schemeId: string, now: Date): Promise<void> {
  const [volunteers, facts] = await Promise.all([loadVolunteersForMatching(em, schemeId), loadVolunteerFacts(em, { schemeId })]);
  const index = new VolunteerIndex(volunteers.map((v) => toMatchVolunteer(v, facts.get(v.id) ?? { dbsRecheckDueOn: null, liveMatches: 0 })));
  const requests = await loadWaitingRequestsWithArea(em, schemeId);
  const thisWeek = weekStartingOf(now);
  for (let weeksAgo = BACKFILL_WEEKS; weeksAgo >= 0; weeksAgo--) {
    // The last moment of that week (Sunday night, London), or now for this week.
    const end = weeksAgo === 0 ? now : new Date(londonInstant(addDays(addWeeks(thisWeek, -weeksAgo), 7), '00:00').getTime() - 1);
    const waitingThen = requests.filter((r) => r.request.waitingSince.getTime() <= end.getTime());
    await saveGapSnapshot(em, schemeId, analyseGaps(waitingThen, index, end), end);
  }
}
