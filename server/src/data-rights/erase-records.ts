import type { EntityManager } from '@mikro-orm/postgresql';
import { UserAccount } from '../accounts/user.entity.js';
import { AssignmentProposal } from '../matching/assignment/assignment-proposal.entity.js';
import { UnmatchedRequest } from '../matching/engine/unmatched-request.entity.js';
import { MatchContactLogEntry, MatchReview, MatchTransition, SuggestionRejection } from '../matching/lifecycle/match-records.entity.js';
import { Match } from '../matching/lifecycle/match.entity.js';
import { Message } from '../messages/message.entity.js';
import { CheckIn } from '../outcomes/check-ins/check-in.entity.js';
import { ProfileDetails } from '../people/profile.embeddable.js';
import { ConsentRecord } from '../seekers/consent-record.entity.js';
import { ContactRecord } from '../seekers/contact-record.entity.js';
import { CONTACT_FIELDS } from '../seekers/seeker-access.js';
import { Seeker } from '../seekers/seeker.entity.js';
import { OPEN_STATUSES, SupportRequest } from '../seekers/support-request.entity.js';
import { DbsCheck } from '../volunteers/dbs-check.entity.js';
import { VolunteerReference } from '../volunteers/volunteer-reference.entity.js';
import { Volunteer } from '../volunteers/volunteer.entity.js';
import type { Eraser } from './erasure-matches.js';
import { ERASED_MESSAGE_TEXT, ERASED_NAME, ERASED_NOTICE_TEXT, ERASURE_END_REASON } from './erasure-words.js';
import { pgArray } from '../db/sql-array.js';

// Each function removes what is personal from one kind of record and keeps what anonymous figures
// need (kinds, dates, statuses, scores). Entities the unit of work holds are changed through it, so
// the volunteer index hears of the change; the rest is changed in bulk.

/** A profile with nothing in it: no place, interests, needs, languages or times. */
function blankProfile(): ProfileDetails {
  const blank = new ProfileDetails();
  blank.languages = [];
  return blank;
}

/** Returns the postcodes they had, so cached lookups of them can go too. */
export async function eraseSeekers(tx: EntityManager, seekerIds: string[], by: Eraser, now: Date): Promise<{ postcodes: string[]; requestIds: string[] }> {
  const seekers = await tx.find(Seeker, { id: { $in: seekerIds } }, { populate: [...CONTACT_FIELDS] });
  const postcodes = seekers.flatMap((s) => (s.profile.postcode ? [s.profile.postcode] : []));
  for (const seeker of seekers) {
    Object.assign(seeker, {
      name: ERASED_NAME,
      phone: null,
      email: null,
      address: null,
      preferredContact: null,
      profile: blankProfile(),
      whatMattersToMe: null,
      volunteerGender: 'NO_PREFERENCE',
      preferredLanguages: [],
      otherPreferences: null,
      account: null,
      updatedAt: now,
    });
  }
  const requests = await tx.find(SupportRequest, { seeker: { $in: seekerIds } });
  for (const request of requests) {
    request.notes = null;
    if (OPEN_STATUSES.includes(request.status)) {
      request.status = 'CLOSED';
      request.closedReason = 'WITHDRAWN_BY_PERSON';
      request.statusChangedAt = now;
    }
  }
  await tx.flush();
  const requestIds = requests.map((r) => r.id);
  const seeker = { $in: seekerIds };
  await tx.nativeUpdate(
    ConsentRecord,
    { seeker, withdrawnAt: null },
    { withdrawnAt: now, withdrawnBy: by.userId ? tx.getReference(UserAccount, by.userId) : null, withdrawnOnBehalf: by.kind !== 'SELF' },
  );
  await tx.nativeUpdate(ConsentRecord, { seeker }, { agreedWords: '' });
  await tx.nativeUpdate(ContactRecord, { seeker }, { note: null });
  // Scores already given stay for the reports; nobody will answer the ones still due.
  await tx.nativeUpdate(CheckIn, { seeker, status: 'DUE' }, { status: 'DECLINED' });
  await tx.nativeDelete(UnmatchedRequest, { requestId: { $in: requestIds } });
  await tx.nativeDelete(AssignmentProposal, { request: { $in: requestIds } });
  await tx.nativeUpdate(SuggestionRejection, { request: { $in: requestIds } }, { reason: '' });
  await rewordNotices(tx, seekerIds.map((id) => `/seekers/${id}`));
  return { postcodes, requestIds };
}

/** Volunteers stay (their matches and the pipeline figures need them) but paused, with nothing about them. */
export async function eraseVolunteers(tx: EntityManager, volunteerIds: string[], now: Date): Promise<{ postcodes: string[] }> {
  const volunteers = await tx.find(Volunteer, { id: { $in: volunteerIds } });
  const postcodes = volunteers.flatMap((v) => (v.profile.postcode ? [v.profile.postcode] : []));
  for (const volunteer of volunteers) {
    Object.assign(volunteer, {
      profile: blankProfile(),
      skills: [],
      skillConfirmations: [],
      gender: null,
      ageBand: null,
      pauseReason: null,
      // Never offered anyone again, whatever index still holds them.
      pausedAt: volunteer.pausedAt ?? now,
      vettingUpdatedAt: now,
    });
  }
  await tx.flush();
  const volunteer = { $in: volunteerIds };
  await tx.nativeUpdate(VolunteerReference, { volunteer }, { refereeName: ERASED_NAME, relationship: '', contact: '' });
  await tx.nativeUpdate(DbsCheck, { volunteer }, { certificateEnding: null });
  await tx.nativeDelete(AssignmentProposal, { volunteer });
  await tx.nativeUpdate(SuggestionRejection, { volunteer }, { reason: '' });
  await rewordNotices(tx, volunteerIds.map((id) => `/volunteers/${id}`));
  return { postcodes };
}

/** Matches keep their dates, status and fit; every word written in or about them goes. */
export async function eraseMatchWords(tx: EntityManager, matchIds: string[]): Promise<void> {
  const match = { $in: matchIds };
  await tx.nativeUpdate(Match, { id: match }, { proposalNote: null, meetingPoint: null, attendanceNote: null });
  await tx.nativeUpdate(Match, { id: match, endReason: { $ne: ERASURE_END_REASON } }, { endReason: null });
  await tx.nativeUpdate(MatchTransition, { match, reason: { $ne: ERASURE_END_REASON } }, { reason: null });
  await tx.nativeUpdate(MatchReview, { match }, { notes: '' });
  await tx.nativeUpdate(MatchContactLogEntry, { match }, { note: null });
  await tx.nativeUpdate(Message, { match }, { body: ERASED_MESSAGE_TEXT });
  await rewordNotices(tx, matchIds.map((id) => `/matches/${id}`));
}

/** Other people's notices that pointed at an erased record keep their date and link, but no words about anyone. */
async function rewordNotices(tx: EntityManager, links: string[]): Promise<void> {
  if (links.length === 0) return;
  await tx.execute(
    `update notification set text = ? where text <> ? and (link = any(?::text[]) or link like any(?::text[]))`,
    [ERASED_NOTICE_TEXT, ERASED_NOTICE_TEXT, pgArray(links), pgArray(links.map((link) => `${link}/%`))],
  );
}

/** Cached lookups of their postcodes, unless someone else still lives there. */
export async function forgetPostcodes(tx: EntityManager, postcodes: string[]): Promise<void> {
  if (postcodes.length === 0) return;
  await tx.execute(
    `delete from postcode_location p where p.postcode = any(?::text[])
       and not exists (select 1 from seeker s where s.profile_postcode = p.postcode)
       and not exists (select 1 from volunteer v where v.profile_postcode = p.postcode)`,
    [pgArray(postcodes)],
  );
}
