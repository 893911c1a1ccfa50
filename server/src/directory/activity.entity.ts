import { OptionalProps } from '@mikro-orm/core';
import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { ActivitySchedule, InterestId } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { FirstVisit } from './first-visit.embeddable.js';
import { Venue } from './venue.embeddable.js';

/**
 * The identities an activity has in Open Referral UK (HSDS), kept so that a file imported and
 * exported again describes the same organisation, service, location and records.
 */
export type OpenReferralIds = {
  organizationId?: string;
  serviceId?: string;
  serviceAtLocationId?: string;
  locationId?: string;
  addressId?: string;
  contactId?: string;
  phoneId?: string;
  costOptionId?: string;
  /** Accessibility records that stood for one venue feature each. */
  featureIds?: Record<string, string>;
  /** Attribute records, by what they said ("interest:singing", "first-visit:mode"). */
  attributeIds?: Record<string, string>;
  assurerEmail?: string;
  /** Fields of the file's records that Kindred does not use (an age limit, a logo), passed through to exports unchanged. */
  extra?: { service?: Record<string, unknown>; organization?: Record<string, unknown>; location?: Record<string, unknown>; address?: Record<string, unknown> };
  /** Taxonomy terms from other directories, passed through likewise. */
  otherAttributes?: Array<Record<string, unknown>>;
};

/**
 * A community activity in a scheme's directory: a choir, a lunch club, a walking group. Anyone in
 * the scheme may find it; its staff keep it current. Nothing in it is about a person who goes.
 */
@Entity({ tableName: 'activity' })
@Unique({ name: 'activity_open_referral_key_unique', properties: ['scheme', 'openReferralKey'] })
@Index({
  name: 'activity_search_words_index',
  expression: `create index "activity_search_words_index" on "activity" using gin (to_tsvector('english', "search_document"))`,
})
@Index({
  name: 'activity_search_trigram_index',
  expression: `create index "activity_search_trigram_index" on "activity" using gin ("search_document" gin_trgm_ops)`,
})
export class Activity {
  [OptionalProps]?: 'interests' | 'schedules' | 'isFree' | 'sessionDays' | 'sessionSlots' | 'openReferral' | 'createdAt' | 'updatedAt' | 'searchDocument' | 'firstVisit';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Scheme, { deleteRule: 'restrict' })
  @Index()
  scheme!: Scheme;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'text' })
  organiserName!: string;

  @Property({ type: 'text', nullable: true })
  organiserDescription?: string | null;

  @Property({ type: 'text[]' })
  interests: InterestId[] = [];

  @Embedded(() => Venue, { prefix: 'venue_' })
  venue!: Venue;

  @Property({ type: 'jsonb' })
  schedules: ActivitySchedule[] = [];

  /** Derived from the schedules on save: weekdays (7 bits) and weekly slots (21 bits) it meets in. */
  @Property({ type: 'integer' })
  sessionDays = 0;

  @Property({ type: 'integer' })
  sessionSlots = 0;

  /** The last date any schedule meets (YYYY-MM-DD); null when one goes on with no end. */
  @Property({ type: 'text', nullable: true })
  schedulesEndOn?: string | null;

  @Property({ type: 'text', nullable: true })
  cost?: string | null;

  @Property({ type: 'boolean' })
  isFree = false;

  @Embedded(() => FirstVisit, { prefix: 'first_visit_' })
  firstVisit: FirstVisit = new FirstVisit();

  /** The organiser's public contact details, never a person who goes. */
  @Property({ type: 'text', nullable: true })
  contactName?: string | null;

  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'text', nullable: true })
  contactEmail?: string | null;

  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastCheckedAt?: Date | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'set null' })
  lastCheckedBy?: UserAccount | null;

  /** Who checked it, as shown to staff: a member of staff's name, or whoever assured an imported record. */
  @Property({ type: 'text', nullable: true })
  lastCheckedByName?: string | null;

  @Property({ type: 'jsonb', hidden: true })
  openReferral: OpenReferralIds = {};

  /** "service id|location id" of the record it was imported from: importing again updates it. */
  @Property({ type: 'text', nullable: true, hidden: true })
  openReferralKey?: string | null;

  /** Words searched by free text: title, organiser, description, place, interests, features. */
  @Property({ type: 'text', hidden: true, lazy: true })
  searchDocument: string = '';

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /** Taken out of the directory: kept, because people may have chosen its sessions. */
  @Property({ type: 'timestamptz', nullable: true })
  removedAt?: Date | null;
}
