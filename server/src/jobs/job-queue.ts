import { PgBoss } from 'pg-boss';
import type { Logger } from '../logger.js';

export type JobOptions = { startAfter?: Date; singletonKey?: string; retryLimit?: number; expireInSeconds?: number };
export type JobHandler<T> = (data: T, job: { id: string }) => Promise<void>;

/**
 * Background work kept in PostgreSQL (pg-boss): it survives restarts, and with several API
 * processes each job is claimed by exactly one (SKIP LOCKED). A process that dies mid-job leaves
 * the job to be retried once it expires.
 */
export type JobQueue = {
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<string | null>;
  work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
  /** A recurring job on a cron pattern in London time; several processes still run it once. */
  every(queue: string, cron: string, data?: object): Promise<void>;
  /** A job run once soon after start-up (at most once at a time, whatever the processes). */
  atStart(queue: string): Promise<void>;
  stop(): Promise<void>;
};

/**
 * `scheduled: false` leaves out the recurring and start-up jobs (tests that drive those handlers
 * with a chosen clock); jobs sent on demand still run.
 */
export async function startJobQueue(options: { databaseUrl: string; logger: Logger; pollingSeconds?: number; scheduled?: boolean }): Promise<JobQueue> {
  const scheduled = options.scheduled ?? true;
  const boss = new PgBoss({ connectionString: options.databaseUrl, max: 4, application_name: 'kindred-jobs' });
  boss.on('error', (error: unknown) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();
  const queues = new Set<string>();
  const ensureQueue = async (queue: string) => {
    if (queues.has(queue)) return;
    await boss.createQueue(queue, { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 });
    queues.add(queue);
  };
  return {
    async send(queue, data, jobOptions = {}) {
      await ensureQueue(queue);
      return boss.send(queue, data, jobOptions);
    },
    async work(queue, handler) {
      await ensureQueue(queue);
      await boss.work<object>(queue, { pollingIntervalSeconds: options.pollingSeconds ?? 2 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data as never, { id: job.id });
          } catch (error) {
            options.logger.error({ err: error, queue, job: job.id }, 'job failed; it will be retried');
            throw error;
          }
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
      await boss.send(queue, {}, { singletonKey: 'at-start' });
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
