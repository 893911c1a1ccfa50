import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode } from '@kindred/shared';
import { replicaConnection } from '../../db/read-replica.js';
import type { PersonOutcome } from './compute.js';
import type { StoredResponse } from './measures.js';
import type { OutcomeReportQuery } from './report-input.js';

type Row = { seeker_id: string; postcode: string | null; baseline: StoredResponse[]; follow_up: StoredResponse[] | null };

/**
 * The people in a report: everyone in the scheme whose baseline check-in was completed within the
 * period (London dates, both ends included), each with their follow-up of the chosen month if they
 * completed it, and their postcode district. Read straight from the check-in engineer's table, in
 * one query; a person has at most one baseline and one follow-up per month (its unique index).
 */
export async function loadReportPeople(em: EntityManager, query: OutcomeReportQuery): Promise<PersonOutcome[]> {
  const rows = await replicaConnection(em).execute<Row[]>(
    `select b.seeker_id, s.profile_postcode as postcode, b.responses as baseline, f.responses as follow_up
       from check_in b
       join seeker s on s.id = b.seeker_id
       left join check_in f
         on f.seeker_id = b.seeker_id and f.scheme_id = b.scheme_id
        and f.occasion = 'FOLLOW_UP' and f.months_after_baseline = ? and f.status = 'COMPLETED'
      where b.scheme_id = ? and b.occasion = 'BASELINE' and b.status = 'COMPLETED'
        and b.completed_at >= (?::date)::timestamp at time zone 'Europe/London'
        and b.completed_at < (?::date + 1)::timestamp at time zone 'Europe/London'
      order by b.completed_at, b.id`,
    [query.followUp, query.schemeId, query.from, query.to],
  );
  return rows
    .map((r) => ({
      seekerId: r.seeker_id,
      area: r.postcode ? outwardCode(r.postcode) : null,
      baseline: r.baseline,
      followUp: r.follow_up,
    }))
    .filter((p) => query.area === null || p.area === query.area);
}
