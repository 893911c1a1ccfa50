import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { stepOfCode } from './totp.js';

export type CodeCheck = { ok: true; kind: 'APP' | 'RECOVERY' } | { ok: false; reason: string };

export const WRONG_CODE = 'That code is not right. Check the code in your authenticator app and try again.';
export const USED_CODE = 'That code has already been used. Wait for your authenticator app to show a new code, then enter that.';
export const WRONG_RECOVERY_CODE = 'That recovery code is not right, or it has already been used. Each recovery code works once.';

/** Digits only, so "123 456" as an app shows it counts as "123456". */
export const appCodeOf = (typed: string) => typed.replace(/\s/g, '');

/**
 * Checks an app code and claims its time step in one statement, so the same code cannot be used
 * twice, whether again later or by two requests at the same moment (RFC 6238 section 5.2).
 */
export async function useAppCode(em: EntityManager, userId: string, secret: string, typed: string): Promise<CodeCheck> {
  const step = stepOfCode(secret, appCodeOf(typed));
  if (step === null) return { ok: false, reason: WRONG_CODE };
  const claimed = await em.getConnection().execute<Array<{ id: string }>>(
    `update two_factor set last_used_step = ?
     where user_id = ? and enabled_at is not null and (last_used_step is null or last_used_step < ?)
     returning id`,
    [step, userId, step],
    'all',
    em.getTransactionContext(),
  );
  return claimed.length > 0 ? { ok: true, kind: 'APP' } : { ok: false, reason: USED_CODE };
}

/** Uses up one recovery code, atomically: of two requests with the same code, one succeeds. */
export async function useRecoveryCode(em: EntityManager, userId: string, typed: string): Promise<CodeCheck> {
  const used = await em.getConnection().execute<Array<{ id: string }>>(
    `update two_factor_recovery_code set used_at = now()
     where user_id = ? and code_hash = ? and used_at is null
     returning id`,
    [userId, hashRecoveryCode(typed)],
    'all',
    em.getTransactionContext(),
  );
  return used.length > 0 ? { ok: true, kind: 'RECOVERY' } : { ok: false, reason: WRONG_RECOVERY_CODE };
}

/** Replaces every recovery code with ten new ones; returns them, the only time they are shown. */
export async function replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  await connection.execute('delete from two_factor_recovery_code where user_id = ?', [userId], 'run', tx);
  for (const code of codes) {
    await connection.execute(
      'insert into two_factor_recovery_code (id, user_id, code_hash, created_at) values (?, ?, ?, now())',
      [randomUUID(), userId, hashRecoveryCode(code)],
      'run',
      tx,
    );
  }
  return codes;
}
