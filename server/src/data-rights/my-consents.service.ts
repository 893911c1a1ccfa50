import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/sessions.js';
import { ConsentRecord } from '../seekers/consent-record.entity.js';

/**
 * Every consent recorded for the signed-in person, in every scheme where they have sought company,
 * withdrawn ones included: what for, on which basis, when, by whom, and when withdrawn.
 */
export function myConsents(em: EntityManager, viewer: Viewer): Promise<ConsentRecord[]> {
  return em.find(
    ConsentRecord,
    { seeker: { account: viewer.id } },
    { populate: ['scheme', 'recordedBy', 'withdrawnBy'], orderBy: { scheme: { name: 'asc' }, recordedAt: 'asc' } },
  );
}
