import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionPolicy, Viewer } from '../accounts/sessions.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import type { Geocoder } from '../place/geocoder.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { MatchingEngine } from '../matching/engine/matching-engine.js';
import type { KindredPubSub } from './pubsub.js';

/** What lives as long as the process and every request may use. */
export type AppServices = {
  mailer: Mailer;
  pubsub: KindredPubSub;
  logger: Logger;
  sessions: SessionPolicy;
  publicUrl: string;
  geocoder: Geocoder;
  jobs: JobQueue;
  matching: MatchingEngine;
  /** TWO_FACTOR_KEY: seals authenticator keys at rest (accounts/two-factor/secret-box.ts). */
  twoFactorKey?: Buffer | null;
};

/** How a resolver sets or clears the session cookie; absent on WebSocket connections. */
export type SessionCookie = {
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

// type-graphql needs a type alias here, not an interface.
export type KindredContext = {
  em: EntityManager;
  viewer: Viewer | null;
  clientAddress: string;
  cookie: SessionCookie | null;
  app: AppServices;
};
