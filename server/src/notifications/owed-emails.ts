import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import type { NotificationKind } from './notification.entity.js';
import { sendOwedNoticeEmail } from './notify.js';

export type OwedEmailDeps = { em: EntityManager; app: Pick<AppServices, 'mailer' | 'publicUrl'>; logger?: Logger };

/**
 * How long an owed email is left to the job that recorded it before the sweep sends it. The job
 * sends it within seconds, or its retries do within a few minutes (queue-policies.ts); the sweep is
 * for what is left once they have given up. Sending earlier would be safe, only wasteful: the two
 * would meet at the notice's row lock.
 */
export const OWED_EMAIL_GRACE_MS = 5 * 60_000;

// Small batches: each is one short query, and a sweep that meets a mail server still down stops
// after one batch instead of waiting on it for every email owed.
const BATCH = 20;
const BEFORE_EVERY_ID = '00000000-0000-0000-0000-000000000000';

type Owed = { id: string; scheme_id: string };

/**
 * Sends the notice emails still owed in every scheme (only those of `kind`, only those recorded
 * before `recordedBefore`, when given), a batch at a time, each through sendOwedNoticeEmail, which
 * locks the notice and marks it sent, so whoever else is sending it (a job, its rerun, another
 * sweep) never sends it too. Stops early when every email of a batch failed (the mail server is
 * down): they stay owed. Returns how many went, and the errors of those that could not go.
 */
export async function sendOwedEmailsEverywhere(
  deps: OwedEmailDeps,
  which: { kind?: NotificationKind; recordedBefore?: Date; skipLocked?: boolean },
): Promise<{ sent: number; failures: unknown[] }> {
  let sent = 0;
  const failures: unknown[] = [];
  let after = BEFORE_EVERY_ID;
  for (;;) {
    const filters = [which.kind ? ' and kind = ?' : '', which.recordedBefore ? ' and created_at <= ?' : ''].join('');
    const params = [after, ...(which.kind ? [which.kind] : []), ...(which.recordedBefore ? [which.recordedBefore] : []), BATCH];
    // The partial index notification_email_owed holds just the owed notices, so this reads only those.
    const batch = await deps.em.getConnection().execute<Owed[]>(
      `select id, scheme_id from notification where email_subject is not null and emailed_at is null and id > ?${filters} order by id limit ?`,
      params,
    );
    let failed = 0;
    for (const owed of batch) {
      const wentOut = await sendOwedNoticeEmail(deps.em, deps.app, { id: owed.id, schemeId: owed.scheme_id }, { skipLocked: which.skipLocked ?? false }).catch((error: unknown) => {
        failures.push(error);
        failed++;
        return false;
      });
      if (wentOut) sent++;
    }
    if (batch.length < BATCH || failed === batch.length) break;
    after = batch[batch.length - 1]!.id;
  }
  return { sent, failures };
}

/**
 * The recurring sweep: sends every notice email owed for longer than the grace period, in any
 * scheme, which its job left behind when it used up its retries (the mail server was down for
 * long). A notice being sent by someone else right now is skipped, not waited for: it is theirs,
 * and if they die it is still owed at the next sweep. Never throws; what could not go stays owed.
 * (A lapsed DBS check's emails need no sweep: its hourly job sends whatever is still owed.)
 */
export async function sweepOwedEmails(deps: OwedEmailDeps, now: Date): Promise<{ sent: number; failed: number }> {
  const { sent, failures } = await sendOwedEmailsEverywhere(deps, { recordedBefore: new Date(now.getTime() - OWED_EMAIL_GRACE_MS), skipLocked: true });
  if (failures.length > 0) deps.logger?.warn({ err: failures[0], sent, failed: failures.length }, 'owed emails could not all be sent; the next sweep tries again');
  else if (sent > 0) deps.logger?.info({ sent }, 'owed emails sent by the sweep');
  return { sent, failed: failures.length };
}
