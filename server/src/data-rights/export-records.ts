import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProfileDetails } from '../people/profile.embeddable.js';
import { CheckIn } from '../outcomes/check-ins/check-in.entity.js';
import { ConsentRecord } from '../seekers/consent-record.entity.js';
import { ContactRecord } from '../seekers/contact-record.entity.js';
import type { Seeker } from '../seekers/seeker.entity.js';
import { SupportRequest } from '../seekers/support-request.entity.js';
import { DbsCheck } from '../volunteers/dbs-check.entity.js';
import { TrainingRecord } from '../volunteers/training-record.entity.js';
import { VolunteerReference } from '../volunteers/volunteer-reference.entity.js';
import type { Volunteer } from '../volunteers/volunteer.entity.js';

// The person's seeker and volunteer records, as plain JSON with every field Kindred stores.

const schemeOf = (scheme: { id: string; name: string }) => ({ id: scheme.id, name: scheme.name });

export function profileJson(profile: ProfileDetails) {
  return {
    interests: profile.interests,
    accessAndCommunicationNeeds: profile.accessNeeds,
    waysToKeepInTouch: profile.contactModes,
    languages: profile.languages,
    weeklyAvailabilityMask: profile.availabilityMask,
    specificTimes: profile.specificTimes,
    postcode: profile.postcode ?? null,
    latitude: profile.latitude ?? null,
    longitude: profile.longitude ?? null,
    travelRadiusKm: profile.travelRadiusKm ?? null,
  };
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return (id: string) => map.get(id) ?? [];
};

/** Seeker records with their requests, consents, contacts and check-ins. Seekers need scheme and contact details loaded. */
export async function seekerRecordsJson(em: EntityManager, seekers: Seeker[]) {
  const ids = seekers.map((s) => s.id);
  const [requests, consents, contacts, checkIns] = await Promise.all([
    em.find(SupportRequest, { seeker: { $in: ids } }, { populate: ['activity'], orderBy: { createdAt: 'asc' } }),
    em.find(ConsentRecord, { seeker: { $in: ids } }, { populate: ['recordedBy', 'withdrawnBy'], orderBy: { recordedAt: 'asc' } }),
    em.find(ContactRecord, { seeker: { $in: ids } }, { populate: ['recordedBy'], orderBy: { contactedAt: 'asc' } }),
    em.find(CheckIn, { seeker: { $in: ids } }, { populate: ['recordedBy'], orderBy: { createdAt: 'asc' } }),
  ]);
  const requestsOf = groupBy(requests, (r) => r.seeker.id);
  const consentsOf = groupBy(consents, (c) => c.seeker.id);
  const contactsOf = groupBy(contacts, (c) => c.seeker.id);
  const checkInsOf = groupBy(checkIns, (c) => c.seeker.id);
  return seekers.map((seeker) => ({
    id: seeker.id,
    scheme: schemeOf(seeker.scheme),
    name: seeker.name,
    phone: seeker.phone ?? null,
    email: seeker.email ?? null,
    address: seeker.address ?? null,
    preferredContact: seeker.preferredContact ?? null,
    profile: profileJson(seeker.profile),
    whatMattersToMe: seeker.whatMattersToMe ?? null,
    volunteerGenderPreference: seeker.volunteerGender,
    preferredLanguages: seeker.preferredLanguages,
    otherPreferences: seeker.otherPreferences ?? null,
    referral: { route: seeker.referralRoute, referredByName: seeker.referredBy?.displayName ?? null },
    createdAt: seeker.createdAt,
    updatedAt: seeker.updatedAt,
    lastContactedAt: seeker.lastContactedAt ?? null,
    requests: requestsOf(seeker.id).map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      closedReason: r.closedReason ?? null,
      activityTitle: r.activity?.title ?? null,
      sessionStartsAt: r.sessionStartsAt ?? null,
      waysToKeepInTouch: r.contactModes,
      notes: r.notes ?? null,
      createdAt: r.createdAt,
      statusChangedAt: r.statusChangedAt,
      matchedAt: r.matchedAt ?? null,
    })),
    consents: consentsOf(seeker.id).map((c) => ({
      id: c.id,
      purpose: c.purpose,
      lawfulBasis: c.lawfulBasis,
      specialCategoryCondition: c.specialCategoryCondition ?? null,
      agreedWords: c.agreedWords,
      agreedOn: c.agreedOn,
      recordedByName: c.recordedBy.displayName,
      recordedOnBehalf: c.onBehalf,
      recordedAt: c.recordedAt,
      withdrawnAt: c.withdrawnAt ?? null,
      withdrawnByName: c.withdrawnBy?.displayName ?? null,
    })),
    contactsFromTheScheme: contactsOf(seeker.id).map((c) => ({
      contactedAt: c.contactedAt,
      method: c.method,
      note: c.note ?? null,
      recordedByName: c.recordedBy.displayName,
    })),
    checkIns: checkInsOf(seeker.id).map((c) => ({
      id: c.id,
      occasion: c.occasion,
      monthsAfterBaseline: c.monthsAfterBaseline ?? null,
      dueOn: c.dueOn,
      status: c.status,
      completedAt: c.completedAt ?? null,
      recordedByName: c.recordedBy?.displayName ?? null,
      answeredWithStaffByPhone: c.onBehalf,
      responses: c.responses,
    })),
  }));
}

/**
 * Volunteer records with their references, DBS checks (only what is stored: never a full certificate
 * number) and training. The reason for a safeguarding suspension is left out (see notIncluded).
 */
export async function volunteerRecordsJson(em: EntityManager, volunteers: Volunteer[]) {
  const ids = volunteers.map((v) => v.id);
  const [references, dbsChecks, training] = await Promise.all([
    em.find(VolunteerReference, { volunteer: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
    em.find(DbsCheck, { volunteer: { $in: ids } }, { orderBy: { recordedAt: 'asc' } }),
    em.find(TrainingRecord, { volunteer: { $in: ids } }, { orderBy: { completedOn: 'asc' } }),
  ]);
  const referencesOf = groupBy(references, (r) => r.volunteer.id);
  const checksOf = groupBy(dbsChecks, (c) => c.volunteer.id);
  const trainingOf = groupBy(training, (t) => t.volunteer.id);
  return volunteers.map((v) => ({
    id: v.id,
    scheme: schemeOf(v.scheme),
    profile: profileJson(v.profile),
    offers: v.offers,
    skills: v.skills,
    skillsConfirmedByStaff: v.skillConfirmations.map((c) => ({ skill: c.skill, confirmedAt: c.confirmedAt })),
    capacity: v.capacity,
    gender: v.gender ?? null,
    ageBand: v.ageBand ?? null,
    createdAt: v.createdAt,
    applicationSentAt: v.applicationSentAt ?? null,
    approvedAt: v.approvedAt ?? null,
    approvedByName: v.approvedBy?.displayName ?? null,
    pausedAt: v.pausedAt ?? null,
    pauseReason: v.pauseReason ?? null,
    suspendedAt: v.suspendedAt ?? null,
    recruitmentDriveTitle: v.recruitmentDrive?.title ?? null,
    references: referencesOf(v.id).map((r) => ({
      refereeName: r.refereeName,
      relationship: r.relationship,
      contact: r.contact,
      status: r.status,
      askedAt: r.createdAt,
      receivedAt: r.receivedAt ?? null,
      verifiedAt: r.verifiedAt ?? null,
    })),
    dbsChecks: checksOf(v.id).map((c) => ({
      level: c.level,
      issuedOn: c.issuedOn,
      recheckDueOn: c.recheckDueOn,
      certificateEnding: c.certificateEnding ?? null,
      recordedAt: c.recordedAt,
      supersededAt: c.supersededAt ?? null,
    })),
    training: trainingOf(v.id).map((t) => ({ module: t.module, completedOn: t.completedOn })),
  }));
}
