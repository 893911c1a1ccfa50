import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@kindred/shared';
import { AccountSession } from '../session.entity.js';
import { needsTwoFactor, twoFactorEnabled } from './requirement.js';
import { TwoFactorStatusView } from './two-factor.types.js';

/** Read fresh, like the memberships beside it, so the web sees a change at once. */
export async function twoFactorStatus(
  em: EntityManager,
  userId: string,
  heldRoles: Role[],
  sessionTokenHash: string | undefined,
): Promise<TwoFactorStatusView> {
  const enabled = await twoFactorEnabled(em, userId);
  const session = sessionTokenHash ? await em.findOne(AccountSession, { tokenHash: sessionTokenHash }) : null;
  return Object.assign(new TwoFactorStatusView(), {
    enabled,
    required: heldRoles.some(needsTwoFactor),
    verified: enabled && !!session?.secondFactorAt,
  });
}
