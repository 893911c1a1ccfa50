import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseEmail, type Role } from '@kindred/shared';
import { auditRoleChange } from '../audit/account-events.js';
import { denied } from '../audit/denied.js';
import { assertValid, badInput, notFound } from '../graphql/errors.js';
import { Membership } from './membership.entity.js';
import { Scheme } from './scheme.entity.js';
import type { Viewer } from './sessions.js';
import { UserAccount } from './user.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findScheme(em: EntityManager, id: string): Promise<Scheme | null> {
  return UUID.test(id) ? em.findOne(Scheme, { id }) : null;
}

export function listSchemes(em: EntityManager): Promise<Scheme[]> {
  return em.find(Scheme, {}, { orderBy: { name: 'asc' } });
}

export function isAdminOf(viewer: Viewer, schemeId: string): boolean {
  return viewer.memberships.some((m) => m.role === 'ADMIN' && m.schemeId === schemeId);
}

/** Creates a scheme and makes its creator its first administrator, so they can appoint its staff. */
const SCHEME_NAME_TAKEN = 'There is already a scheme with this name';

export async function createScheme(em: EntityManager, viewer: Viewer, input: { name: string; area: string }): Promise<Scheme> {
  const name = input.name.trim();
  const area = input.area.trim();
  assertValid({
    name: name === '' ? 'Enter the name of the scheme' : name.length > 120 ? 'Name must be 120 characters or fewer' : null,
    area: area === '' ? 'Enter the area the scheme serves' : area.length > 120 ? 'Area must be 120 characters or fewer' : null,
  });
  if (await em.findOne(Scheme, { name })) throw badInput([{ field: 'name', message: SCHEME_NAME_TAKEN }]);
  try {
    return await em.transactional(async (tx) => {
      const scheme = tx.create(Scheme, { name, area, createdAt: new Date() });
      tx.create(Membership, { user: tx.getReference(UserAccount, viewer.id), scheme, role: 'ADMIN', createdAt: new Date() });
      await auditRoleChange(tx, { actorId: viewer.id, userId: viewer.id, schemeId: scheme.id, role: 'ADMIN', granted: true });
      return scheme;
    });
  } catch (error) {
    // Two admins naming a scheme the same at the same moment: the unique name decides, and the second hears why.
    if (error instanceof UniqueConstraintViolationException) throw badInput([{ field: 'name', message: SCHEME_NAME_TAKEN }]);
    throw error;
  }
}

/** Grants a role in a scheme the viewer administers. Returns the person whose roles changed. */
export async function grantRole(em: EntityManager, viewer: Viewer, input: { email: string; schemeId: string; role: Role }) {
  const { scheme, user } = await resolveGrant(em, viewer, input);
  const existing = await em.findOne(Membership, { user, scheme, role: input.role }, { populate: ['scheme'] });
  if (existing) return { membership: existing, userId: user.id };
  const membership = em.create(Membership, { user, scheme, role: input.role, createdAt: new Date() });
  // Flushed with the new membership, so the grant and its audit line commit together.
  await auditRoleChange(em, { actorId: viewer.id, userId: user.id, schemeId: scheme.id, role: input.role, granted: true });
  return { membership, userId: user.id };
}

export async function revokeRole(em: EntityManager, viewer: Viewer, input: { email: string; schemeId: string; role: Role }) {
  const { scheme, user } = await resolveGrant(em, viewer, input);
  if (user.id === viewer.id && input.role === 'ADMIN') {
    throw badInput([{ field: 'role', message: 'You cannot remove your own administrator role; ask another administrator' }]);
  }
  const removed = await em.transactional(async (tx) => {
    const count = await tx.nativeDelete(Membership, { user: user.id, scheme: scheme.id, role: input.role });
    if (count > 0) await auditRoleChange(tx, { actorId: viewer.id, userId: user.id, schemeId: scheme.id, role: input.role, granted: false });
    return count;
  });
  return { removed: removed > 0, userId: user.id };
}

async function resolveGrant(em: EntityManager, viewer: Viewer, input: { email: string; schemeId: string }) {
  const scheme = await findScheme(em, input.schemeId);
  // A scheme you do not administer looks the same as one that does not exist.
  if (!scheme || !isAdminOf(viewer, scheme.id)) {
    await denied({ em, viewer }, { type: 'Scheme', id: input.schemeId });
    throw notFound('That scheme');
  }
  const user = await em.findOne(UserAccount, { email: normaliseEmail(input.email) });
  if (!user) throw badInput([{ field: 'email', message: 'There is no account with this email address' }]);
  return { scheme, user };
}
