/** Reading what Kindred emailed, as the person would. */
import { expect } from 'vitest';
import type { TestKindred } from './kindred.ts';

/** The reset link in the newest password reset email to `email` that arrived after `after`. */
export async function resetLinkFor(kindred: TestKindred, email: string, after?: Date): Promise<URL> {
  const mail = await kindred.mail.waitForMail(email, { timeoutMs: 10_000, ...(after ? { after } : {}) });
  const match = mail.text.match(/https?:\/\/\S+\/reset-password\?token=[\w%-]+/);
  expect(match, `the reset email contains a link to /reset-password:\n${mail.text}`).not.toBeNull();
  return new URL(match?.[0] ?? '');
}

/** The token in a reset link. */
export function tokenOf(link: URL): string {
  return link.searchParams.get('token') ?? '';
}

/** Every mail to this address so far. */
export function mailTo(kindred: TestKindred, email: string) {
  return kindred.mail.messages.filter((m) => m.to.includes(email.toLowerCase()));
}
