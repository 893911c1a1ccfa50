import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';

export const NOTIFICATION_KINDS = [
  'MATCH_OFFERED',
  'MATCH_ACCEPTED',
  'MATCH_DECLINED',
  'MATCH_ACTIVE',
  'MATCH_ENDED',
  'MEETING_POINT_AGREED',
  'SESSION_REMINDER',
  'SESSION_TODAY',
  'SESSION_FOLLOW_UP',
  'REVIEW_RECORDED',
  'REVIEW_DUE',
  'CHECK_IN_DUE',
  // Safeguarding (issue 7): never name the raiser or say what the concern is.
  'CONCERN_RAISED',
  'MATCH_PAUSED',
  'VOLUNTEER_SUSPENDED',
  'SAFEGUARDING_PAUSE_LIFTED',
  // Messages (issue 7): names the sender, never what they wrote.
  'MESSAGE_RECEIVED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Something Kindred told one person, in the app. Only ever marked read, never deleted. The text is
 * written for its reader and holds no contact details or needs, so it is safe in an email too.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'createdAt'] })
// The few notices whose email a job still owes (see sendOwedNoticeEmails), found by what they are about,
// and by the sweep of every scheme (owed-emails.ts), which reads the whole of this small index.
@Index({ name: 'notification_email_owed', properties: ['scheme', 'link'], where: 'email_subject is not null and emailed_at is null' })
export class Notification {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  user!: UserAccount;

  @Enum({ items: () => [...NOTIFICATION_KINDS], type: 'text' })
  kind!: NotificationKind;

  @Property({ type: 'text' })
  text!: string;

  /** A path in the web app, such as /matches/<id>. */
  @Property({ type: 'text', nullable: true })
  link?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  /**
   * Set on a notice whose email a job sends and records (recordNotices with `owingEmail`): the
   * email's subject, owed until `emailedAt` is set. Null on notices emailed in the background.
   */
  @Property({ type: 'text', nullable: true })
  emailSubject?: string | null;

  /** When the owed email was accepted by the mail server (or found it had nobody to go to). */
  @Property({ type: 'timestamptz', nullable: true })
  emailedAt?: Date | null;
}
