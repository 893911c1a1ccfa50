import type { EntityManager } from '@mikro-orm/postgresql';
import type { DbsLevel, ReferenceStatus, TrainingModule, VettingRecords } from '@kindred/shared';
import type { Volunteer } from './volunteer.entity.js';
import { pgArray } from '../db/sql-array.js';

/** A referee the volunteer named; `receivedBy` and `verifiedBy` are the names of the staff who recorded each step. */
export type ReferenceRecord = {
  id: string;
  refereeName: string;
  relationship: string;
  contact: string;
  status: ReferenceStatus;
  receivedAt: Date | null;
  receivedBy: string | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
};

/** A DBS check staff have seen; `recordedBy` is the name of who recorded it. */
export type DbsCheckRecord = {
  level: DbsLevel;
  issuedOn: string;
  recheckDueOn: string;
  certificateEnding: string | null;
  recordedBy: string | null;
  recordedAt: Date;
};

/** A training module completed; `recordedBy` is the name of who recorded it. */
export type TrainingLine = { module: TrainingModule; completedOn: string; recordedBy: string | null };

/** Everything vetting has recorded about one volunteer, as plain values. */
export type VolunteerRecords = {
  /** Oldest first. */
  references: ReferenceRecord[];
  /** The check in force: the newest, not superseded. */
  dbsCheck: DbsCheckRecord | null;
  training: TrainingLine[];
};

const NONE: VolunteerRecords = { references: [], dbsCheck: null, training: [] };

/** The name of the account `id` (an SQL expression), as a subquery: cheaper to plan than a join. */
const nameOf = (id: string) => `(select display_name from person_account where id = ${id})`;

/**
 * The records of the volunteer `v` of the statement this is part of, as three JSON columns (refs,
 * dbs_check, training), each read within v's scheme, with the names of the staff who recorded them.
 * One statement reads a volunteer's whole vetting, where reading the three kinds as entities with
 * their recorders took three.
 */
export const RECORDS_COLUMNS = `
  coalesce((
    select json_agg(json_build_object('id', r.id, 'refereeName', r.referee_name, 'relationship', r.relationship, 'contact', r.contact,
             'status', r.status, 'receivedAt', r.received_at, 'receivedBy', ${nameOf('r.received_by_id')}, 'verifiedAt', r.verified_at,
             'verifiedBy', ${nameOf('r.verified_by_id')}) order by r.created_at)
      from volunteer_reference r
     where r.volunteer_id = v.id and r.scheme_id = v.scheme_id), '[]'::json) as refs,
  (select json_build_object('level', d.level, 'issuedOn', d.issued_on, 'recheckDueOn', d.recheck_due_on,
            'certificateEnding', d.certificate_ending, 'recordedBy', ${nameOf('d.recorded_by_id')}, 'recordedAt', d.recorded_at)
     from volunteer_dbs_check d
    where d.volunteer_id = v.id and d.scheme_id = v.scheme_id and d.superseded_at is null
    order by d.recorded_at desc
    limit 1) as dbs_check,
  coalesce((
    select json_agg(json_build_object('module', t.module, 'completedOn', t.completed_on, 'recordedBy', ${nameOf('t.recorded_by_id')}) order by t.recorded_at)
      from volunteer_training t
     where t.volunteer_id = v.id and t.scheme_id = v.scheme_id), '[]'::json) as training`;

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** The columns RECORDS_COLUMNS adds to a row. */
export type RecordsColumns = { refs: Array<Json<ReferenceRecord>>; dbs_check: Json<DbsCheckRecord> | null; training: TrainingLine[] };

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

export function recordsOfRow(row: RecordsColumns): VolunteerRecords {
  const dbs = row.dbs_check;
  return {
    references: row.refs.map((r) => ({ ...r, receivedAt: dateOrNull(r.receivedAt), verifiedAt: dateOrNull(r.verifiedAt) })),
    dbsCheck: dbs ? { ...dbs, recordedAt: new Date(dbs.recordedAt) } : null,
    training: row.training,
  };
}

/** The records of many volunteers in one statement, filtered on their schemes as well as their ids. */
export async function loadRecords(em: EntityManager, volunteers: ReadonlyArray<Pick<Volunteer, 'id' | 'scheme'>>): Promise<Map<string, VolunteerRecords>> {
  const byId = new Map<string, VolunteerRecords>(volunteers.map((v) => [v.id, { references: [], dbsCheck: null, training: [] }]));
  if (volunteers.length === 0) return byId;
  const rows = await em.execute<Array<{ id: string } & RecordsColumns>>(
    `select v.id, ${RECORDS_COLUMNS} from volunteer v where v.id = any(?::uuid[]) and v.scheme_id = any(?::uuid[])`,
    [pgArray([...byId.keys()]), pgArray([...new Set(volunteers.map((v) => v.scheme.id))])],
  );
  for (const row of rows) byId.set(row.id, recordsOfRow(row));
  return byId;
}

export async function loadRecordsOf(em: EntityManager, volunteer: Pick<Volunteer, 'id' | 'scheme'>): Promise<VolunteerRecords> {
  return (await loadRecords(em, [volunteer])).get(volunteer.id) ?? NONE;
}

/** What of a volunteer the vetting rules read: a loaded Volunteer is one, and so is one read as plain values. */
export type VettingSubject = Pick<Volunteer, 'offers' | 'applicationSentAt' | 'approvedAt'> & {
  profile: Pick<Volunteer['profile'], 'contactModes' | 'postcode' | 'availabilityMask'>;
};

/** What the shared vetting rules decide from. */
export function vettingRecordsOf(volunteer: VettingSubject, records: VolunteerRecords): VettingRecords {
  const p = volunteer.profile;
  return {
    applicationStarted:
      volunteer.offers.length > 0 || p.contactModes.length > 0 || !!p.postcode || p.availabilityMask !== 0 || records.references.length > 0,
    applicationSentAt: volunteer.applicationSentAt ?? null,
    references: records.references.map((r) => ({ status: r.status })),
    dbsCheck: records.dbsCheck ? { recheckDueOn: records.dbsCheck.recheckDueOn } : null,
    completedTraining: records.training.map((t) => t.module),
    approvedAt: volunteer.approvedAt ?? null,
  };
}
