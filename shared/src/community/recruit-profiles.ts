import type { MatchRequest, MatchVolunteer } from '../matching/types.js';
import type { Coordinates } from '../place.js';
import { accessNeed, requiredSkills, VOLUNTEER_SKILLS } from '../vocabulary/access-needs.js';
import { ALL_SLOTS_MASK, slotAt, slotBit } from '../vocabulary/availability.js';
import type { ContactMode } from '../vocabulary/contact.js';
import type { RecruitProfile } from './recruit-types.js';
import { TIME_BANDS, timeBand, type TimeBand } from './time-bands.js';

/** Ways of keeping in touch that happen at the same time, so need shared free time. */
const LIVE_MODES: readonly ContactMode[] = ['IN_PERSON', 'PHONE', 'VIDEO'];
const SKILL_ORDER = new Map(VOLUNTEER_SKILLS.map((s, i) => [s.id, i]));
const YEAR_MS = 365 * 24 * 3_600_000;

/** The ways a request could keep in touch: its modes, less those its needs or a first-session visit rule out. */
export function waysOfMeeting(request: MatchRequest): ContactMode[] {
  const companion = request.kind === 'FIRST_SESSION_COMPANION';
  return request.accessNeeds.reduce<ContactMode[]>(
    (modes, id) => {
      const only = (accessNeed(id).metBy as { contactModes?: readonly ContactMode[] }).contactModes;
      return only ? modes.filter((m) => only.includes(m)) : modes;
    },
    companion ? request.contactModes.filter((m) => m === 'IN_PERSON') : [...request.contactModes],
  );
}

/** The time bands a recruit could be free in to meet this request in a live way. */
function bandsFor(request: MatchRequest): TimeBand[] {
  if (request.session) {
    const slot = slotAt(request.session.startsAt);
    if (!slot) return [];
    const bit = slotBit(slot);
    return TIME_BANDS.filter((b) => b.mask & bit).map((b) => b.id);
  }
  return TIME_BANDS.filter((b) => b.mask & request.availabilityMask).map((b) => b.id);
}

/** Every kind of recruit who could meet this request by one of its ways, one per way × band × language. */
export function profilesFor(request: MatchRequest, area: string | null): RecruitProfile[] {
  const companion = request.kind === 'FIRST_SESSION_COMPANION';
  const languages = request.languages.includes('en') || request.languages.length === 0 ? [null] : request.languages;
  const profiles: RecruitProfile[] = [];
  for (const mode of waysOfMeeting(request)) {
    if (mode === 'IN_PERSON' && area === null) continue;
    const skills = requiredSkills(request.accessNeeds, [mode], companion).sort((a, b) => SKILL_ORDER.get(a)! - SKILL_ORDER.get(b)!);
    const bands: Array<TimeBand | null> = LIVE_MODES.includes(mode) ? bandsFor(request) : [null];
    for (const band of bands) {
      for (const language of languages) {
        profiles.push({ kind: request.kind, contactMode: mode, skills, area: mode === 'IN_PERSON' ? area : null, band, language });
      }
    }
  }
  return profiles;
}

/** Stable and URL-safe: kind.mode.skills.area.band.language, with '-' for none. */
export function profileKey(p: RecruitProfile): string {
  const part = (s: string | null) => (s === null || s === '' ? '-' : encodeURIComponent(s));
  return [p.kind, p.contactMode, p.skills.join('~') || '-', part(p.area), part(p.band), part(p.language)].join('.');
}

export type RecruitContext = { capacity: number; travelRadiusKm: number; now: Date; areaCentres: ReadonlyMap<string, Coordinates> };

/** A recruit of this profile as the engine would see them once approved: the typical capacity and reach, at the district centre. */
export function hypotheticalVolunteer(profile: RecruitProfile, key: string, context: RecruitContext): MatchVolunteer {
  const centre = profile.area === null ? null : (context.areaCentres.get(profile.area) ?? null);
  return {
    id: `recruit:${key}`,
    approved: true,
    dbsValidUntil: new Date(context.now.getTime() + YEAR_MS),
    paused: false,
    capacity: context.capacity,
    liveMatches: 0,
    offers: [profile.kind],
    contactModes: [profile.contactMode],
    skills: profile.skills,
    languages: profile.language && profile.language !== 'en' ? ['en', profile.language] : ['en'],
    interests: [],
    availabilityMask: profile.band === null ? ALL_SLOTS_MASK : timeBand(profile.band).mask,
    location: profile.contactMode === 'IN_PERSON' ? centre : null,
    travelRadiusKm: context.travelRadiusKm,
    gender: null,
  };
}
