import type { EntityManager } from '@mikro-orm/postgresql';
import {
  approvalProblems,
  certificateEnding,
  certificateNumberProblem,
  dbsDateProblems,
  defaultRecheckDue,
  londonDate,
  trainingDateProblem,
  VETTING_STAGES,
  type DbsLevel,
  type TrainingModule,
  type VolunteerSkill,
} from '@kindred/shared';
import { Membership } from '../accounts/membership.entity.js';
import { denied } from '../audit/denied.js';
import { auditVetting } from '../audit/volunteer-events.js';
import { CASEWORK_ROLES, hasRoleIn } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { assertValid, badInput, notFound } from '../graphql/errors.js';
import { DbsCheck } from './dbs-check.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { loadRecords, loadRecordsOf, vettingRecordsOf } from './vetting-records.js';
import { createMissingForScheme, findReference, findVolunteerForStaff, isUuid } from './volunteer.access.js';
import { presentToCheck } from './volunteer.presenter.js';
import { Volunteer } from './volunteer.entity.js';
import type { VolunteerToCheckView } from './volunteer.types.js';

const stageOrder = (stage: string) => VETTING_STAGES.findIndex((s) => s.id === stage);

/**
 * A volunteer staff may record checks for: in their scheme, who has sent their application, and
 * not themself: nobody vets their own application.
 */
async function volunteerToVet(em: EntityManager, viewer: Viewer, volunteerId: string): Promise<Volunteer> {
  const volunteer = await findVolunteerForStaff(em, viewer, volunteerId);
  if (volunteer.user.id === viewer.id) {
    throw badInput([{ field: 'volunteerId', message: 'You cannot record checks on your own application. Ask another link worker.' }]);
  }
  if (!volunteer.applicationSentAt) {
    throw badInput([{ field: 'volunteerId', message: `${volunteer.user.displayName} has not sent their application yet` }]);
  }
  return volunteer;
}

const staffMember = (em: EntityManager, viewer: Viewer) => em.getReference(UserAccount, viewer.id);

/** Everyone volunteering with the scheme, by stage in the order of the pipeline, longest waiting first. */
export async function vettingQueue(em: EntityManager, viewer: Viewer, schemeId: string, now: Date): Promise<VolunteerToCheckView[]> {
  if (!isUuid(schemeId) || !hasRoleIn(viewer, schemeId, ...CASEWORK_ROLES)) {
    await denied({ em, viewer }, { type: 'Scheme', id: schemeId });
    throw notFound('That scheme');
  }
  await createMissingForScheme(em, schemeId);
  // Only people who still volunteer here: a volunteer whose role was taken away leaves the queue.
  const members = await em.find(Membership, { scheme: schemeId, role: 'VOLUNTEER' });
  const volunteers = await em.find(
    Volunteer,
    { scheme: schemeId, user: { $in: members.map((m) => m.user.id) } },
    { populate: ['user', 'scheme'] },
  );
  const records = await loadRecords(em, volunteers);
  return volunteers
    .map((v) => presentToCheck(v, records.get(v.id) ?? { references: [], dbsCheck: null, training: [] }, now))
    .sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage) || a.waitingSince.localeCompare(b.waitingSince) || a.displayName.localeCompare(b.displayName));
}

export function volunteerForStaff(em: EntityManager, viewer: Viewer, id: string): Promise<Volunteer> {
  return findVolunteerForStaff(em, viewer, id);
}

/** A referee's reference has arrived. */
export async function recordReference(em: EntityManager, viewer: Viewer, referenceId: string): Promise<Volunteer> {
  const reference = await findReference(em, viewer, referenceId, 'staff');
  const volunteer = await volunteerToVet(em, viewer, reference.volunteer.id);
  if (reference.status === 'REQUESTED') {
    reference.status = 'RECEIVED';
    reference.receivedAt = new Date();
    reference.receivedBy = staffMember(em, viewer);
    volunteer.vettingUpdatedAt = new Date();
    await auditVetting(em, viewer, volunteer, 'VETTING_CHANGED');
  }
  return volunteer;
}

/** Staff have checked the reference is genuine and satisfactory. Receiving is implied if not yet recorded. */
export async function verifyReference(em: EntityManager, viewer: Viewer, referenceId: string): Promise<Volunteer> {
  const reference = await findReference(em, viewer, referenceId, 'staff');
  const volunteer = await volunteerToVet(em, viewer, reference.volunteer.id);
  if (reference.status !== 'VERIFIED') {
    const now = new Date();
    if (!reference.receivedAt) {
      reference.receivedAt = now;
      reference.receivedBy = staffMember(em, viewer);
    }
    reference.status = 'VERIFIED';
    reference.verifiedAt = now;
    reference.verifiedBy = staffMember(em, viewer);
    volunteer.vettingUpdatedAt = now;
    await auditVetting(em, viewer, volunteer, 'VETTING_CHANGED');
  }
  return volunteer;
}

export type DbsCheckDetails = {
  volunteerId: string;
  level: DbsLevel;
  issuedOn: string;
  recheckDueOn?: string | null;
  certificateNumber?: string | null;
};

/** Records a DBS check seen by staff; it replaces the last one, which stays as history. */
export async function recordDbsCheck(em: EntityManager, viewer: Viewer, input: DbsCheckDetails, now: Date): Promise<Volunteer> {
  const volunteer = await volunteerToVet(em, viewer, input.volunteerId);
  const recheck = input.recheckDueOn?.trim() || null;
  const number = input.certificateNumber ?? '';
  assertValid({ ...dbsDateProblems(input.issuedOn, recheck, londonDate(now)), certificateNumber: certificateNumberProblem(number) });
  // The old check is superseded and the new one recorded together, so there is always one in force.
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(DbsCheck, { volunteer: volunteer.id, scheme: volunteer.scheme.id, supersededAt: null }, { supersededAt: now });
    tx.create(DbsCheck, {
      volunteer: volunteer.id,
      scheme: volunteer.scheme.id,
      level: input.level,
      issuedOn: input.issuedOn,
      recheckDueOn: recheck ?? defaultRecheckDue(input.issuedOn),
      certificateEnding: certificateEnding(number),
      recordedBy: viewer.id,
      recordedAt: now,
    });
    await auditVetting(tx, viewer, volunteer, 'VETTING_CHANGED');
  });
  volunteer.vettingUpdatedAt = now;
  await em.flush();
  return volunteer;
}

/** Records a training module as completed on a date; recording it again updates the date. */
export async function recordTraining(
  em: EntityManager,
  viewer: Viewer,
  input: { volunteerId: string; module: TrainingModule; completedOn: string },
  now: Date,
): Promise<Volunteer> {
  const volunteer = await volunteerToVet(em, viewer, input.volunteerId);
  assertValid({ completedOn: trainingDateProblem(input.completedOn, londonDate(now)) });
  const existing = await em.findOne(TrainingRecord, { volunteer, scheme: volunteer.scheme, module: input.module });
  const record = existing ?? em.create(TrainingRecord, { volunteer, scheme: volunteer.scheme, module: input.module, completedOn: input.completedOn });
  record.completedOn = input.completedOn;
  record.recordedBy = staffMember(em, viewer);
  record.recordedAt = now;
  volunteer.vettingUpdatedAt = now;
  await auditVetting(em, viewer, volunteer, 'VETTING_CHANGED');
  return volunteer;
}

/** Approval by a link worker or administrator of the scheme, only once every earlier step is done. */
export async function approveVolunteer(em: EntityManager, viewer: Viewer, volunteerId: string, now: Date): Promise<Volunteer> {
  const volunteer = await volunteerToVet(em, viewer, volunteerId);
  if (volunteer.approvedAt) return volunteer;
  const problems = approvalProblems(vettingRecordsOf(volunteer, await loadRecordsOf(em, volunteer)), now);
  if (problems.length > 0) {
    throw badInput([{ field: 'volunteerId', message: `${volunteer.user.displayName} cannot be approved yet. Still needed: ${problems.join('; ')}.` }]);
  }
  volunteer.approvedAt = now;
  volunteer.approvedBy = staffMember(em, viewer);
  volunteer.vettingUpdatedAt = now;
  await auditVetting(em, viewer, volunteer, 'VOLUNTEER_APPROVED');
  return volunteer;
}

/** Staff confirm (or take back) a skill the volunteer declared, so matching may rely on it. */
export async function confirmVolunteerSkill(
  em: EntityManager,
  viewer: Viewer,
  input: { volunteerId: string; skill: VolunteerSkill; confirmed: boolean },
): Promise<Volunteer> {
  const volunteer = await volunteerToVet(em, viewer, input.volunteerId);
  if (!volunteer.skills.includes(input.skill)) {
    throw badInput([{ field: 'skill', message: `${volunteer.user.displayName} has not said they have this skill` }]);
  }
  const others = volunteer.skillConfirmations.filter((c) => c.skill !== input.skill);
  volunteer.skillConfirmations = input.confirmed
    ? [...others, { skill: input.skill, confirmedById: viewer.id, confirmedAt: new Date().toISOString() }]
    : others;
  await auditVetting(em, viewer, volunteer, 'VETTING_CHANGED');
  return volunteer;
}
