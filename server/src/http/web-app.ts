import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Serves the built React app, with every unknown path answered by index.html so that deep links
 * such as /reset-password?token=… open the right page.
 */
export function webAppRoutes(webDist: string): Router {
  const router = Router();
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res
        .status(503)
        .type('text')
        .send('The Kindred web app has not been built yet. Run `pnpm build` (or `pnpm start`, which builds it first).');
    });
    return router;
  }
  // Hashed asset names never change their content, so they may be cached for a year.
  router.use('/assets', express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(webDist, { index: false, maxAge: 0 }));
  router.get(/^(?!\/graphql|\/healthz|\/readyz|\/dev\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
