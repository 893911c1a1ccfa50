import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { SUPPORT_KIND_IDS, type ContactMode, type SupportKind } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';

export const MATCH_STATUSES = ['PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE', 'DECLINED', 'ENDED'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** A live match holds the request and one of the volunteer's places. */
export const LIVE_STATUSES: readonly MatchStatus[] = ['PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE'];

/** A reason as it was shown when the match was proposed, kept with it (UK GDPR Article 22). */
export type StoredReason = { text: string; audience: 'everyone' | 'staff' };

/**
 * One support request paired with one volunteer, from proposal to ending. Never deleted. The partial
 * unique index means a request has at most one live match whatever runs at the same moment.
 */
@Entity({ tableName: 'match' })
@Unique({ name: 'match_one_live_per_request', properties: ['request'], where: `status in ('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE')` })
@Index({ properties: ['volunteer', 'status'] })
@Index({ properties: ['scheme', 'status', 'nextReviewDue'] })
export class Match {
  [OptionalProps]?: 'status' | 'proposedAt' | 'reasons' | 'waysToKeepInTouch';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => SupportRequest, { deleteRule: 'restrict' })
  @Index()
  request!: SupportRequest;

  @ManyToOne(() => Volunteer, { deleteRule: 'restrict' })
  volunteer!: Volunteer;

  @Enum({ items: () => [...MATCH_STATUSES], type: 'text' })
  status: MatchStatus = 'PROPOSED';

  @Enum({ items: () => [...SUPPORT_KIND_IDS], type: 'text' })
  kind!: SupportKind;

  /** The engine's fit (0–1000) when proposed. */
  @Property({ type: 'integer' })
  fit!: number;

  @Property({ type: 'jsonb' })
  reasons: StoredReason[] = [];

  @Property({ type: 'text[]' })
  waysToKeepInTouch: ContactMode[] = [];

  /** The link worker's note when proposing: for staff only. */
  @Property({ type: 'text', nullable: true })
  proposalNote?: string | null;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  proposedBy!: UserAccount;

  @Property({ type: 'timestamptz' })
  proposedAt: Date = new Date();

  /** When the volunteer said yes: from then on the person is offered the match and can see it. */
  @Property({ type: 'timestamptz', nullable: true })
  volunteerAcceptedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  activatedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'restrict' })
  endedBy?: UserAccount | null;

  @Property({ type: 'text', nullable: true })
  endReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  nextReviewDue?: Date | null;

  /** The review date staff were last reminded about, so each is reminded of once. */
  @Property({ type: 'timestamptz', nullable: true })
  reviewReminderFor?: Date | null;

  /** Companion: where the two meet before the session, as they agreed it. */
  @Property({ type: 'text', nullable: true })
  meetingPoint?: string | null;

  /** Companion: whether the person went to the session; null until recorded. */
  @Property({ type: 'boolean', nullable: true })
  attended?: boolean | null;

  @Property({ type: 'text', nullable: true })
  attendanceNote?: string | null;

  /** Companion: when the two were reminded the day before (10:00). Claimed once, like the follow-up. */
  @Property({ type: 'timestamptz', nullable: true })
  dayBeforeReminderAt?: Date | null;

  /** Companion: when the two were told that morning (08:00). */
  @Property({ type: 'timestamptz', nullable: true })
  morningReminderAt?: Date | null;

  /** Companion: when the two were asked how it went, two days on. */
  @Property({ type: 'timestamptz', nullable: true })
  followUpAt?: Date | null;

  /** Set when a safeguarding concern paused the match: no messages or contact log until staff lift it. */
  @Property({ type: 'timestamptz', nullable: true })
  safeguardingPausedAt?: Date | null;
}
