import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentProblem, greedyAssignment, solveAssignment, type AssignmentProblem, type AssignmentResult } from './assignment.js';

type Pair = { request: number; volunteer: number; fit: number };

/** Tries every assignment: the exact answer for small instances. */
function bruteForce(requests: number, places: number[], pairs: Pair[]): { matched: number; totalFit: number } {
  const byRequest = Array.from({ length: requests }, (_, r) => pairs.filter((p) => p.request === r));
  const used = places.map(() => 0);
  let best = { matched: 0, totalFit: 0 };
  const visit = (r: number, matched: number, fit: number) => {
    if (r === requests) {
      if (matched > best.matched || (matched === best.matched && fit > best.totalFit)) best = { matched, totalFit: fit };
      return;
    }
    visit(r + 1, matched, fit);
    for (const p of byRequest[r]!) {
      if (used[p.volunteer]! >= places[p.volunteer]!) continue;
      used[p.volunteer]!++;
      visit(r + 1, matched + 1, fit + p.fit);
      used[p.volunteer]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** The answer is a real assignment: candidate pairs only, places respected, totals honest. */
function expectFeasible(problem: AssignmentProblem, result: AssignmentResult, pairs: Pair[]) {
  const used = Array.from({ length: problem.volunteerCount }, () => 0);
  let total = 0;
  let matched = 0;
  result.volunteerOf.forEach((v, r) => {
    if (v === -1) return;
    const pair = pairs.filter((p) => p.request === r && p.volunteer === v).sort((a, b) => b.fit - a.fit)[0];
    expect(pair, `request ${r} got volunteer ${v}, who is not a candidate`).toBeDefined();
    used[v]++;
    matched++;
    total += pair!.fit;
  });
  used.forEach((n, v) => expect(n).toBeLessThanOrEqual(problem.freePlaces[v]!));
  expect(result.matched).toBe(matched);
  expect(result.totalFit).toBe(total);
}

const instance = fc
  .record({ requests: fc.integer({ min: 1, max: 7 }), volunteers: fc.integer({ min: 1, max: 4 }) })
  .chain(({ requests, volunteers }) =>
    fc.record({
      requests: fc.constant(requests),
      places: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: volunteers, maxLength: volunteers }),
      pairs: fc.uniqueArray(
        fc.record({ request: fc.nat(requests - 1), volunteer: fc.nat(volunteers - 1), fit: fc.integer({ min: 0, max: 100 }) }),
        { selector: (p) => `${p.request}:${p.volunteer}`, maxLength: requests * volunteers },
      ),
    }),
  );

describe('scheme-wide assignment', () => {
  it('matches as many people as possible, then with the greatest total fit, on every small instance', () => {
    fc.assert(
      fc.property(instance, ({ requests, places, pairs }) => {
        const problem = assignmentProblem(requests, places, pairs);
        const result = solveAssignment(problem);
        expectFeasible(problem, result, pairs);
        expect({ matched: result.matched, totalFit: result.totalFit }).toEqual(bruteForce(requests, places, pairs));
      }),
      { numRuns: 2000 },
    );
  });

  it('never does worse than greedy, and its answers are always feasible', () => {
    fc.assert(
      fc.property(instance, ({ requests, places, pairs }) => {
        const problem = assignmentProblem(requests, places, pairs);
        const optimal = solveAssignment(problem);
        const greedy = greedyAssignment(problem);
        expectFeasible(problem, greedy, pairs);
        expect(optimal.matched).toBeGreaterThanOrEqual(greedy.matched);
        if (optimal.matched === greedy.matched) expect(optimal.totalFit).toBeGreaterThanOrEqual(greedy.totalFit);
      }),
      { numRuns: 500 },
    );
  });

  it('matches more people than greedy when volunteers are scarce', () => {
    // Greedy gives Ana's best fit to Bea first and leaves Cal with nobody; optimal matches both.
    const pairs = [
      { request: 0, volunteer: 0, fit: 90 }, // Bea – Ana
      { request: 0, volunteer: 1, fit: 80 }, // Bea – Dev
      { request: 1, volunteer: 0, fit: 70 }, // Cal – Ana (Cal has no one else)
    ];
    const problem = assignmentProblem(2, [1, 1], pairs);
    expect(greedyAssignment(problem).matched).toBe(1);
    const optimal = solveAssignment(problem);
    expect(optimal.matched).toBe(2);
    expect([...optimal.volunteerOf]).toEqual([1, 0]);
  });

  it('prefers one more person matched over a better total fit', () => {
    const pairs = [
      { request: 0, volunteer: 0, fit: 100 },
      { request: 1, volunteer: 0, fit: 0 },
      { request: 1, volunteer: 1, fit: 0 },
      { request: 0, volunteer: 1, fit: 0 },
    ];
    const result = solveAssignment(assignmentProblem(2, [1, 1], pairs));
    expect(result.matched).toBe(2);
    expect(result.totalFit).toBe(100);
  });

  it('leaves people unmatched when nobody has a free place', () => {
    const result = solveAssignment(assignmentProblem(3, [0, 0], [{ request: 0, volunteer: 0, fit: 50 }]));
    expect(result.matched).toBe(0);
    expect([...result.volunteerOf]).toEqual([-1, -1, -1]);
  });
});
