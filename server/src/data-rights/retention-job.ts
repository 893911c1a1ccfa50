import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { anonymiseClosedCases } from './retention.js';

export const RETENTION_QUEUE = 'data-retention';

/**
 * Daily at 03:45 London, as a job in PostgreSQL: however many API processes run, one takes it. Left
 * out with SCHEDULED_JOBS=false; tests run anonymiseClosedCases themselves with a chosen clock.
 */
export async function scheduleRetention(jobs: JobQueue, deps: { orm: MikroORM; retentionMonths: number; logger: Logger }): Promise<void> {
  await jobs.work(RETENTION_QUEUE, async () => {
    const { anonymised } = await anonymiseClosedCases({ em: () => deps.orm.em.fork(), retentionMonths: deps.retentionMonths, logger: deps.logger }, new Date());
    if (anonymised > 0) deps.logger.info({ anonymised }, 'closed cases anonymised after the retention period');
  });
  await jobs.every(RETENTION_QUEUE, '45 3 * * *');
}
