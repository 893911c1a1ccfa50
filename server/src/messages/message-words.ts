import { KindredError, ErrorCode } from '../graphql/errors.js';

/**
 * What people are told about their messages. A notification or email names the sender and never
 * repeats what they wrote: it may be read over someone's shoulder.
 */
export const messageWords = {
  newMessage: (sender: string) => ({ subject: `You have a new message from ${sender}`, text: `You have a new message from ${sender}.` }),
};

/** Why messages cannot be sent now; `reason` is stable for programs, the message is for people. */
export type ClosedReason = 'MESSAGES_PAUSED' | 'MATCH_NOT_ACTIVE_YET' | 'MATCH_ENDED';

const CLOSED_WORDS: Record<ClosedReason, string> = {
  MESSAGES_PAUSED: 'Messages are paused. Your link worker will be in touch.',
  MATCH_NOT_ACTIVE_YET: 'You can send messages once you have both said yes.',
  MATCH_ENDED: 'This match has ended, so messages are closed. Your link worker is there if you need anything.',
};

export function messagesClosed(reason: ClosedReason): KindredError {
  const message = CLOSED_WORDS[reason];
  return new KindredError(ErrorCode.BAD_USER_INPUT, message, { fields: [{ field: 'matchId', message }], reason });
}
