import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@kindred/shared';
import { recordAudit, recordAuditApart } from './audit.js';

// The audit lines of accounts: signing in and roles. Never the email typed or the password: only
// the account's id, when there is an account.

/** A successful sign-in, flushed with whatever the caller has pending (before the session starts). */
export function auditSignIn(em: EntityManager, userId: string): Promise<void> {
  return recordAudit(em, { actorId: userId, schemeId: null, action: 'SIGN_IN', subjectType: 'UserAccount', subjectId: userId, outcome: 'ALLOWED' });
}

/** A sign-in refused: wrong password or no such account (FAILED), or too many tries (DENIED). The request fails, so it is written apart. */
export function auditSignInFailed(em: EntityManager, userId: string | null, outcome: 'FAILED' | 'DENIED'): Promise<void> {
  return recordAuditApart(em, { actorId: null, schemeId: null, action: 'SIGN_IN_FAILED', subjectType: 'UserAccount', subjectId: userId, outcome });
}

/** The account behind an email address, for a refused sign-in; the address itself is never recorded. */
export async function accountIdOf(em: EntityManager, normalisedEmail: string): Promise<string | null> {
  const [row] = await em.getConnection().execute<Array<{ id: string }>>('select id from person_account where email = ?', [normalisedEmail]);
  return row?.id ?? null;
}

/**
 * A role granted or taken away. The subject type names the role ("Role.ADMIN"), the subject id is
 * the person's account. Call it before the flush (or inside the transaction) that makes the change.
 */
export function auditRoleChange(
  em: EntityManager,
  change: { actorId: string | null; userId: string; schemeId: string; role: Role; granted: boolean },
): Promise<void> {
  return recordAudit(em, {
    actorId: change.actorId,
    schemeId: change.schemeId,
    action: change.granted ? 'ROLE_GRANTED' : 'ROLE_REMOVED',
    subjectType: `Role.${change.role}`,
    subjectId: change.userId,
    outcome: 'ALLOWED',
  });
}
