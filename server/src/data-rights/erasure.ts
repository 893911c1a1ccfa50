import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../accounts/membership.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import type { Notice } from '../notifications/notify.js';
import { Seeker } from '../seekers/seeker.entity.js';
import { Volunteer } from '../volunteers/volunteer.entity.js';
import { eraseAccount, handOverReferences } from './erase-account.js';
import { eraseMatchWords, eraseSeekers, eraseVolunteers, forgetPostcodes } from './erase-records.js';
import { endLiveMatches, lockCase, type CaseIds, type Eraser } from './erasure-matches.js';
import { matchesOf } from './export-matches.js';
import { seekersInScope, volunteersInScope, type PersonScope } from './person-scope.js';

export type ErasedCase = CaseIds & { requestIds: string[]; matchIds: string[]; notices: Notice[] };

/**
 * Erases seeker and volunteer records and everything under them: live matches end, words go,
 * anonymous figures stay. Run inside a transaction; deliver the notices after it commits.
 */
export async function eraseCase(tx: EntityManager, ids: CaseIds, by: Eraser, now: Date): Promise<ErasedCase> {
  await lockCase(tx, ids);
  const notices = await endLiveMatches(tx, ids, by, now);
  await tx.flush();
  const matchIds = (await matchesOf(tx, ids.seekerIds, ids.volunteerIds, null)).map((m) => m.id);
  const seekers = await eraseSeekers(tx, ids.seekerIds, by, now);
  const volunteers = await eraseVolunteers(tx, ids.volunteerIds, now);
  await eraseMatchWords(tx, matchIds);
  await forgetPostcodes(tx, [...seekers.postcodes, ...volunteers.postcodes]);
  return { ...ids, requestIds: seekers.requestIds, matchIds, notices };
}

/**
 * Erases a person within a scope. When nothing of theirs is left outside it, the account goes too;
 * otherwise (an administrator of one scheme erasing someone who also belongs to another) the
 * account lives on there, and its roles and rows in these schemes are handed to an empty stand-in.
 */
export async function erasePersonInScope(tx: EntityManager, scope: PersonScope, by: Eraser, now: Date): Promise<ErasedCase> {
  const [seekers, volunteers] = await Promise.all([seekersInScope(tx, scope), volunteersInScope(tx, scope)]);
  const erased = await eraseCase(tx, { seekerIds: seekers.map((s) => s.id), volunteerIds: volunteers.map((v) => v.id) }, by, now);
  if (!scope.userId) return erased;
  if (scope.schemeIds === null || !(await hasRecordsOutside(tx, scope.userId, scope.schemeIds))) {
    await eraseAccount(tx, scope.userId, now);
  } else {
    await handOverReferences(tx, scope.userId, { schemeIds: scope.schemeIds }, now);
    await tx.nativeDelete(Membership, { user: scope.userId, scheme: { $in: scope.schemeIds } });
    await tx.nativeDelete(Notification, { user: scope.userId, scheme: { $in: scope.schemeIds } });
  }
  return erased;
}

/** Whether the account has a role or a record in a scheme outside these. */
export async function hasRecordsOutside(tx: EntityManager, userId: string, schemeIds: string[]): Promise<boolean> {
  const scheme = { $nin: schemeIds };
  const counts = await Promise.all([
    tx.count(Membership, { user: userId, scheme }),
    tx.count(Seeker, { account: userId, scheme }),
    tx.count(Volunteer, { user: userId, scheme }),
  ]);
  return counts.some((n) => n > 0);
}
