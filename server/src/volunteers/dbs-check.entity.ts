import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { DbsLevel } from '@kindred/shared';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Volunteer } from './volunteer.entity.js';

/**
 * A DBS check staff have seen. A new check supersedes the last, which is kept as history. The
 * certificate number is never stored in full: its last 4 digits are enough to tell certificates apart.
 */
@Entity({ tableName: 'volunteer_dbs_check' })
@Index({ properties: ['recheckDueOn'] })
// The few lapse notices claimed and not yet all sent (see notifyLapsedDbsChecks).
@Index({
  name: 'volunteer_dbs_check_lapse_notice_owed',
  properties: ['scheme'],
  where: 'lapse_notified_at is not null and superseded_at is null and (lapse_volunteer_told_at is null or lapse_staff_told_at is null)',
})
export class DbsCheck {
  // Fields with a default need not be given when one is created.
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  @Index()
  volunteer!: Volunteer;

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @Property({ type: 'text' })
  level!: DbsLevel;

  /** The date printed on the certificate, YYYY-MM-DD. */
  @Property({ type: 'date' })
  issuedOn!: string;

  /** From this date the check has lapsed and the volunteer cannot be offered anyone new. */
  @Property({ type: 'date' })
  recheckDueOn!: string;

  @Property({ type: 'text', nullable: true })
  certificateEnding?: string | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  recordedBy?: UserAccount | null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  /** Set when a newer check replaces this one. */
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt?: Date | null;

  /**
   * When the hourly check found this check lapsed and claimed its notices (once only): from then the
   * volunteer and their link workers are owed an email each, until the two dates below are set.
   */
  @Property({ type: 'timestamptz', nullable: true })
  lapseNotifiedAt?: Date | null;

  /** When the volunteer's email went (or was found to have nobody to go to). */
  @Property({ type: 'timestamptz', nullable: true })
  lapseVolunteerToldAt?: Date | null;

  /** When the scheme's link workers' emails naming this volunteer went. */
  @Property({ type: 'timestamptz', nullable: true })
  lapseStaffToldAt?: Date | null;
}
