import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import { remindCheckInsDue } from './reminders.js';

export const CHECK_IN_REMINDERS_QUEUE = 'check-in-reminders';

/**
 * Reminds people of check-ins that have become due, every morning at 10:00 London time, as a job in
 * PostgreSQL (one process runs each). Off with SCHEDULED_JOBS=false, for tests that pick the clock.
 */
export async function startCheckInReminders(orm: MikroORM, app: AppServices): Promise<void> {
  await app.jobs.work(CHECK_IN_REMINDERS_QUEUE, async () => {
    await remindCheckInsDue({ em: orm.em.fork(), app }, new Date());
  });
  await app.jobs.every(CHECK_IN_REMINDERS_QUEUE, '0 10 * * *');
}
