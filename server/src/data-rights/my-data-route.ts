import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { viewerFromSessionToken } from '../accounts/sessions.js';
import type { AppServices } from '../graphql/context.js';
import { readSessionToken } from '../http/session-cookie.js';
import { exportMyData } from './export.service.js';

/**
 * GET /me/data.json: the signed-in person's own data as a file to keep, for a browser signed in
 * with the session cookie (the same document as the exportMyData mutation, audited the same way).
 */
export function myDataRoutes(orm: MikroORM, app: AppServices, secureCookie: boolean): Router {
  const router = Router();
  router.get('/me/data.json', async (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const em = orm.em.fork();
      const viewer = await viewerFromSessionToken(em, readSessionToken(req.headers.cookie, secureCookie), app.sessions);
      if (!viewer) {
        res.status(401).type('text/plain').send('Sign in to download your data.');
        return;
      }
      const now = new Date();
      const json = await exportMyData(em, viewer, now);
      const name = `kindred-my-data-${now.toISOString().slice(0, 10)}.json`;
      res.type('application/json; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${name}"`);
      res.send(json);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
