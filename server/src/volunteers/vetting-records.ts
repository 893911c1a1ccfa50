import type { EntityManager } from '@mikro-orm/postgresql';
import type { VettingRecords } from '@kindred/shared';
import { DbsCheck } from './dbs-check.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { VolunteerReference } from './volunteer-reference.entity.js';
import type { Volunteer } from './volunteer.entity.js';

/** Everything vetting has recorded about one volunteer. */
export type VolunteerRecords = {
  references: VolunteerReference[];
  /** The check in force: the newest, not superseded. */
  dbsCheck: DbsCheck | null;
  training: TrainingRecord[];
};

const NONE: VolunteerRecords = { references: [], dbsCheck: null, training: [] };

/** The records of many volunteers in three queries, filtered on their schemes as well as their ids. */
export async function loadRecords(em: EntityManager, volunteers: readonly Volunteer[]): Promise<Map<string, VolunteerRecords>> {
  const byId = new Map<string, VolunteerRecords>(volunteers.map((v) => [v.id, { references: [], dbsCheck: null, training: [] }]));
  if (volunteers.length === 0) return byId;
  const where = { volunteer: { $in: [...byId.keys()] }, scheme: { $in: [...new Set(volunteers.map((v) => v.scheme.id))] } };
  const [references, checks, training] = await Promise.all([
    em.find(VolunteerReference, where, { populate: ['receivedBy', 'verifiedBy'], orderBy: { createdAt: 'asc' } }),
    em.find(DbsCheck, { ...where, supersededAt: null }, { populate: ['recordedBy'], orderBy: { recordedAt: 'desc' } }),
    em.find(TrainingRecord, where, { populate: ['recordedBy'], orderBy: { recordedAt: 'asc' } }),
  ]);
  for (const r of references) byId.get(r.volunteer.id)?.references.push(r);
  for (const t of training) byId.get(t.volunteer.id)?.training.push(t);
  for (const c of checks) {
    const records = byId.get(c.volunteer.id);
    if (records && !records.dbsCheck) records.dbsCheck = c;
  }
  return byId;
}

export async function loadRecordsOf(em: EntityManager, volunteer: Volunteer): Promise<VolunteerRecords> {
  return (await loadRecords(em, [volunteer])).get(volunteer.id) ?? NONE;
}

/** What the shared vetting rules decide from. */
export function vettingRecordsOf(volunteer: Volunteer, records: VolunteerRecords): VettingRecords {
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
