import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode, REQUIRED_TRAINING } from '@kindred/shared';
import { replicaConnection } from '../../db/read-replica.js';
import type { PipelineVolunteer } from './pipeline-stages.js';
import { pgArray } from '../../db/sql-array.js';

type Row = {
  postcode: string | null;
  drive_id: string | null;
  applied_at: number;
  references_at: number | null;
  dbs_at: number | null;
  trained_at: number | null;
  approved_at: number | null;
  first_match_at: number | null;
  active_until: number | null;
  still_active: boolean | null;
  paused_at: number | null;
  left_scheme: boolean;
  last_moved_at: number;
};

const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/**
 * One statement gathers every volunteer's moments, each table grouped by volunteer and filtered by
 * the scheme; for a drive, each table also keeps only the volunteers the drive brought, so a
 * drive's funnel reads only their rows.
 */
function volunteersSql(forDrive: boolean): string {
  const brought = (column: string) =>
    forDrive ? ` and ${column} in (select b.id from volunteer b where b.scheme_id = ? and b.recruitment_drive_id = ?)` : '';
  return `
with refs as (
  select r.volunteer_id, count(r.received_at) as received, max(r.received_at) as latest_received,
         max(greatest(r.received_at, r.verified_at)) as last_at
    from volunteer_reference r where r.scheme_id = ?${brought('r.volunteer_id')} group by r.volunteer_id
), dbs as (
  select d.volunteer_id, min(d.recorded_at) as first_at, max(d.recorded_at) as last_at
    from volunteer_dbs_check d where d.scheme_id = ?${brought('d.volunteer_id')} group by d.volunteer_id
), training as (
  -- (volunteer, module) is unique, so counting rows counts modules.
  select t.volunteer_id, count(*) filter (where t.module = any(?::text[])) as required_done,
         max(t.recorded_at) filter (where t.module = any(?::text[])) as required_at, max(t.recorded_at) as last_at
    from volunteer_training t where t.scheme_id = ?${brought('t.volunteer_id')} group by t.volunteer_id
), matches as (
  select m.volunteer_id, min(m.activated_at) as first_at,
         max(m.ended_at) filter (where m.activated_at is not null) as ended_at,
         bool_or(m.activated_at is not null and m.ended_at is null) as still_active,
         max(greatest(m.proposed_at, m.activated_at, m.ended_at)) as last_at
    from match m where m.scheme_id = ?${brought('m.volunteer_id')} group by m.volunteer_id
)
select vol.profile_postcode as postcode, vol.recruitment_drive_id as drive_id,
       ${ms('least(vol.created_at, joined.created_at)')} as applied_at,
       -- The second reference to arrive: with two referees (the usual) the later one; with more, looked up.
       ${ms(`case when refs.received = 2 then refs.latest_received when refs.received > 2 then (
                select r2.received_at from volunteer_reference r2 where r2.volunteer_id = vol.id and r2.scheme_id = vol.scheme_id
                   and r2.received_at is not null order by r2.received_at offset 1 limit 1) end`)} as references_at,
       ${ms('dbs.first_at')} as dbs_at,
       ${ms(`case when training.required_done = ? then training.required_at end`)} as trained_at,
       ${ms('vol.approved_at')} as approved_at,
       ${ms('matches.first_at')} as first_match_at,
       ${ms('matches.ended_at')} as active_until,
       matches.still_active,
       ${ms('vol.paused_at')} as paused_at,
       joined.user_id is null as left_scheme,
       ${ms(`greatest(least(vol.created_at, joined.created_at), vol.vetting_updated_at, vol.application_sent_at, refs.last_at, dbs.last_at,
                      training.last_at, vol.approved_at, vol.paused_at, matches.last_at)`)} as last_moved_at
  from volunteer vol
  left join membership joined on joined.user_id = vol.user_id and joined.scheme_id = vol.scheme_id and joined.role = 'VOLUNTEER'
  left join refs on refs.volunteer_id = vol.id
  left join dbs on dbs.volunteer_id = vol.id
  left join training on training.volunteer_id = vol.id
  left join matches on matches.volunteer_id = vol.id
 where vol.scheme_id = ?${forDrive ? ' and vol.recruitment_drive_id = ?' : ''}`;
}

/** People who signed up as volunteers and have no volunteer record yet (it is made on first use): applied, and nothing more. */
const SIGNED_UP_ONLY_SQL = `
select null, null, ${ms('m.created_at')}, null, null, null, null, null, null, null, null, false, ${ms('m.created_at')}
  from membership m
 where m.scheme_id = ? and m.role = 'VOLUNTEER'
   and not exists (select 1 from volunteer v where v.user_id = m.user_id and v.scheme_id = m.scheme_id)`;

/**
 * Every volunteer of the scheme as the pipeline sees them; with a drive, only those it brought
 * (who all have a record, made when they signed up through it).
 */
export async function loadPipelineVolunteers(em: EntityManager, schemeId: string, driveId: string | null = null): Promise<PipelineVolunteer[]> {
  // A PostgreSQL array literal: the module ids are our own constants.
  const required = pgArray(REQUIRED_TRAINING);
  const brought = driveId === null ? [] : [schemeId, driveId];
  const params = [
    schemeId, ...brought, // refs
    schemeId, ...brought, // dbs
    required, required, schemeId, ...brought, // training
    schemeId, ...brought, // matches
    REQUIRED_TRAINING.length, // trained_at
    schemeId, ...(driveId === null ? [] : [driveId]), // vol
  ];
  const rows = await replicaConnection(em)
    .execute<Row[]>(
      driveId === null ? `${volunteersSql(false)} union all ${SIGNED_UP_ONLY_SQL}` : volunteersSql(true),
      driveId === null ? [...params, schemeId] : params,
    );
  return rows.map((r) => ({
    area: r.postcode ? outwardCode(r.postcode) : null,
    driveId: r.drive_id,
    appliedAt: r.applied_at,
    referencesAt: r.references_at,
    dbsAt: r.dbs_at,
    trainedAt: r.trained_at,
    approvedAt: r.approved_at,
    firstMatchAt: r.first_match_at,
    activeMatchUntil: r.still_active ? Number.POSITIVE_INFINITY : r.active_until,
    pausedAt: r.paused_at,
    left: r.left_scheme,
    lastMovedAt: r.last_moved_at,
  }));
}
