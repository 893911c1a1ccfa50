import {
  approximateDistance,
  DAYS,
  isInterestId,
  londonToday,
  MAX_SEARCH_DISTANCE_KM,
  CHECK_EVERY_DAYS,
  MAX_SEARCH_PAGE,
  PARTS_OF_DAY,
  slotBit,
  type Day,
  type PartOfDay,
} from '@kindred/shared';
import type { Viewer } from '../accounts/sessions.js';
import { replicaConnection } from '../db/read-replica.js';
import { assertValid, notFound } from '../graphql/errors.js';
import { placeOf } from '../place/place.service.js';
import { Activity } from './activity.entity.js';
import type { ActivitySearchInput } from './activity.inputs.js';
import type { DirectoryDeps } from './activity.service.js';
import { mayBrowseDirectory } from './directory-policy.js';

const DEFAULT_PAGE = 20;
const MAX_WORDS = 200;
const EARTH_RADIUS_KM = 6371.0088;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SearchHit = { activity: Activity; distanceKm: number | null; distance: string | null };
export type SearchPage = { hits: SearchHit[]; totalCount: number; nextCursor: string | null; searchedFrom: string | null };

// Words people add to a search that say nothing about which activity they mean ("knitting group").
const FILLER = /\b(groups?|clubs?|class(es)?|sessions?|activit(y|ies)|near|me|local|nearby|in|for|a|an|the)\b/gi;

/** The words worth matching: every one must be found, so filler would hide good matches. */
export function searchWords(typed: string): string {
  const kept = typed.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  return kept === '' ? typed.trim() : kept;
}

const cursorOf = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function offsetOf(cursor: string | null | undefined): number | null {
  if (!cursor) return 0;
  const match = /^offset:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : null;
}

/** The weekly slots a day and part of the day stand for (either may be left out). */
function slotMask(day: Day | null | undefined, part: PartOfDay | null | undefined): number {
  let mask = 0;
  for (const d of DAYS) for (const p of PARTS_OF_DAY) {
    if ((!day || d.id === day) && (!part || p.id === part)) mask |= slotBit({ day: d.id, part: p.id });
  }
  return mask;
}

/**
 * Finds a scheme's activities by distance, day and time of day, interest, venue features and free
 * text, a page at a time. Free text matches whole words and their forms (PostgreSQL full text
 * search) or close misspellings (pg_trgm word similarity).
 */
export async function searchActivities(deps: DirectoryDeps, viewer: Viewer, input: ActivitySearchInput, now: Date = new Date()): Promise<SearchPage> {
  if (!UUID.test(input.schemeId) || !mayBrowseDirectory(viewer, input.schemeId)) throw notFound('That scheme');
  const offset = offsetOf(input.after);
  const first = input.first ?? DEFAULT_PAGE;
  const typed = input.words?.trim() ?? '';
  const postcode = input.postcode?.trim() ?? '';
  const within = input.withinKm ?? null;
  assertValid({
    first: first < 1 || first > MAX_SEARCH_PAGE ? `Ask for between 1 and ${MAX_SEARCH_PAGE} results at a time` : null,
    after: offset === null ? 'Start the search again' : null,
    words: typed.length > MAX_WORDS ? `Search for ${MAX_WORDS} characters or fewer` : null,
    interests: (input.interests ?? []).some((i) => !isInterestId(i)) ? 'Choose interests from the list' : null,
    withinKm: within !== null && !(within > 0 && within <= MAX_SEARCH_DISTANCE_KM) ? `Choose a distance up to ${MAX_SEARCH_DISTANCE_KM} km` : null,
    postcode: within !== null && postcode === '' ? 'Enter a postcode to search near' : null,
  });
  const from = postcode === '' ? null : await placeOf(deps.geocoder, postcode, 'postcode');
  const words = searchWords(typed);

  const where: string[] = ['a.scheme_id = ?', 'a.removed_at is null'];
  const params: unknown[] = [input.schemeId];
  let distance = 'null::float8';
  const distanceParams: unknown[] = [];
  if (from) {
    const { latitude, longitude } = from.coordinates;
    distance = `${EARTH_RADIUS_KM} * 2 * asin(least(1, sqrt(power(sin(radians(a.venue_latitude - ?) / 2), 2)
      + cos(radians(?)) * cos(radians(a.venue_latitude)) * power(sin(radians(a.venue_longitude - ?) / 2), 2))))`;
    distanceParams.push(latitude, latitude, longitude);
    if (within !== null) {
      // A box around the circle first, which an index can use; then the exact distance.
      const dLat = within / 111.2;
      const dLon = within / (111.2 * Math.cos((latitude * Math.PI) / 180));
      where.push('a.venue_latitude between ? and ?', 'a.venue_longitude between ? and ?', `${distance} <= ?`);
      params.push(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon, ...distanceParams, within);
    }
  }
  if (input.day || input.partOfDay) {
    // A day alone matches sessions at any hour; with a part of the day, the weekly slot.
    if (input.partOfDay) {
      where.push('(a.session_slots & ?) <> 0');
      params.push(slotMask(input.day, input.partOfDay));
    } else {
      where.push('(a.session_days & ?) <> 0');
      params.push(1 << DAYS.findIndex((d) => d.id === input.day));
    }
    where.push('(a.schedules_end_on is null or a.schedules_end_on >= ?)');
    params.push(londonToday(now));
  }
  if (input.interests?.length) {
    where.push('a.interests && array(select jsonb_array_elements_text(?::jsonb))');
    params.push(JSON.stringify(input.interests));
  }
  if (input.features?.length) {
    where.push('a.venue_features @> array(select jsonb_array_elements_text(?::jsonb))');
    params.push(JSON.stringify(input.features));
  }
  let rank = '0';
  const rankParams: unknown[] = [];
  if (words !== '') {
    where.push(`(to_tsvector('english', a.search_document) @@ websearch_to_tsquery('english', ?) or ? <% a.search_document)`);
    params.push(words, words);
    rank = `ts_rank(to_tsvector('english', a.search_document), websearch_to_tsquery('english', ?)) + word_similarity(?, a.search_document)`;
    rankParams.push(words, words);
  }
  if (input.needsChecking) {
    where.push(`(a.last_checked_at is null or a.last_checked_at < ?)`);
    params.push(new Date(now.getTime() - CHECK_EVERY_DAYS * 86_400_000));
  }
  const order = from ? 'distance_km asc, a.title asc' : words !== '' ? 'rank desc, a.title asc' : 'a.title asc';
  const sql = `select a.id, ${distance} as distance_km, ${rank} as rank, count(*) over ()::int as total_count
    from activity a where ${where.join(' and ')}
    order by ${order}, a.id limit ? offset ?`;
  const rows = await replicaConnection(deps.em)
    .execute<Array<{ id: string; distance_km: number | null; total_count: number }>>(sql, [...distanceParams, ...rankParams, ...params, first, offset]);

  const found = await deps.em.find(Activity, { id: { $in: rows.map((r) => r.id) }, scheme: input.schemeId });
  const byId = new Map(found.map((a) => [a.id, a]));
  const hits = rows.flatMap((row) => {
    const activity = byId.get(row.id);
    if (!activity) return [];
    const km = row.distance_km === null ? null : Number(row.distance_km);
    return [{ activity, distanceKm: km === null ? null : Math.round(km * 10) / 10, distance: km === null ? null : approximateDistance(km) }];
  });
  const totalCount = rows[0]?.total_count ?? 0;
  const next = offset! + rows.length;
  return { hits, totalCount, nextCursor: next < totalCount ? cursorOf(next) : null, searchedFrom: from?.postcode ?? null };
}
