import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { displayNameProblem, emailProblem, newPasswordProblem, normaliseEmail, type SelfServiceRole } from '@kindred/shared';
import { accountIdOf, auditRoleChange, auditSignIn, auditSignInFailed } from '../audit/account-events.js';
import { attributeSignUp } from '../community/drives/drive-attribution.js';
import { assertValid, badInput, ErrorCode, KindredError } from '../graphql/errors.js';
import type { Mailer } from '../mail/mailer.js';
import { passwordResetMail } from '../mail/templates.js';
import { Membership } from './membership.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { findScheme } from './scheme.service.js';
import { endAllSessions, startSession, viewerOf, type SessionPolicy, type Viewer } from './sessions.js';
import {
  clearAttempts,
  countAttempt,
  RESET_PER_ACCOUNT,
  RESET_PER_ADDRESS,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ADDRESS,
} from './throttle.js';
import { hashToken, newSecretToken } from './tokens.js';
import { twoFactorEnabled } from './two-factor/requirement.js';
import { UserAccount } from './user.entity.js';

export type AccountDeps = {
  em: EntityManager;
  sessions: SessionPolicy;
  mailer: Mailer;
  publicUrl: string;
  /** The network address of the caller, for per-address throttles. */
  clientAddress: string;
};

export type SignedIn = { viewer: Viewer; token: string; expiresAt: Date };

export const RESET_LINK_MINUTES = 30;
const WRONG_CREDENTIALS = 'Email address or password is not right';

export async function signUp(
  deps: AccountDeps,
  input: { email: string; password: string; displayName: string; schemeId: string; role: SelfServiceRole; recruitmentDriveCode?: string | null },
): Promise<SignedIn> {
  assertValid({
    email: emailProblem(input.email),
    password: newPasswordProblem(input.password),
    displayName: displayNameProblem(input.displayName),
  });
  const scheme = await findScheme(deps.em, input.schemeId);
  if (!scheme) throw badInput([{ field: 'schemeId', message: 'Choose the scheme you want to join' }]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.em.transactional(async (em) => {
      const user = em.create(UserAccount, {
        email: normaliseEmail(input.email),
        passwordHash,
        displayName: input.displayName.trim(),
        createdAt: new Date(),
      });
      em.create(Membership, { user, scheme, role: input.role, createdAt: new Date() });
      if (input.role === 'VOLUNTEER') await attributeSignUp(em, { user, scheme, code: input.recruitmentDriveCode });
      await auditRoleChange(em, { actorId: user.id, userId: user.id, schemeId: scheme.id, role: input.role, granted: true });
      await auditSignIn(em, user.id);
      const { token, expiresAt } = await startSession(em, user, deps.sessions);
      return { viewer: await viewerOf(em, user, hashToken(token)), token, expiresAt };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw badInput([{ field: 'email', message: 'There is already an account with this email address. Sign in, or reset your password if you have forgotten it.' }]);
    }
    throw error;
  }
}

export async function signIn(deps: AccountDeps, input: { email: string; password: string }): Promise<SignedIn> {
  assertValid({
    email: input.email.trim() === '' ? 'Enter your email address' : null,
    password: input.password === '' ? 'Enter your password' : null,
  });
  const email = normaliseEmail(input.email);
  // Counted before any password is checked, for known and unknown emails alike.
  try {
    await countAttempt(deps.em, [
      { policy: SIGN_IN_PER_ACCOUNT, subject: email },
      { policy: SIGN_IN_PER_ADDRESS, subject: deps.clientAddress },
    ]);
  } catch (refused) {
    if (refused instanceof KindredError && refused.extensions['code'] === ErrorCode.TOO_MANY_REQUESTS) {
      await auditSignInFailed(deps.em, await accountIdOf(deps.em, email), 'DENIED');
    }
    throw refused;
  }
  const user = await deps.em.findOne(UserAccount, { email }, { populate: ['passwordHash'] });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !matches || user.disabledAt) {
    await auditSignInFailed(deps.em, user?.id ?? null, 'FAILED');
    throw new KindredError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
  }

  if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(input.password);
  await clearAttempts(deps.em, SIGN_IN_PER_ACCOUNT, email);
  // With an authenticator, the sign-in happens when the code is right (two-factor/two-factor.service.ts).
  if (!(await twoFactorEnabled(deps.em, user.id))) await auditSignIn(deps.em, user.id);
  const { token, expiresAt } = await startSession(deps.em, user, deps.sessions);
  return { viewer: await viewerOf(deps.em, user, hashToken(token)), token, expiresAt };
}

/** Always answers the same way, so it cannot be used to find out who has an account. */
export async function requestPasswordReset(deps: AccountDeps, input: { email: string }): Promise<void> {
  assertValid({ email: emailProblem(input.email) });
  const email = normaliseEmail(input.email);
  await countAttempt(deps.em, [
    { policy: RESET_PER_ACCOUNT, subject: email },
    { policy: RESET_PER_ADDRESS, subject: deps.clientAddress },
  ]);
  const user = await deps.em.findOne(UserAccount, { email, disabledAt: null });
  if (!user) return;
  const { token, hash } = newSecretToken();
  deps.em.create(PasswordReset, {
    tokenHash: hash,
    user,
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000),
  });
  await deps.em.flush();
  const link = `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  // Sent in the background: waiting for SMTP would make known emails answer measurably slower.
  deps.mailer.sendInBackground(passwordResetMail({ to: user.email, name: user.displayName, link, validMinutes: RESET_LINK_MINUTES }));
}

const EXPIRED_LINK = 'This link to reset your password has expired or has already been used. Ask for a new link.';

export async function resetPassword(deps: AccountDeps, input: { token: string; newPassword: string }): Promise<void> {
  assertValid({
    token: input.token.trim() === '' || input.token.length > 100 ? EXPIRED_LINK : null,
    newPassword: newPasswordProblem(input.newPassword),
  });
  const passwordHash = await hashPassword(input.newPassword);
  await deps.em.transactional(async (em) => {
    // One statement claims the token, so two uses at the same moment cannot both succeed.
    const claimed = await em.getConnection().execute<Array<{ user_id: string }>>(
      `update password_reset set used_at = now()
       where token_hash = ? and used_at is null and expires_at > now()
       returning user_id`,
      [hashToken(input.token)],
      'all',
      em.getTransactionContext(),
    );
    const userId = claimed[0]?.user_id;
    if (!userId) throw badInput([{ field: 'token', message: EXPIRED_LINK }]);
    await em.nativeUpdate(UserAccount, { id: userId }, { passwordHash });
    // Other links sent earlier stop working too, and every signed-in browser is signed out.
    await em.nativeUpdate(PasswordReset, { user: userId, usedAt: null }, { usedAt: new Date() });
    await endAllSessions(em, userId);
  });
}
