import type { EntityManager } from '@mikro-orm/postgresql';
import type { VolunteerFacts, VolunteerMatchFields } from './adapters.js';
import { pgArray } from '../../db/sql-array.js';

const LIVE = `('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE')`;

/**
 * For each volunteer (of a scheme, or the ids given, best with their scheme): the re-check date of
 * their current DBS check and how many live matches they hold. One query, however many volunteers.
 * Related rows are joined on scheme_id too, so the query stays on one node when sharded by scheme.
 */
export async function loadVolunteerFacts(
  em: EntityManager,
  where: { schemeId: string; volunteerIds?: string[] } | { volunteerIds: string[] },
): Promise<Map<string, VolunteerFacts>> {
  const filters: string[] = [];
  const values: string[] = [];
  if ('schemeId' in where) {
    filters.push('v.scheme_id = ?');
    values.push(where.schemeId);
  }
  if (where.volunteerIds) {
    filters.push('v.id = any(?::uuid[])');
    values.push(pgArray(where.volunteerIds));
  }
  const rows = await em.execute<Array<{ id: string; recheck: string | null; live: number }>>(
    `select v.id,
       (select d.recheck_due_on::text from volunteer_dbs_check d
         where d.volunteer_id = v.id and d.scheme_id = v.scheme_id and d.superseded_at is null order by d.recorded_at desc limit 1) as recheck,
       (select count(*) from match m where m.volunteer_id = v.id and m.scheme_id = v.scheme_id and m.status in ${LIVE})::int as live
     from volunteer v where ${filters.join(' and ')}`,
    values,
  );
  return new Map(rows.map((r) => [r.id, { dbsRecheckDueOn: r.recheck, liveMatches: r.live }]));
}

/**
 * Volunteers never to suggest, request by request: anyone the person declined or who declined
 * them (on any of the person's requests), and anyone a link worker marked unsuitable for that
 * request, and any pair a safeguarding concern has come between: a concern about a match of the
 * two, or one raised by either of them about the other (whatever its status: staff may still
 * propose the pair by hand). One query for every waiting request of a scheme (the assignment run,
 * the community builders' gaps); one request reads the same rules through excludedVolunteersSql.
 */
export async function loadExclusions(em: EntityManager, scope: { waitingInScheme: string }): Promise<Map<string, Set<string>>> {
  const which = "r.scheme_id = ? and r.status = 'WAITING'";
  const value = [scope.waitingInScheme];
  const rows = await em.execute<Array<{ request_id: string; volunteer_id: string }>>(
    `select r.id as request_id, m.volunteer_id
       from support_request r
       join support_request other on other.seeker_id = r.seeker_id and other.scheme_id = r.scheme_id
       join match m on m.request_id = other.id and m.scheme_id = r.scheme_id
      where ${which} and (m.status = 'DECLINED' or exists (
        select 1 from concern c where c.subject_kind = 'MATCH' and c.subject_id = m.id and c.scheme_id = m.scheme_id))
     union
     select r.id, s.volunteer_id
       from suggestion_rejection s join support_request r on r.id = s.request_id and r.scheme_id = s.scheme_id
      where ${which}
     union
     select r.id, v.id
       from support_request r
       join concern c on c.scheme_id = r.scheme_id and c.subject_kind = 'PERSON' and c.subject_id = r.seeker_id
       join volunteer v on v.user_id = c.raised_by_id and v.scheme_id = r.scheme_id
      where ${which}
     union
     select r.id, c.subject_id
       from support_request r
       join seeker p on p.id = r.seeker_id and p.scheme_id = r.scheme_id
       join concern c on c.scheme_id = r.scheme_id and c.subject_kind = 'VOLUNTEER' and c.raised_by_id = p.account_id
      where ${which}`,
    [...value, ...value, ...value, ...value],
  );
  const byRequest = new Map<string, Set<string>>();
  for (const row of rows) {
    let set = byRequest.get(row.request_id);
    if (!set) byRequest.set(row.request_id, (set = new Set()));
    set.add(row.volunteer_id);
  }
  return byRequest;
}

/**
 * The same rules as loadExclusions for one request whose person is already known: a subquery
 * giving the volunteer ids, over SQL expressions (columns of the statement it sits in) for the
 * request's id and scheme and its person's seeker id and account id (null without an account).
 * Knowing the person, it reads the related rows by their indexes without joining the request
 * again in every branch, which PostgreSQL plans in half the time.
 */
export function excludedVolunteersSql(of: { requestId: string; schemeId: string; seekerId: string; accountId: string }): string {
  return `select m.volunteer_id
       from support_request other join match m on m.request_id = other.id and m.scheme_id = other.scheme_id
      where other.seeker_id = ${of.seekerId} and other.scheme_id = ${of.schemeId} and (m.status = 'DECLINED' or exists (
        select 1 from concern c where c.subject_kind = 'MATCH' and c.subject_id = m.id and c.scheme_id = m.scheme_id))
     union
     select s.volunteer_id from suggestion_rejection s where s.request_id = ${of.requestId} and s.scheme_id = ${of.schemeId}
     union
     select v.id
       from concern c join volunteer v on v.user_id = c.raised_by_id and v.scheme_id = c.scheme_id
      where c.scheme_id = ${of.schemeId} and c.subject_kind = 'PERSON' and c.subject_id = ${of.seekerId}
     union
     select c.subject_id from concern c where c.scheme_id = ${of.schemeId} and c.subject_kind = 'VOLUNTEER' and c.raised_by_id = ${of.accountId}`;
}

type VolunteerRow = {
  id: string;
  approved_at: Date | null;
  paused_at: Date | null;
  suspended_at: Date | null;
  capacity: number;
  offers: VolunteerMatchFields['offers'];
  skills: VolunteerMatchFields['skills'];
  skill_confirmations: Array<{ skill: string }>;
  gender: string | null;
  contact_modes: VolunteerMatchFields['profile']['contactModes'];
  languages: VolunteerMatchFields['profile']['languages'];
  interests: VolunteerMatchFields['profile']['interests'];
  availability_mask: number;
  latitude: number | null;
  longitude: number | null;
  travel_radius_km: number | null;
};

const MATCHING_COLUMNS = `v.id, v.approved_at, v.paused_at, v.suspended_at, v.capacity, v.offers, v.skills, v.skill_confirmations, v.gender,
            v.profile_contact_modes as contact_modes, v.profile_languages as languages, v.profile_interests as interests,
            v.profile_availability_mask as availability_mask, v.profile_latitude as latitude, v.profile_longitude as longitude,
            v.profile_travel_radius_km as travel_radius_km`;

/**
 * Every volunteer of a scheme with just the columns matching reads, in one query: building an
 * index for 100,000 volunteers this way takes seconds less than loading them as entities.
 */
export async function loadVolunteersForMatching(em: EntityManager, schemeId: string): Promise<VolunteerMatchFields[]> {
  const rows = await em.execute<VolunteerRow[]>(`select ${MATCHING_COLUMNS} from volunteer v where v.scheme_id = ?`, [schemeId]);
  return rows.map(toMatchFields);
}

/** Rows read per FETCH when a whole scheme is read through a cursor. */
const PAGE_ROWS = 5_000;

/**
 * Every volunteer of a scheme with their facts, for building the scheme's index: one snapshot
 * read through a cursor, a page at a time. One statement over 100,000 volunteers can outlast the
 * statement limit meant for requests (DB_STATEMENT_TIMEOUT_MS) on a busy machine, and then no
 * link worker of the scheme could see suggestions; each FETCH is a statement of its own, well
 * within it, and the transaction keeps the pages consistent with each other.
 */
export async function loadSchemeForMatching(
  em: EntityManager,
  schemeId: string,
  pageRows = PAGE_ROWS,
): Promise<Array<{ fields: VolunteerMatchFields; facts: VolunteerFacts }>> {
  return em.fork().transactional(
    async (tx) => {
      const run = <T extends object[]>(sql: string, params: unknown[] = []) => tx.getConnection().execute<T>(sql, params, 'all', tx.getTransactionContext());
      await run(`declare scheme_volunteers no scroll cursor for
        select ${MATCHING_COLUMNS},
          (select d.recheck_due_on::text from volunteer_dbs_check d
            where d.volunteer_id = v.id and d.scheme_id = v.scheme_id and d.superseded_at is null order by d.recorded_at desc limit 1) as recheck,
          (select count(*) from match m where m.volunteer_id = v.id and m.scheme_id = v.scheme_id and m.status in ${LIVE})::int as live
        from volunteer v where v.scheme_id = ?`, [schemeId]);
      const all: Array<{ fields: VolunteerMatchFields; facts: VolunteerFacts }> = [];
      for (;;) {
        const page = await run<Array<VolunteerRow & { recheck: string | null; live: number }>>(`fetch ${Math.max(1, Math.trunc(pageRows))} from scheme_volunteers`);
        for (const row of page) all.push({ fields: toMatchFields(row), facts: { dbsRecheckDueOn: row.recheck, liveMatches: row.live } });
        if (page.length < pageRows) return all;
      }
    },
    { readOnly: true },
  );
}

function toMatchFields(r: VolunteerRow): VolunteerMatchFields {
  return {
    id: r.id,
    approvedAt: r.approved_at,
    pausedAt: r.paused_at,
    suspendedAt: r.suspended_at,
    capacity: r.capacity,
    offers: r.offers,
    skills: r.skills,
    skillConfirmations: r.skill_confirmations,
    gender: r.gender,
    profile: {
      contactModes: r.contact_modes,
      languages: r.languages,
      interests: r.interests,
      availabilityMask: r.availability_mask,
      latitude: r.latitude,
      longitude: r.longitude,
      travelRadiusKm: r.travel_radius_km,
    },
  };
}
