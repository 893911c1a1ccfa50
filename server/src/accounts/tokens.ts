import { createHash, randomBytes } from 'node:crypto';

/** A fresh 256-bit secret for a cookie or an emailed link, and the hash we keep of it. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** We store only this, so a copy of the database does not hand out live sessions or reset links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
