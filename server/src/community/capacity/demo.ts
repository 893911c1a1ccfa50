import type { EntityManager } from '@mikro-orm/postgresql';
import { londonIsoDate, OWN_CONSENT_WORDS, type InterestId } from '@kindred/shared';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { Activity } from '../../directory/activity.entity.js';
import { ProfileDetails } from '../../people/profile.embeddable.js';
import { createOfflineGeocoder } from '../../place/offline-geocoder.js';
import { ConsentRecord } from '../../seekers/consent-record.entity.js';
import { Seeker } from '../../seekers/seeker.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

type AskedBefore = { name: string; postcode: string; interests: InterestId[]; travelRadiusKm: number; askedWeeksAgo: number; withdrewWeeksAgo: number; why: string };

/*
 * People Sam referred in the last six months who later withdrew (so none is on the waiting list or
 * in a match): their requests give capacity over time a waiting list that rises and falls, and what
 * they enjoy gives "activities to start" two real groups. Three people near Hebden Bridge (HX7) love
 * singing, as Margaret does, but the only choir is in Todmorden, beyond how far they travel; three in
 * Todmorden (OL14) would dance, and the directory has no dancing at all.
 */
const PEOPLE: AskedBefore[] = [
  { name: 'Irene Midgley', postcode: 'HX7 8DE', interests: ['singing'], travelRadiusKm: 3, askedWeeksAgo: 20, withdrewWeeksAgo: 8, why: 'Irene’s son moved back home.' },
  { name: 'Walter Haigh', postcode: 'HX7 6EF', interests: ['singing'], travelRadiusKm: 2, askedWeeksAgo: 16, withdrewWeeksAgo: 6, why: 'Walter went into hospital for a while.' },
  { name: 'Dorothy Crossley', postcode: 'HX7 5AB', interests: ['singing'], travelRadiusKm: 3, askedWeeksAgo: 11, withdrewWeeksAgo: 3, why: 'Dorothy would rather wait for a choir nearer home.' },
  { name: 'Phyllis Greenwood', postcode: 'OL14 6QA', interests: ['dancing'], travelRadiusKm: 3, askedWeeksAgo: 24, withdrewWeeksAgo: 21, why: 'Phyllis found a neighbour to walk with.' },
  { name: 'Stanley Horsfall', postcode: 'OL14 5TT', interests: ['dancing'], travelRadiusKm: 4, askedWeeksAgo: 18, withdrewWeeksAgo: 12, why: 'Stanley is busy with his allotment for the summer.' },
  { name: 'Mavis Uttley', postcode: 'OL14 7PL', interests: ['dancing'], travelRadiusKm: 3, askedWeeksAgo: 9, withdrewWeeksAgo: 4, why: 'Mavis is staying with her sister for a few months.' },
];

/**
 * Gives the capacity and activities pages of Calder Valley Connect something true to show: the people
 * above, Joan's wait put back where the README says it was (she was matched after five weeks; her
 * request had been dated after the match), and the Friday Lunch Club unchecked for eight months, so
 * "listings to check" has one. Called by loadDemoData after matching's demo, in the same transaction.
 */
export async function addCapacityDemoData(em: EntityManager): Promise<void> {
  await em.flush();
  const now = new Date();
  const scheme = await em.findOneOrFail(Scheme, { name: 'Calder Valley Connect' });
  const linkWorker = await em.findOneOrFail(UserAccount, { email: 'linkworker@example.org' });
  const geocoder = createOfflineGeocoder();
  for (const person of PEOPLE) {
    const asked = new Date(now.getTime() - person.askedWeeksAgo * WEEK_MS);
    const withdrew = new Date(now.getTime() - person.withdrewWeeksAgo * WEEK_MS);
    const location = await geocoder.locate(person.postcode);
    const profile = Object.assign(new ProfileDetails(), {
      interests: person.interests,
      contactModes: ['IN_PERSON', 'PHONE'],
      postcode: person.postcode,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      travelRadiusKm: person.travelRadiusKm,
    });
    const seeker = em.create(Seeker, {
      scheme,
      name: person.name,
      profile,
      preferredContact: 'PHONE',
      whatMattersToMe: person.why,
      referralRoute: 'LINK_WORKER',
      referredBy: linkWorker,
      createdAt: asked,
      updatedAt: withdrew,
    });
    for (const purpose of ['REFERRAL', 'SHARE_WITH_VOLUNTEER'] as const) {
      em.create(ConsentRecord, {
        scheme,
        seeker,
        purpose,
        lawfulBasis: 'PUBLIC_TASK',
        specialCategoryCondition: purpose === 'REFERRAL' ? null : 'HEALTH_OR_SOCIAL_CARE',
        agreedWords: purpose === 'REFERRAL' ? 'I explained what Kindred is and who would see their details. They agreed.' : OWN_CONSENT_WORDS[purpose],
        agreedOn: londonIsoDate(asked),
        recordedBy: linkWorker,
        onBehalf: true,
        recordedAt: asked,
      });
    }
    em.create(SupportRequest, {
      scheme,
      seeker,
      kind: 'BEFRIENDING',
      contactModes: ['IN_PERSON', 'PHONE'],
      status: 'CLOSED',
      closedReason: 'WITHDRAWN_BY_PERSON',
      statusChangedAt: withdrew,
      createdAt: asked,
      createdBy: linkWorker,
    });
  }

  // Joan waited five weeks before her match began.
  const joan = await em.findOne(SupportRequest, { scheme, kind: 'BEFRIENDING', seeker: { account: { email: 'joan@example.org' } } }, { populate: ['seeker'] });
  if (joan?.matchedAt && joan.createdAt > joan.matchedAt) {
    const asked = new Date(joan.matchedAt.getTime() - 35 * DAY_MS);
    joan.createdAt = asked;
    if (joan.seeker.createdAt > asked) {
      // She joined, and agreed to what she agreed, a couple of days before asking.
      const joined = new Date(asked.getTime() - 2 * DAY_MS);
      joan.seeker.createdAt = joined;
      for (const consent of await em.find(ConsentRecord, { seeker: joan.seeker })) Object.assign(consent, { recordedAt: joined, agreedOn: londonIsoDate(joined) });
    }
  }

  const lunchClub = await em.findOne(Activity, { scheme, title: 'Friday Lunch Club' });
  if (lunchClub) lunchClub.lastCheckedAt = new Date(now.getTime() - 250 * DAY_MS);
  await em.flush();
}
