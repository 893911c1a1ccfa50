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
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(url(['postgres:', 'postgresql:'])))
    .optional(),
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
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  JOB_HEARTBEAT_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).int().min(10, 'must be at least 10').max(600, 'must be at most 600').default(30),
  RETENTION_MONTHS: z.coerce.number({ message: 'must be a number of months' }).int('must be a whole number of months').min(1, 'must be at least 1').max(1200, 'must be at most 1200').default(72),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TWO_FACTOR_KEY: z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 random bytes in base64, e.g. from `openssl rand -base64 32`').optional(),
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
  if (config.database.replicaUrls.length > 0 && !config.database.url) {
    throw new ConfigError(['DATABASE_REPLICA_URLS needs DATABASE_URL (replicas follow a primary; the embedded database has none)']);
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
      /** Read replicas (streaming standbys of DATABASE_URL) for reads that may lag a moment: reports, pictures, search. */
      replicaUrls: e.DATABASE_REPLICA_URLS ?? [],
    },
    mail: { smtpUrl: e.SMTP_URL, catcherPort: e.SMTP_CATCHER_PORT, from: e.MAIL_FROM },
    // Demo accounts have known passwords: never in production, and by default only on the embedded database.
    demoData: !production && (e.DEMO_DATA ?? !e.DATABASE_URL),
    // The offline geocoder knows only the demo districts: production looks postcodes up for real.
    geocoder: { kind: e.GEOCODER ?? (production ? 'postcodes-io' : 'offline'), postcodesIoUrl: e.POSTCODES_IO_URL },
    /** Recurring and start-up jobs (DBS lapse checks, reviews due); off only for tests that drive them. */
    scheduledJobs: e.SCHEDULED_JOBS ?? true,
    /** How long a running job may go without word from its process (killed, frozen) before another process takes it over. */
    jobHeartbeatSeconds: e.JOB_HEARTBEAT_SECONDS,
    /** Events between API processes go through Redis when set; otherwise they stay in this process. */
    redisUrl: e.REDIS_URL,
    /** Closed cases with nothing happening for this many months are anonymised by the daily retention job. */
    retentionMonths: e.RETENTION_MONTHS,
    logLevel: e.LOG_LEVEL,
    /** Seals authenticator keys (two-factor sign-in) at rest with AES-256-GCM; unset: stored as they are. */
    twoFactorKey: e.TWO_FACTOR_KEY ? Buffer.from(e.TWO_FACTOR_KEY, 'base64') : null,
    sessions: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_DAYS * 24 * 3_600_000,
      secureCookie: e.COOKIE_SECURE ?? publicUrl.startsWith('https:'),
    },
  };
}
