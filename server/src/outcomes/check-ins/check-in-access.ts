import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, schemesWhere } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { CheckIn } from './check-in.entity.js';

export const checkInNotFound = () => notFound('That check-in');

/** The viewer's own check-in, in a scheme where they still seek company; anything else does not exist. */
export function findOwnCheckIn(em: EntityManager, viewer: Viewer, id: string): Promise<CheckIn | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return em.findOne(CheckIn, { id, scheme: { $in: schemesWhere(viewer, 'SEEKER') }, seeker: { account: viewer.id } }, { populate: ['seeker'] });
}

/** A check-in of a person in a scheme where the viewer is a link worker or administrator. */
export function findStaffCheckIn(em: EntityManager, viewer: Viewer, id: string): Promise<CheckIn | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return em.findOne(CheckIn, { id, scheme: { $in: schemesWhere(viewer, ...CASEWORK_ROLES) } }, { populate: ['seeker'] });
}

export async function ownCheckIn(em: EntityManager, viewer: Viewer, id: string): Promise<CheckIn> {
  const checkIn = await findOwnCheckIn(em, viewer, id);
  if (!checkIn) throw checkInNotFound();
  return checkIn;
}

export async function staffCheckIn(em: EntityManager, viewer: Viewer, id: string): Promise<CheckIn> {
  const checkIn = await findStaffCheckIn(em, viewer, id);
  if (!checkIn) throw checkInNotFound();
  return checkIn;
}
