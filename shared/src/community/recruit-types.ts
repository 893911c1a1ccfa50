import type { ContactMode, LanguageId, SupportKind, VolunteerSkill } from '../vocabulary/index.js';
import type { TimeBand } from './time-bands.js';

/** A kind of volunteer to recruit. area null = anywhere (phone, video, text). band null = any time. */
export type RecruitProfile = {
  kind: SupportKind;
  contactMode: ContactMode;
  skills: VolunteerSkill[];
  area: string | null;
  band: TimeBand | null;
  language: LanguageId | null;
};

export type RecruitSuggestion = {
  /** Stable and URL-safe: the same profile always has the same key. */
  key: string;
  profile: RecruitProfile;
  /** Waiting people with no feasible volunteer today who would have one. */
  peopleUnblocked: number;
  /** Of those, the ones not already unblocked by a suggestion ranked above (greedy cover). */
  addsToAbove: number;
  /** ceil(peopleUnblocked / typical capacity) */
  volunteersNeeded: number;
  /** For the server only; never sent to the web. */
  requestIds: string[];
  /** "3 volunteers who can give lifts, near LS6, free weekday evenings, would unblock 7 people" */
  text: string;
};
