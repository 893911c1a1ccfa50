import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scheme } from './scheme.entity.js';
import { Membership } from './membership.entity.js';
import { MembershipView, SchemeView, ViewerView } from './account.types.js';
import type { Viewer } from './sessions.js';
import { twoFactorStatus } from './two-factor/two-factor-status.js';

export function presentScheme(scheme: Scheme): SchemeView {
  return Object.assign(new SchemeView(), { id: scheme.id, name: scheme.name, area: scheme.area });
}

export function presentMembership(membership: Membership): MembershipView {
  return Object.assign(new MembershipView(), { scheme: presentScheme(membership.scheme), role: membership.role });
}

/**
 * The viewer with each scheme's name, read fresh so a role granted a moment ago shows, and where
 * this session (`sessionTokenHash`) stands with two-factor sign-in.
 */
export async function presentViewer(
  em: EntityManager,
  viewer: Pick<Viewer, 'id' | 'email' | 'displayName'> & { sessionTokenHash?: string },
): Promise<ViewerView> {
  const memberships = await em.find(Membership, { user: viewer.id }, { populate: ['scheme'], orderBy: { createdAt: 'asc' } });
  return Object.assign(new ViewerView(), {
    id: viewer.id,
    email: viewer.email,
    displayName: viewer.displayName,
    memberships: memberships.map(presentMembership),
    twoFactor: await twoFactorStatus(em, viewer.id, memberships.map((m) => m.role), viewer.sessionTokenHash),
  });
}
