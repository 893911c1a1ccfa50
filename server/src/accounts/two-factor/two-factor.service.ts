import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { recordAudit, recordAuditApart } from '../../audit/audit.js';
import { assertValid, badInput, notSignedIn } from '../../graphql/errors.js';
import { elevateSession, viewerOf, type Viewer } from '../sessions.js';
import { clearAttempts, countAttempt, TWO_FACTOR_PER_ACCOUNT, TWO_FACTOR_PER_ADDRESS } from '../throttle.js';
import { UserAccount } from '../user.entity.js';
import { appCodeOf, replaceRecoveryCodes, useAppCode, useRecoveryCode, WRONG_CODE } from './code-checks.js';
import { looksLikeRecoveryCode } from './recovery-codes.js';
import { openSecret, sealSecret } from './secret-box.js';
import { TwoFactorSecret } from './two-factor.entity.js';
import { newTotpSecret, otpauthUri, stepOfCode } from './totp.js';

/** `secretKey`: TWO_FACTOR_KEY, when configured, seals authenticator keys at rest (secret-box.ts). */
export type TwoFactorDeps = { em: EntityManager; viewer: Viewer; clientAddress: string; secretKey?: Buffer | null };
/** A session that has just proved the second factor: a new cookie token and the viewer with every role. */
export type Elevated = { viewer: Viewer; token: string; expiresAt: Date };

const ALREADY_SET_UP = 'Two-factor sign-in is already set up for your account.';
const NOT_STARTED = 'Start setting up two-factor sign-in first: scan the QR code or enter the key, then enter the code your app shows.';
const NOT_SET_UP = 'Two-factor sign-in is not set up for your account.';
const ENTER_CODE = 'Enter the 6-digit code from your authenticator app';

async function countCodeAttempt(deps: TwoFactorDeps): Promise<void> {
  await countAttempt(deps.em, [
    { policy: TWO_FACTOR_PER_ACCOUNT, subject: deps.viewer.id },
    { policy: TWO_FACTOR_PER_ADDRESS, subject: deps.clientAddress },
  ]);
}

async function elevate(deps: TwoFactorDeps, em: EntityManager): Promise<Elevated> {
  const session = await elevateSession(em, deps.viewer.sessionTokenHash);
  if (!session) throw notSignedIn();
  const user = await em.findOneOrFail(UserAccount, { id: deps.viewer.id });
  return { viewer: await viewerOf(em, user, session.hash, new Date()), token: session.token, expiresAt: session.expiresAt };
}

/**
 * A new secret for the signed-in person's authenticator app, pending until confirmed with a code.
 * Refused once two-factor sign-in is on: a password alone (a session still waiting for its code)
 * must never be able to swap the authenticator for the attacker's own.
 */
export async function startTwoFactorSetup(deps: TwoFactorDeps): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
  const secret = newTotpSecret();
  const stored = await deps.em.getConnection().execute<Array<{ id: string }>>(
    `insert into two_factor (id, user_id, secret, created_at) values (?, ?, ?, now())
     on conflict (user_id) do update set secret = excluded.secret, created_at = now(), last_used_step = null
       where two_factor.enabled_at is null
     returning id`,
    [randomUUID(), deps.viewer.id, sealSecret(secret, deps.viewer.id, deps.secretKey)],
  );
  if (stored.length === 0) throw badInput([{ field: 'twoFactor', message: ALREADY_SET_UP }]);
  const uri = otpauthUri(secret, deps.viewer.email);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri: uri, qrSvg };
}

/** Turns two-factor sign-in on with a first code from the app; returns the recovery codes, shown once. */
export async function confirmTwoFactorSetup(deps: TwoFactorDeps, typed: string): Promise<Elevated & { recoveryCodes: string[] }> {
  assertValid({ code: /^\d{6}$/.test(appCodeOf(typed)) ? null : ENTER_CODE });
  await countCodeAttempt(deps);
  const pending = await deps.em.findOne(TwoFactorSecret, { user: deps.viewer.id }, { populate: ['secret'] });
  if (!pending) throw badInput([{ field: 'code', message: NOT_STARTED }]);
  if (pending.enabledAt) throw badInput([{ field: 'code', message: ALREADY_SET_UP }]);
  const step = stepOfCode(openSecret(pending.secret, deps.viewer.id, deps.secretKey), appCodeOf(typed));
  if (step === null) throw badInput([{ field: 'code', message: WRONG_CODE }]);

  const done = await deps.em.transactional(async (em) => {
    const enabled = await em.getConnection().execute<Array<{ id: string }>>(
      `update two_factor set enabled_at = now(), last_used_step = ? where user_id = ? and enabled_at is null returning id`,
      [step, deps.viewer.id],
      'all',
      em.getTransactionContext(),
    );
    if (enabled.length === 0) throw badInput([{ field: 'code', message: ALREADY_SET_UP }]);
    const recoveryCodes = await replaceRecoveryCodes(em, deps.viewer.id);
    const elevated = await elevate(deps, em);
    await recordAudit(em, { actorId: deps.viewer.id, schemeId: null, action: 'TWO_FACTOR_ENABLED', subjectType: 'UserAccount', subjectId: deps.viewer.id, outcome: 'ALLOWED' });
    return { ...elevated, recoveryCodes };
  });
  await clearAttempts(deps.em, TWO_FACTOR_PER_ACCOUNT, deps.viewer.id);
  return done;
}

/**
 * Completes a sign-in with a code from the app or a recovery code. Throttled per account before
 * any code is checked, like the password, so many aliased or parallel tries get no more guesses.
 */
export async function verifySignInCode(deps: TwoFactorDeps, typed: string): Promise<Elevated> {
  assertValid({ code: typed.trim() === '' ? ENTER_CODE : typed.length > 64 ? WRONG_CODE : null });
  await countCodeAttempt(deps);
  const factor = await deps.em.findOne(TwoFactorSecret, { user: deps.viewer.id, enabledAt: { $ne: null } }, { populate: ['secret'] });
  if (!factor) throw badInput([{ field: 'code', message: NOT_SET_UP }]);

  const check = looksLikeRecoveryCode(typed)
    ? await useRecoveryCode(deps.em, deps.viewer.id, typed)
    : await useAppCode(deps.em, deps.viewer.id, openSecret(factor.secret, deps.viewer.id, deps.secretKey), typed);
  const audit = { actorId: deps.viewer.id, schemeId: null, subjectType: 'UserAccount', subjectId: deps.viewer.id } as const;
  if (!check.ok) {
    await recordAuditApart(deps.em, { ...audit, action: 'SIGN_IN_FAILED', outcome: 'FAILED' });
    throw badInput([{ field: 'code', message: check.reason }]);
  }
  const elevated = await deps.em.transactional(async (em) => {
    const result = await elevate(deps, em);
    await recordAudit(em, { ...audit, action: 'SIGN_IN', outcome: 'ALLOWED' });
    return result;
  });
  await clearAttempts(deps.em, TWO_FACTOR_PER_ACCOUNT, deps.viewer.id);
  return elevated;
}
