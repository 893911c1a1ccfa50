import type { EntityManager } from '@mikro-orm/postgresql';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import type { AppServices } from '../graphql/context.js';
import type { MailAttachment } from '../mail/mailer.js';
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
 * caused them does. Call `deliver` after the commit.
 */
export function recordNotices(em: EntityManager, notices: Notice[]): Delivery[] {
  return notices.map((notice) => ({
    notice,
    notification: em.create(Notification, {
      scheme: em.getReference(Scheme, notice.schemeId),
      user: em.getReference(UserAccount, notice.userId),
      kind: notice.kind,
      text: notice.text,
      link: notice.link,
      createdAt: new Date(),
    }),
  }));
}

/** Publishes to the person's open pages and emails them. Never throws: the change itself has happened. */
export async function deliver(em: EntityManager, app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger'>, deliveries: Delivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  try {
    const ids = [...new Set(deliveries.map((d) => d.notice.userId))];
    const people = await em.fork().find(UserAccount, { id: { $in: ids } });
    for (const { notification, notice } of deliveries) {
      app.pubsub.publish('notificationAdded', notice.userId, notificationEvent(notification));
      const person = people.find((p) => p.id === notice.userId);
      if (!notice.subject || !person || person.disabledAt) continue;
      const link = notice.link ? `${app.publicUrl}${notice.link}` : `${app.publicUrl}/`;
      const text = [`Hello ${firstName(person.displayName)},`, '', notice.text, '', link, '', 'Kindred'].join('\n');
      app.mailer.sendInBackground({ to: person.email, subject: notice.subject, text, ...(notice.attachments ? { attachments: notice.attachments } : {}) });
    }
  } catch (error) {
    app.logger.error({ err: error }, 'notifications could not be delivered');
  }
}

export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
