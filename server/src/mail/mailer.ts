import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export type MailAttachment = { filename: string; content: string; contentType: string };
export type OutgoingMail = { to: string; subject: string; text: string; html?: string; attachments?: MailAttachment[] };

export type Mailer = {
  /** Sends in the background; a failure is logged, never shown to the person whose request caused it. */
  sendInBackground(mail: OutgoingMail): void;
  /** Resolves when every mail handed over so far has been sent or has failed. */
  drain(): Promise<void>;
  close(): void;
};

export function createMailer(options: { smtpUrl: string; from: string; logger: Logger }): Mailer {
  const transport = nodemailer.createTransport(options.smtpUrl, { from: options.from });
  const inFlight = new Set<Promise<unknown>>();
  return {
    sendInBackground(mail) {
      const sending = transport
        .sendMail({ from: options.from, ...mail })
        .catch((error: unknown) => options.logger.error({ err: error, subject: mail.subject }, 'email could not be sent'))
        .finally(() => inFlight.delete(sending));
      inFlight.add(sending);
    },
    async drain() {
      await Promise.allSettled(inFlight);
    },
    close: () => transport.close(),
  };
}
