import type { Session, Viewer } from '../../app/session';

/** Roles that count only after a code from an authenticator app (the server enforces the same). */
const TWO_FACTOR_ROLES: readonly string[] = ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'];

/**
 * Where a signed-in person stands: waiting for their code, or signed in. A member of staff who has
 * not set up an authenticator yet is signed in with their staff roles left out, as the server
 * treats them, so no page offers what would be refused.
 */
export function sessionOf(viewer: Viewer): Session {
  const { enabled, required, verified } = viewer.twoFactor;
  if (enabled && !verified) return { state: 'awaiting-code', viewer };
  if (required && !verified) {
    const memberships = viewer.memberships.filter((m) => !TWO_FACTOR_ROLES.includes(m.role));
    return { state: 'signed-in', viewer: { ...viewer, memberships }, twoFactorSetupNeeded: true };
  }
  return { state: 'signed-in', viewer, twoFactorSetupNeeded: false };
}
