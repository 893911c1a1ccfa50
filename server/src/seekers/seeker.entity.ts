import { OptionalProps } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { REACH_BY, VOLUNTEER_GENDER_PREFERENCES, type LanguageId, type ReachBy, type VolunteerGenderPreference } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { ProfileDetails } from '../people/profile.embeddable.js';

export const REFERRAL_ROUTES = ['SELF', 'LINK_WORKER'] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

/**
 * A person seeking company in one scheme. They may have an account, or have been referred by a link
 * worker and have none yet. Name, contact details, needs and what matters to them are for the person
 * and their scheme's link workers and administrators only.
 */
@Entity({ tableName: 'seeker' })
@Unique({ properties: ['scheme', 'account'] })
export class Seeker {
  [OptionalProps]?: 'profile' | 'volunteerGender' | 'preferredLanguages' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  @Index()
  scheme!: Scheme;

  /** Null for a person referred by a link worker who has no account. */
  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  account?: UserAccount | null;

  @Property({ type: 'text' })
  name!: string;

  // Contact details: never serialised, and loaded only when someone allowed to see them asks.
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  email?: string | null;

  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  address?: string | null;

  @Enum({ items: () => REACH_BY.map((r) => r.id), type: 'text', nullable: true })
  preferredContact?: ReachBy | null;

  @Embedded(() => ProfileDetails, { prefix: 'profile_' })
  profile: ProfileDetails = new ProfileDetails();

  /** "What matters to me", in the person's own words. */
  @Property({ type: 'text', nullable: true })
  whatMattersToMe?: string | null;

  @Enum({ items: () => VOLUNTEER_GENDER_PREFERENCES.map((g) => g.id), type: 'text' })
  volunteerGender: VolunteerGenderPreference = 'NO_PREFERENCE';

  /** Languages they would rather their volunteer spoke, beyond those they speak (in the profile). */
  @Property({ type: 'text[]' })
  preferredLanguages: LanguageId[] = [];

  @Property({ type: 'text', nullable: true })
  otherPreferences?: string | null;

  @Enum({ items: () => [...REFERRAL_ROUTES], type: 'text' })
  referralRoute!: ReferralRoute;

  /** The link worker who made the referral; null for self sign-up. */
  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  referredBy?: UserAccount | null;

  /** When they signed up or were referred. */
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /** The latest contact the scheme recorded, kept here so the waiting list needs no extra query. */
  @Property({ type: 'timestamptz', nullable: true })
  lastContactedAt?: Date | null;
}
