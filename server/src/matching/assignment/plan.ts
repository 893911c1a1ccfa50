import {
  assignmentProblem,
  greedyAssignment,
  scorePair,
  solveAssignment,
  type AssignmentResult,
  type MatchRequest,
  type MatchVolunteer,
  type ScoreWeights,
  type VolunteerIndex,
} from '@kindred/shared';

/** How many of each person's best volunteers go into the candidate graph before the fallback. */
export const DEFAULT_CANDIDATES_PER_REQUEST = 5;

export type PlannedPair = { request: MatchRequest; volunteer: MatchVolunteer; fit: number };
export type PlanOutcome = { matched: number; totalFit: number };
export type PlanStage = 'CANDIDATES' | 'SOLVING';

export type AssignmentPlan = {
  pairs: PlannedPair[];
  optimal: PlanOutcome;
  greedy: PlanOutcome;
  /** Candidate pairs in the graph that was solved, and how many requests the fallback widened. */
  candidateCount: number;
  widenedRequests: number;
  timings: { candidatesMs: number; solveMs: number; greedyMs: number };
};

export type PlanOptions = {
  now: Date;
  candidatesPerRequest?: number;
  weights?: ScoreWeights;
  /** Free places as the database says now; by default, as the index holds them. */
  freePlaces?: (volunteer: MatchVolunteer) => number;
  /** Called every few requests while candidates are generated, and when solving starts; awaited. */
  onProgress?: (stage: PlanStage, done: number, total: number) => void | Promise<void>;
};

/** Requests handled between two turns of the event loop, so the API stays responsive during a run. */
const CHUNK = 100;

/**
 * The scheme-wide assignment: an optimal assignment over a candidate graph, and greedy over the same
 * graph to compare. The graph holds each request's top-K feasible volunteers (by fit); then every
 * request the optimum still leaves unmatched gains every feasible volunteer who has a free place left
 * over, and the graph is solved again. "Optimal" means optimal over that graph: the most people
 * matched, then the greatest total fit, within each volunteer's free places.
 */
export async function planAssignment(index: VolunteerIndex, requests: readonly MatchRequest[], options: PlanOptions): Promise<AssignmentPlan> {
  const k = options.candidatesPerRequest ?? DEFAULT_CANDIDATES_PER_REQUEST;
  const { now, weights } = options;
  const free = options.freePlaces ?? ((v: MatchVolunteer) => v.capacity - v.liveMatches);
  const started = performance.now();
  const volunteers: MatchVolunteer[] = [];
  const numberOf = new Map<string, number>();
  const number = (v: MatchVolunteer) => {
    let n = numberOf.get(v.id);
    if (n === undefined) {
      n = volunteers.length;
      numberOf.set(v.id, n);
      volunteers.push(v);
    }
    return n;
  };
  const edges: Array<{ request: number; volunteer: number; fit: number }> = [];
  let pausedMs = 0;
  for (let from = 0; from < requests.length; from += CHUNK) {
    const to = Math.min(requests.length, from + CHUNK);
    for (let r = from; r < to; r++) {
      for (const s of index.suggest(requests[r]!, { limit: k, now, weights })) edges.push({ request: r, volunteer: number(s.volunteer), fit: s.fit });
    }
    const pause = performance.now();
    await options.onProgress?.('CANDIDATES', to, requests.length);
    await new Promise((resolve) => setImmediate(resolve));
    pausedMs += performance.now() - pause;
  }

  const solveStarted = performance.now();
  let solveMs = 0;
  const solve = () => {
    const at = performance.now();
    const freePlaces = Int32Array.from(volunteers, (v) => Math.max(0, free(v)));
    const problem = assignmentProblem(requests.length, freePlaces, edges);
    const result = solveAssignment(problem);
    solveMs += performance.now() - at;
    return { problem, result };
  };
  await options.onProgress?.('SOLVING', 0, 1);
  let { problem, result } = solve();

  // The fallback: widen the graph for whoever is left, to every volunteer with a place still free.
  const widened = widenForUnmatched(index, requests, result, volunteers, number, edges, { now, weights, free });
  const candidatesMs = solveStarted - started - pausedMs + widened.ms;
  if (widened.requests > 0) ({ problem, result } = solve());

  const greedyAt = performance.now();
  const greedy = greedyAssignment(problem);
  const greedyMs = performance.now() - greedyAt;
  await options.onProgress?.('SOLVING', 1, 1);

  const fitOf = new Map(edges.map((e) => [e.request * volunteers.length + e.volunteer, e.fit]));
  const pairs: PlannedPair[] = [];
  result.volunteerOf.forEach((v, r) => {
    if (v >= 0) pairs.push({ request: requests[r]!, volunteer: volunteers[v]!, fit: fitOf.get(r * volunteers.length + v)! });
  });
  return {
    pairs,
    optimal: { matched: result.matched, totalFit: result.totalFit },
    greedy: { matched: greedy.matched, totalFit: greedy.totalFit },
    candidateCount: edges.length,
    widenedRequests: widened.requests,
    timings: { candidatesMs, solveMs, greedyMs },
  };
}

function widenForUnmatched(
  index: VolunteerIndex,
  requests: readonly MatchRequest[],
  result: AssignmentResult,
  volunteers: MatchVolunteer[],
  number: (v: MatchVolunteer) => number,
  edges: Array<{ request: number; volunteer: number; fit: number }>,
  options: { now: Date; weights?: ScoreWeights; free: (volunteer: MatchVolunteer) => number },
): { requests: number; ms: number } {
  const at = performance.now();
  const used = new Map<string, number>();
  result.volunteerOf.forEach((v) => {
    if (v >= 0) used.set(volunteers[v]!.id, (used.get(volunteers[v]!.id) ?? 0) + 1);
  });
  const already = new Set(edges.map((e) => `${e.request}:${volunteers[e.volunteer]!.id}`));
  let widenedRequests = 0;
  result.volunteerOf.forEach((v, r) => {
    if (v >= 0) return;
    const request = requests[r]!;
    let added = 0;
    index.eachFeasible(request, options.now, (volunteer, check) => {
      const spare = options.free(volunteer) - (used.get(volunteer.id) ?? 0);
      if (spare <= 0 || already.has(`${r}:${volunteer.id}`)) return;
      const score = scorePair(request, volunteer, check, { rarity: index.rarity(), now: options.now, weights: options.weights });
      edges.push({ request: r, volunteer: number(volunteer), fit: score.fit });
      added++;
    });
    if (added > 0) widenedRequests++;
  });
  return { requests: widenedRequests, ms: performance.now() - at };
}
