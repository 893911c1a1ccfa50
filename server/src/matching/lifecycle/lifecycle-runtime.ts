import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { viewerFromSessionToken } from '../../accounts/sessions.js';
import type { AppServices } from '../../graphql/context.js';
import { readSessionToken } from '../../http/session-cookie.js';
import { inviteText } from './calendar-invite.js';
import { FOLLOW_UP_QUEUE, inviteFor, runSessionFollowUp, runSessionReminder, SESSION_REMINDER_QUEUE, type FollowUpJob, type ReminderJob } from './companion.service.js';
import { matchFor } from './match-access.js';
import { remindReviewsDue } from './match-activity.service.js';

export const REVIEWS_DUE_QUEUE = 'match-reviews-due';

/** Workers for the companion reminders and follow-up, and the daily review reminder (09:00 London). */
export async function startMatchLifecycleJobs(orm: MikroORM, app: AppServices): Promise<void> {
  await app.jobs.work<ReminderJob>(SESSION_REMINDER_QUEUE, async (data) => {
    await runSessionReminder({ em: orm.em.fork(), app }, data, new Date());
  });
  await app.jobs.work<FollowUpJob>(FOLLOW_UP_QUEUE, async (data) => {
    await runSessionFollowUp({ em: orm.em.fork(), app }, data, new Date());
  });
  await app.jobs.work(REVIEWS_DUE_QUEUE, async () => {
    await remindReviewsDue({ em: orm.em.fork(), app }, new Date());
  });
  await app.jobs.every(REVIEWS_DUE_QUEUE, '0 9 * * *');
}

/**
 * GET /calendar/matches/:id.ics: the first session of an active companion match, for the two
 * people only (by their session cookie). Anything else is a plain 404, whether or not it exists.
 */
export function calendarRoutes(orm: MikroORM, app: AppServices, secureCookie: boolean): Router {
  const router = Router();
  router.get('/calendar/matches/:file', async (req, res, next) => {
    try {
      const id = /^(.+)\.ics$/.exec(req.params.file)?.[1] ?? '';
      const em = orm.em.fork();
      const viewer = await viewerFromSessionToken(em, readSessionToken(req.headers.cookie, secureCookie), app.sessions);
      const seen = viewer ? await matchFor(em, viewer, id).catch(() => null) : null;
      const side = seen?.sides.has('VOLUNTEER') ? 'VOLUNTEER' : seen?.sides.has('PERSON') ? 'PERSON' : null;
      const invite = seen && side && seen.match.status === 'ACTIVE' ? await inviteFor(em, seen.match, app.publicUrl, side) : null;
      res.setHeader('Cache-Control', 'no-store');
      if (!invite) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.type('text/calendar; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="first-session.ics"');
      res.send(inviteText(invite));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
