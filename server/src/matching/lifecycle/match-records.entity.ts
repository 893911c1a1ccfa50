import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CONTACT_MODES, type ContactMode } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import { MATCH_STATUSES, Match, type MatchStatus } from './match.entity.js';

/** In which capacity someone acted on a match. */
export const MATCH_ACTOR_ROLES = ['VOLUNTEER', 'PERSON', 'STAFF', 'SYSTEM'] as const;
export type MatchActorRole = (typeof MATCH_ACTOR_ROLES)[number];

/** One step of a match's life: append-only, so the history is who, when and why, for ever. */
@Entity({ tableName: 'match_transition' })
@Index({ properties: ['match', 'at'] })
export class MatchTransition {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Match, { deleteRule: 'restrict' })
  match!: Match;

  @Enum({ items: () => [...MATCH_STATUSES], type: 'text', nullable: true })
  from?: MatchStatus | null;

  @Enum({ items: () => [...MATCH_STATUSES], type: 'text' })
  to!: MatchStatus;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'restrict' })
  by?: UserAccount | null;

  @Enum({ items: () => [...MATCH_ACTOR_ROLES], type: 'text' })
  role!: MatchActorRole;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}

/** A review of an active match by staff. */
@Entity({ tableName: 'match_review' })
export class MatchReview {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Match, { deleteRule: 'restrict' })
  @Index()
  match!: Match;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  by!: UserAccount;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text' })
  notes!: string;

  @Property({ type: 'boolean' })
  continues!: boolean;
}

/** That the two were in touch, and how: for reviews and impact, never a transcript. */
@Entity({ tableName: 'match_contact_log_entry' })
export class MatchContactLogEntry {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => Match, { deleteRule: 'restrict' })
  @Index()
  match!: Match;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  by!: UserAccount;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Enum({ items: () => CONTACT_MODES.map((m) => m.id), type: 'text' })
  how!: ContactMode;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A link worker set a suggested volunteer aside for a request. Recorded for staff; never shown to people. */
@Entity({ tableName: 'suggestion_rejection' })
@Index({ properties: ['request', 'volunteer'] })
export class SuggestionRejection {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @ManyToOne(() => SupportRequest, { deleteRule: 'restrict' })
  request!: SupportRequest;

  @ManyToOne(() => Volunteer, { deleteRule: 'restrict' })
  volunteer!: Volunteer;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  by!: UserAccount;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text' })
  reason!: string;
}
