import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../accounts/sessions.js';
import type { AuditAction, AuditOutcome } from './actions.js';

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
 *
 * One plain INSERT on the connection, outside any transaction the caller holds: pages that show
 * such fields (suggestions, a person's matches) are among the busiest, and inserting AuditEvent
 * entities through a fork of the entity manager nearly doubled the API's CPU for the write.
 */
export async function recordSpecialCategoryReads(em: EntityManager, viewer: Viewer, records: readonly SpecialCategoryRecord[]): Promise<void> {
  const seen = [...new Map(records.map((r) => [`${r.type}:${r.id}`, r])).values()];
  if (seen.length === 0) return;
  const at = new Date();
  const action: AuditAction = 'SPECIAL_CATEGORY_READ';
  const outcome: AuditOutcome = 'ALLOWED';
  await em.getConnection().execute(
    `insert into audit_event (id, at, actor_id, scheme_id, action, subject_type, subject_id, outcome)
     values ${seen.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    seen.flatMap((record) => [randomUUID(), at, viewer.id, record.schemeId, action, record.type, record.id, outcome]),
  );
}
