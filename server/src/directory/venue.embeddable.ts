import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import type { VenueFeature } from '@kindred/shared';

/** One note about getting in and around the venue, in the words of whoever wrote it. */
export type AccessNote = {
  text: string;
  details?: string | null;
  url?: string | null;
  /** The Open Referral accessibility record it came from, so an export keeps its identity. */
  openReferralId?: string | null;
};

/**
 * Where an activity happens. A venue is a public place, so its address and coordinates are shown
 * to anyone who may see the listing (unlike a person's home).
 */
@Embeddable()
export class Venue {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  addressLine1!: string;

  @Property({ type: 'text', nullable: true })
  addressLine2?: string | null;

  @Property({ type: 'text' })
  town!: string;

  @Property({ type: 'text', nullable: true })
  county?: string | null;

  @Property({ type: 'text' })
  postcode!: string;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Property({ type: 'text[]' })
  features: VenueFeature[] = [];

  @Property({ type: 'jsonb' })
  accessNotes: AccessNote[] = [];
}
