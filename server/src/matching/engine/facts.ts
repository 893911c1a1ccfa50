import type { EntityManager } from '@mikro-orm/postgresql';
import type { VolunteerFacts } from './adapters.js';

const LIVE = `('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE')`;

/**
 * For each volunteer (of a scheme, or the ids given): the re-check date of their current DBS check
 * and how many live matches they hold. One query, however many volunteers.
 */
export async function loadVolunteerFacts(em: EntityManager, where: { schemeId: string } | { volunteerIds: string[] }): Promise<Map<string, VolunteerFacts>> {
  const filter = 'schemeId' in where ? 'v.scheme_id = ?' : 'v.id = any(?::uuid[])';
  const value = 'schemeId' in where ? where.schemeId : `{${where.volunteerIds.join(',')}}`;
  const rows = await em.execute<Array<{ id: string; recheck: string | null; live: number }>>(
    `select v.id,
       (select d.recheck_due_on::text from volunteer_dbs_check d
         where d.volunteer_id = v.id and d.superseded_at is null order by d.recorded_at desc limit 1) as recheck,
       (select count(*) from match m where m.volunteer_id = v.id and m.status in ${LIVE})::int as live
     from volunteer v where ${filter}`,
    [value],
  );
  return new Map(rows.map((r) => [r.id, { dbsRecheckDueOn: r.recheck, liveMatches: r.live }]));
}

/**
 * Volunteers never to suggest, request by request: anyone the person declined or who declined
 * them (on any of the person's requests), and anyone a link worker marked unsuitable for that
 * request. Concerns join this list when safeguarding arrives. One query for one request or for
 * every waiting request of a scheme.
 */
export async function loadExclusions(em: EntityManager, scope: { requestId: string } | { waitingInScheme: string }): Promise<Map<string, Set<string>>> {
  const which = 'requestId' in scope ? 'r.id = ?' : "r.scheme_id = ? and r.status = 'WAITING'";
  const value = 'requestId' in scope ? scope.requestId : scope.waitingInScheme;
  const rows = await em.execute<Array<{ request_id: string; volunteer_id: string }>>(
    `select r.id as request_id, m.volunteer_id
       from support_request r
       join support_request other on other.seeker_id = r.seeker_id
       join match m on m.request_id = other.id and m.status = 'DECLINED'
      where ${which}
     union
     select r.id, s.volunteer_id
       from suggestion_rejection s join support_request r on r.id = s.request_id
      where ${which}`,
    [value, value],
  );
  const byRequest = new Map<string, Set<string>>();
  for (const row of rows) {
    let set = byRequest.get(row.request_id);
    if (!set) byRequest.set(row.request_id, (set = new Set()));
    set.add(row.volunteer_id);
  }
  return byRequest;
}
