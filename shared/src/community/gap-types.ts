import type { MatchRequest } from '../matching/types.js';
import type { SupportKind, VolunteerSkill } from '../vocabulary/index.js';

/** What keeps a waiting request from being matched, as community builders group it. */
export type GapCategory =
  | 'SKILL'
  | 'TIME'
  | 'CONTACT_MODE'
  | 'DISTANCE'
  | 'LANGUAGE'
  | 'GENDER'
  | 'SUPPORT_KIND'
  | 'CAPACITY'
  | 'EXCLUDED'
  | 'NO_LOCATION';

/** One thing that stands between a waiting person and a volunteer; `text` is in a community builder's words. */
export type GapBlocker = { category: GapCategory; skill?: VolunteerSkill; text: string };

/** Fewer feasible volunteers than this counts as "too few": one decline or a full diary and the person waits on. */
export const FEW_VOLUNTEERS = 3;

/** A waiting request and its area: the postcode district (outward code, "LS6"), null when unknown. */
export type GapRequest = { request: MatchRequest; area: string | null };

export type RequestGap = {
  requestId: string;
  area: string | null;
  kind: SupportKind;
  waitingDays: number;
  /** Volunteers who pass every hard constraint, counted up to FEW_VOLUNTEERS. */
  feasible: number;
  status: 'NONE' | 'FEW';
  blockers: GapBlocker[];
};

/**
 * A group of waiting people. In `byArea`, `people` is everyone waiting in the area and the waiting
 * times are of those among them with no or too few volunteers; in `byBlocker`, every person has a gap.
 */
export type GapGroup = {
  key: string;
  label: string;
  people: number;
  none: number;
  few: number;
  medianWaitDays: number;
  longestWaitDays: number;
  waitingOver4Weeks: number;
};

export type GapAnalysis = {
  waiting: number;
  none: number;
  few: number;
  /** Only the requests with no or too few volunteers. */
  requests: RequestGap[];
  /** key = outward code or 'UNKNOWN' */
  byArea: GapGroup[];
  /** key = category, or 'SKILL:DRIVES_CAR' */
  byBlocker: GapGroup[];
  byAreaAndBlocker: Array<{ area: string; blocker: string; people: number }>;
};
