import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../accounts/sessions.js';
import { recordAuditApart } from '../../audit/audit.js';
import { badInput } from '../../graphql/errors.js';
import { assertCaseworkIn } from '../../seekers/seeker-access.js';
import { CONCERN_STATUSES, Concern, type ConcernStatus } from './concern.entity.js';
import { concernForStaff, mayReadAsStaff, type SeenConcern } from './concern-access.js';
import { loadSubject } from './subjects.js';

/** A scheme keeps every concern; the queue reads the latest this many. */
const MAX_LISTED = 500;

/**
 * A scheme's concerns for its link workers and administrators: serious ones first, then the
 * longest waiting. Concerns about the viewer themselves are never among them. Every read is audited.
 */
export async function schemeConcerns(em: EntityManager, viewer: Viewer, schemeId: string, status: ConcernStatus | null): Promise<SeenConcern[]> {
  assertCaseworkIn(viewer, schemeId);
  if (status && !CONCERN_STATUSES.includes(status)) throw badInput([{ field: 'status', message: 'Choose a concern status' }]);
  const rows = await em.find(
    Concern,
    { scheme: schemeId, ...(status ? { status } : {}) },
    { populate: ['raisedBy', 'triagedBy'], orderBy: { raisedAt: 'desc', id: 'desc' }, limit: MAX_LISTED },
  );
  const seen: SeenConcern[] = [];
  for (const concern of rows.reverse()) {
    const subject = await loadSubject(em, concern.subjectKind, concern.subjectId, concern.scheme.id);
    if (subject && mayReadAsStaff(viewer, concern, subject)) seen.push({ concern, subject });
  }
  await recordAuditApart(em, { actorId: viewer.id, schemeId, action: 'CONCERNS_READ', subjectType: 'Query.concerns', subjectId: null, outcome: 'ALLOWED' });
  const serious = (s: SeenConcern) => (s.concern.severity === 'SERIOUS' ? 0 : 1);
  return seen.sort((a, b) => serious(a) - serious(b));
}

/** One concern, for staff of its scheme who are not what it is about; the read is audited. */
export async function oneConcern(em: EntityManager, viewer: Viewer, id: string): Promise<SeenConcern> {
  const seen = await concernForStaff(em, viewer, id);
  await recordAuditApart(em, { actorId: viewer.id, schemeId: seen.concern.scheme.id, action: 'CONCERNS_READ', subjectType: 'Concern', subjectId: seen.concern.id, outcome: 'ALLOWED' });
  return seen;
}
