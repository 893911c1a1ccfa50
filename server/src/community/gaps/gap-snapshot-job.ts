import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Logger } from '../../logger.js';
import type { MatchingEngine } from '../../matching/engine/matching-engine.js';
import { analyseSchemeGaps } from './gap-analysis.js';
import { saveGapSnapshot } from './gap-snapshots.js';

export const GAP_SNAPSHOT_QUEUE = 'gap-snapshots';

/**
 * Keeps this week's gap snapshot of every scheme, so the trend has a point for each week even when
 * nobody opened the gaps page. Each scheme is saved on its own: one that fails does not stop the
 * rest, and the job then fails so the queue retries it (saving a snapshot again is harmless).
 */
export async function snapshotEveryScheme(deps: { em: () => EntityManager; engine: MatchingEngine; logger?: Logger }, now: Date): Promise<number> {
  const schemes = await deps.em().find(Scheme, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  let saved = 0;
  let failed = 0;
  for (const scheme of schemes) {
    const em = deps.em();
    try {
      const { analysis } = await analyseSchemeGaps(em, await deps.engine.indexFor(em, scheme.id), scheme.id, now);
      await saveGapSnapshot(em, scheme.id, analysis, now);
      saved++;
    } catch (error) {
      failed++;
      deps.logger?.error({ err: error, schemeId: scheme.id }, 'gap snapshot failed');
    }
  }
  if (failed > 0) throw new Error(`Gap snapshots failed for ${failed} of ${schemes.length} schemes`);
  return saved;
}

/** Daily at 06:30 London, as a job in PostgreSQL: however many API processes run, one takes it. */
export async function scheduleGapSnapshots(jobs: JobQueue, deps: { orm: MikroORM; engine: MatchingEngine; logger: Logger }): Promise<void> {
  await jobs.work(GAP_SNAPSHOT_QUEUE, async () => {
    await snapshotEveryScheme({ em: () => deps.orm.em.fork(), engine: deps.engine, logger: deps.logger }, new Date());
  });
  await jobs.every(GAP_SNAPSHOT_QUEUE, '30 6 * * *');
}
