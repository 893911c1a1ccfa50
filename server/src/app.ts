import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import helmet from 'helmet';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { viewerFromSessionToken } from './accounts/sessions.js';
import type { Config } from './config.js';
import { connectDatabase } from './db/connect.js';
import { migrate } from './db/orm.js';
import { loadDemoData } from './demo/demo-data.js';
import type { AppServices, KindredContext } from './graphql/context.js';
import { formatError, unavailableBeforeResolving } from './graphql/errors.js';
import { operationGuards } from './graphql/limits.js';
import { startEventBus } from './graphql/event-bus.js';
import { buildKindredSchema } from './graphql/schema.js';
import { startSubscriptionServer } from './graphql/websocket.js';
import { devMailboxRoutes } from './http/dev-mailbox.js';
import { devTwoFactorRoutes } from './http/dev-two-factor.js';
import { healthRoutes } from './http/health.js';
import { requestLog } from './http/request-log.js';
import { readSessionToken, sessionCookieFor } from './http/session-cookie.js';
import { webAppRoutes } from './http/web-app.js';
import { createLogger, type Logger } from './logger.js';
import { startMailCatcher, type MailCatcher } from './mail/catcher.js';
import { createMailer } from './mail/mailer.js';
import { createGeocoder } from './place/create-geocoder.js';
import { startJobQueue } from './jobs/job-queue.js';
import { MatchingEngine } from './matching/engine/matching-engine.js';
import { calendarRoutes, startMatchLifecycleJobs } from './matching/lifecycle/lifecycle-runtime.js';
import { startAssignmentWorker } from './matching/assignment/assignment-worker.js';
import { followVolunteerChanges } from './matching/engine/volunteer-changes.js';
import { scheduleDbsLapseChecks } from './volunteers/dbs-lapse-job.js';
import { startCheckInReminders } from './outcomes/check-ins/reminder-job.js';
import { scheduleOwedEmailSweep } from './notifications/owed-email-sweep-job.js';
import { outcomeReportCsvRoutes } from './outcomes/reports/report-csv-route.js';
import { scheduleGapSnapshots } from './community/gaps/gap-snapshot-job.js';
import { myDataRoutes } from './data-rights/my-data-route.js';
import { scheduleRetention } from './data-rights/retention-job.js';

export type RunningKindred = {
  url: string;
  port: number;
  orm: MikroORM;
  logger: Logger;
  /** Stops taking requests, lets those in flight finish, then closes the database and mail. */
  close(): Promise<void>;
};

/** Composition root: configuration → database → schema → HTTP and WebSocket → listening. */
export async function startKindred(config: Config): Promise<RunningKindred> {
  const logger = createLogger(config.logLevel);
  const stack: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    for (const step of stack.reverse()) await step().catch((error: unknown) => logger.error({ err: error }, 'shutdown step failed'));
  };
  try {
    const database = await connectDatabase(config, logger);
    stack.push(database.close);
    const { orm } = database;
    const applied = await migrate(orm);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
    if (config.demoData && (await loadDemoData(orm.em.fork()))) logger.info('demo data loaded (development only)');

    let catcher: MailCatcher | undefined;
    let smtpUrl = config.mail.smtpUrl;
    if (!smtpUrl) {
      catcher = await startMailCatcher({ port: config.mail.catcherPort });
      stack.push(() => catcher!.close());
      smtpUrl = `smtp://127.0.0.1:${catcher.port}`;
      logger.info({ port: catcher.port }, 'no SMTP_URL: email goes to the local mail catcher, readable at /dev/mail');
    }
    const mailer = createMailer({ smtpUrl, from: config.mail.from, logger });
    stack.push(async () => {
      await mailer.drain();
      mailer.close();
    });

    // Events between processes (Redis) or within this one; closed after the jobs, which publish.
    const events = await startEventBus({ redisUrl: config.redisUrl, logger });
    stack.push(() => events.close());
    const { pubsub } = events;
    // Stopped before mail and the database close, letting a job in progress finish.
    const jobs = await startJobQueue({ databaseUrl: database.url, logger, scheduled: config.scheduledJobs, heartbeatSeconds: config.jobHeartbeatSeconds });
    stack.push(() => jobs.stop());
    await scheduleDbsLapseChecks(jobs, { orm, mailer, publicUrl: config.http.publicUrl, logger });
    const matching = new MatchingEngine();
    const stopFollowing = followVolunteerChanges(orm, matching, logger, events);
    stack.push(async () => stopFollowing());
    await startAssignmentWorker({ orm, jobs, matching, pubsub, logger });
    const services: AppServices = {
      mailer,
      pubsub,
      logger,
      sessions: { idleMs: config.sessions.idleMs, absoluteMs: config.sessions.absoluteMs },
      publicUrl: config.http.publicUrl,
      geocoder: createGeocoder(config.geocoder, () => orm.em.fork()),
      jobs,
      matching,
      twoFactorKey: config.twoFactorKey,
    };
    await startMatchLifecycleJobs(orm, services);
    await startCheckInReminders(orm, services);
    await scheduleOwedEmailSweep(jobs, { orm, app: services });
    await scheduleGapSnapshots(jobs, { orm, engine: matching, logger });
    await scheduleRetention(jobs, { orm, retentionMonths: config.retentionMonths, logger });
    const contextFor = async (cookieHeader: string | undefined, clientAddress: string, cookie: KindredContext['cookie']): Promise<KindredContext> => {
      const em = orm.em.fork();
      const viewer = await viewerFromSessionToken(em, readSessionToken(cookieHeader, config.sessions.secureCookie), services.sessions).catch(unavailableBeforeResolving);
      return { em, viewer, clientAddress, cookie, app: services };
    };

    const schema = await buildKindredSchema(pubsub);
    const guards = operationGuards();
    const app = express();
    app.disable('x-powered-by');
    // API answers are never cached (every one depends on who asks), so hashing each body for an ETag is wasted work.
    app.set('etag', false);
    const httpServer = createServer(app);
    const subscriptions = startSubscriptionServer({
      httpServer,
      schema,
      allowedOrigin: new URL(config.http.publicUrl).origin,
      validationRules: guards.validationRules,
      context: (cookieHeader, address) => contextFor(cookieHeader, address, null),
    });
    const apollo = new ApolloServer<KindredContext>({
      schema,
      plugins: [
        // graphql-armor is typed against the CommonJS build of Apollo; the plugin objects are the same.
        ...(guards.plugins as unknown as ApolloServerPlugin<KindredContext>[]),
        ApolloServerPluginDrainHttpServer({ httpServer }),
        // Answers are never cached (each depends on who asks); the cache-control plugin Apollo adds by
        // default would otherwise wrap every field of every answer to work out a cache hint.
        ApolloServerPluginCacheControlDisabled(),
        { serverWillStart: async () => ({ drainServer: () => subscriptions.close() }) },
      ],
      validationRules: guards.validationRules,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      introspection: !config.production,
      includeStacktraceInErrorResponses: config.env === 'development',
      hideSchemaDetailsFromClientErrors: true,
      formatError: formatError({
        exposeInternals: config.env === 'development',
        onUnexpected: (error) => logger.error({ err: error }, 'unexpected error in a GraphQL operation'),
      }),
    });
    await apollo.start();
    stack.push(() => apollo.stop());

    app.use(requestLog(logger));
    app.use(
      helmet({
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'", 'ws:', 'wss:'],
            // The community gaps map's tiles (OpenStreetMap unless the web app was built with another VITE_MAP_TILES).
            'img-src': ["'self'", 'data:', 'https://tile.openstreetmap.org'],
            'upgrade-insecure-requests': config.production ? [] : null,
          },
        },
        strictTransportSecurity: config.production,
      }),
    );
    app.use(healthRoutes(orm, events.shared ? [{ name: 'Redis', check: events.checkReady }] : []));
    app.use(
      '/graphql',
      express.json({ limit: config.http.bodyLimit }),
      expressMiddleware(apollo, {
        context: async ({ req, res }) =>
          contextFor(req.headers.cookie, req.socket.remoteAddress ?? 'unknown', sessionCookieFor(res, config.sessions.secureCookie)),
      }),
    );
    app.use(calendarRoutes(orm, services, config.sessions.secureCookie));
    app.use(outcomeReportCsvRoutes(orm, services, config.sessions.secureCookie));
    app.use(myDataRoutes(orm, services, config.sessions.secureCookie));
    if (catcher && !config.production) app.use(devMailboxRoutes(catcher));
    if (config.demoData && !config.production) app.use(devTwoFactorRoutes(orm));
    app.use(webAppRoutes(config.http.webDist));
    app.use(jsonErrors(logger));

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.http.port, config.http.host, () => resolve());
    });
    const port = (httpServer.address() as AddressInfo).port;
    const url = config.http.port === 0 ? `http://${config.http.host}:${port}` : config.http.publicUrl;
    logger.info({ url, graphql: `${url}/graphql` }, 'Kindred is ready');

    let closing: Promise<void> | undefined;
    return { url, port, orm, logger, close: () => (closing ??= closeAll()) };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Body-parser and other HTTP-level failures answer as GraphQL-shaped JSON with a code, never an HTML stack trace. */
function jsonErrors(logger: Logger): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, 'request failed');
    const message =
      error.type === 'entity.too.large'
        ? 'The request is too large'
        : status < 500
          ? 'The request could not be read'
          : 'Something went wrong on our side. Please try again in a moment.';
    const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
