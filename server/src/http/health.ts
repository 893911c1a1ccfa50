import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';

/** Something else this process needs to serve correctly (e.g. Redis, with several processes). */
export type ReadinessCheck = { name: string; check(): Promise<void> };

/**
 * /healthz: the process answers. /readyz: it can also reach its database, within a second, and
 * whatever else it was configured with (Redis carries live updates between processes).
 */
export function healthRoutes(orm: MikroORM, checks: ReadinessCheck[] = []): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer within 1 s')), 1000).unref()),
      ]);
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'The database cannot be reached' });
      return;
    }
    for (const { name, check } of checks) {
      try {
        await check();
      } catch {
        res.status(503).json({ status: 'unavailable', reason: `${name} cannot be reached` });
        return;
      }
    }
    res.json({ status: 'ready' });
  });
  return router;
}
