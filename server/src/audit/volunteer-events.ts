import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/sessions.js';
import type { Volunteer } from '../volunteers/volunteer.entity.js';
import { recordAudit } from './audit.js';

/**
 * A change to a volunteer's vetting (an application sent, a reference, a DBS check, training, a
 * skill confirmed) or their approval. Flushed with the change itself, so the two commit together:
 * call it in place of the service's own flush. Which check it was, and its details, are not kept.
 */
export function auditVetting(em: EntityManager, viewer: Viewer, volunteer: Volunteer, action: 'VETTING_CHANGED' | 'VOLUNTEER_APPROVED'): Promise<void> {
  return recordAudit(em, {
    actorId: viewer.id,
    schemeId: volunteer.scheme.id,
    action,
    subjectType: 'Volunteer',
    subjectId: volunteer.id,
    outcome: 'ALLOWED',
  });
}
