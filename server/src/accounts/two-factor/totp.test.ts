import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { codeForStep, otpauthUri, stepOfCode } from './totp.js';

// RFC 6238 appendix B, SHA-1: the key is the ASCII "12345678901234567890"; 6-digit codes are the
// last 6 digits of the RFC's 8-digit values.
const RFC_KEY = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: Array<[seconds: number, code: string]> = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

describe('TOTP', () => {
  it.each(RFC_VECTORS)('gives the RFC 6238 code at %s seconds', (seconds, code) => {
    const step = Math.floor(seconds / 30);
    expect(codeForStep(RFC_KEY, step)).toBe(code);
    expect(stepOfCode(RFC_KEY, code, seconds * 1000)).toBe(step);
  });

  it('accepts one step either side and no further, and only 6 digits', () => {
    const now = 1111111111 * 1000;
    const step = Math.floor(now / 30_000);
    for (const offset of [-1, 0, 1]) expect(stepOfCode(RFC_KEY, codeForStep(RFC_KEY, step + offset), now)).toBe(step + offset);
    for (const offset of [-2, 2]) expect(stepOfCode(RFC_KEY, codeForStep(RFC_KEY, step + offset), now)).toBeNull();
    expect(stepOfCode(RFC_KEY, ` ${codeForStep(RFC_KEY, step)}`, now)).toBeNull();
    expect(stepOfCode(RFC_KEY, '05047', now)).toBeNull();
  });

  it('describes the key to apps as SHA-1, 6 digits, 30 seconds, issued by Kindred', () => {
    const uri = new URL(otpauthUri(RFC_KEY, 'sam@example.org'));
    expect(uri.href.startsWith('otpauth://totp/Kindred:sam%40example.org?')).toBe(true);
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: 'Kindred', secret: RFC_KEY, algorithm: 'SHA1', digits: '6', period: '30' });
  });
});

describe('recovery codes', () => {
  it('are ten different codes people can read, typed in any case, with or without dashes', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
      expect(hashRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `)).toBe(hashRecoveryCode(code));
    }
    expect(looksLikeRecoveryCode('123456')).toBe(false);
    expect(hashRecoveryCode(codes[0]!)).not.toContain(codes[0]!.replace(/-/g, ''));
  });
});
