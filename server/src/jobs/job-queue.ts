import { PgBoss } from 'pg-boss';
import type { Logger } from '../logger.js';
import { policyFor } from './queue-policies.js';

export type JobOptions = { startAfter?: Date; singletonKey?: string; retryLimit?: number; expireInSeconds?: number };
export type JobHandler<T> = (data: T, job: { id: string }) => Promise<void>;

/**
 * Background work kept in PostgreSQL (pg-boss): it survives restarts, and with several API
 * processes each job is claimed by exactly one (SKIP LOCKED). A job's process sends heartbeats
 * while it runs; a process that dies mid-job stops them, and another process retries the job.
 */
export type JobQueue = {
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<string | null>;
  work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
  /** A recurring job on a cron pattern in London time; several processes still run it once. */
  every(queue: string, cron: string, data?: object): Promise<void>;
  /** A job run soon after start-up: once, however many processes start together. */
  atStart(queue: string): Promise<void>;
  stop(): Promise<void>;
};

export type JobQueueOptions = {
  databaseUrl: string;
  logger: Logger;
  pollingSeconds?: number;
  /** `false` leaves out the recurring and start-up jobs (tests that drive those handlers with a chosen clock); jobs sent on demand still run. */
  scheduled?: boolean;
  /** A running job silent for this long (its process died) is retried by another process; at least 10. */
  heartbeatSeconds?: number;
};

// Processes starting within this window share one start-up job.
const AT_START_WINDOW_SECONDS = 5 * 60;

export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const scheduled = options.scheduled ?? true;
  const heartbeatSeconds = Math.max(10, options.heartbeatSeconds ?? 30);
  // One process at a time (whichever claims it) looks for silent jobs and for recurring jobs that are
  // due, every few seconds: a dead process's job is taken over within about heartbeat + a third of
  // it, and a recurring job starts within about that third of its time.
  const checkSeconds = Math.max(2, Math.round(heartbeatSeconds / 3));
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: 4,
    application_name: 'kindred-jobs',
    superviseIntervalSeconds: checkSeconds,
    monitorIntervalSeconds: checkSeconds,
    cronMonitorIntervalSeconds: checkSeconds,
    cronWorkerIntervalSeconds: Math.min(5, checkSeconds),
    // How fresh each process's idea of a queue's backlog is (see burstWhenReadyExceeds below).
    queueCacheIntervalSeconds: checkSeconds,
  });
  boss.on('error', (error: unknown) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();
  const queues = new Set<string>();
  const ensureQueue = async (queue: string) => {
    if (queues.has(queue)) return;
    const policy = { ...policyFor(queue), heartbeatSeconds };
    await boss.createQueue(queue, policy);
    // A queue made by an earlier version keeps its old settings unless told the current ones.
    await boss.updateQueue(queue, policy);
    queues.add(queue);
  };
  return {
    async send(queue, data, jobOptions = {}) {
      await ensureQueue(queue);
      return boss.send(queue, data, jobOptions);
    },
    async work(queue, handler) {
      await ensureQueue(queue);
      // One job at a time per queue and process; while jobs are waiting, the next is taken at once
      // rather than at the next poll, so a backlog drains at the speed of the handlers.
      const workOptions = { pollingIntervalSeconds: options.pollingSeconds ?? 2, burstWhenReadyExceeds: 1 };
      await boss.work<object>(queue, workOptions, async (jobs) => {
        for (const job of jobs) {
          const started = performance.now();
          // Which process took which job, and which attempt it is, for whoever reads the logs.
          options.logger.info({ queue, job: job.id, retry: job.retryCount }, 'job started');
          try {
            await handler(job.data as never, { id: job.id });
          } catch (error) {
            options.logger.error({ err: error, queue, job: job.id, retry: job.retryCount }, 'job failed; it will be retried');
            throw error;
          }
          options.logger.info({ queue, job: job.id, retry: job.retryCount, ms: Math.round(performance.now() - started) }, 'job finished');
        }
      });
    },
    async every(queue, cron, data = {}) {
      if (!scheduled) return;
      await ensureQueue(queue);
      await boss.schedule(queue, cron, data, { tz: 'Europe/London' });
    },
    async atStart(queue) {
      if (!scheduled) return;
      await ensureQueue(queue);
      // A singleton slot: a second process starting in the same window files no second job.
      await boss.send(queue, {}, { singletonKey: 'at-start', singletonSeconds: AT_START_WINDOW_SECONDS });
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
