import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';

/** What a concern can be about; the subject id is a seeker, volunteer, match or activity id. */
export const CONCERN_SUBJECT_KINDS = ['PERSON', 'VOLUNTEER', 'MATCH', 'ACTIVITY'] as const;
export type ConcernSubjectKind = (typeof CONCERN_SUBJECT_KINDS)[number];

export const CONCERN_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'SERIOUS'] as const;
export type ConcernSeverity = (typeof CONCERN_SEVERITIES)[number];

export const CONCERN_STATUSES = ['OPEN', 'TRIAGED', 'CLOSED'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export const CONCERN_TEXT_MAX = 2000;

/**
 * A safeguarding concern someone raised, in their own words. Seen only by link workers and
 * administrators of the scheme: never by the person it is about, and the raiser sees only that
 * it was received. Never deleted.
 */
@Entity({ tableName: 'concern' })
@Index({ properties: ['scheme', 'status', 'raisedAt'] })
@Index({ properties: ['subjectKind', 'subjectId'] })
export class Concern {
  [OptionalProps]?: 'status' | 'raisedAt' | 'pausedMatchIds' | 'pausedWhenRaised';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @Enum({ items: () => [...CONCERN_SUBJECT_KINDS], type: 'text' })
  subjectKind!: ConcernSubjectKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  @Index()
  raisedBy!: UserAccount;

  @Property({ type: 'timestamptz' })
  raisedAt: Date = new Date();

  @Enum({ items: () => [...CONCERN_STATUSES], type: 'text' })
  status: ConcernStatus = 'OPEN';

  @Enum({ items: () => [...CONCERN_SEVERITIES], type: 'text', nullable: true })
  severity?: ConcernSeverity | null;

  @Property({ type: 'text', nullable: true })
  actionsTaken?: string | null;

  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'restrict' })
  triagedBy?: UserAccount | null;

  @Property({ type: 'timestamptz', nullable: true })
  triagedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  /** Raised by one of the two people about their own match (or the other of the two), which paused it at once. */
  @Property({ type: 'boolean' })
  pausedWhenRaised: boolean = false;

  /** The matches this concern paused (ids of matches of the same scheme), so staff can lift them. */
  @Property({ type: 'text[]' })
  pausedMatchIds: string[] = [];

  /** The volunteer this concern suspended, if it did. */
  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'restrict' })
  suspendedVolunteer?: Volunteer | null;

  /** When staff lifted the pause or suspension this concern caused, and why (staff only). */
  @Property({ type: 'timestamptz', nullable: true })
  liftedAt?: Date | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'restrict' })
  liftedBy?: UserAccount | null;

  @Property({ type: 'text', nullable: true })
  liftNote?: string | null;
}
