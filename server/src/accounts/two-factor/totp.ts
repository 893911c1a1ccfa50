import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app expects it: SHA-1, 6 digits, a new code every 30 seconds. */
export const TOTP_PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** One step either side: a phone clock a little out, or a code typed just as it changes. */
const WINDOW = 1;
const ISSUER = 'Kindred';

/** A fresh 160-bit secret (RFC 4226's recommended length), as base32 for apps and manual entry. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, accountName: string): string {
  return new TOTP({ issuer: ISSUER, label: accountName, secret: Secret.fromBase32(secret), ...TOTP_PARAMETERS }).toString();
}

/** The time step (30-second period since 1970) that `timestamp` falls in. */
export function stepAt(timestamp: number): number {
  return TOTP.counter({ period: TOTP_PARAMETERS.period, timestamp });
}

/** The code for a time step: for the development page that shows demo codes. */
export function codeForStep(secret: string, step: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), ...TOTP_PARAMETERS, timestamp: step * TOTP_PARAMETERS.period * 1000 });
}

/** The time step a 6-digit code belongs to when it is right within the window, or null. */
export function stepOfCode(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), ...TOTP_PARAMETERS, timestamp: now, window: WINDOW });
  return delta === null ? null : stepAt(now) + delta;
}
