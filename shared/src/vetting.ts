/**
 * Vetting gates matching: application → two references → DBS check → training → approval. These
 * pure rules say where a volunteer is, what comes next and who does it, and whether matching may
 * offer them anyone new. Server, web and the matching engine all ask here, so they cannot disagree.
 */
import { londonDate, REFEREES_NEEDED, TRAINING_MODULES, type ReferenceStatus, type TrainingModule } from './volunteering.js';

/** The steps, in order. */
export const VETTING_STEPS = [
  { id: 'APPLICATION', label: 'Application', actor: 'VOLUNTEER' },
  { id: 'REFERENCES', label: 'References', actor: 'STAFF' },
  { id: 'DBS_CHECK', label: 'DBS check', actor: 'STAFF' },
  { id: 'TRAINING', label: 'Training', actor: 'STAFF' },
  { id: 'APPROVAL', label: 'Approval', actor: 'STAFF' },
] as const;
export type VettingStep = (typeof VETTING_STEPS)[number]['id'];
export type VettingActor = 'VOLUNTEER' | 'STAFF';

/** Where a volunteer is: the first step not yet done, or APPROVED, or LAPSED when a DBS check needs renewing. */
export const VETTING_STAGES = [
  { id: 'APPLICATION', label: 'Application not sent yet' },
  { id: 'REFERENCES', label: 'Waiting for references' },
  { id: 'DBS_CHECK', label: 'Waiting for a DBS check' },
  { id: 'TRAINING', label: 'Doing training' },
  { id: 'APPROVAL', label: 'Ready for approval' },
  { id: 'APPROVED', label: 'Approved' },
  { id: 'LAPSED', label: 'DBS check needs renewing' },
] as const;
export type VettingStage = (typeof VETTING_STAGES)[number]['id'];

export const STEP_STATUSES = [
  { id: 'NOT_STARTED', label: 'Not started' },
  { id: 'IN_PROGRESS', label: 'In progress' },
  { id: 'DONE', label: 'Completed' },
  { id: 'LAPSED', label: 'Needs renewing' },
  { id: 'CANNOT_START_YET', label: 'Cannot start yet' },
] as const;
export type StepStatus = (typeof STEP_STATUSES)[number]['id'];

/** What vetting is decided from. Dates are YYYY-MM-DD in London time. */
export type VettingRecords = {
  /** The volunteer has started their application (told us anything about themself, or named a referee). */
  applicationStarted: boolean;
  applicationSentAt: Date | null;
  references: ReadonlyArray<{ status: ReferenceStatus }>;
  /** The most recent DBS check, if any. */
  dbsCheck: { recheckDueOn: string } | null;
  completedTraining: readonly TrainingModule[];
  approvedAt: Date | null;
};

export type VettingProgress = {
  stage: VettingStage;
  steps: Array<{ step: VettingStep; status: StepStatus }>;
  /** The step that should happen next and who does it; null once approved with a current DBS check. */
  next: { step: VettingStep; actor: VettingActor } | null;
};

export const REQUIRED_TRAINING: readonly TrainingModule[] = TRAINING_MODULES.map((m) => m.id);

/**
 * A DBS check is current until the day before its re-check date. On that date it has lapsed: a
 * check that is due is not a check we can rely on to keep people safe.
 */
export function dbsIsCurrent(dbsCheck: { recheckDueOn: string } | null, now: Date): boolean {
  return dbsCheck !== null && londonDate(now) < dbsCheck.recheckDueOn;
}

export function verifiedReferenceCount(records: Pick<VettingRecords, 'references'>): number {
  return records.references.filter((r) => r.status === 'VERIFIED').length;
}

export function missingTraining(records: Pick<VettingRecords, 'completedTraining'>): TrainingModule[] {
  return REQUIRED_TRAINING.filter((m) => !records.completedTraining.includes(m));
}

/** Where the volunteer is, how each step stands, and what comes next. */
export function vettingProgress(records: VettingRecords, now: Date): VettingProgress {
  const current = dbsIsCurrent(records.dbsCheck, now);
  const verified = verifiedReferenceCount(records);
  const trainingLeft = missingTraining(records).length;

  const application: StepStatus = records.applicationSentAt ? 'DONE' : records.applicationStarted ? 'IN_PROGRESS' : 'NOT_STARTED';
  const references: StepStatus =
    verified >= REFEREES_NEEDED ? 'DONE' : records.references.some((r) => r.status !== 'REQUESTED') ? 'IN_PROGRESS' : 'NOT_STARTED';
  const dbs: StepStatus = current ? 'DONE' : records.dbsCheck ? 'LAPSED' : 'NOT_STARTED';
  const training: StepStatus = trainingLeft === 0 ? 'DONE' : trainingLeft < REQUIRED_TRAINING.length ? 'IN_PROGRESS' : 'NOT_STARTED';
  const earlierDone = [application, references, dbs, training].every((s) => s === 'DONE');
  const approval: StepStatus = records.approvedAt ? 'DONE' : earlierDone ? 'NOT_STARTED' : 'CANNOT_START_YET';

  const steps: VettingProgress['steps'] = [
    { step: 'APPLICATION', status: application },
    { step: 'REFERENCES', status: references },
    { step: 'DBS_CHECK', status: dbs },
    { step: 'TRAINING', status: training },
    { step: 'APPROVAL', status: approval },
  ];

  // Once approved, only the DBS check can lapse: approval is not taken back by time passing.
  if (records.approvedAt) {
    return current ? { stage: 'APPROVED', steps, next: null } : { stage: 'LAPSED', steps, next: { step: 'DBS_CHECK', actor: 'STAFF' } };
  }
  const first = steps.find((s) => s.status !== 'DONE') ?? { step: 'APPROVAL' as const, status: 'NOT_STARTED' as const };
  const stage: VettingStage = first.step === 'DBS_CHECK' && first.status === 'LAPSED' ? 'LAPSED' : first.step;
  return { stage, steps, next: { step: first.step, actor: first.step === 'APPLICATION' ? 'VOLUNTEER' : 'STAFF' } };
}

/**
 * The rule matching obeys: a volunteer may be offered someone new only when approved, their DBS
 * check is current and they have not paused. (Capacity and fit are matching's own business.)
 */
export function eligibleForNewMatches(volunteer: VettingRecords & { pausedAt: Date | null }, now: Date): boolean {
  return volunteer.pausedAt === null && vettingProgress(volunteer, now).stage === 'APPROVED';
}

/** Whether staff may approve now, and if not, what is missing in words. */
export function approvalProblems(records: VettingRecords, now: Date): string[] {
  const problems: string[] = [];
  if (!records.applicationSentAt) problems.push('the volunteer has not sent their application');
  const verified = verifiedReferenceCount(records);
  if (verified < REFEREES_NEEDED) problems.push(`${REFEREES_NEEDED - verified} more checked reference${REFEREES_NEEDED - verified === 1 ? '' : 's'}`);
  if (!records.dbsCheck) problems.push('a DBS check');
  else if (!dbsIsCurrent(records.dbsCheck, now)) problems.push('a new DBS check (the last one needs renewing)');
  const left = missingTraining(records).length;
  if (left > 0) problems.push(`${left} more training module${left === 1 ? '' : 's'}`);
  return problems;
}

/** What happens next, told to the volunteer. */
export function nextStepForVolunteer(progress: VettingProgress, paused: boolean): string {
  if (paused) return 'You have paused volunteering. We will not offer you anyone new until you resume.';
  switch (progress.stage) {
    case 'APPLICATION':
      return 'Finish your application and send it to us.';
    case 'REFERENCES':
      return 'We are asking your referees for references. We will let you know if we need anything from you.';
    case 'DBS_CHECK':
      return 'A member of staff will help you apply for a DBS check and record it when it arrives.';
    case 'TRAINING':
      return 'Do the training modules you have not done yet. A member of staff records each one.';
    case 'APPROVAL':
      return 'Everything is done. A link worker will check your application and approve it.';
    case 'APPROVED':
      return 'You are approved. We will offer you people to support, and you can say yes or no to each offer.';
    case 'LAPSED':
      return 'Your DBS check needs renewing. Until it is renewed we cannot offer you anyone new. Your link worker will help.';
  }
}

/** What happens next, told to staff. */
export function nextStepForStaff(progress: VettingProgress): string {
  switch (progress.stage) {
    case 'APPLICATION':
      return 'Waiting for the volunteer to send their application.';
    case 'REFERENCES':
      return 'Record and check 2 references.';
    case 'DBS_CHECK':
      return 'Record their DBS check.';
    case 'TRAINING':
      return 'Record the training they have done.';
    case 'APPROVAL':
      return 'Check everything and approve them.';
    case 'APPROVED':
      return 'Nothing to do: approved, with a current DBS check.';
    case 'LAPSED':
      return 'Record a new DBS check: the last one needs renewing.';
  }
}
