import { applicationProblems, REFEREES_NEEDED } from '@kindred/shared';
import type { VolunteerFieldsFragment } from '../gql/graphql';
import type { Task } from './TaskList';
import { listInWords, onDate, plural, trainingLabel } from './words';

type Volunteer = VolunteerFieldsFragment;

const statusOf = (volunteer: Volunteer, step: string) => volunteer.vetting.steps.find((s) => s.step === step)?.status ?? 'NOT_STARTED';

/** What is still missing from "about you" (everything an application needs except the referees). */
export function aboutYouProblems(volunteer: Volunteer) {
  return applicationProblems({
    offers: volunteer.offers,
    contactModes: volunteer.profile.contactModes,
    availabilityMask: volunteer.profile.availabilityMask,
    specificTimeCount: volunteer.profile.specificTimes.length,
    postcode: volunteer.profile.postcode,
    travelRadiusKm: volunteer.profile.travelRadiusKm,
    refereeCount: REFEREES_NEEDED,
  });
}

/** The volunteer's own tasks: telling us about themself, naming referees, sending the application. */
export function applicationTasks(volunteer: Volunteer): Task[] {
  const base = `/volunteering/${volunteer.id}`;
  const aboutDone = aboutYouProblems(volunteer).length === 0;
  const aboutStarted = volunteer.offers.length > 0 || volunteer.profile.contactModes.length > 0 || !!volunteer.profile.postcode;
  const referees = volunteer.references.length;
  const sent = !!volunteer.applicationSentOn;
  return [
    {
      id: 'about-you',
      name: 'Tell us about yourself',
      hint: 'What you would like to offer, when and where',
      to: `${base}/about-you`,
      status: aboutDone ? 'Completed' : aboutStarted ? 'In progress' : 'Not started',
      tone: aboutDone ? 'done' : 'todo',
    },
    {
      id: 'referees',
      name: `Give ${REFEREES_NEEDED} referees`,
      hint: 'People who know you well and are not family',
      to: `${base}/referees`,
      status: referees >= REFEREES_NEEDED ? 'Completed' : referees > 0 ? 'In progress' : 'Not started',
      tone: referees >= REFEREES_NEEDED ? 'done' : 'todo',
    },
    {
      id: 'send',
      name: 'Send your application',
      hint: sent ? `Sent on ${onDate(volunteer.applicationSentOn)}` : undefined,
      status: sent ? 'Completed' : aboutDone && referees >= REFEREES_NEEDED ? 'Ready to send' : 'Cannot start yet',
      tone: sent ? 'done' : aboutDone && referees >= REFEREES_NEEDED ? 'todo' : 'cannot-start',
    },
  ];
}

/** The checks staff do, as the volunteer and staff both see them. */
export function checkTasks(volunteer: Volunteer): Task[] {
  const references = statusOf(volunteer, 'REFERENCES');
  const dbs = statusOf(volunteer, 'DBS_CHECK');
  const training = statusOf(volunteer, 'TRAINING');
  const approval = statusOf(volunteer, 'APPROVAL');
  const verified = volunteer.references.filter((r) => r.status === 'VERIFIED').length;
  const done = volunteer.training.filter((t) => t.completedOn);
  const waiting = (status: string): Pick<Task, 'status' | 'tone'> =>
    status === 'DONE' ? { status: 'Completed', tone: 'done' } : status === 'IN_PROGRESS' ? { status: 'In progress', tone: 'waiting' } : { status: 'Not started', tone: 'waiting' };
  return [
    { id: 'check-references', name: 'References', hint: `${verified} of ${REFEREES_NEEDED} references checked`, ...waiting(references) },
    {
      id: 'check-dbs',
      name: 'DBS check',
      hint: volunteer.dbsCheck
        ? volunteer.dbsCheck.current
          ? `Checked. Renew by ${onDate(volunteer.dbsCheck.recheckDueOn)}`
          : `Needed renewing by ${onDate(volunteer.dbsCheck.recheckDueOn)}`
        : 'A check of criminal records that helps keep everyone safe',
      ...(dbs === 'LAPSED' ? { status: 'Needs renewing', tone: 'problem' as const } : waiting(dbs)),
    },
    {
      id: 'check-training',
      name: 'Training',
      hint:
        done.length > 0
          ? `${plural(done.length, 'module', 'modules')} of ${volunteer.training.length} done: ${listInWords(done.map((t) => trainingLabel(t.module)))}`
          : `${volunteer.training.length} modules: ${listInWords(volunteer.training.map((t) => trainingLabel(t.module)))}`,
      ...waiting(training),
    },
    {
      id: 'check-approval',
      name: 'Approval',
      hint: volunteer.approvedOn ? `Approved on ${onDate(volunteer.approvedOn)}` : undefined,
      ...(approval === 'DONE'
        ? { status: 'Approved', tone: 'done' as const }
        : approval === 'CANNOT_START_YET'
          ? { status: 'Cannot start yet', tone: 'cannot-start' as const }
          : { status: 'Waiting for a link worker', tone: 'waiting' as const }),
    },
  ];
}

export function stageTone(stage: string): string {
  if (stage === 'APPROVED') return 'tag tag--green';
  if (stage === 'LAPSED') return 'tag tag--red';
  if (stage === 'APPLICATION') return 'tag tag--grey';
  return 'tag';
}
