import type { EntityManager } from '@mikro-orm/postgresql';
import {
  approvalProblems,
  dbsIsCurrent,
  eligibleForNewMatches,
  londonDate,
  nextStepForStaff,
  nextStepForVolunteer,
  outwardCode,
  REQUIRED_TRAINING,
  vettingProgress,
} from '@kindred/shared';
import { SchemeView } from '../accounts/account.types.js';
import type { Scheme } from '../accounts/scheme.entity.js';
import type { UserAccount } from '../accounts/user.entity.js';
import { presentProfile } from '../people/profile.service.js';
import { loadRecords, vettingRecordsOf, type VolunteerRecords } from './vetting-records.js';
import type { Volunteer } from './volunteer.entity.js';
import {
  DbsCheckView,
  DeclaredSkillView,
  ReferenceView,
  TrainingView,
  VettingStepView,
  VettingView,
  VolunteerToCheckView,
  VolunteerView,
} from './volunteer.types.js';
import { pgArray } from '../db/sql-array.js';

/** Who is looking decides only the words of "what comes next"; both see the whole record. */
export type Audience = 'VOLUNTEER' | 'STAFF';

/**
 * A volunteer as their record is shown from: a Volunteer loaded with its user, scheme and approver
 * is one, and so is one read as plain values for the volunteering page (volunteer-page.ts).
 */
export type VolunteerShape = Pick<
  Volunteer,
  'id' | 'offers' | 'skills' | 'skillConfirmations' | 'capacity' | 'gender' | 'ageBand' | 'profile' | 'applicationSentAt' | 'approvedAt' | 'pausedAt' | 'pauseReason'
> & {
  user: Pick<UserAccount, 'displayName' | 'email'>;
  scheme: Pick<Scheme, 'id' | 'name' | 'area'>;
  /** Its name may be missing (a reference set by a change in this request); `names` then has it. */
  approvedBy?: Pick<UserAccount, 'id' | 'displayName'> | null;
};

/**
 * A volunteer with everything their record shows: vetting records, and the names (by account id)
 * of the staff who confirmed their skills and of an approver the volunteer came without the name of.
 */
export type VolunteerRecord = { volunteer: VolunteerShape; records: VolunteerRecords; names: ReadonlyMap<string, string> };

const dayOf = (instant: Date | null | undefined) => (instant ? londonDate(instant) : null);

function presentVetting(volunteer: VolunteerShape, records: VolunteerRecords, audience: Audience, now: Date): VettingView {
  const facts = vettingRecordsOf(volunteer, records);
  const progress = vettingProgress(facts, now);
  const paused = !!volunteer.pausedAt;
  return Object.assign(new VettingView(), {
    stage: progress.stage,
    steps: progress.steps.map((s) => Object.assign(new VettingStepView(), s)),
    nextStep: audience === 'VOLUNTEER' ? nextStepForVolunteer(progress, paused) : nextStepForStaff(progress),
    nextActor: progress.next?.actor ?? null,
    eligibleForNewMatches: eligibleForNewMatches({ ...facts, pausedAt: volunteer.pausedAt ?? null }, now),
    approvalNeeds: volunteer.approvedAt ? [] : approvalProblems(facts, now),
  });
}

function presentRecords(records: VolunteerRecords, now: Date) {
  const { dbsCheck } = records;
  return {
    references: records.references.map((r) =>
      Object.assign(new ReferenceView(), {
        id: r.id,
        refereeName: r.refereeName,
        relationship: r.relationship,
        contact: r.contact,
        status: r.status,
        receivedOn: dayOf(r.receivedAt),
        receivedBy: r.receivedBy,
        verifiedOn: dayOf(r.verifiedAt),
        verifiedBy: r.verifiedBy,
      }),
    ),
    dbsCheck: dbsCheck
      ? Object.assign(new DbsCheckView(), {
          level: dbsCheck.level,
          issuedOn: dbsCheck.issuedOn,
          recheckDueOn: dbsCheck.recheckDueOn,
          certificateEnding: dbsCheck.certificateEnding,
          current: dbsIsCurrent(dbsCheck, now),
          recordedBy: dbsCheck.recordedBy,
          recordedOn: londonDate(dbsCheck.recordedAt),
        })
      : null,
    training: REQUIRED_TRAINING.map((module) => {
      const done = records.training.find((t) => t.module === module);
      return Object.assign(new TrainingView(), {
        module,
        completedOn: done?.completedOn ?? null,
        recordedBy: done?.recordedBy ?? null,
      });
    }),
  };
}

/**
 * The names of the staff who confirmed these volunteers' skills, and of approvers whose names did not
 * come with the volunteer, by account id: one statement, only when there are any.
 */
async function namesOf(em: EntityManager, volunteers: readonly VolunteerShape[]): Promise<Map<string, string>> {
  const confirmers = volunteers.flatMap((v) => v.skillConfirmations.map((c) => c.confirmedById));
  const approvers = volunteers.flatMap((v) => (v.approvedBy && v.approvedBy.displayName === undefined ? [v.approvedBy.id] : []));
  const ids = [...new Set([...confirmers, ...approvers])];
  if (ids.length === 0) return new Map();
  const users = await em.execute<Array<{ id: string; display_name: string }>>('select u.id, u.display_name from person_account u where u.id = any(?::uuid[])', [
    pgArray(ids),
  ]);
  return new Map(users.map((u) => [u.id, u.display_name]));
}

/** Whole volunteer records (loaded entities), for the volunteer themself or staff of their scheme only. */
export async function presentVolunteers(em: EntityManager, volunteers: readonly Volunteer[], audience: Audience, now: Date): Promise<VolunteerView[]> {
  const [recordsById, names] = await Promise.all([loadRecords(em, volunteers), namesOf(em, volunteers)]);
  const whole = volunteers.map((volunteer) => ({ volunteer, records: recordsById.get(volunteer.id) ?? { references: [], dbsCheck: null, training: [] }, names }));
  return presentVolunteerRecords(whole, audience, now);
}

/** Volunteer records read with everything they show, for the volunteer themself or staff of their scheme only. */
export function presentVolunteerRecords(whole: readonly VolunteerRecord[], audience: Audience, now: Date): VolunteerView[] {
  return whole.map(({ volunteer, records, names }) =>
    Object.assign(new VolunteerView(), {
      id: volunteer.id,
      scheme: Object.assign(new SchemeView(), { id: volunteer.scheme.id, name: volunteer.scheme.name, area: volunteer.scheme.area }),
      displayName: volunteer.user.displayName,
      email: volunteer.user.email,
      offers: volunteer.offers,
      skills: volunteer.skills.map((skill) => {
        const confirmation = volunteer.skillConfirmations.find((c) => c.skill === skill);
        return Object.assign(new DeclaredSkillView(), {
          skill,
          confirmed: !!confirmation,
          confirmedOn: confirmation ? londonDate(new Date(confirmation.confirmedAt)) : null,
          confirmedBy: confirmation ? (names.get(confirmation.confirmedById) ?? null) : null,
        });
      }),
      capacity: volunteer.capacity,
      gender: volunteer.gender ?? null,
      ageBand: volunteer.ageBand ?? null,
      profile: presentProfile(volunteer.profile),
      applicationSentOn: dayOf(volunteer.applicationSentAt),
      approvedOn: dayOf(volunteer.approvedAt),
      approvedBy: volunteer.approvedBy ? (volunteer.approvedBy.displayName ?? names.get(volunteer.approvedBy.id) ?? null) : null,
      paused: !!volunteer.pausedAt,
      pausedOn: dayOf(volunteer.pausedAt),
      pauseReason: volunteer.pauseReason ?? null,
      vetting: presentVetting(volunteer, records, audience, now),
      ...presentRecords(records, now),
    }),
  );
}

export async function presentVolunteer(em: EntityManager, volunteer: Volunteer, audience: Audience, now: Date): Promise<VolunteerView> {
  const [view] = await presentVolunteers(em, [volunteer], audience, now);
  return view as VolunteerView;
}

/** One line of the vetting queue: enough to choose whom to help next, nothing more. */
export function presentToCheck(volunteer: Volunteer, records: VolunteerRecords, now: Date): VolunteerToCheckView {
  const progress = vettingProgress(vettingRecordsOf(volunteer, records), now);
  const waitingSince = progress.stage === 'LAPSED' && records.dbsCheck ? records.dbsCheck.recheckDueOn : londonDate(volunteer.vettingUpdatedAt);
  return Object.assign(new VolunteerToCheckView(), {
    id: volunteer.id,
    displayName: volunteer.user.displayName,
    area: volunteer.profile.postcode ? outwardCode(volunteer.profile.postcode) : null,
    stage: progress.stage,
    nextStep: nextStepForStaff(progress),
    waitingSince,
    paused: !!volunteer.pausedAt,
  });
}
