import type { EntityManager } from '@mikro-orm/postgresql';
import { dateInWords, londonDate } from '@kindred/shared';
import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { badInput } from '../../graphql/errors.js';
import { checkInNotFound, findOwnCheckIn, findStaffCheckIn, ownCheckIn, staffCheckIn } from './check-in-access.js';
import { CheckIn } from './check-in.entity.js';
import { scoreResponses, type ResponseInput } from './answers.js';
import { scheduleFollowUps } from './scheduling.service.js';

export type AnswersInput = { checkInId: string; responses: readonly ResponseInput[] };

const notOpen = (checkIn: CheckIn) =>
  checkIn.status === 'COMPLETED'
    ? badInput([{ field: 'checkInId', message: 'This check-in has already been answered. Thank you.' }])
    : badInput([{ field: 'checkInId', message: 'This check-in was set aside, so it cannot be answered now.' }]);

/** The person answers their own check-in, once it is due. */
export async function submitCheckIn(em: EntityManager, viewer: Viewer, input: AnswersInput, now = new Date()): Promise<CheckIn> {
  const checkIn = await ownCheckIn(em, viewer, input.checkInId);
  return complete(em, checkIn, input, { userId: viewer.id, onBehalf: false }, now);
}

/** A link worker or administrator of the person's scheme records answers the person gave by phone. */
export async function recordCheckInByPhone(em: EntityManager, viewer: Viewer, input: AnswersInput, now = new Date()): Promise<CheckIn> {
  const checkIn = await staffCheckIn(em, viewer, input.checkInId);
  return complete(em, checkIn, input, { userId: viewer.id, onBehalf: true }, now);
}

/**
 * Stores the answers and their scores. The row is claimed with one conditional UPDATE, so of two
 * submissions at the same moment exactly one completes it and the other is told it is done. A
 * completed baseline brings the follow-ups, in the same transaction.
 */
async function complete(em: EntityManager, checkIn: CheckIn, input: AnswersInput, by: { userId: string; onBehalf: boolean }, now: Date): Promise<CheckIn> {
  if (checkIn.status !== 'DUE') throw notOpen(checkIn);
  if (checkIn.dueOn > londonDate(now)) {
    throw badInput([{ field: 'checkInId', message: `This check-in opens on ${dateInWords(checkIn.dueOn)}.` }]);
  }
  const responses = scoreResponses(input.responses);
  await em.transactional(async (tx) => {
    const claimed = await tx.nativeUpdate(
      CheckIn,
      { id: checkIn.id, scheme: checkIn.scheme.id, status: 'DUE' },
      { status: 'COMPLETED', completedAt: now, recordedBy: tx.getReference(UserAccount, by.userId), onBehalf: by.onBehalf, responses },
    );
    if (claimed === 0) throw notOpen(await tx.findOneOrFail(CheckIn, { id: checkIn.id, scheme: checkIn.scheme.id }, { refresh: true }));
    if (checkIn.occasion === 'BASELINE') await scheduleFollowUps(tx, { schemeId: checkIn.scheme.id, seekerId: checkIn.seeker.id, completedAt: now });
  });
  return em.findOneOrFail(CheckIn, { id: checkIn.id, scheme: checkIn.scheme.id }, { populate: ['seeker'], refresh: true });
}

/** "Not now, thank you": the person, or staff of their scheme, sets a due check-in aside. */
export async function declineCheckIn(em: EntityManager, viewer: Viewer, checkInId: string): Promise<CheckIn> {
  const own = await findOwnCheckIn(em, viewer, checkInId);
  const checkIn = own ?? (await findStaffCheckIn(em, viewer, checkInId));
  if (!checkIn) throw checkInNotFound();
  if (checkIn.status !== 'DUE') throw notOpen(checkIn);
  const declined = await em.nativeUpdate(
    CheckIn,
    { id: checkIn.id, status: 'DUE' },
    { status: 'DECLINED', recordedBy: em.getReference(UserAccount, viewer.id), onBehalf: !own },
  );
  const after = await em.findOneOrFail(CheckIn, { id: checkIn.id }, { populate: ['seeker'], refresh: true });
  if (declined === 0) throw notOpen(after);
  return after;
}
