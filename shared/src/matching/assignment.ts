import { MinHeap } from './min-heap.js';

/**
 * A scheme-wide matching problem: requests, volunteers with free places, and the candidate pairs
 * that pass every hard constraint, each with an integer fit (higher is better). Candidate pairs are
 * stored request by request (compressed rows), so 5,000 requests × 50,000 volunteers stays small.
 */
export type AssignmentProblem = {
  requestCount: number;
  volunteerCount: number;
  /** Free places of each volunteer (capacity less live matches). */
  freePlaces: ArrayLike<number>;
  /** Candidates of request r are edgeVolunteer/edgeFit[edgeStart[r] .. edgeStart[r + 1]). */
  edgeStart: Int32Array;
  edgeVolunteer: Int32Array;
  edgeFit: Int32Array;
};

export type AssignmentResult = {
  /** The volunteer matched to each request, or -1. */
  volunteerOf: Int32Array;
  matched: number;
  totalFit: number;
};

/** Builds the compressed problem from a list of candidate pairs. */
export function assignmentProblem(
  requestCount: number,
  freePlaces: ArrayLike<number>,
  candidates: ReadonlyArray<{ request: number; volunteer: number; fit: number }>,
): AssignmentProblem {
  const edgeStart = new Int32Array(requestCount + 1);
  for (const c of candidates) edgeStart[c.request + 1]!++;
  for (let r = 0; r < requestCount; r++) edgeStart[r + 1]! += edgeStart[r]!;
  const next = edgeStart.slice(0, requestCount);
  const edgeVolunteer = new Int32Array(candidates.length);
  const edgeFit = new Int32Array(candidates.length);
  for (const c of candidates) {
    const at = next[c.request]!++;
    edgeVolunteer[at] = c.volunteer;
    edgeFit[at] = Math.round(c.fit);
  }
  return { requestCount, volunteerCount: freePlaces.length, freePlaces, edgeStart, edgeVolunteer, edgeFit };
}

const UNROUTED = -2;
const ALONE = -1;

/**
 * The optimal assignment: as many people matched as possible, and among those assignments the
 * greatest total fit; each volunteer within their free places, each request at most once.
 *
 * Min-cost flow by successive shortest paths with Dijkstra on reduced costs (Johnson potentials),
 * stopping each search at the first free place, as sparse Jonker–Volgenant does. Every request may
 * also stay unmatched at cost 0; a match costs −(M + fit) with M larger than any total fit, so one
 * more match always outweighs any gain in fit. Costs are integers held exactly in doubles.
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { requestCount: R, volunteerCount: V, freePlaces, edgeStart, edgeVolunteer, edgeFit } = problem;
  let maxFit = 0;
  for (let e = 0; e < edgeFit.length; e++) if (edgeFit[e]! > maxFit) maxFit = edgeFit[e]!;
  const M = R * (maxFit + 1) + 1;

  // Nodes: requests [0, R), volunteers [R, R+V), each request's "unmatched" place [R+V, 2R+V), sink T.
  const firstVolunteer = R;
  const firstAlone = R + V;
  const T = 2 * R + V;
  const nodeCount = T + 1;

  const potential = new Float64Array(nodeCount);
  for (let v = 0; v < V; v++) potential[firstVolunteer + v] = -(M + maxFit);
  potential[T] = -(M + maxFit);

  const used = new Int32Array(V);
  const assigned = new Int32Array(R).fill(UNROUTED);
  const assignedFit = new Int32Array(R);
  const holders: Array<number[] | undefined> = Array.from({ length: V }, () => undefined);

  const dist = new Float64Array(nodeCount);
  const pred = new Int32Array(nodeCount);
  const fitVia = new Int32Array(nodeCount);
  const reachedIn = new Int32Array(nodeCount);
  const settledIn = new Int32Array(nodeCount);
  const settled: number[] = [];
  const heap = new MinHeap(1024);

  const relax = (node: number, d: number, from: number, fit: number, round: number) => {
    if (reachedIn[node] === round && dist[node]! <= d) return;
    reachedIn[node] = round;
    dist[node] = d;
    pred[node] = from;
    fitVia[node] = fit;
    heap.push(d, node);
  };

  for (let s = 0; s < R; s++) {
    const round = s + 1;
    heap.clear();
    settled.length = 0;
    relax(s, 0, -1, 0, round);
    while (heap.size > 0) {
      const key = heap.peekKey();
      const u = heap.peekValue();
      heap.pop();
      if (settledIn[u] === round || key > dist[u]!) continue;
      settledIn[u] = round;
      settled.push(u);
      if (u === T) break;
      const du = dist[u]!;
      if (u < firstVolunteer) {
        // A request: to any candidate it does not already hold, or to staying unmatched.
        const holding = assigned[u]!;
        for (let e = edgeStart[u]!; e < edgeStart[u + 1]!; e++) {
          const v = edgeVolunteer[e]!;
          if (v === holding) continue;
          const w = firstVolunteer + v;
          relax(w, du - (M + edgeFit[e]!) + potential[u]! - potential[w]!, u, edgeFit[e]!, round);
        }
        if (holding !== ALONE) {
          const w = firstAlone + u;
          relax(w, du + potential[u]! - potential[w]!, u, 0, round);
        }
      } else if (u < firstAlone) {
        // A volunteer: into a free place, or by moving one of the people they hold elsewhere.
        const v = u - firstVolunteer;
        if (used[v]! < freePlaces[v]!) relax(T, du + potential[u]! - potential[T]!, u, 0, round);
        for (const r of holders[v] ?? []) relax(r, du + M + assignedFit[r]! + potential[u]! - potential[r]!, u, 0, round);
      } else {
        // A request's own "unmatched" place, reachable only from that request, and so free.
        relax(T, du + potential[u]! - potential[T]!, u, 0, round);
      }
    }
    const D = dist[T]!;
    // Keep reduced costs non-negative: settled nodes move by (dist − D), the rest do not move.
    for (const u of settled) potential[u]! += dist[u]! - D;

    // Walk the path back from the sink, moving each request on it to its new place.
    let place = pred[T]!;
    if (place < firstAlone) used[place - firstVolunteer]!++;
    for (;;) {
      const r = pred[place]!;
      const previous = assigned[r]!;
      if (place < firstAlone) {
        const v = place - firstVolunteer;
        (holders[v] ??= []).push(r);
        assigned[r] = v;
        assignedFit[r] = fitVia[place]!;
      } else {
        assigned[r] = ALONE;
        assignedFit[r] = 0;
      }
      if (r === s) break;
      // r was held by `previous` and reached from it: it leaves that volunteer's place to the one before.
      const list = holders[previous]!;
      list.splice(list.indexOf(r), 1);
      place = firstVolunteer + previous;
    }
  }

  const volunteerOf = new Int32Array(R);
  let matched = 0;
  let totalFit = 0;
  for (let r = 0; r < R; r++) {
    volunteerOf[r] = assigned[r]! >= 0 ? assigned[r]! : -1;
    if (assigned[r]! >= 0) {
      matched++;
      totalFit += assignedFit[r]!;
    }
  }
  return { volunteerOf, matched, totalFit };
}

/** The obvious alternative, kept to measure against: best-fitting pairs first, first come first served. */
export function greedyAssignment(problem: AssignmentProblem): AssignmentResult {
  const { requestCount: R, freePlaces, edgeStart, edgeVolunteer, edgeFit } = problem;
  const order = Array.from({ length: edgeFit.length }, (_, e) => e).sort((a, b) => edgeFit[b]! - edgeFit[a]!);
  const requestOf = new Int32Array(edgeFit.length);
  for (let r = 0; r < R; r++) for (let e = edgeStart[r]!; e < edgeStart[r + 1]!; e++) requestOf[e] = r;
  const used = new Int32Array(problem.volunteerCount);
  const volunteerOf = new Int32Array(R).fill(-1);
  let matched = 0;
  let totalFit = 0;
  for (const e of order) {
    const r = requestOf[e]!;
    const v = edgeVolunteer[e]!;
    if (volunteerOf[r] !== -1 || used[v]! >= freePlaces[v]!) continue;
    volunteerOf[r] = v;
    used[v]!++;
    matched++;
    totalFit += edgeFit[e]!;
  }
  return { volunteerOf, matched, totalFit };
}
