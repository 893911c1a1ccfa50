import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/sessions.js';
import { AuditEvent } from './audit-event.entity.js';

/** A record whose special category fields (access and communication needs, health) someone is about to read. */
export type SpecialCategoryRecord = {
  /** Seeker: a person's whole record; SeekerCheckIns: their wellbeing answers; Volunteer: a volunteer's record (needs, DBS);
   *  Match and SupportRequest: reasons that reveal the person's access needs. */
  type: 'Seeker' | 'SeekerCheckIns' | 'Volunteer' | 'Match' | 'SupportRequest';
  id: string;
  schemeId: string;
};

/**
 * Records that the viewer is reading these records' special category fields: one row per record
 * (not per field, not per repeat in the same answer). Written in a transaction of its own before the
 * data is returned; if it cannot be written the error propagates and nothing is shown.
 */
export async function recordSpecialCategoryReads(em: EntityManager, viewer: Viewer, records: readonly SpecialCategoryRecord[]): Promise<void> {
  const seen = new Map(records.map((r) => [`${r.type}:${r.id}`, r]));
  if (seen.size === 0) return;
  const rows = [...seen.values()].map((record) =>
    Object.assign(new AuditEvent(), {
      actorId: viewer.id,
      schemeId: record.schemeId,
      action: 'SPECIAL_CATEGORY_READ' as const,
      subjectType: record.type,
      subjectId: record.id,
      outcome: 'ALLOWED' as const,
    }),
  );
  await em.fork({ clear: true, useContext: false }).insertMany(rows);
}
