/**
 * Through the whole job path (database → adapters → index → candidates → solver → saved proposals):
 * on small generated schemes the run matches as many people as brute force can, with the greatest
 * total fit. Small enough that every feasible pair is a candidate, so the optimum is the true one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorePair, syntheticSeekers, syntheticVolunteers, VolunteerIndex, type MatchRequest } from '@kindred/shared';
import { theAdmin, createScheme, type Admin } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { seedVolunteers, seedWaitingRequests } from '../bench/seed.ts';
import { engineRequest, engineVolunteer } from '../bench/population.ts';
import { execute, startAndFinish } from './assignment-support.ts';

const kindred = await startTestKindred();
let admin: Admin;
beforeAll(async () => {
  admin = await theAdmin(kindred);
}, 60_000);
afterAll(() => kindred.close());

/** The best (matched, total fit) over every assignment that respects capacities. */
function bruteForce(fits: Array<Map<number, number>>, capacity: number[]): { matched: number; totalFit: number } {
  let best = { matched: 0, totalFit: 0 };
  const used = capacity.map(() => 0);
  const visit = (r: number, matched: number, total: number) => {
    if (r === fits.length) {
      if (matched > best.matched || (matched === best.matched && total > best.totalFit)) best = { matched, totalFit: total };
      return;
    }
    visit(r + 1, matched, total);
    for (const [v, fit] of fits[r]!) {
      if (used[v]! >= capacity[v]!) continue;
      used[v]!++;
      visit(r + 1, matched + 1, total + fit);
      used[v]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

describe('a run through the job path is optimal on small schemes', () => {
  it.each([11, 23, 37])('seed %i', async (seed) => {
    const scheme = await createScheme(kindred, `Optimality ${seed}`);
    const centre = { latitude: 53.742, longitude: -2.014 };
    const now = new Date();
    const volunteers = syntheticVolunteers({ seed, count: 4, centre, spreadKm: 3 }).map((v) => ({ ...v, offers: ['BEFRIENDING' as const] }));
    const seekers = syntheticSeekers({ seed: seed + 1, count: 7, centre, spreadKm: 3, now });
    const volunteerIds = await seedVolunteers(execute(kindred), scheme.id, volunteers);
    const requestIds = await seedWaitingRequests(execute(kindred), scheme.id, admin.viewer.id, seekers);

    const run = await startAndFinish(admin.client, scheme.id);

    const engineVolunteers = volunteers.map((v, i) => engineVolunteer(v, volunteerIds[i]!));
    const index = new VolunteerIndex(engineVolunteers);
    const requests: MatchRequest[] = seekers.map((s, i) => engineRequest(s, requestIds[i]!));
    const fits = requests.map((request) => {
      const row = new Map<number, number>();
      index.eachFeasible(request, now, (volunteer, check) => {
        row.set(volunteerIds.indexOf(volunteer.id), scorePair(request, volunteer, check, { rarity: index.rarity(), now }).fit);
      });
      return row;
    });
    const best = bruteForce(fits, volunteers.map((v) => v.capacity));
    expect(run.matched).toBe(best.matched);
    // Each fit may differ by one in rounding: the run's clock is a moment earlier than ours.
    expect(Math.abs(run.totalFit! - best.totalFit)).toBeLessThanOrEqual(best.matched);
    expect(run.greedyMatched! <= run.matched! && (run.greedyMatched! < run.matched! || run.greedyTotalFit! <= run.totalFit!)).toBe(true);
    // Every proposal is feasible and within capacity.
    const perVolunteer = new Map<string, number>();
    for (const p of run.proposals) {
      const r = requestIds.indexOf(p.requestId);
      expect(fits[r]!.has(volunteerIds.indexOf(p.volunteerId))).toBe(true);
      perVolunteer.set(p.volunteerId, (perVolunteer.get(p.volunteerId) ?? 0) + 1);
    }
    for (const [id, n] of perVolunteer) expect(n).toBeLessThanOrEqual(volunteers[volunteerIds.indexOf(id)]!.capacity);
  });
});
