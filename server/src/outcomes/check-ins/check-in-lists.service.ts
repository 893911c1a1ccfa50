import type { EntityManager } from '@mikro-orm/postgresql';
import { londonDate } from '@kindred/shared';
import { schemesWhere } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { recordSpecialCategoryReads } from '../../audit/special-category.js';
import { assertCaseworkIn, seekerForCasework } from '../../seekers/seeker-access.js';
import { CheckIn } from './check-in.entity.js';

/** The viewer's own check-ins that are waiting for them today, oldest first. */
export function myDueCheckIns(em: EntityManager, viewer: Viewer, now = new Date()): Promise<CheckIn[]> {
  return em.find(
    CheckIn,
    { scheme: { $in: schemesWhere(viewer, 'SEEKER') }, seeker: { account: viewer.id }, status: 'DUE', dueOn: { $lte: londonDate(now) } },
    { populate: ['seeker'], orderBy: { dueOn: 'asc', createdAt: 'asc' } },
  );
}

/** A scheme's check-ins due on or before today, oldest first, for its link workers and administrators. */
export function checkInsDue(em: EntityManager, viewer: Viewer, schemeId: string, now = new Date()): Promise<CheckIn[]> {
  assertCaseworkIn(viewer, schemeId);
  return em.find(
    CheckIn,
    { scheme: schemeId, status: 'DUE', dueOn: { $lte: londonDate(now) } },
    { populate: ['seeker'], orderBy: { dueOn: 'asc', createdAt: 'asc' } },
  );
}

/** Every check-in of one person, earliest due first, for staff of their scheme. */
export async function seekerCheckIns(em: EntityManager, viewer: Viewer, seekerId: string): Promise<CheckIn[]> {
  const seeker = await seekerForCasework(em, viewer, seekerId);
  // Wellbeing answers are health data: the read is audited before they are returned.
  await recordSpecialCategoryReads(em, viewer, [{ type: 'SeekerCheckIns', id: seeker.id, schemeId: seeker.scheme.id }]);
  return em.find(CheckIn, { scheme: seeker.scheme, seeker }, { populate: ['seeker'], orderBy: { dueOn: 'asc', createdAt: 'asc' } });
}
