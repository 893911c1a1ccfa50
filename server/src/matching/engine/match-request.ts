import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessNeedId, ContactMode, InterestId, LanguageId, MatchRequest, SupportKind, VenueFeature, VolunteerGenderPreference } from '@kindred/shared';
import type { RequestStatus } from '../../seekers/support-request.entity.js';
import { toMatchRequest } from './adapters.js';
import { excludedVolunteersSql } from './facts.js';
import { pgArray } from '../../db/sql-array.js';

/** One support request as the engine sees it, with what the callers check before using it. */
export type MatchRequestRead = {
  schemeId: string;
  status: RequestStatus;
  /** Whether why nobody fits it is stored (unmatched_request), so that only then is there something to delete. */
  hasUnmatchedReasons: boolean;
  match: MatchRequest;
};

type Row = {
  id: string;
  scheme_id: string;
  status: RequestStatus;
  kind: SupportKind;
  contact_modes: ContactMode[];
  // Timestamps come back as PostgreSQL writes them (the ORM parses its own).
  created_at: string;
  session_starts_at: string | null;
  volunteer_gender: VolunteerGenderPreference;
  preferred_languages: LanguageId[];
  profile_contact_modes: ContactMode[];
  profile_access_needs: AccessNeedId[];
  profile_languages: LanguageId[];
  profile_interests: InterestId[];
  profile_availability_mask: number;
  profile_latitude: number | null;
  profile_longitude: number | null;
  profile_travel_radius_km: number | null;
  venue_latitude: number | null;
  venue_longitude: number | null;
  venue_features: VenueFeature[] | null;
  excluded: string[];
  has_unmatched_reasons: boolean;
};

/**
 * A support request as the engine sees it, read in one statement of plain rows: the request, the
 * person behind it, its activity's venue (a companion's), the volunteers never to suggest for it
 * and whether why nobody fits it is stored. Only the columns toMatchRequest reads: loading the
 * request, person and activity as entities, then the exclusions, took three or four statements and
 * most of a suggestions page's CPU. Null when there is no such request in the given scheme(s)
 * (when given, the statement names them: sharding by scheme). Inside a transaction it reads that
 * transaction's rows, so checkPairNow can use it after taking its locks.
 */
export async function readMatchRequest(em: EntityManager, requestId: string, schemes?: string | readonly string[]): Promise<MatchRequestRead | null> {
  const inSchemes = schemes === undefined ? '' : ' and r.scheme_id = any(?::uuid[])';
  const params = schemes === undefined ? [requestId] : [requestId, pgArray([schemes].flat())];
  // The person and activity are joined within the request's scheme: rows never point across schemes.
  const [row] = await em.execute<Row[]>(
    `select r.id, r.scheme_id, r.status, r.kind, r.contact_modes, r.created_at, r.session_starts_at,
            p.volunteer_gender, p.preferred_languages, p.profile_contact_modes, p.profile_access_needs, p.profile_languages,
            p.profile_interests, p.profile_availability_mask, p.profile_latitude, p.profile_longitude, p.profile_travel_radius_km,
            a.venue_latitude, a.venue_longitude, a.venue_features,
            array(${excludedVolunteersSql({ requestId: 'r.id', schemeId: 'r.scheme_id', seekerId: 'r.seeker_id', accountId: 'p.account_id' })}) as excluded,
            exists (select 1 from unmatched_request u where u.request_id = r.id and u.scheme_id = r.scheme_id) as has_unmatched_reasons
       from support_request r
       join seeker p on p.id = r.seeker_id and p.scheme_id = r.scheme_id
       left join activity a on a.id = r.activity_id and a.scheme_id = r.scheme_id
      where r.id = ?${inSchemes}`,
    params,
  );
  if (!row) return null;
  const request = {
    id: row.id,
    kind: row.kind,
    contactModes: row.contact_modes,
    createdAt: new Date(row.created_at),
    sessionStartsAt: row.session_starts_at === null ? null : new Date(row.session_starts_at),
  };
  const seeker = {
    volunteerGender: row.volunteer_gender,
    preferredLanguages: row.preferred_languages,
    profile: {
      contactModes: row.profile_contact_modes,
      accessNeeds: row.profile_access_needs,
      languages: row.profile_languages,
      interests: row.profile_interests,
      availabilityMask: row.profile_availability_mask,
      latitude: row.profile_latitude,
      longitude: row.profile_longitude,
      travelRadiusKm: row.profile_travel_radius_km,
    },
  };
  // A venue's coordinates are never null, so null ones mean no activity (or none in the scheme).
  const activity =
    row.venue_latitude === null || row.venue_longitude === null ? null : { venue: { latitude: row.venue_latitude, longitude: row.venue_longitude, features: row.venue_features ?? [] } };
  return {
    schemeId: row.scheme_id,
    status: row.status,
    hasUnmatchedReasons: row.has_unmatched_reasons,
    match: toMatchRequest(request, seeker, activity, new Set(row.excluded)),
  };
}
