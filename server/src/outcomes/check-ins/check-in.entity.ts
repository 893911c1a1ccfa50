import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Answers, InstrumentId, InstrumentScore } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { Match } from '../../matching/lifecycle/match.entity.js';
import { Seeker } from '../../seekers/seeker.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';

export const CHECK_IN_OCCASIONS = ['BASELINE', 'FOLLOW_UP', 'ENDING'] as const;
export type CheckInOccasion = (typeof CHECK_IN_OCCASIONS)[number];

export const CHECK_IN_STATUSES = ['DUE', 'COMPLETED', 'DECLINED'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/** One instrument's answers as given (null = skipped) and its published score, null while incomplete. */
export type StoredResponse = { instrument: InstrumentId; answers: Answers; score: InstrumentScore | null };

/**
 * One occasion on which a person is asked how they have been: at the start of support, at each
 * follow-up after the baseline, and when a match ends. The reports read the same rows.
 *
 * At most one per (person, occasion, months after baseline, match). NULLs count as equal here
 * (PostgreSQL 15's NULLS NOT DISTINCT), so a person has one baseline however many requests they make,
 * one follow-up per month, and one ending per match. MikroORM cannot say NULLS NOT DISTINCT, so the
 * index is given as its DDL (compared by name only).
 */
@Entity({ tableName: 'check_in' })
@Unique({
  name: 'check_in_one_per_occasion',
  expression:
    'create unique index "check_in_one_per_occasion" on "check_in" ("seeker_id", "occasion", "months_after_baseline", "match_id") nulls not distinct',
})
@Index({ properties: ['scheme', 'status', 'dueOn'] })
@Index({ properties: ['status', 'remindedAt', 'dueOn'] })
export class CheckIn {
  [OptionalProps]?: 'status' | 'onBehalf' | 'responses' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Seeker, { deleteRule: 'cascade' })
  @Index()
  seeker!: Seeker;

  /** The request whose start made this the baseline; null for other occasions. */
  @ManyToOne(() => SupportRequest, { nullable: true, deleteRule: 'set null' })
  request?: SupportRequest | null;

  /** The match whose ending this is; null for other occasions. */
  @ManyToOne(() => Match, { nullable: true, deleteRule: 'restrict' })
  match?: Match | null;

  @Enum({ items: () => [...CHECK_IN_OCCASIONS], type: 'text' })
  occasion!: CheckInOccasion;

  /** For a follow-up: how many months after the baseline was completed. */
  @Property({ type: 'integer', nullable: true })
  monthsAfterBaseline?: number | null;

  /** The London date from which it may be answered, YYYY-MM-DD. */
  @Property({ type: 'date' })
  dueOn!: string;

  @Enum({ items: () => [...CHECK_IN_STATUSES], type: 'text' })
  status: CheckInStatus = 'DUE';

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  /** Who gave the answers in Kindred: the person themself, or a link worker taking them by phone. */
  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  recordedBy?: UserAccount | null;

  /** True when a link worker recorded answers the person gave by phone. */
  @Property({ type: 'boolean' })
  onBehalf: boolean = false;

  @Property({ type: 'jsonb' })
  responses: StoredResponse[] = [];

  /** When the person was reminded (once only), or null. */
  @Property({ type: 'timestamptz', nullable: true })
  remindedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
