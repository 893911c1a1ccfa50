import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Authenticator keys at rest: AES-256-GCM under TWO_FACTOR_KEY when one is configured, bound to the
// account (additional data), so a copy of the database alone does not hand out anyone's codes and
// a sealed key moved onto another account does not open. Without a key they are stored as they are.
const VERSION = 'v1';

export function sealSecret(secret: string, userId: string, key: Buffer | null | undefined): string {
  if (!key) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join(':');
}

/** The base32 key; keys stored before a key was configured (and the demo's) are read as they are. */
export function openSecret(stored: string, userId: string, key: Buffer | null | undefined): string {
  if (!stored.startsWith(`${VERSION}:`)) return stored;
  if (!key) throw new Error('An authenticator key is sealed, and TWO_FACTOR_KEY is not set');
  const [, iv = '', tag = '', sealed = ''] = stored.split(':');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
}
