import { randomUUID } from 'node:crypto';

/** What an erased person is called wherever a name used to be. */
export const ERASED_NAME = 'Erased person';

/** Why a live match ended when one of the two was erased. */
export const ERASURE_END_REASON = 'ended because a person asked for their data to be erased';

/** What others' notices about an erased person's match or record say instead: no name, no detail. */
export const ERASED_NOTICE_TEXT = 'This notice was about someone whose details have since been erased at their request.';

/** What a message in an erased person's match says instead of its words (a message always has some). */
export const ERASED_MESSAGE_TEXT = 'This message was removed when one of the two people asked for their data to be erased.';

/**
 * A unique address that can never receive mail: `.invalid` is reserved for exactly this (RFC 2606),
 * and the random part keeps the unique index on email happy.
 */
export function erasedEmail(): string {
  return `erased-${randomUUID()}@erased.invalid`;
}

/** Not an argon2 hash, so no password can ever match it. */
export const UNUSABLE_PASSWORD_HASH = '!erased';

export const endedWords = {
  toPerson: 'Your match has ended, because the volunteer asked us to erase their details. This is not about anything you did. You keep your place in the queue, and your link worker will be in touch.',
  toVolunteer: 'Your match has ended, because the person asked us to erase their details. This is not about anything you did. Thank you for the time you gave.',
  toStaff: 'A match you proposed has ended, because one of the two people asked for their data to be erased.',
};
