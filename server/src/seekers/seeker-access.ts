import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CASEWORK_ROLES, hasRoleIn, schemesWhere } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Scheme } from '../accounts/scheme.entity.js';
import { denied } from '../audit/denied.js';
import { notFound } from '../graphql/errors.js';
import { Seeker } from './seeker.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** Contact details are lazy: name them whenever they are to be read or checked. */
export const CONTACT_FIELDS = ['phone', 'email', 'address'] as const;

/**
 * The scheme in which the viewer seeks company: the one named, or their first. A scheme where they
 * do not seek company looks like one that does not exist.
 */
export function ownSchemeId(viewer: Viewer, schemeId?: string | null): string {
  const schemes = schemesWhere(viewer, 'SEEKER');
  const chosen = schemeId ?? schemes[0];
  if (!chosen || !schemes.includes(chosen)) throw notFound('That scheme');
  return chosen;
}

/** The viewer's own record in a scheme, or null before they have saved anything. */
export function findOwnSeeker(em: EntityManager, viewer: Viewer, schemeId: string): Promise<Seeker | null> {
  return em.findOne(Seeker, { scheme: schemeId, account: viewer.id }, { populate: [...CONTACT_FIELDS, 'scheme'] });
}

/** The viewer's own record, made on first use. Safe when two requests make it at the same moment. */
export async function ensureOwnSeeker(em: EntityManager, viewer: Viewer, schemeId: string): Promise<Seeker> {
  const existing = await findOwnSeeker(em, viewer, schemeId);
  if (existing) return existing;
  try {
    // A fork of its own, so a lost race leaves nothing half-made in the caller's unit of work.
    const fork = em.fork();
    fork.create(Seeker, {
      scheme: fork.getReference(Scheme, schemeId),
      account: fork.getReference(UserAccount, viewer.id),
      name: viewer.displayName,
      referralRoute: 'SELF',
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await fork.flush();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  const made = await findOwnSeeker(em, viewer, schemeId);
  if (!made) throw notFound('Your details');
  return made;
}

/** Staff who may see and act on people's records in this scheme; anyone else is told it does not exist. */
export function assertCaseworkIn(viewer: Viewer, schemeId: string, what = 'That scheme'): void {
  if (!isUuid(schemeId) || !hasRoleIn(viewer, schemeId, ...CASEWORK_ROLES)) throw notFound(what);
}

/** A seeker, for a link worker or administrator of their scheme only. */
export async function seekerForCasework(em: EntityManager, viewer: Viewer, seekerId: string): Promise<Seeker> {
  // Filtered by the viewer's schemes in the query itself, so nothing outside them is even loaded.
  const schemes = schemesWhere(viewer, ...CASEWORK_ROLES);
  const seeker = isUuid(seekerId)
    ? await em.findOne(Seeker, { id: seekerId, scheme: { $in: schemes } }, { populate: [...CONTACT_FIELDS, 'scheme', 'referredBy'] })
    : null;
  if (!seeker) {
    await denied({ em, viewer }, { type: 'Seeker', id: seekerId });
    throw notFound('That person');
  }
  return seeker;
}
