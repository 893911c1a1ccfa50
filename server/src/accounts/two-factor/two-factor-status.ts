import type { Role } from '@kindred/shared';
import { needsTwoFactor } from './requirement.js';
import { TwoFactorStatusView } from './two-factor.types.js';

/**
 * Where a person stands with two-factor sign-in, from what the caller has read fresh (the viewer's
 * presenter reads it beside their memberships, so the web sees a change at once): whether they have
 * an authenticator, whether a role they hold needs one, and whether this session proved it.
 */
export function twoFactorStatusOf(facts: { enabled: boolean; heldRoles: Role[]; verified: boolean }): TwoFactorStatusView {
  return Object.assign(new TwoFactorStatusView(), {
    enabled: facts.enabled,
    required: facts.heldRoles.some(needsTwoFactor),
    verified: facts.enabled && facts.verified,
  });
}
