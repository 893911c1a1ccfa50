import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../graphql/context.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { sweepOwedEmails } from './owed-emails.js';

export const OWED_EMAIL_SWEEP_QUEUE = 'owed-email-sweep';

/**
 * Every 15 minutes, as a job in PostgreSQL (one process runs each), sends the notice emails that
 * jobs recorded as owed and then gave up on. Off with SCHEDULED_JOBS=false; tests run
 * sweepOwedEmails themselves with a chosen clock.
 */
export async function scheduleOwedEmailSweep(jobs: JobQueue, deps: { orm: MikroORM; app: Pick<AppServices, 'mailer' | 'publicUrl' | 'logger'> }): Promise<void> {
  await jobs.work(OWED_EMAIL_SWEEP_QUEUE, async () => {
    await sweepOwedEmails({ em: deps.orm.em.fork(), app: deps.app, logger: deps.app.logger }, new Date());
  });
  await jobs.every(OWED_EMAIL_SWEEP_QUEUE, '*/15 * * * *');
}
