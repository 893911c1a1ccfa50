import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { AgeBand, SupportKind, VolunteerSkill } from '@kindred/shared';
import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { RecruitmentDrive } from '../community/drives/recruitment-drive.entity.js';
import { ProfileDetails } from '../people/profile.embeddable.js';

/** Staff confirmed that a volunteer really has a skill that meets a need, so matching may rely on it. */
export type SkillConfirmation = { skill: VolunteerSkill; confirmedById: string; confirmedAt: string };

/**
 * One person volunteering with one scheme: what they offer, where and when, and how far their
 * vetting has gone. Made the first time the volunteer (or the scheme's staff) look at it, so that
 * signing up stays the accounts' business. Private to the volunteer and staff of the scheme.
 */
@Entity({ tableName: 'volunteer' })
@Unique({ properties: ['user', 'scheme'] })
export class Volunteer {
  // Fields with a default need not be given when one is created.
  [OptionalProps]?: 'profile' | 'offers' | 'skills' | 'skillConfirmations' | 'capacity' | 'createdAt' | 'vettingUpdatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  user!: UserAccount;

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  @Index()
  scheme!: Scheme;

  @Embedded(() => ProfileDetails, { prefix: 'profile_' })
  profile: ProfileDetails = new ProfileDetails();

  /** Befriending, going with someone to a first session, or both. */
  @Property({ type: 'text[]' })
  offers: SupportKind[] = [];

  /** What the volunteer says they can do. Matching relies only on those staff have confirmed. */
  @Property({ type: 'text[]' })
  skills: VolunteerSkill[] = [];

  @Property({ type: 'jsonb' })
  skillConfirmations: SkillConfirmation[] = [];

  /** How many people at once. */
  @Property({ type: 'smallint' })
  capacity = 1;

  /** In the volunteer's own words, if they want to say; some people ask for a volunteer of a gender. */
  @Property({ type: 'text', nullable: true })
  gender?: string | null;

  @Property({ type: 'text', nullable: true })
  ageBand?: AgeBand | null;

  @Property({ type: 'timestamptz', nullable: true })
  applicationSentAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  approvedBy?: UserAccount | null;

  @Property({ type: 'timestamptz', nullable: true })
  pausedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  pauseReason?: string | null;

  /** Set by safeguarding while staff look into a concern: the engine treats them as paused. Staff only. */
  @Property({ type: 'timestamptz', nullable: true })
  suspendedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  suspensionReason?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** The recruitment drive whose link they signed up through; always a drive of the same scheme (checked when attributed). */
  @ManyToOne(() => RecruitmentDrive, { nullable: true, deleteRule: 'set null' })
  recruitmentDrive?: RecruitmentDrive | null;

  /** When vetting last moved on: the queue shows who has waited longest at their step. */
  @Property({ type: 'timestamptz' })
  vettingUpdatedAt: Date = new Date();
}
