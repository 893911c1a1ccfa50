import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, KindredError } from '../graphql/errors.js';
import { hashToken } from './tokens.js';

export type ThrottlePolicy = { name: string; limit: number; windowSeconds: number };

/** Sign-in: 10 tries an account and 100 an address (a surgery shares one) every 15 minutes. */
export const SIGN_IN_PER_ACCOUNT: ThrottlePolicy = { name: 'sign-in:account', limit: 10, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_ADDRESS: ThrottlePolicy = { name: 'sign-in:address', limit: 100, windowSeconds: 15 * 60 };
/**
 * Authenticator and recovery codes: 5 tries an account every 15 minutes (a million codes, three
 * valid at a time, so guessing takes years), and as many an address as sign-in allows.
 */
export const TWO_FACTOR_PER_ACCOUNT: ThrottlePolicy = { name: 'two-factor:account', limit: 5, windowSeconds: 15 * 60 };
export const TWO_FACTOR_PER_ADDRESS: ThrottlePolicy = { name: 'two-factor:address', limit: 100, windowSeconds: 15 * 60 };
/** Password reset: 3 emails an account and 20 an address every hour. */
export const RESET_PER_ACCOUNT: ThrottlePolicy = { name: 'reset:account', limit: 3, windowSeconds: 60 * 60 };
export const RESET_PER_ADDRESS: ThrottlePolicy = { name: 'reset:address', limit: 20, windowSeconds: 60 * 60 };

/**
 * Counts one attempt against each policy and refuses once any is over its limit. The count is
 * taken atomically in PostgreSQL before any password is checked, so neither concurrent requests,
 * several API processes nor many aliased mutations in one request can get more tries.
 */
export async function countAttempt(em: EntityManager, attempts: Array<{ policy: ThrottlePolicy; subject: string }>): Promise<void> {
  let retryAfterSeconds = 0;
  for (const { policy, subject } of attempts) {
    // Subjects are emails and addresses: keep only a hash of them.
    const key = `${policy.name}:${hashToken(subject)}`;
    const rows = await em.getConnection().execute<Array<{ attempts: number; retry_after: number }>>(
      `insert into throttle_counter (key, window_started_at, attempts) values (?, now(), 1)
       on conflict (key) do update set
         attempts = case when throttle_counter.window_started_at <= now() - make_interval(secs => ?) then 1 else throttle_counter.attempts + 1 end,
         window_started_at = case when throttle_counter.window_started_at <= now() - make_interval(secs => ?) then now() else throttle_counter.window_started_at end
       returning attempts, ceil(extract(epoch from (window_started_at + make_interval(secs => ?) - now())))::int as retry_after`,
      [key, policy.windowSeconds, policy.windowSeconds, policy.windowSeconds],
    );
    const row = rows[0];
    if (row && row.attempts > policy.limit) retryAfterSeconds = Math.max(retryAfterSeconds, row.retry_after);
  }
  if (retryAfterSeconds > 0) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    throw new KindredError(
      ErrorCode.TOO_MANY_REQUESTS,
      `There have been too many attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      { retryAfterSeconds },
    );
  }
}

/** Forgets the attempts for one subject, after it proved itself (a correct password). */
export async function clearAttempts(em: EntityManager, policy: ThrottlePolicy, subject: string): Promise<void> {
  await em.getConnection().execute('delete from throttle_counter where key = ?', [`${policy.name}:${hashToken(subject)}`]);
}
