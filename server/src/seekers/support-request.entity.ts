import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { SUPPORT_KIND_IDS, type ContactMode, type SupportKind } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Activity } from '../directory/activity.entity.js';
import { Seeker } from './seeker.entity.js';

export const REQUEST_STATUSES = ['WAITING', 'MATCHED', 'CLOSED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Why a request closed. Grows with the match lifecycle (endings) and staff closing requests. */
export const REQUEST_CLOSED_REASONS = ['WITHDRAWN_BY_PERSON', 'MATCH_ENDED'] as const;
export type RequestClosedReason = (typeof REQUEST_CLOSED_REASONS)[number];

/** Open requests still need someone; closed ones are kept, never deleted. */
export const OPEN_STATUSES: RequestStatus[] = ['WAITING', 'MATCHED'];

/**
 * A person asking for a befriender, or for a companion to one session of an activity. A person has
 * at most one open befriending request, enforced by a partial unique index so that two requests at
 * the same moment cannot both succeed.
 */
@Entity({ tableName: 'support_request' })
@Index({ properties: ['scheme', 'status', 'kind', 'createdAt'] })
@Unique({ name: 'support_request_one_open_befriending', properties: ['seeker'], where: `kind = 'BEFRIENDING' and status in ('WAITING', 'MATCHED')` })
export class SupportRequest {
  [OptionalProps]?: 'contactModes' | 'status' | 'statusChangedAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Seeker, { deleteRule: 'cascade' })
  @Index()
  seeker!: Seeker;

  @Enum({ items: () => [...SUPPORT_KIND_IDS], type: 'text' })
  kind!: SupportKind;

  /** For a companion: the activity in the directory. Activities are only ever marked removed, never deleted. */
  @ManyToOne(() => Activity, { nullable: true, deleteRule: 'restrict' })
  activity?: Activity | null;

  /** For a companion: the start of the chosen session, kept as it was chosen even if the listing changes. */
  @Property({ type: 'timestamptz', nullable: true })
  sessionStartsAt?: Date | null;

  /** How the person would like to keep in touch with the volunteer. */
  @Property({ type: 'text[]' })
  contactModes: ContactMode[] = [];

  /** Anything else the person wants us to know, in their words. */
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Enum({ items: () => [...REQUEST_STATUSES], type: 'text' })
  status: RequestStatus = 'WAITING';

  @Enum({ items: () => [...REQUEST_CLOSED_REASONS], type: 'text', nullable: true })
  closedReason?: RequestClosedReason | null;

  @Property({ type: 'timestamptz' })
  statusChangedAt: Date = new Date();

  /** When a volunteer was matched, ending the wait. Kept after the request closes, to measure waiting times. */
  @Property({ type: 'timestamptz', nullable: true })
  matchedAt?: Date | null;

  /** When they asked: the start of their wait. */
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** The person themself, or the link worker who asked on their behalf. */
  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  createdBy!: UserAccount;
}
