import type { OutgoingMail } from './mailer.js';

/** The password reset email: plain words, the link on its own line, what to do if it was not you. */
export function passwordResetMail(options: { to: string; name: string; link: string; validMinutes: number }): OutgoingMail {
  const text = [
    `Hello ${options.name},`,
    '',
    'Someone asked to reset the password for your Kindred account. To choose a new password, open this link:',
    '',
    options.link,
    '',
    `The link works once, for ${options.validMinutes} minutes.`,
    '',
    'If this was not you, you do not need to do anything: your password has not changed.',
    '',
    'Kindred',
  ].join('\n');
  return { to: options.to, subject: 'Reset your Kindred password', text };
}
