import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@kindred/shared';
import { TwoFactorSecret } from './two-factor.entity.js';

/** Roles that reach other people's records: they need a second factor (ASVS level 2 for staff). */
export const TWO_FACTOR_ROLES: readonly Role[] = ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'];

export const needsTwoFactor = (role: Role) => TWO_FACTOR_ROLES.includes(role);

export async function twoFactorEnabled(em: EntityManager, userId: string): Promise<boolean> {
  return (await em.count(TwoFactorSecret, { user: userId, enabledAt: { $ne: null } })) > 0;
}

/**
 * The memberships that count in a session. Every role check reads the Viewer built from this, so
 * the rule holds everywhere at once:
 * - second factor verified in this session: every role;
 * - authenticator set up but no code entered yet: none at all (the password alone proves nothing more);
 * - no authenticator yet: the person's own roles (seeker, volunteer), never a staff role.
 */
export async function countingMemberships<M extends { role: Role }>(
  em: EntityManager,
  userId: string,
  held: M[],
  secondFactorAt: Date | null,
  /** Whether the person has an authenticator, when the caller has read it already. */
  enabled?: boolean,
): Promise<M[]> {
  if (secondFactorAt) return held;
  if (enabled ?? (await twoFactorEnabled(em, userId))) return [];
  return held.filter((m) => !needsTwoFactor(m.role));
}
