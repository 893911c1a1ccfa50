import type { EntityManager } from '@mikro-orm/postgresql';
import {
  applicationProblems,
  capacityProblem,
  genderProblem,
  pauseReasonProblem,
  REFEREES_NEEDED,
  refereeProblems,
  type RefereeDetails,
} from '@kindred/shared';
import type { Viewer } from '../accounts/sessions.js';
import { auditVetting } from '../audit/volunteer-events.js';
import { assertValid, badInput, type FieldProblem } from '../graphql/errors.js';
import { updateProfile } from '../people/profile.service.js';
import type { Geocoder } from '../place/geocoder.js';
import { findOwnVolunteer, findReference } from './volunteer.access.js';
import { loadRecordsOf } from './vetting-records.js';
import { VolunteerReference } from './volunteer-reference.entity.js';
import type { Volunteer } from './volunteer.entity.js';
import type { VolunteerProfileInput } from './volunteer.inputs.js';

/** What a volunteer changes about themself. Every field is copied by name (no mass assignment). */
export async function updateMyProfile(
  em: EntityManager,
  geocoder: Geocoder,
  viewer: Viewer,
  volunteerId: string,
  input: VolunteerProfileInput,
): Promise<Volunteer> {
  const volunteer = await findOwnVolunteer(em, viewer, volunteerId);
  const gender = input.gender?.trim() ?? '';
  assertValid({
    capacity: input.capacity != null ? capacityProblem(input.capacity) : null,
    gender: input.gender != null ? genderProblem(gender) : null,
  });
  if (input.profile) await updateProfile(volunteer.profile, input.profile, geocoder, 'profile');
  if (input.offers) volunteer.offers = [...new Set(input.offers)];
  if (input.skills) {
    volunteer.skills = [...new Set(input.skills)];
    // A skill taken off and put back must be confirmed again: staff confirmed the claim they saw.
    volunteer.skillConfirmations = volunteer.skillConfirmations.filter((c) => volunteer.skills.includes(c.skill));
  }
  if (input.capacity != null) volunteer.capacity = input.capacity;
  if (input.gender !== undefined) volunteer.gender = gender === '' ? null : gender;
  if (input.ageBand !== undefined) volunteer.ageBand = input.ageBand;
  await em.flush();
  return volunteer;
}

/** Adds referees, up to two in all. */
export async function addMyReferees(em: EntityManager, viewer: Viewer, volunteerId: string, referees: RefereeDetails[]): Promise<Volunteer> {
  const volunteer = await findOwnVolunteer(em, viewer, volunteerId);
  const existing = (await loadRecordsOf(em, volunteer)).references.length;
  if (referees.length === 0) throw badInput([{ field: 'referees', message: 'Give at least one referee' }]);
  if (existing + referees.length > REFEREES_NEEDED) {
    throw badInput([
      {
        field: 'referees',
        message:
          existing >= REFEREES_NEEDED
            ? `You have already given ${REFEREES_NEEDED} referees. Remove one before adding another.`
            : `Give ${REFEREES_NEEDED - existing} more referee${REFEREES_NEEDED - existing === 1 ? '' : 's'} at most`,
      },
    ]);
  }
  const problems: FieldProblem[] = referees.flatMap((referee, index) =>
    Object.entries(refereeProblems(referee))
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([field, message]) => ({ field: `referees.${index}.${field}`, message })),
  );
  if (problems.length > 0) throw badInput(problems);
  for (const referee of referees) {
    em.create(VolunteerReference, {
      volunteer,
      scheme: volunteer.scheme,
      refereeName: referee.name.trim(),
      relationship: referee.relationship.trim(),
      contact: referee.contact.trim(),
      createdAt: new Date(),
    });
  }
  await em.flush();
  return volunteer;
}

/** Takes back a referee whose reference has not arrived yet (a wrong address, or they said no). */
export async function removeMyReferee(em: EntityManager, viewer: Viewer, referenceId: string): Promise<Volunteer> {
  const reference = await findReference(em, viewer, referenceId, 'owner');
  if (reference.status !== 'REQUESTED') {
    throw badInput([{ field: 'referenceId', message: 'This reference has already arrived, so the referee cannot be removed' }]);
  }
  const volunteer = reference.volunteer;
  em.remove(reference);
  await em.flush();
  return findOwnVolunteer(em, viewer, volunteer.id);
}

/** Sends the application to staff, once it has everything they need to start checking. */
export async function sendMyApplication(em: EntityManager, viewer: Viewer, volunteerId: string): Promise<Volunteer> {
  const volunteer = await findOwnVolunteer(em, viewer, volunteerId);
  if (volunteer.applicationSentAt) return volunteer;
  const records = await loadRecordsOf(em, volunteer);
  const problems = applicationProblems({
    offers: volunteer.offers,
    contactModes: volunteer.profile.contactModes,
    availabilityMask: volunteer.profile.availabilityMask,
    specificTimeCount: volunteer.profile.specificTimes.length,
    postcode: volunteer.profile.postcode ?? null,
    travelRadiusKm: volunteer.profile.travelRadiusKm ?? null,
    refereeCount: records.references.length,
  });
  if (problems.length > 0) throw badInput(problems);
  volunteer.applicationSentAt = new Date();
  volunteer.vettingUpdatedAt = new Date();
  await auditVetting(em, viewer, volunteer, 'VETTING_CHANGED');
  return volunteer;
}

/** A break: no new offers until they resume. Existing matches are theirs to keep or end. */
export async function pauseMyVolunteering(em: EntityManager, viewer: Viewer, volunteerId: string, reason: string | null | undefined): Promise<Volunteer> {
  const volunteer = await findOwnVolunteer(em, viewer, volunteerId);
  const why = reason?.trim() ?? '';
  assertValid({ reason: pauseReasonProblem(why) });
  if (!volunteer.pausedAt) volunteer.pausedAt = new Date();
  volunteer.pauseReason = why === '' ? null : why;
  await em.flush();
  return volunteer;
}

export async function resumeMyVolunteering(em: EntityManager, viewer: Viewer, volunteerId: string): Promise<Volunteer> {
  const volunteer = await findOwnVolunteer(em, viewer, volunteerId);
  volunteer.pausedAt = null;
  volunteer.pauseReason = null;
  await em.flush();
  return volunteer;
}
