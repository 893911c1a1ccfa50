import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';

export type CapturedAttachment = { filename: string; contentType: string; content: string };
export type CapturedMail = { to: string[]; from: string; subject: string; text: string; html?: string; attachments: CapturedAttachment[]; receivedAt: Date };

export type MailCatcher = {
  port: number;
  messages: CapturedMail[];
  /** The newest mail to this address, waiting for it to arrive if need be. */
  waitForMail(to: string, options?: { timeoutMs?: number; after?: Date }): Promise<CapturedMail>;
  close(): Promise<void>;
};

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())).filter(Boolean);
}

/**
 * A local SMTP server that keeps what it receives in memory: the mailbox of development and tests,
 * so that real email leaves Kindred through real SMTP without reaching anyone.
 */
export async function startMailCatcher(options: { port?: number; host?: string } = {}): Promise<MailCatcher> {
  const messages: CapturedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: addresses(parsed.to),
            from: addresses(parsed.from)[0] ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : undefined,
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
            receivedAt: new Date(),
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const find = (to: string, after?: Date) =>
    messages.findLast((m) => m.to.includes(to.toLowerCase()) && (!after || m.receivedAt >= after));

  return {
    port,
    messages,
    waitForMail(to, { timeoutMs = 10_000, after } = {}) {
      const found = find(to, after);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No email to ${to} arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        function check() {
          const mail = find(to, after);
          if (!mail) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mail);
        }
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
