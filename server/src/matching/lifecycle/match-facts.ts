import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContactMode, ReachBy, SupportKind } from '@kindred/shared';
import type { Match, MatchStatus, StoredReason } from './match.entity.js';
import { partiesOfMatch, type MatchParties } from './match-parties.js';
import { pgArray } from '../../db/sql-array.js';

/** Where a companion's session takes place. */
export type SessionActivity = {
  title: string;
  venueName: string;
  venueAddressLine1: string;
  venueAddressLine2: string | null;
  venueTown: string;
  venuePostcode: string;
};

/** That the two were in touch: one line of a match's contact log. */
export type ContactLogLine = { at: Date; byName: string; how: ContactMode; note: string | null };

/**
 * Everything a match is shown from, as plain values: made from a loaded Match (factsOfMatch), or
 * read for a list in one narrow statement (readMatchFacts), so one presenter serves both. The
 * parties are what the rule on who may see it reads (sidesOfParties).
 */
export type MatchFacts = MatchParties & {
  kind: SupportKind;
  reasons: StoredReason[];
  waysToKeepInTouch: ContactMode[];
  proposedAt: Date;
  activatedAt: Date | null;
  endedAt: Date | null;
  endedById: string | null;
  endReason: string | null;
  nextReviewDue: Date | null;
  meetingPoint: string | null;
  attended: boolean | null;
  followUpAt: Date | null;
  volunteerEmail: string;
  seekerId: string;
  seekerPostcode: string | null;
  /** Whether the person told us of access needs: reasons drawn from them are special category data. */
  seekerHasAccessNeeds: boolean;
  seekerPreferredContact: ReachBy | null;
  sessionStartsAt: Date | null;
  /** The request's activity; 'OTHER_SCHEME' when it belongs to another scheme, a fault never shown. */
  activity: SessionActivity | 'OTHER_SCHEME' | null;
  /**
   * The person's phone and email, only where whoever read the match held them already. Otherwise
   * the presenter reads them, and only for matches where they will be shown.
   */
  seekerContact?: { phone: string | null; email: string | null };
  /** Newest first, where read with the match; otherwise the presenter reads them. */
  contactLog?: ContactLogLine[];
};

/** The facts of a match loaded with MATCH_POPULATE. */
export function factsOfMatch(match: Match): MatchFacts {
  const request = match.request;
  const seeker = request.seeker;
  const activity = request.activity;
  const v = activity?.venue;
  return {
    ...partiesOfMatch(match),
    kind: match.kind,
    reasons: match.reasons,
    waysToKeepInTouch: match.waysToKeepInTouch,
    proposedAt: match.proposedAt,
    activatedAt: match.activatedAt ?? null,
    endedAt: match.endedAt ?? null,
    endedById: match.endedBy?.id ?? null,
    endReason: match.endReason ?? null,
    nextReviewDue: match.nextReviewDue ?? null,
    meetingPoint: match.meetingPoint ?? null,
    attended: match.attended ?? null,
    followUpAt: match.followUpAt ?? null,
    volunteerEmail: match.volunteer.user.email,
    seekerId: seeker.id,
    seekerPostcode: seeker.profile.postcode ?? null,
    seekerHasAccessNeeds: seeker.profile.accessNeeds.length > 0,
    seekerPreferredContact: seeker.preferredContact ?? null,
    sessionStartsAt: request.sessionStartsAt ?? null,
    activity: !activity || !v
      ? null
      : activity.scheme.id !== match.scheme.id
        ? 'OTHER_SCHEME'
        : {
            title: activity.title,
            venueName: v.name,
            venueAddressLine1: v.addressLine1,
            venueAddressLine2: v.addressLine2 ?? null,
            venueTown: v.town,
            venuePostcode: v.postcode,
          },
    // Lazy fields: undefined until someone allowed to see them had them read.
    ...(seeker.phone !== undefined && seeker.email !== undefined ? { seekerContact: { phone: seeker.phone, email: seeker.email } } : {}),
  };
}

/** A timestamp as the driver gives it (MikroORM keeps timestamptz as text), or null. */
const dateOrNull = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

/**
 * A match's contact log as one JSON column, newest first, for the match `m` of the statement it is
 * part of (pinned to that match's scheme).
 */
const CONTACT_LOG = `coalesce((
    select json_agg(json_build_object('at', e.at, 'byName', b.display_name, 'how', e.how, 'note', e.note) order by e.at desc)
      from match_contact_log_entry e join person_account b on b.id = e.by_id
     where e.match_id = m.id and e.scheme_id = m.scheme_id), '[]'::json)`;

type ContactLogJson = Array<{ at: string; byName: string; how: ContactMode; note: string | null }>;

const contactLogOf = (json: ContactLogJson): ContactLogLine[] => json.map((e) => ({ at: new Date(e.at), byName: e.byName, how: e.how, note: e.note }));

type FactsRow = {
  id: string;
  scheme_id: string;
  status: MatchStatus;
  kind: SupportKind;
  reasons: StoredReason[];
  ways_to_keep_in_touch: ContactMode[];
  proposed_at: string | Date;
  volunteer_accepted_at: string | Date | null;
  activated_at: string | Date | null;
  ended_at: string | Date | null;
  ended_by_id: string | null;
  end_reason: string | null;
  next_review_due: string | Date | null;
  meeting_point: string | null;
  attended: boolean | null;
  follow_up_at: string | Date | null;
  safeguarding_paused_at: string | Date | null;
  volunteer_user_id: string;
  volunteer_name: string;
  volunteer_email: string;
  seeker_id: string;
  seeker_account_id: string | null;
  seeker_name: string;
  seeker_postcode: string | null;
  seeker_has_access_needs: boolean;
  seeker_preferred_contact: ReachBy | null;
  session_starts_at: string | Date | null;
  activity_id: string | null;
  /** Null when there is none, or when it is of another scheme than the match. */
  activity: SessionActivity | null;
  contact_log: ContactLogJson;
};

const uuids = (ids: Iterable<string>) => pgArray([...new Set(ids)]);

function factsOfRow(row: FactsRow): MatchFacts {
  return {
    id: row.id,
    schemeId: row.scheme_id,
    status: row.status,
    volunteerAcceptedAt: dateOrNull(row.volunteer_accepted_at),
    safeguardingPausedAt: dateOrNull(row.safeguarding_paused_at),
    volunteerUserId: row.volunteer_user_id,
    volunteerName: row.volunteer_name,
    seekerAccountId: row.seeker_account_id,
    seekerName: row.seeker_name,
    kind: row.kind,
    reasons: row.reasons,
    waysToKeepInTouch: row.ways_to_keep_in_touch,
    proposedAt: new Date(row.proposed_at),
    activatedAt: dateOrNull(row.activated_at),
    endedAt: dateOrNull(row.ended_at),
    endedById: row.ended_by_id,
    endReason: row.end_reason,
    nextReviewDue: dateOrNull(row.next_review_due),
    meetingPoint: row.meeting_point,
    attended: row.attended,
    followUpAt: dateOrNull(row.follow_up_at),
    volunteerEmail: row.volunteer_email,
    seekerId: row.seeker_id,
    seekerPostcode: row.seeker_postcode,
    seekerHasAccessNeeds: row.seeker_has_access_needs,
    seekerPreferredContact: row.seeker_preferred_contact,
    sessionStartsAt: dateOrNull(row.session_starts_at),
    // The activity is read within the match's scheme only: one the request names but not found there is of another.
    activity: row.activity_id === null ? null : (row.activity ?? 'OTHER_SCHEME'),
    contactLog: contactLogOf(row.contact_log),
  };
}

/**
 * Matches with their contact logs, in one statement that reads only what a match is shown with:
 * no entities, none of the columns of the seven tables a populated Match would hydrate. The person's
 * phone and email are not read here (see MatchFacts.seekerContact).
 *
 * Every scheme-owned table is read within `schemeIds`, the schemes the matches may be of. Each is
 * named by value rather than by joins on equal scheme_id, and the activity (a companion's only) is
 * a subquery: PostgreSQL planned the statement in twice the time otherwise, which was most of its
 * cost. `where` is a condition on the match `m`, its volunteer `v`, request `r` and person `s`
 * (with `params`); `orderBy` orders the rows.
 */
export async function readMatchFacts(
  em: EntityManager,
  schemeIds: readonly string[],
  where: string,
  params: unknown[],
  orderBy: string,
): Promise<MatchFacts[]> {
  if (schemeIds.length === 0) return [];
  const schemes = uuids(schemeIds);
  const rows = await em.execute<FactsRow[]>(
    `select m.id, m.scheme_id, m.status, m.kind, m.reasons, m.ways_to_keep_in_touch, m.proposed_at, m.volunteer_accepted_at,
            m.activated_at, m.ended_at, m.ended_by_id, m.end_reason, m.next_review_due, m.meeting_point, m.attended,
            m.follow_up_at, m.safeguarding_paused_at,
            v.user_id as volunteer_user_id, u.display_name as volunteer_name, u.email as volunteer_email,
            s.id as seeker_id, s.account_id as seeker_account_id, s.name as seeker_name, s.profile_postcode as seeker_postcode,
            cardinality(s.profile_access_needs) > 0 as seeker_has_access_needs, s.preferred_contact as seeker_preferred_contact,
            r.session_starts_at, r.activity_id,
            (select json_build_object('title', a.title, 'venueName', a.venue_name, 'venueAddressLine1', a.venue_address_line1,
                      'venueAddressLine2', a.venue_address_line2, 'venueTown', a.venue_town, 'venuePostcode', a.venue_postcode)
               from activity a where a.id = r.activity_id and a.scheme_id = m.scheme_id) as activity,
            ${CONTACT_LOG} as contact_log
       from match m
       join volunteer v on v.id = m.volunteer_id and v.scheme_id = any(?::uuid[])
       join person_account u on u.id = v.user_id
       join support_request r on r.id = m.request_id and r.scheme_id = any(?::uuid[])
       join seeker s on s.id = r.seeker_id and s.scheme_id = any(?::uuid[])
      where m.scheme_id = any(?::uuid[]) and (${where})
      order by ${orderBy}`,
    [schemes, schemes, schemes, schemes, ...params],
  );
  return rows.map(factsOfRow);
}

/** The contact logs of these matches (read without them), newest first, in one statement. */
export async function readContactLogs(em: EntityManager, matches: ReadonlyArray<Pick<MatchFacts, 'id' | 'schemeId'>>): Promise<Map<string, ContactLogLine[]>> {
  if (matches.length === 0) return new Map();
  const rows = await em.execute<Array<{ id: string; contact_log: ContactLogJson }>>(
    `select m.id, ${CONTACT_LOG} as contact_log from match m where m.id = any(?::uuid[]) and m.scheme_id = any(?::uuid[])`,
    [uuids(matches.map((m) => m.id)), uuids(matches.map((m) => m.schemeId))],
  );
  return new Map(rows.map((row) => [row.id, contactLogOf(row.contact_log)]));
}

/**
 * The phone and email of these people, in one statement. Call it only for people whose details
 * the viewer will be shown: they are read nowhere else on the way to a match.
 */
export async function readPersonContacts(
  em: EntityManager,
  people: ReadonlyArray<{ seekerId: string; schemeId: string }>,
): Promise<Map<string, { phone: string | null; email: string | null }>> {
  if (people.length === 0) return new Map();
  const rows = await em.execute<Array<{ id: string; phone: string | null; email: string | null }>>(
    'select s.id, s.phone, s.email from seeker s where s.id = any(?::uuid[]) and s.scheme_id = any(?::uuid[])',
    [uuids(people.map((p) => p.seekerId)), uuids(people.map((p) => p.schemeId))],
  );
  return new Map(rows.map((row) => [row.id, { phone: row.phone, email: row.email }]));
}
