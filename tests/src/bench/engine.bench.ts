/**
 * In-process figures: top-10 suggestions at 1k, 10k and 100k volunteers, and scheme-wide assignment
 * (candidates, solve, greedy beside it) at 500 × 5,000 and 5,000 × 50,000, plus a scarce scheme.
 */
import { it } from 'vitest';
import { VolunteerIndex } from '@kindred/shared';
import { planAssignment } from '@kindred/server';
import { NOW, population } from './population.ts';
import { ms, percentile, table } from './report.ts';

it('top-10 suggestions, in process', () => {
  const rows = [];
  for (const count of [1_000, 10_000, 100_000]) {
    const p = population({ volunteers: count, requests: 300, seed: 3, spreadKm: 5 * Math.sqrt(count / 1_000) });
    const index = new VolunteerIndex(p.engineVolunteers);
    const times: number[] = [];
    for (const request of p.engineRequests) {
      const at = performance.now();
      index.suggest(request, { limit: 10, now: NOW });
      times.push(performance.now() - at);
    }
    times.sort((a, b) => a - b);
    rows.push({ volunteers: count.toLocaleString('en-GB'), requests: times.length, p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)) });
  }
  table('Top-10 suggestions in process (VolunteerIndex.suggest)', rows);
});

it('scheme-wide assignment, in process', async () => {
  const rows = [];
  const scenarios = [
    { name: '500 × 5,000', requests: 500, volunteers: 5_000, spreadKm: 12 },
    { name: '5,000 × 50,000', requests: 5_000, volunteers: 50_000, spreadKm: 25 },
    // Scarce: far more people than places, so who gets whom matters.
    { name: 'scarce 2,000 × 300', requests: 2_000, volunteers: 300, spreadKm: 8 },
  ];
  for (const s of scenarios) {
    const p = population({ volunteers: s.volunteers, requests: s.requests, seed: 5, spreadKm: s.spreadKm });
    const index = new VolunteerIndex(p.engineVolunteers);
    for (const k of [5, 20]) {
      const plan = await planAssignment(index, p.engineRequests, { now: NOW, candidatesPerRequest: k });
      rows.push({
        scenario: s.name, K: k, edges: plan.candidateCount, widened: plan.widenedRequests,
        candidates: ms(plan.timings.candidatesMs), solve: ms(plan.timings.solveMs), greedy: ms(plan.timings.greedyMs),
        'optimal matched': plan.optimal.matched, 'greedy matched': plan.greedy.matched,
        'optimal fit': plan.optimal.totalFit, 'greedy fit': plan.greedy.totalFit,
        'fit ratio': (plan.optimal.totalFit / Math.max(1, plan.greedy.totalFit)).toFixed(3),
      });
    }
  }
  table('Scheme-wide assignment in process (candidate graph: top-K per request + fallback for the unmatched)', rows);
});
