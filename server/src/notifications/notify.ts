import type { EntityManager } from '@mikro-orm/postgresql';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import type { AppServices } from '../graphql/context.js';
import type { MailAttachment, OutgoingMail } from '../mail/mailer.js';
import { whileMailIsLocked } from '../mail/owed-mail.js';
import { Notification, type NotificationKind } from './notification.entity.js';
import { notificationEvent } from './notification.presenter.js';

/** One thing to tell one person: in the app always, by email when `subject` is given. */
export type Notice = {
  userId: string;
  schemeId: string;
  kind: NotificationKind;
  text: string;
  link: string | null;
  /** The email's subject; without one, the notice stays in the app. */
  subject?: string;
  attachments?: MailAttachment[];
};

/** What to deliver once the transaction that caused it has committed. */
export type Delivery = { notification: Notification; notice: Notice };

/**
 * Writes the notices inside the caller's unit of work, so they exist exactly when the change that
 * caused them does. Call `deliver` after the commit. With `owingEmail` (for jobs, which may be run
 * again after a crash), each notice with a subject records its email as owed instead: after the
 * commit, call `publishNotices` and then `sendOwedNoticeEmails`, which sends and marks each one.
 * An owed email carries no attachments.
 */
export function recordNotices(em: EntityManager, notices: Notice[], options: { owingEmail?: boolean } = {}): Delivery[] {
  return notices.map((notice) => ({
    notice,
    notification: em.create(Notification, {
      scheme: em.getReference(Scheme, notice.schemeId),
      user: em.getReference(UserAccount, notice.userId),
      kind: notice.kind,
      text: notice.text,
      link: notice.link,
      createdAt: new Date(),
      emailSubject: options.owingEmail ? (notice.subject ?? null) : null,
    }),
  }));
}

/** Tells the people's open pages; no email. */
export function publishNotices(app: Pick<AppServices, 'pubsub'>, deliveries: Delivery[]): void {
  for (const { notification, notice } of deliveries) app.pubsub.publish('notificationAdded', notice.userId, notificationEvent(notification));
}

/** The notices a job recorded owing email: one kind about one thing (its link), in one scheme. */
export type OwedNoticeEmails = { schemeId: string; kind: NotificationKind; link: string };

type OwedRow = { text: string; link: string | null; email_subject: string; email: string; display_name: string; disabled_at: Date | null };

/**
 * Sends the emails still owed for these notices, each once (see sendOwedNoticeEmail): a job run again
 * after dying between recording its notices and sending their emails sends what is still owed, and
 * two processes running the same job send each email once. Returns how many were sent.
 */
export async function sendOwedNoticeEmails(em: EntityManager, app: Pick<AppServices, 'mailer' | 'publicUrl'>, owed: OwedNoticeEmails): Promise<number> {
  const ids = await em.getConnection().execute<Array<{ id: string }>>(
    `select id from notification where scheme_id = ? and link = ? and kind = ? and email_subject is not null and emailed_at is null order by created_at, id`,
    [owed.schemeId, owed.link, owed.kind],
  );
  let sent = 0;
  const failures: unknown[] = [];
  for (const { id } of ids) {
    const wentOut = await sendOwedNoticeEmail(em, app, { id, schemeId: owed.schemeId }).catch((error: unknown) => {
      // Still owed; the others are tried all the same, and the job fails after them, to be run again.
      failures.push(error);
      return false;
    });
    if (wentOut) sent++;
  }
  if (failures.length > 0) throw failures[0];
  return sent;
}

/**
 * Sends one notice's owed email and marks it sent, in one transaction holding the notice's row (see
 * whileMailIsLocked): every sender of owed email goes through here, so a job, its rerun and the
 * sweep never send the same email twice. Another sender holding the row is waited for, and its
 * email then found sent; with `skipLocked` (the sweep) it is left to that sender instead. Resolves
 * true when the email went; false when it had gone already, was left to another, or had nobody to
 * go to. Rejects, leaving it owed, when the mail server could not take it.
 */
export async function sendOwedNoticeEmail(
  em: EntityManager,
  app: Pick<AppServices, 'mailer' | 'publicUrl'>,
  owed: { id: string; schemeId: string },
  options: { skipLocked?: boolean } = {},
): Promise<boolean> {
  return whileMailIsLocked(em, async (_tx, sql) => {
    const [row] = await sql<OwedRow>(
      `select n.text, n.link, n.email_subject, u.email, u.display_name, u.disabled_at
         from notification n join person_account u on u.id = n.user_id
        where n.id = ? and n.scheme_id = ? and n.email_subject is not null and n.emailed_at is null
          for update of n${options.skipLocked ? ' skip locked' : ''}`,
      [owed.id, owed.schemeId],
    );
    if (!row) return false; // sent meanwhile by another process, or (skipLocked) being sent by one now
    // A closed account is not written to; its email is no longer owed.
    const outcome = row.disabled_at ? null : await app.mailer.send(noticeMail(app.publicUrl, { email: row.email, displayName: row.display_name }, row.email_subject, row.text, row.link));
    await sql(`update notification set emailed_at = ? where id = ? and scheme_id = ?`, [new Date(), owed.id, owed.schemeId]);
    return outcome === 'SENT';
  });
}

function noticeMail(publicUrl: string, to: { email: string; displayName: string }, subject: string, text: string, link: string | null): OutgoingMail {
  const url = link ? `${publicUrl}${link}` : `${publicUrl}/`;
  return { to: to.email, subject, text: [`Hello ${firstName(to.displayName)},`, '', text, '', url, '', 'Kindred'].join('\n') };
}

/** Publishes to the person's open pages and emails them. Never throws: the change itself has happened. */
export async function deliver(em: EntityManager, app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger'>, deliveries: Delivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  try {
    const ids = [...new Set(deliveries.map((d) => d.notice.userId))];
    const people = await em.fork().find(UserAccount, { id: { $in: ids } });
    publishNotices(app, deliveries);
    for (const { notice } of deliveries) {
      const person = people.find((p) => p.id === notice.userId);
      if (!notice.subject || !person || person.disabledAt) continue;
      const mail = noticeMail(app.publicUrl, person, notice.subject, notice.text, notice.link);
      app.mailer.sendInBackground({ ...mail, ...(notice.attachments ? { attachments: notice.attachments } : {}) });
    }
  } catch (error) {
    app.logger.error({ err: error }, 'notifications could not be delivered');
  }
}

export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
