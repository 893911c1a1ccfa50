import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ContactMode, TimeBand, VolunteerSkill } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';

export const DRIVE_STATUSES = ['OPEN', 'CLOSED'] as const;
export type DriveStatus = (typeof DRIVE_STATUSES)[number];

/**
 * A community builder's call for volunteers aimed at a gap: where, what skills, which times, which
 * ways of keeping in touch, in public words. Its code makes the public sign-up link (/join/<code>),
 * and volunteers who sign up through it are attributed to it (Volunteer.recruitmentDrive).
 */
@Entity({ tableName: 'recruitment_drive' })
@Index({ properties: ['scheme', 'createdAt'] })
export class RecruitmentDrive {
  [OptionalProps]?: 'status' | 'createdAt' | 'areas' | 'skills' | 'bands' | 'contactModes';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  scheme!: Scheme;

  @Property({ type: 'text' })
  title!: string;

  /** Shown to anyone who opens the link: words for the public, never about a person. */
  @Property({ type: 'text' })
  message!: string;

  /** Postcode districts (outward codes, "LS6"); empty means anywhere (phone, video, text, letters). */
  @Property({ type: 'text[]' })
  areas: string[] = [];

  @Property({ type: 'text[]' })
  skills: VolunteerSkill[] = [];

  @Property({ type: 'text[]' })
  bands: TimeBand[] = [];

  @Property({ type: 'text[]' })
  contactModes: ContactMode[] = [];

  @Enum({ items: () => [...DRIVE_STATUSES], type: 'text' })
  status: DriveStatus = 'OPEN';

  /** Random and URL-safe: knowing one drive's link tells nothing about another's. */
  @Property({ type: 'text', unique: true })
  code!: string;

  /** The "what would help" suggestion it was started from, if any. */
  @Property({ type: 'text', nullable: true })
  fromSuggestion?: string | null;

  @ManyToOne(() => UserAccount, { deleteRule: 'restrict' })
  createdBy!: UserAccount;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}
