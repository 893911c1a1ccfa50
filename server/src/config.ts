import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's root folder, whether we run from src/ or dist/. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const positiveMs = z.coerce.number({ message: 'must be a number of milliseconds' }).int().positive('must be above 0');

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const environment = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { message: 'must be development, test or production' }).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  DATA_DIR: z.string().min(1).default(path.join(projectRoot, '.data')),
  EMBEDDED_DB_PORT: port.default(54329),
  DB_POOL_MAX: z.coerce.number({ message: 'must be a number' }).int().min(1, 'must be at least 1').max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: positiveMs.default(2000),
  DB_STATEMENT_TIMEOUT_MS: positiveMs.default(5000),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  SMTP_CATCHER_PORT: port.default(1025),
  MAIL_FROM: z.string().min(3).default('Kindred <no-reply@kindred.invalid>'),
  DEMO_DATA: flag.optional(),
  WEB_DIST: z.string().min(1).default(path.join(projectRoot, 'web', 'dist')),
  GEOCODER: z.enum(['offline', 'postcodes-io'], { message: 'must be offline or postcodes-io' }).optional(),
  POSTCODES_IO_URL: url(['http:', 'https:']).default('https://api.postcodes.io'),
  SCHEDULED_JOBS: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(60 * 24),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  COOKIE_SECURE: flag.optional(),
  BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb').default('100kb'),
});

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Kindred cannot start because its configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks every setting once; refuses with one readable message naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environment.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message} (got "${String(present[String(issue.path[0])] ?? '')}")`));
  }
  const config = toConfig(parsed.data);
  if (config.production && !config.database.url) {
    throw new ConfigError(['DATABASE_URL must be set in production (the embedded database is for development and demos)']);
  }
  if (config.production && !config.mail.smtpUrl) {
    throw new ConfigError(['SMTP_URL must be set in production (the local mail catcher is for development and tests)']);
  }
  return config;
}

function toConfig(e: z.infer<typeof environment>) {
  const production = e.NODE_ENV === 'production';
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    production,
    http: { host: e.HOST, port: e.PORT, publicUrl, bodyLimit: e.BODY_LIMIT, webDist: e.WEB_DIST },
    database: {
      url: e.DATABASE_URL,
      embedded: { dataDir: path.resolve(e.DATA_DIR, 'postgres'), port: e.EMBEDDED_DB_PORT },
      poolMax: e.DB_POOL_MAX,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    },
    mail: { smtpUrl: e.SMTP_URL, catcherPort: e.SMTP_CATCHER_PORT, from: e.MAIL_FROM },
    // Demo accounts have known passwords: never in production, and by default only on the embedded database.
    demoData: !production && (e.DEMO_DATA ?? !e.DATABASE_URL),
    // The offline geocoder knows only the demo districts: production looks postcodes up for real.
    geocoder: { kind: e.GEOCODER ?? (production ? 'postcodes-io' : 'offline'), postcodesIoUrl: e.POSTCODES_IO_URL },
    /** Recurring and start-up jobs (DBS lapse checks, reviews due); off only for tests that drive them. */
    scheduledJobs: e.SCHEDULED_JOBS ?? true,
    logLevel: e.LOG_LEVEL,
    sessions: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_DAYS * 24 * 3_600_000,
      secureCookie: e.COOKIE_SECURE ?? publicUrl.startsWith('https:'),
    },
  };
}
