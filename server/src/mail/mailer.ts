import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export type MailAttachment = { filename: string; content: string; contentType: string };
export type OutgoingMail = { to: string; subject: string; text: string; html?: string; attachments?: MailAttachment[] };

/** How a mail server answered a message it was handed: accepted, or refused for good. */
export type SendOutcome = 'SENT' | 'REFUSED';

export type Mailer = {
  /** Sends in the background; a failure is logged, never shown to the person whose request caused it. */
  sendInBackground(mail: OutgoingMail): void;
  /**
   * Sends now, for a job that records when its mail has gone: resolves 'SENT' once the mail server
   * has accepted the message, 'REFUSED' when it refused this message or address for good (sending
   * it again would be refused again). Rejects when the message could not be handed over (server
   * unreachable, timed out, a temporary refusal, bad credentials), so the job can try again later.
   */
  send(mail: OutgoingMail): Promise<SendOutcome>;
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
    async send(mail) {
      const sending = transport.sendMail({ from: options.from, ...mail });
      inFlight.add(sending);
      try {
        await sending;
        return 'SENT';
      } catch (error) {
        if (!refusedForGood(error)) throw error;
        options.logger.warn({ err: error, subject: mail.subject }, 'email refused by the mail server for good; not sending it again');
        return 'REFUSED';
      } finally {
        inFlight.delete(sending);
      }
    },
    async drain() {
      await Promise.allSettled(inFlight);
    },
    close: () => transport.close(),
  };
}

/**
 * A permanent (5xx) reply to this message's envelope or content: the address does not exist, the
 * message is too large. Not a refusal of the connection or of our credentials, which would refuse
 * every message alike and should be tried again once someone has put it right.
 */
function refusedForGood(error: unknown): boolean {
  const e = error as { code?: string; permanent?: boolean };
  return e.permanent === true && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE');
}
