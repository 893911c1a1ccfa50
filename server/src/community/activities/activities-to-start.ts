import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode } from '@kindred/shared';
import type { Viewer } from '../../accounts/sessions.js';
import { replicaConnection } from '../../db/read-replica.js';
import { DEFAULT_TRAVEL_KM } from '../../matching/engine/adapters.js';
import { assertInsightInto } from '../capacity/insight-access.js';
import { groupsToStart, type GroupToStart, type ListedActivity, type PersonNear } from './groups-to-start.js';

/*
 * Whose interests count: people of the scheme who are waiting or matched now (an open request), or
 * who asked for support within the last six months (a closed request still says what they wanted).
 * People with no home location cannot be placed in a district and are left out.
 */
const PEOPLE = `
select s.profile_postcode as postcode, s.profile_latitude as latitude, s.profile_longitude as longitude,
       s.profile_travel_radius_km as reach_km, s.profile_interests as interests
  from seeker s
 where s.scheme_id = ? and s.profile_postcode is not null and s.profile_latitude is not null and s.profile_longitude is not null
   and cardinality(s.profile_interests) > 0
   and exists (select 1 from support_request r
                where r.seeker_id = s.id and r.scheme_id = s.scheme_id
                  and (r.status in ('WAITING', 'MATCHED') or r.created_at >= ?::timestamptz - interval '6 months'))`;

const LISTED = `
select title, venue_latitude as latitude, venue_longitude as longitude, interests
  from activity where scheme_id = ? and removed_at is null and cardinality(interests) > 0`;

type PersonRow = { postcode: string; latitude: number; longitude: number; reach_km: number | null; interests: string[] };
type ListedRow = { title: string; latitude: number; longitude: number; interests: string[] };

/** Groups worth starting in a scheme, biggest first: counts by district and interest, never people. */
export async function activitiesToStart(deps: { em: EntityManager; viewer: Viewer | null; now?: Date }, schemeId: string): Promise<GroupToStart[]> {
  assertInsightInto(deps.viewer, schemeId);
  const connection = replicaConnection(deps.em);
  const now = deps.now ?? new Date();
  const [peopleRows, listedRows] = await Promise.all([
    connection.execute<PersonRow[]>(PEOPLE, [schemeId, now.toISOString()]),
    connection.execute<ListedRow[]>(LISTED, [schemeId]),
  ]);
  const people: PersonNear[] = peopleRows.map((r) => ({
    area: outwardCode(r.postcode),
    home: { latitude: r.latitude, longitude: r.longitude },
    reachKm: r.reach_km ?? DEFAULT_TRAVEL_KM,
    interests: r.interests,
  }));
  const listed: ListedActivity[] = listedRows.map((r) => ({ title: r.title, venue: { latitude: r.latitude, longitude: r.longitude }, interests: r.interests }));
  return groupsToStart(people, listed);
}
