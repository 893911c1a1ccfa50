import type { MikroORM } from '@mikro-orm/postgresql';
import type { KindredPubSub } from '../../graphql/pubsub.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Logger } from '../../logger.js';
import type { MatchingEngine } from '../engine/matching-engine.js';
import { runEvent } from './assignment.presenter.js';
import { ASSIGNMENT_QUEUE, type AssignmentJob } from './assignment.service.js';
import { runAssignment } from './run-assignment.js';

/** Takes assignment runs off the job queue in this process, publishing each step as it goes. */
export async function startAssignmentWorker(deps: { orm: MikroORM; jobs: JobQueue; matching: MatchingEngine; pubsub: KindredPubSub; logger: Logger }): Promise<void> {
  await deps.jobs.work<AssignmentJob>(ASSIGNMENT_QUEUE, async (job) => {
    await runAssignment(
      { em: () => deps.orm.em.fork(), indexFor: (em, schemeId) => deps.matching.indexFor(em, schemeId), now: () => new Date() },
      job,
      (run) => deps.pubsub.publish('assignmentRunProgress', run.id, runEvent(run)),
    );
    deps.logger.info({ runId: job.runId, schemeId: job.schemeId }, 'assignment run finished');
  });
}
