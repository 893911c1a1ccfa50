import type { Coordinates } from '../place.js';
import type { AccessNeedId, ContactMode, InterestId, LanguageId, SupportKind, VenueFeature, VolunteerSkill } from '../vocabulary/index.js';

/**
 * What the matching engine knows of a volunteer: derived features only, never free text (UK GDPR
 * data minimisation), so the engine can run anywhere and be tested without a database.
 */
export type MatchVolunteer = {
  id: string;
  /** Vetting complete and approved by staff. */
  approved: boolean;
  /** When the DBS check must be renewed; null when there is none. */
  dbsValidUntil: Date | null;
  paused: boolean;
  capacity: number;
  liveMatches: number;
  offers: readonly SupportKind[];
  contactModes: readonly ContactMode[];
  /** Skills confirmed by staff: only these meet a need. */
  skills: readonly VolunteerSkill[];
  languages: readonly LanguageId[];
  interests: readonly InterestId[];
  availabilityMask: number;
  location: Coordinates | null;
  travelRadiusKm: number;
  /** As the volunteer describes themself, if they chose to. */
  gender: string | null;
};

/** A first session of an activity that a companion would go to with the person. */
export type MatchSession = { startsAt: Date; venue: Coordinates; venueFeatures: readonly VenueFeature[] };

export type MatchRequest = {
  id: string;
  kind: SupportKind;
  /** The ways the person is willing to keep in touch. */
  contactModes: readonly ContactMode[];
  accessNeeds: readonly AccessNeedId[];
  /** Languages the person speaks; a volunteer must share one. */
  languages: readonly LanguageId[];
  interests: readonly InterestId[];
  availabilityMask: number;
  location: Coordinates | null;
  travelRadiusKm: number;
  /** The genders the person would like their volunteer to be; empty means anyone. */
  preferredGenders: readonly string[];
  /** Languages the person would rather use, beyond those they speak; soft. */
  preferredLanguages: readonly LanguageId[];
  waitingSince: Date;
  /** Volunteers never to pair with this person: a recorded concern or an earlier decline. */
  excludedVolunteerIds: ReadonlySet<string>;
  session: MatchSession | null;
};
