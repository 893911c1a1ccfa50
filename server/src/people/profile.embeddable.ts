import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import type { AccessNeedId, ContactMode, InterestId, LanguageId, SpecificTime } from '@kindred/shared';

/**
 * What matching needs to know about a person, volunteer or seeker alike: interests, needs, how and
 * when they can keep in touch, and where they are. Coordinates and postcode are private to the
 * person and staff of their scheme; others see only the area and an approximate distance.
 */
@Embeddable()
export class ProfileDetails {
  @Property({ type: 'text[]' })
  interests: InterestId[] = [];

  /** Access and communication needs, as needs, never diagnoses. Special category data. */
  @Property({ type: 'text[]' })
  accessNeeds: AccessNeedId[] = [];

  @Property({ type: 'text[]' })
  contactModes: ContactMode[] = [];

  @Property({ type: 'text[]' })
  languages: LanguageId[] = ['en'];

  /** The weekly grid as 21 bits (see availability in @kindred/shared). */
  @Property({ type: 'integer' })
  availabilityMask = 0;

  @Property({ type: 'jsonb' })
  specificTimes: SpecificTime[] = [];

  @Property({ type: 'text', nullable: true })
  postcode?: string | null;

  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  /** How far the person will travel to meet in person, in km. */
  @Property({ type: 'double', nullable: true })
  travelRadiusKm?: number | null;
}
