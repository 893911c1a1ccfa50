import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs. Secrets and personal values never reach them, whatever a caller passes. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'kindred' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.token',
        'variables',
        '*.variables',
      ],
      censor: '[redacted]',
    },
  });
}
