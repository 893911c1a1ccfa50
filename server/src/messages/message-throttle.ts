import type { EntityManager } from '@mikro-orm/postgresql';
import { countAttempt, type ThrottlePolicy } from '../accounts/throttle.js';
import { ErrorCode, KindredError } from '../graphql/errors.js';

/** Far more than anyone types, and few enough that a script cannot flood the other person. */
export const MESSAGES_PER_SENDER: ThrottlePolicy = { name: 'messages:sender', limit: 60, windowSeconds: 60 };

/** Counts one message against the sender's limit, in PostgreSQL, so several processes share the count. */
export async function countMessage(em: EntityManager, senderId: string): Promise<void> {
  try {
    await countAttempt(em, [{ policy: MESSAGES_PER_SENDER, subject: senderId }]);
  } catch (error) {
    if (error instanceof KindredError && error.extensions['code'] === ErrorCode.TOO_MANY_REQUESTS) {
      throw new KindredError(ErrorCode.TOO_MANY_REQUESTS, 'You have sent a lot of messages in a short time. Wait a minute and try again.', { ...error.extensions });
    }
    throw error;
  }
}
