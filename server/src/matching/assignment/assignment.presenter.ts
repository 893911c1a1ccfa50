import { firstName } from '../../notifications/notify.js';
import { fitInWords } from '../engine/suggest.service.js';
import { presentReasons } from '../engine/reason.types.js';
import type { AssignmentProposal } from './assignment-proposal.entity.js';
import type { AssignmentRun } from './assignment-run.entity.js';
import { AssignmentProposalView, AssignmentRunView, AssignmentTimingsView } from './assignment.types.js';

/** Plain JSON for the event bus (it may cross processes); dates as ISO strings. */
export type AssignmentRunEvent = Omit<AssignmentRunView, 'startedAt' | 'finishedAt' | 'timings'> & {
  startedAt: string;
  finishedAt: string | null;
  timings: Record<string, number | null>;
};

export function runEvent(run: AssignmentRun): AssignmentRunEvent {
  const t = run.timings;
  return {
    id: run.id,
    schemeId: run.scheme.id,
    status: run.status,
    stage: run.stage,
    stageDone: run.stageDone,
    stageTotal: run.stageTotal,
    requestCount: run.requestCount ?? null,
    volunteerCount: run.volunteerCount ?? null,
    candidateCount: run.candidateCount ?? null,
    matched: run.matched ?? null,
    totalFit: run.totalFit ?? null,
    greedyMatched: run.greedyMatched ?? null,
    greedyTotalFit: run.greedyTotalFit ?? null,
    timings: { loadMs: t.loadMs ?? null, candidatesMs: t.candidatesMs ?? null, solveMs: t.solveMs ?? null, greedyMs: t.greedyMs ?? null, saveMs: t.saveMs ?? null, totalMs: t.totalMs ?? null },
    failure: run.failure ?? null,
    startedAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
  };
}

export function presentRunEvent(event: AssignmentRunEvent): AssignmentRunView {
  return Object.assign(new AssignmentRunView(), {
    ...event,
    timings: Object.assign(new AssignmentTimingsView(), event.timings),
    startedAt: new Date(event.startedAt),
    finishedAt: event.finishedAt ? new Date(event.finishedAt) : null,
  });
}

export const presentRun = (run: AssignmentRun) => presentRunEvent(runEvent(run));

/** Proposals are for staff: every reason is shown, each marked with who may see it. */
export function presentProposal(proposal: AssignmentProposal, offered: boolean): AssignmentProposalView {
  return Object.assign(new AssignmentProposalView(), {
    id: proposal.id,
    requestId: proposal.request.id,
    personFirstName: firstName(proposal.request.seeker.name),
    volunteerId: proposal.volunteer.id,
    volunteerFirstName: firstName(proposal.volunteer.user.displayName),
    fit: proposal.fit,
    fitInWords: fitInWords(proposal.fit),
    reasons: presentReasons(proposal.reasons),
    offered,
  });
}
