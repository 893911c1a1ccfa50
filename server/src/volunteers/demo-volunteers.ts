import type { EntityManager } from '@mikro-orm/postgresql';
import { defaultRecheckDue, londonDate, weeklyMask, type WeeklySlot } from '@kindred/shared';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { createOfflineGeocoder } from '../place/offline-geocoder.js';
import { DbsCheck } from './dbs-check.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { VolunteerReference } from './volunteer-reference.entity.js';
import { Volunteer } from './volunteer.entity.js';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const dateDaysAgo = (days: number) => londonDate(daysAgo(days));
const slots = (...pairs: Array<[WeeklySlot['day'], WeeklySlot['part']]>) => weeklyMask(pairs.map(([day, part]) => ({ day, part })));

type Stage = 'references' | 'approved' | 'lapsed';

/**
 * Calder Valley volunteers at different points of vetting, so that every page has something true
 * to show: Helen waiting for references (a link worker can take her on to approval), Arthur and
 * Aisha approved (Aisha signs BSL and drives, both confirmed), Gareth with a DBS check that lapsed.
 */
const VOLUNTEERS: Array<{
  email: string;
  stage: Stage;
  postcode: string;
  travelRadiusKm: number;
  offers: Volunteer['offers'];
  contactModes: Volunteer['profile']['contactModes'];
  skills: Volunteer['skills'];
  interests: Volunteer['profile']['interests'];
  languages: Volunteer['profile']['languages'];
  availabilityMask: number;
  capacity: number;
  gender: string | null;
  ageBand: Volunteer['ageBand'];
  referees: Array<[name: string, relationship: string, contact: string]>;
}> = [
  {
    email: 'volunteer@example.org',
    stage: 'references',
    postcode: 'HX7 8AF',
    travelRadiusKm: 5,
    offers: ['BEFRIENDING', 'FIRST_SESSION_COMPANION'],
    contactModes: ['IN_PERSON', 'PHONE'],
    skills: ['MOBILITY_SUPPORT'],
    interests: ['gardening', 'baking', 'book-clubs', 'walking'],
    languages: ['en'],
    availabilityMask: slots(['TUE', 'AFTERNOON'], ['THU', 'AFTERNOON'], ['SAT', 'MORNING']),
    capacity: 2,
    gender: 'Woman',
    ageBand: 'AGE_55_64',
    referees: [
      ['Margaret Crowther', 'I volunteer with her at Hebden Bridge library', 'm.crowther@example.org'],
      ['David Greenwood', 'My manager when I worked at the mill museum', '01422 000111'],
    ],
  },
  {
    email: 'arthur.volunteer@example.org',
    stage: 'approved',
    postcode: 'OL14 5AB',
    travelRadiusKm: 8,
    offers: ['BEFRIENDING'],
    contactModes: ['IN_PERSON', 'PHONE', 'LETTER'],
    skills: ['DEMENTIA_AWARE'],
    interests: ['local-history', 'brass-bands', 'trains', 'chess', 'reminiscence'],
    languages: ['en'],
    availabilityMask: slots(['MON', 'MORNING'], ['WED', 'MORNING'], ['WED', 'AFTERNOON'], ['FRI', 'MORNING']),
    capacity: 3,
    gender: 'Man',
    ageBand: 'AGE_65_74',
    referees: [
      ['Revd Ann Sutcliffe', 'Vicar at my church for twelve years', 'ann.sutcliffe@example.org'],
      ['Peter Ashworth', 'Head teacher at the school where I taught', '01706 000222'],
    ],
  },
  {
    email: 'aisha.volunteer@example.org',
    stage: 'approved',
    postcode: 'HX7 6AA',
    travelRadiusKm: 15,
    offers: ['BEFRIENDING', 'FIRST_SESSION_COMPANION'],
    contactModes: ['IN_PERSON', 'VIDEO', 'TEXT'],
    skills: ['SIGNS_BSL', 'DRIVES_CAR', 'DEAF_AWARE'],
    interests: ['cooking', 'walking', 'photography', 'films'],
    languages: ['en', 'ur', 'pa'],
    availabilityMask: slots(['MON', 'EVENING'], ['THU', 'EVENING'], ['SAT', 'AFTERNOON'], ['SUN', 'AFTERNOON']),
    capacity: 2,
    gender: 'Woman',
    ageBand: 'AGE_25_34',
    referees: [
      ['Jo Whitaker', 'My line manager at the Deaf centre in Halifax', 'jo.whitaker@example.org'],
      ['Imran Hussain', 'Coach of the running club I help run', '07700 900333'],
    ],
  },
  {
    email: 'gareth.volunteer@example.org',
    stage: 'lapsed',
    postcode: 'OL14 6QT',
    travelRadiusKm: 3,
    offers: ['BEFRIENDING'],
    contactModes: ['PHONE', 'VIDEO'],
    skills: [],
    interests: ['football', 'quizzes', 'current-affairs'],
    languages: ['en', 'cy'],
    availabilityMask: slots(['TUE', 'EVENING'], ['WED', 'EVENING']),
    capacity: 1,
    gender: null,
    ageBand: null,
    referees: [
      ['Sian Morgan', 'We worked together at Calderdale Council', 'sian.morgan@example.org'],
      ['Tom Barker', 'Friend from the football club', '07700 900444'],
    ],
  },
];

/** Adds the volunteering of the demo volunteers of Calder Valley Connect. Their accounts must exist. */
export async function addVolunteerDemoData(em: EntityManager): Promise<void> {
  await em.flush();
  const scheme = await em.findOneOrFail(Scheme, { name: 'Calder Valley Connect' });
  const linkWorker = await em.findOneOrFail(UserAccount, { email: 'linkworker@example.org' });
  const geocoder = createOfflineGeocoder();
  for (const demo of VOLUNTEERS) {
    const user = await em.findOne(UserAccount, { email: demo.email });
    if (!user) continue;
    const coordinates = await geocoder.locate(demo.postcode);
    const volunteer = em.create(Volunteer, {
      user,
      scheme,
      offers: demo.offers,
      skills: demo.skills,
      capacity: demo.capacity,
      gender: demo.gender,
      ageBand: demo.ageBand,
      createdAt: daysAgo(demo.stage === 'lapsed' ? 1200 : 120),
      applicationSentAt: daysAgo(demo.stage === 'lapsed' ? 1190 : demo.stage === 'approved' ? 110 : 9),
      vettingUpdatedAt: daysAgo(demo.stage === 'references' ? 4 : 60),
    });
    Object.assign(volunteer.profile, {
      interests: demo.interests,
      contactModes: demo.contactModes,
      languages: demo.languages,
      availabilityMask: demo.availabilityMask,
      postcode: demo.postcode,
      latitude: coordinates?.latitude ?? null,
      longitude: coordinates?.longitude ?? null,
      travelRadiusKm: demo.travelRadiusKm,
    });
    demo.referees.forEach(([refereeName, relationship, contact], index) => {
      const done = demo.stage !== 'references';
      // Helen's first reference has arrived but is not checked yet: a link worker's next job.
      const received = done || index === 0;
      em.create(VolunteerReference, {
        volunteer,
        scheme,
        refereeName,
        relationship,
        contact,
        status: done ? 'VERIFIED' : received ? 'RECEIVED' : 'REQUESTED',
        createdAt: daysAgo(100),
        receivedAt: received ? daysAgo(demo.stage === 'references' ? 4 : 95) : null,
        receivedBy: received ? linkWorker : null,
        verifiedAt: done ? daysAgo(90) : null,
        verifiedBy: done ? linkWorker : null,
      });
    });
    if (demo.stage === 'references') continue;

    // Gareth's check was issued more than three years ago, so it lapsed a few weeks back.
    const issuedOn = dateDaysAgo(demo.stage === 'lapsed' ? 3 * 365 + 30 : 80);
    em.create(DbsCheck, {
      volunteer,
      scheme,
      level: 'ENHANCED',
      issuedOn,
      recheckDueOn: defaultRecheckDue(issuedOn),
      certificateEnding: demo.stage === 'lapsed' ? '4821' : demo.email.startsWith('arthur') ? '1093' : '5567',
      recordedBy: linkWorker,
      recordedAt: daysAgo(demo.stage === 'lapsed' ? 1150 : 75),
    });
    for (const module of ['SAFEGUARDING', 'BOUNDARIES', 'COMMUNICATION_SUPPORT'] as const) {
      em.create(TrainingRecord, { volunteer, scheme, module, completedOn: dateDaysAgo(70), recordedBy: linkWorker, recordedAt: daysAgo(70) });
    }
    volunteer.approvedAt = daysAgo(demo.stage === 'lapsed' ? 1140 : 60);
    volunteer.approvedBy = linkWorker;
    volunteer.skillConfirmations = demo.skills.map((skill) => ({ skill, confirmedById: linkWorker.id, confirmedAt: daysAgo(65).toISOString() }));
  }
  await em.flush();
}
