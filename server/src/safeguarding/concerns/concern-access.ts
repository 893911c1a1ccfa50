import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, hasRoleIn, schemesWhere } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { Concern } from './concern.entity.js';
import { loadSubject, type ConcernSubject } from './subjects.js';

export const concernNotFound = () => notFound('That concern');

export type SeenConcern = { concern: Concern; subject: ConcernSubject };

/**
 * A concern for a link worker or administrator of its scheme, with what it is about. Nothing
 * about a concern ever reaches the person it is about, even when they are staff themselves:
 * to them, as to everyone else, it does not exist.
 */
export async function concernForStaff(em: EntityManager, viewer: Viewer, id: string): Promise<SeenConcern> {
  const schemes = schemesWhere(viewer, ...CASEWORK_ROLES);
  const concern = isUuid(id) && schemes.length > 0 ? await em.findOne(Concern, { id, scheme: { $in: schemes } }, { populate: ['raisedBy', 'triagedBy'] }) : null;
  const subject = concern ? await loadSubject(em, concern.subjectKind, concern.subjectId, concern.scheme.id) : null;
  if (!concern || !subject || !mayReadAsStaff(viewer, concern, subject)) throw concernNotFound();
  return { concern, subject };
}

export function mayReadAsStaff(viewer: Viewer, concern: Concern, subject: ConcernSubject): boolean {
  return hasRoleIn(viewer, concern.scheme.id, ...CASEWORK_ROLES) && !subject.aboutUserIds.includes(viewer.id);
}
