import type { EntityManager } from '@mikro-orm/postgresql';
import { defaultRecheckDue, londonDate, weeklyMask, type WeeklySlot } from '@kindred/shared';
import { Membership } from '../../accounts/membership.entity.js';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { createOfflineGeocoder } from '../../place/offline-geocoder.js';
import { TrainingRecord } from '../../volunteers/training-record.entity.js';
import { DbsCheck } from '../../volunteers/dbs-check.entity.js';
import { VolunteerReference } from '../../volunteers/volunteer-reference.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import { newDriveCode } from './drive-code.js';
import { RecruitmentDrive } from './recruitment-drive.entity.js';

const DAY_MS = 86_400_000;
const LEEDS = 'Leeds North West Befriending';
const WEEKDAY_EVENINGS: WeeklySlot[] = (['MON', 'TUE', 'WED', 'THU'] as const).map((day) => ({ day, part: 'EVENING' }));

type DemoRecruit = {
  email: string;
  displayName: string;
  postcode: string;
  signedUpDaysAgo: number;
  sentDaysAgo: number;
  /** Days ago each of the two references arrived, or null while it is awaited. */
  referencesDaysAgo: [number | null, number | null];
  dbsDaysAgo: number | null;
  trainingDaysAgo: number[];
  referees: Array<[name: string, relationship: string, contact: string]>;
};

/**
 * Two people who signed up through the Leeds drive, at different points of the pipeline: Nadia is
 * doing her training after her DBS check; Owen is waiting for his second reference. Neither is
 * approved yet, so Leeds's waiting people stay unmatched, as the gaps demo says.
 */
const RECRUITS: DemoRecruit[] = [
  {
    email: 'nadia.volunteer@example.org',
    displayName: 'Nadia Hussain',
    postcode: 'LS6 2QB',
    signedUpDaysAgo: 35,
    sentDaysAgo: 33,
    referencesDaysAgo: [24, 18],
    dbsDaysAgo: 8,
    trainingDaysAgo: [3],
    referees: [
      ['Karen Holt', 'My manager at the Hyde Park surgery', 'k.holt@example.org'],
      ['Femi Adeyemi', 'Neighbour for six years', '0113 496 0001'],
    ],
  },
  {
    email: 'owen.volunteer@example.org',
    displayName: 'Owen Price',
    postcode: 'LS6 3HN',
    signedUpDaysAgo: 12,
    sentDaysAgo: 10,
    referencesDaysAgo: [3, null],
    dbsDaysAgo: null,
    trainingDaysAgo: [],
    referees: [
      ['Jo Barraclough', 'Captain of the cricket club I play for', 'jo.b@example.org'],
      ['Ibrahim Khan', 'My tutor at Leeds Beckett', '0113 496 0002'],
    ],
  },
];

/**
 * An open drive in Leeds North West aimed at drivers near LS6, free weekday evenings, and the two
 * volunteers its link brought. Called by loadDemoData after the gaps demo, in the same transaction.
 */
export async function addDriveDemoData(em: EntityManager): Promise<void> {
  await em.flush();
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * DAY_MS);
  const scheme = await em.findOneOrFail(Scheme, { name: LEEDS });
  const admin = await em.findOneOrFail(UserAccount, { email: 'admin@example.org' }, { populate: ['passwordHash'] });
  const linkWorker = await em.findOneOrFail(UserAccount, { email: 'leeds.linkworker@example.org' });
  const drive = em.create(RecruitmentDrive, {
    scheme,
    title: 'Drivers for weekday evenings in Hyde Park and Headingley',
    message:
      'Do you drive, and have a free evening in the week? People near you in Hyde Park and Headingley would love some company, and a lift to a group or a service now and then. We will check references and a DBS check, train you, and be there for you all the way.',
    areas: ['LS6'],
    skills: ['DRIVES_CAR'],
    bands: ['WEEKDAY_EVENINGS'],
    contactModes: ['IN_PERSON'],
    code: newDriveCode(),
    createdBy: admin,
    createdAt: daysAgo(40),
  });
  const geocoder = createOfflineGeocoder();
  for (const recruit of RECRUITS) {
    const signedUp = daysAgo(recruit.signedUpDaysAgo);
    const steps = [recruit.sentDaysAgo, ...recruit.referencesDaysAgo, recruit.dbsDaysAgo, ...recruit.trainingDaysAgo];
    const lastStepDaysAgo = Math.min(...steps.filter((d): d is number => d !== null));
    // Same demo password as everyone else: the hash is shared, never the password itself.
    const user = em.create(UserAccount, { email: recruit.email, displayName: recruit.displayName, passwordHash: admin.passwordHash, createdAt: signedUp });
    em.create(Membership, { user, scheme, role: 'VOLUNTEER', createdAt: signedUp });
    const location = await geocoder.locate(recruit.postcode);
    const volunteer = em.create(Volunteer, {
      user,
      scheme,
      recruitmentDrive: drive,
      offers: ['BEFRIENDING', 'FIRST_SESSION_COMPANION'],
      skills: ['DRIVES_CAR'],
      capacity: 2,
      createdAt: signedUp,
      applicationSentAt: daysAgo(recruit.sentDaysAgo),
      vettingUpdatedAt: daysAgo(lastStepDaysAgo),
    });
    Object.assign(volunteer.profile, {
      interests: ['walking', 'cooking', 'music'],
      contactModes: ['IN_PERSON', 'PHONE'],
      languages: ['en'],
      availabilityMask: weeklyMask(WEEKDAY_EVENINGS),
      postcode: recruit.postcode,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      travelRadiusKm: 6,
    });
    recruit.referees.forEach(([refereeName, relationship, contact], index) => {
      const arrived = recruit.referencesDaysAgo[index] ?? null;
      em.create(VolunteerReference, {
        volunteer,
        scheme,
        refereeName,
        relationship,
        contact,
        status: arrived === null ? 'REQUESTED' : 'VERIFIED',
        createdAt: daysAgo(recruit.sentDaysAgo),
        receivedAt: arrived === null ? null : daysAgo(arrived),
        receivedBy: arrived === null ? null : linkWorker,
        verifiedAt: arrived === null ? null : daysAgo(arrived),
        verifiedBy: arrived === null ? null : linkWorker,
      });
    });
    if (recruit.dbsDaysAgo !== null) {
      const issuedOn = londonDate(daysAgo(recruit.dbsDaysAgo + 5));
      em.create(DbsCheck, {
        volunteer,
        scheme,
        level: 'ENHANCED',
        issuedOn,
        recheckDueOn: defaultRecheckDue(issuedOn),
        certificateEnding: '7302',
        recordedBy: linkWorker,
        recordedAt: daysAgo(recruit.dbsDaysAgo),
      });
    }
    recruit.trainingDaysAgo.forEach((days, index) => {
      const module = (['SAFEGUARDING', 'BOUNDARIES', 'COMMUNICATION_SUPPORT'] as const)[index] ?? 'SAFEGUARDING';
      em.create(TrainingRecord, { volunteer, scheme, module, completedOn: londonDate(daysAgo(days)), recordedBy: linkWorker, recordedAt: daysAgo(days) });
    });
  }
  await em.flush();
}
