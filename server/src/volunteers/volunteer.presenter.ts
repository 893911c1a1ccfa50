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
import { UserAccount } from '../accounts/user.entity.js';
import { presentScheme } from '../accounts/viewer.presenter.js';
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

/** Who is looking decides only the words of "what comes next"; both see the whole record. */
export type Audience = 'VOLUNTEER' | 'STAFF';

const dayOf = (instant: Date | null | undefined) => (instant ? londonDate(instant) : null);
const nameOf = (user: UserAccount | null | undefined) => user?.displayName ?? null;

function presentVetting(volunteer: Volunteer, records: VolunteerRecords, audience: Audience, now: Date): VettingView {
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
        receivedBy: nameOf(r.receivedBy),
        verifiedOn: dayOf(r.verifiedAt),
        verifiedBy: nameOf(r.verifiedBy),
      }),
    ),
    dbsCheck: dbsCheck
      ? Object.assign(new DbsCheckView(), {
          level: dbsCheck.level,
          issuedOn: dbsCheck.issuedOn,
          recheckDueOn: dbsCheck.recheckDueOn,
          certificateEnding: dbsCheck.certificateEnding ?? null,
          current: dbsIsCurrent(dbsCheck, now),
          recordedBy: nameOf(dbsCheck.recordedBy),
          recordedOn: londonDate(dbsCheck.recordedAt),
        })
      : null,
    training: REQUIRED_TRAINING.map((module) => {
      const done = records.training.find((t) => t.module === module);
      return Object.assign(new TrainingView(), {
        module,
        completedOn: done?.completedOn ?? null,
        recordedBy: nameOf(done?.recordedBy),
      });
    }),
  };
}

async function confirmerNames(em: EntityManager, volunteers: readonly Volunteer[]): Promise<Map<string, string>> {
  const ids = [...new Set(volunteers.flatMap((v) => v.skillConfirmations.map((c) => c.confirmedById)))];
  if (ids.length === 0) return new Map();
  const users = await em.find(UserAccount, { id: { $in: ids } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** Whole volunteer records, for the volunteer themself or staff of their scheme only. */
export async function presentVolunteers(em: EntityManager, volunteers: readonly Volunteer[], audience: Audience, now: Date): Promise<VolunteerView[]> {
  const [recordsById, confirmers] = await Promise.all([loadRecords(em, volunteers), confirmerNames(em, volunteers)]);
  return volunteers.map((volunteer) => {
    const records = recordsById.get(volunteer.id) ?? { references: [], dbsCheck: null, training: [] };
    return Object.assign(new VolunteerView(), {
      id: volunteer.id,
      scheme: presentScheme(volunteer.scheme),
      displayName: volunteer.user.displayName,
      email: volunteer.user.email,
      offers: volunteer.offers,
      skills: volunteer.skills.map((skill) => {
        const confirmation = volunteer.skillConfirmations.find((c) => c.skill === skill);
        return Object.assign(new DeclaredSkillView(), {
          skill,
          confirmed: !!confirmation,
          confirmedOn: confirmation ? londonDate(new Date(confirmation.confirmedAt)) : null,
          confirmedBy: confirmation ? (confirmers.get(confirmation.confirmedById) ?? null) : null,
        });
      }),
      capacity: volunteer.capacity,
      gender: volunteer.gender ?? null,
      ageBand: volunteer.ageBand ?? null,
      profile: presentProfile(volunteer.profile),
      applicationSentOn: dayOf(volunteer.applicationSentAt),
      approvedOn: dayOf(volunteer.approvedAt),
      approvedBy: nameOf(volunteer.approvedBy),
      paused: !!volunteer.pausedAt,
      pausedOn: dayOf(volunteer.pausedAt),
      pauseReason: volunteer.pauseReason ?? null,
      vetting: presentVetting(volunteer, records, audience, now),
      ...presentRecords(records, now),
    });
  });
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
