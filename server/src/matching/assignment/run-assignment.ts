import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatchVolunteer, VolunteerIndex } from '@kindred/shared';
import { loadVolunteerFacts } from '../engine/facts.js';
import { AssignmentRun, type RunStage, type RunStatus } from './assignment-run.entity.js';
import type { AssignmentJob } from './assignment.service.js';
import { planAssignment, type AssignmentPlan } from './plan.js';
import { saveProposals } from './save-proposals.js';
import { loadWaitingMatchRequests } from './waiting-requests.js';

export type AssignmentDeps = {
  /** A fresh entity manager for the run. */
  em(): EntityManager;
  indexFor(em: EntityManager, schemeId: string): Promise<VolunteerIndex>;
  now(): Date;
  candidatesPerRequest?: number;
};

/** Told of each step a run takes, with the run as saved. */
export type RunProgressListener = (run: AssignmentRun) => void;

/** Progress is saved at most this often within a stage; stage changes are always saved. */
const SAVE_EVERY_MS = 250;

/** Thrown inside a run when another attempt at it has finished it meanwhile: this one stops quietly. */
class FinishedElsewhere extends Error {}

/**
 * Runs one queued assignment run to the end: loads the scheme's waiting requests and volunteers,
 * plans (candidates, then the optimal assignment and greedy beside it), and saves the proposals.
 * Proposals only: a link worker offers each through proposeMatch, which checks everything again.
 * Safe to run again and at once: pg-boss reruns the job from the start when its process died, and
 * a stalled process may still be running it when another takes over. Progress is written only while
 * the run is open, the proposals and DONE in one transaction (saveProposals); running it again after
 * it finished does nothing.
 */
export async function runAssignment(deps: AssignmentDeps, job: AssignmentJob, onProgress: RunProgressListener = () => {}): Promise<void> {
  const em = deps.em();
  // The job names the run's scheme: sharded by scheme, that says where the run is kept.
  const run = await em.findOne(AssignmentRun, job.schemeId ? { id: job.runId, scheme: job.schemeId } : { id: job.runId }, { populate: ['scheme'] });
  if (!run || run.status === 'DONE' || run.status === 'FAILED') return;
  const stillOpen = { id: run.id, scheme: run.scheme.id, status: { $in: ['QUEUED', 'RUNNING'] as RunStatus[] } };
  const started = performance.now();
  let lastSaved = 0;
  const advance = async (stage: RunStage, done: number, total: number) => {
    const changed = stage !== run.stage;
    run.status = 'RUNNING';
    run.stage = stage;
    run.stageDone = done;
    run.stageTotal = total;
    if (changed || done === total || performance.now() - lastSaved > SAVE_EVERY_MS) {
      const { status, stageDone, stageTotal, requestCount, volunteerCount, timings } = run;
      if ((await em.nativeUpdate(AssignmentRun, stillOpen, { status, stage, stageDone, stageTotal, requestCount, volunteerCount, timings })) === 0) throw new FinishedElsewhere();
      lastSaved = performance.now();
      onProgress(run);
    }
  };
  try {
    await advance('LOADING', 0, 2);
    const schemeId = run.scheme.id;
    const now = deps.now();
    const requests = await loadWaitingMatchRequests(em, schemeId);
    const index = await deps.indexFor(em, schemeId);
    // Free places as they are now, whatever the cached index last heard.
    const facts = await loadVolunteerFacts(em, { schemeId });
    const free = (v: MatchVolunteer) => v.capacity - (facts.get(v.id)?.liveMatches ?? v.liveMatches);
    run.requestCount = requests.length;
    run.volunteerCount = index.size;
    run.timings = { loadMs: Math.round(performance.now() - started) };
    await advance('LOADING', 2, 2);

    const plan: AssignmentPlan = await planAssignment(index, requests, {
      now,
      freePlaces: free,
      candidatesPerRequest: deps.candidatesPerRequest,
      onProgress: (stage, done, total) => advance(stage, done, total),
    });
    run.candidateCount = plan.candidateCount;
    run.matched = plan.optimal.matched;
    run.totalFit = plan.optimal.totalFit;
    run.greedyMatched = plan.greedy.matched;
    run.greedyTotalFit = plan.greedy.totalFit;
    run.timings = {
      ...run.timings,
      candidatesMs: Math.round(plan.timings.candidatesMs),
      solveMs: Math.round(plan.timings.solveMs),
      greedyMs: Math.round(plan.timings.greedyMs),
    };

    await advance('SAVING', 0, plan.pairs.length);
    const saving = performance.now();
    const saved = await saveProposals(em, run, plan.pairs, (pair) => index.explain(pair.request, pair.volunteer, now), () => {
      run.timings = { ...run.timings, saveMs: Math.round(performance.now() - saving), totalMs: Math.round(performance.now() - started) };
      const { requestCount, volunteerCount, candidateCount, matched, totalFit, greedyMatched, greedyTotalFit, timings } = run;
      return { requestCount, volunteerCount, candidateCount, matched, totalFit, greedyMatched, greedyTotalFit, timings };
    });
    if (!saved) throw new FinishedElsewhere();
    run.status = 'DONE';
    run.stage = 'FINISHED';
    run.stageDone = plan.pairs.length;
    run.stageTotal = plan.pairs.length;
    run.finishedAt = new Date();
    onProgress(run);
  } catch (error) {
    if (error instanceof FinishedElsewhere) return;
    run.status = 'FAILED';
    run.failure = 'The run stopped because of a problem on our side. No proposals were saved. Please try again.';
    run.finishedAt = new Date();
    em.clear();
    // Only an open run is marked failed: one that another attempt finished stays finished.
    if ((await em.nativeUpdate(AssignmentRun, stillOpen, { status: 'FAILED', failure: run.failure, finishedAt: run.finishedAt })) > 0) onProgress(run);
    throw error;
  }
}
