import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import { notifyLapsedDbsChecks } from './dbs-lapse.js';

const HOUR_MS = 60 * 60 * 1000;

export type DbsLapseTimer = { stop(): Promise<void> };

/**
 * Looks for lapsed DBS checks at start-up and then every hour, until stopped. A stand-in for the
 * job queue of a later issue: safe to run in every API process, because each check is claimed once.
 */
export function startDbsLapseTimer(options: {
  orm: MikroORM;
  mailer: Mailer;
  publicUrl: string;
  logger: Logger;
  everyMs?: number;
}): DbsLapseTimer {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = () => {
    if (stopped) return;
    running = notifyLapsedDbsChecks({ em: options.orm.em.fork(), mailer: options.mailer, publicUrl: options.publicUrl, logger: options.logger }, new Date()).catch(
      (error: unknown) => options.logger.error({ err: error }, 'checking for lapsed DBS checks failed'),
    );
  };
  const timer = setInterval(run, options.everyMs ?? HOUR_MS);
  // Never the reason the process stays alive.
  timer.unref();
  run();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      // Let a run in progress finish before the database it uses is closed.
      await running;
    },
  };
}
