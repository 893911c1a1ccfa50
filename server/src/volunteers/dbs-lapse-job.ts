import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import { notifyLapsedDbsChecks } from './dbs-lapse.js';

const QUEUE = 'dbs-lapse-check';

/**
 * Looks for lapsed DBS checks every hour and once at start-up, as a job in PostgreSQL: however
 * many API processes run, one of them does each check, and a check cut short is retried.
 */
export async function scheduleDbsLapseChecks(jobs: JobQueue, deps: { orm: MikroORM; mailer: Mailer; publicUrl: string; logger: Logger }): Promise<void> {
  await jobs.work(QUEUE, async () => {
    await notifyLapsedDbsChecks({ em: deps.orm.em.fork(), mailer: deps.mailer, publicUrl: deps.publicUrl, logger: deps.logger }, new Date());
  });
  await jobs.every(QUEUE, '7 * * * *');
  await jobs.atStart(QUEUE);
}
