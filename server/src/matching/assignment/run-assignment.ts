import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatchVolunteer, VolunteerIndex } from '@kindred/shared';
import { loadVolunteerFacts } from '../engine/facts.js';
import { AssignmentRun, type RunStage } from './assignment-run.entity.js';
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

/**
 * Runs one queued assignment run to the end: loads the scheme's waiting requests and volunteers,
 * plans (candidates, then the optimal assignment and greedy beside it), and saves the proposals.
 * Proposals only: a link worker offers each through proposeMatch, which checks everything again.
 * Running it twice for the same run does nothing the second time.
 */
export async function runAssignment(deps: AssignmentDeps, runId: string, onProgress: RunProgressListener = () => {}): Promise<void> {
  const em = deps.em();
  const run = await em.findOne(AssignmentRun, { id: runId }, { populate: ['scheme'] });
  if (!run || run.status === 'DONE' || run.status === 'FAILED') return;
  const started = performance.now();
  let lastSaved = 0;
  const advance = async (stage: RunStage, done: number, total: number) => {
    const changed = stage !== run.stage;
    // Never undo a finish: the last step is recorded after the run is marked DONE.
    if (run.status === 'QUEUED') run.status = 'RUNNING';
    run.stage = stage;
    run.stageDone = done;
    run.stageTotal = total;
    if (changed || done === total || performance.now() - lastSaved > SAVE_EVERY_MS) {
      await em.flush();
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
    await saveProposals(em, run, plan.pairs, (pair) => index.explain(pair.request, pair.volunteer, now));
    run.timings = { ...run.timings, saveMs: Math.round(performance.now() - saving), totalMs: Math.round(performance.now() - started) };
    run.status = 'DONE';
    run.finishedAt = new Date();
    await advance('FINISHED', plan.pairs.length, plan.pairs.length);
  } catch (error) {
    run.status = 'FAILED';
    run.failure = 'The run stopped because of a problem on our side. No proposals were saved. Please try again.';
    run.finishedAt = new Date();
    em.clear();
    await em.nativeUpdate(AssignmentRun, { id: run.id }, { status: 'FAILED', failure: run.failure, finishedAt: run.finishedAt });
    onProgress(run);
    throw error;
  }
}
