import type { EntityManager } from '@mikro-orm/postgresql';
import { londonDate } from '@kindred/shared';
import { Membership } from '../../accounts/membership.entity.js';
import type { AppServices } from '../../graphql/context.js';
import { publishNotices, recordNotices, type Delivery, type Notice } from '../../notifications/notify.js';
import { sendOwedEmailsEverywhere } from '../../notifications/owed-emails.js';
import { Seeker } from '../../seekers/seeker.entity.js';
import type { CheckInOccasion } from './check-in.entity.js';
import { REMINDER_SUBJECT, reminderText } from './reminder-words.js';

export type ReminderDeps = { em: EntityManager; app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger'> };

type Claimed = { id: string; scheme_id: string; seeker_id: string; occasion: CheckInOccasion };

/**
 * Reminds each person whose check-in has become due, once: by email and in the app. The due
 * check-ins are claimed with one UPDATE … RETURNING inside the transaction that records the notices
 * with their emails owed, so two processes running this at the same moment never remind anyone
 * twice. The emails are then sent, each marked sent under its notice's row lock: every check-in
 * reminder email still owed, this run's and any that a run which died after its commit left behind
 * (pg-boss runs the job again), each once. One that cannot go fails the job, to be run again; once
 * its retries are used up, the owed-email sweep sends it. People without an account are on their
 * link workers' list instead.
 */
export async function remindCheckInsDue(deps: ReminderDeps, now: Date): Promise<{ reminded: number }> {
  let deliveries: Delivery[] = [];
  await deps.em.transactional(async (tx) => {
    const claimed = await tx.getConnection().execute<Claimed[]>(
      `update check_in set reminded_at = ?
       where status = 'DUE' and reminded_at is null and due_on <= ?::date
       returning id, scheme_id, seeker_id, occasion`,
      [now, londonDate(now)],
      'all',
      tx.getTransactionContext(),
    );
    if (claimed.length === 0) return;
    const schemeIds = [...new Set(claimed.map((c) => c.scheme_id))];
    const seekers = await tx.find(
      Seeker,
      { id: { $in: claimed.map((c) => c.seeker_id) }, scheme: { $in: schemeIds }, account: { $ne: null } },
      { populate: ['account'] },
    );
    const stillSeeking = await tx.find(Membership, {
      user: { $in: seekers.map((s) => s.account!.id) },
      scheme: { $in: schemeIds },
      role: 'SEEKER',
    });
    const notices: Notice[] = [];
    for (const c of claimed) {
      const account = seekers.find((s) => s.id === c.seeker_id)?.account;
      // A closed account, or someone who no longer seeks company here, is not written to.
      if (!account || account.disabledAt || !stillSeeking.some((m) => m.user.id === account.id && m.scheme.id === c.scheme_id)) continue;
      notices.push({ userId: account.id, schemeId: c.scheme_id, kind: 'CHECK_IN_DUE', text: reminderText(c.occasion), link: `/check-in/${c.id}`, subject: REMINDER_SUBJECT });
    }
    deliveries = recordNotices(tx, notices, { owingEmail: true });
    await tx.flush();
  });
  publishNotices(deps.app, deliveries);
  const { sent, failures } = await sendOwedEmailsEverywhere({ em: deps.em, app: deps.app }, { kind: 'CHECK_IN_DUE' });
  deps.app.logger.info({ reminded: deliveries.length, emailed: sent, notEmailed: failures.length }, 'check-in reminders sent');
  if (failures.length > 0) throw failures[0];
  return { reminded: deliveries.length };
}
