import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';
import { createKindredPubSub, type KindredEvents, type KindredPubSub } from './pubsub.js';

/**
 * How events travel between API processes. Without REDIS_URL they stay in this process (one
 * process). With it, every publish goes through Redis and every process, the publisher included,
 * hears it from Redis: so a subscription on one process receives what a mutation on another caused.
 */
export type EventBus = {
  pubsub: KindredPubSub;
  /** True when other processes hear this one's events (Redis). */
  shared: boolean;
  /** Resolves when Redis answers (at once in memory); rejects with a plain reason otherwise. */
  checkReady(): Promise<void>;
  close(): Promise<void>;
};

export async function startEventBus(options: { redisUrl?: string; logger: Logger }): Promise<EventBus> {
  if (!options.redisUrl) {
    return { pubsub: createKindredPubSub(), shared: false, checkReady: async () => {}, close: async () => {} };
  }
  const logger = options.logger.child({ component: 'events' });
  // The publisher drops events while Redis is away (they are live updates, not records), instead of
  // queueing them in memory without bound; the subscriber keeps its subscriptions and renews them
  // on reconnecting. ioredis reconnects by itself, backing off to a retry every 2 s.
  const common: RedisOptions = { connectTimeout: 2_000, retryStrategy: (times) => Math.min(times * 200, 2_000) };
  const publisher = new Redis(options.redisUrl, { ...common, connectionName: 'kindred-publish', enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const subscriber = new Redis(options.redisUrl, { ...common, connectionName: 'kindred-subscribe', maxRetriesPerRequest: null });
  const outage = reportOutages(logger);
  for (const [role, client] of [['publish', publisher], ['subscribe', subscriber]] as const) {
    client.on('error', (error: Error) => outage.failed(role, error));
    client.on('ready', () => outage.recovered(role));
  }

  // The library calls these without waiting for their answers; an unanswered rejection would end the
  // process, so each failure is caught here and logged as part of the outage instead.
  const lost = (error: unknown) => outage.failed('publish', error);
  const eventTarget = createRedisEventTarget<CustomEvent>({
    publishClient: {
      publish: (channel: string, message: string) => publisher.publish(channel, message).catch(lost),
    } as unknown as Redis,
    subscribeClient: {
      on: (event: 'message', listener: (channel: string, message: string) => void) => subscriber.on(event, listener),
      subscribe: (channel: string) => subscriber.subscribe(channel).catch((error: unknown) => outage.failed('subscribe', error)),
      unsubscribe: (channel: string) => subscriber.unsubscribe(channel).catch(() => {}),
    } as unknown as Redis,
  });

  await Promise.race([
    Promise.all([whenReady(publisher), whenReady(subscriber)]),
    new Promise((resolve) => setTimeout(resolve, 3_000).unref()),
  ]);
  if (publisher.status !== 'ready' || subscriber.status !== 'ready') {
    logger.error('Redis did not answer at start-up: live updates between processes wait until it does (readyz says unavailable)');
  } else {
    logger.info('events between processes go through Redis');
  }

  return {
    pubsub: createPubSub<KindredEvents>({ eventTarget }),
    shared: true,
    async checkReady() {
      if (publisher.status !== 'ready' || subscriber.status !== 'ready') throw new Error('not connected to Redis');
      await withinASecond(Promise.all([publisher.ping(), subscriber.ping()]));
    },
    async close() {
      await Promise.all([publisher, subscriber].map((client) => withinASecond(client.quit()).catch(() => client.disconnect())));
    },
  };
}

function whenReady(client: Redis): Promise<void> {
  return client.status === 'ready' ? Promise.resolve() : new Promise((resolve) => client.once('ready', () => resolve()));
}

function withinASecond<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 1 s')), 1_000).unref()),
  ]);
}

/** One warning when a connection to Redis fails and one note when it is back, not one per retry. */
function reportOutages(logger: Logger) {
  const down = new Set<string>();
  return {
    failed(role: string, error: unknown) {
      if (down.has(role)) return;
      down.add(role);
      logger.warn({ err: error, connection: role }, 'Redis cannot be reached: live updates between processes are paused; retrying');
    },
    recovered(role: string) {
      if (!down.delete(role)) return;
      logger.info({ connection: role }, 'Redis reachable again: live updates between processes resume');
    },
  };
}
