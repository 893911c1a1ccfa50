import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l or i: nothing a person can misread when typing one from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 12;

/**
 * Ten fresh recovery codes such as "k7mq-3xva-p2rd": about 59 bits each, so a SHA-256 of each is
 * enough to store (no slow hash needed), and guessing online is stopped by the throttle long before.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** What a person typed, without the spaces, dashes and capitals they may have added. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(typed: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(typed)).digest('hex');
}

/** True when the input looks like a recovery code rather than a 6-digit app code. */
export function looksLikeRecoveryCode(typed: string): boolean {
  return normaliseRecoveryCode(typed).length === LENGTH;
}
