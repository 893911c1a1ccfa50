import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scheme } from './scheme.entity.js';
import type { Role } from '@kindred/shared';
import type { Membership } from './membership.entity.js';
import { MembershipView, SchemeView, ViewerView } from './account.types.js';
import type { Viewer } from './sessions.js';
import { twoFactorStatusOf } from './two-factor/two-factor-status.js';

export function presentScheme(scheme: Pick<Scheme, 'id' | 'name' | 'area'>): SchemeView {
  return Object.assign(new SchemeView(), { id: scheme.id, name: scheme.name, area: scheme.area });
}

export function presentMembership(membership: Membership): MembershipView {
  return Object.assign(new MembershipView(), { scheme: presentScheme(membership.scheme), role: membership.role });
}

type ViewerRow = { scheme_id: string | null; name: string | null; area: string | null; role: Role | null; two_factor_enabled: boolean; second_factor: boolean };

/**
 * The viewer with each scheme's name, read fresh so a role granted a moment ago shows, and where
 * this session (`sessionTokenHash`) stands with two-factor sign-in. One statement: the web app
 * asks on every page it opens.
 */
export async function presentViewer(
  em: EntityManager,
  viewer: Pick<Viewer, 'id' | 'email' | 'displayName'> & { sessionTokenHash?: string },
): Promise<ViewerView> {
  const rows = await em.execute<ViewerRow[]>(
    `select s.id as scheme_id, s.name, s.area, m.role,
            exists (select 1 from two_factor t where t.user_id = u.id and t.enabled_at is not null) as two_factor_enabled,
            exists (select 1 from account_session a where a.token_hash = ? and a.user_id = u.id and a.second_factor_at is not null) as second_factor
       from person_account u
       left join membership m on m.user_id = u.id
       left join scheme s on s.id = m.scheme_id
      where u.id = ?
      order by m.created_at, m.id`,
    [viewer.sessionTokenHash ?? '', viewer.id],
  );
  const memberships = rows.filter((r) => r.scheme_id !== null && r.role !== null);
  const enabled = rows[0]?.two_factor_enabled === true;
  return Object.assign(new ViewerView(), {
    id: viewer.id,
    email: viewer.email,
    displayName: viewer.displayName,
    memberships: memberships.map((m) => Object.assign(new MembershipView(), { scheme: presentScheme({ id: m.scheme_id!, name: m.name!, area: m.area! }), role: m.role })),
    twoFactor: twoFactorStatusOf({ enabled, heldRoles: memberships.map((m) => m.role!), verified: rows[0]?.second_factor === true }),
  });
}
