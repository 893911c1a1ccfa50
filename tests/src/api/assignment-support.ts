/** Operations and helpers for the scheme-wide assignment tests. */
import { expect } from 'vitest';
import type { SyntheticSeeker, SyntheticVolunteer } from '@kindred/shared';
import { expectSuccess } from '../support/assertions.ts';
import type { Person, TestKindred } from '../support/kindred.ts';

export const RUN_FIELDS = `id schemeId status stage stageDone stageTotal requestCount volunteerCount candidateCount matched totalFit
  greedyMatched greedyTotalFit failure startedAt finishedAt timings { loadMs candidatesMs solveMs greedyMs saveMs totalMs }`;
export const START = `mutation Start($schemeId: ID!) { startSchemeAssignment(schemeId: $schemeId) { ${RUN_FIELDS} } }`;
export const RUN = `query Run($id: ID!) { assignmentRun(id: $id) { ${RUN_FIELDS}
  proposals { id requestId personFirstName volunteerId volunteerFirstName fit fitInWords reasons { text audience } offered } } }`;
export const LATEST = `query Latest($schemeId: ID!) { latestAssignmentRun(schemeId: $schemeId) { ${RUN_FIELDS} } }`;

export type Proposal = { requestId: string; volunteerId: string; personFirstName: string; volunteerFirstName: string; fit: number; fitInWords: string; reasons: Array<{ text: string; audience: string }>; offered: boolean };
export type RunView = { id: string; status: string; stage: string; matched: number | null; totalFit: number | null; greedyMatched: number | null; greedyTotalFit: number | null; requestCount: number | null; proposals: Proposal[] };

/** Polls a run until it is done or failed (the job queue polls every couple of seconds). */
export async function waitForRun(client: Person, id: string, timeoutMs = 45_000): Promise<RunView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = expectSuccess(await client.graphql<{ assignmentRun: RunView }>(RUN, { id })).assignmentRun;
    if (run.status === 'DONE' || run.status === 'FAILED') return run;
    if (Date.now() > until) throw new Error(`run ${id} still ${run.status} at ${run.stage}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function startAndFinish(client: Person, schemeId: string): Promise<RunView> {
  const started = expectSuccess(await client.graphql<{ startSchemeAssignment: { id: string; status: string } }>(START, { schemeId }));
  expect(started.startSchemeAssignment.status).toBe('QUEUED');
  const run = await waitForRun(client, started.startSchemeAssignment.id);
  expect(run.status).toBe('DONE');
  return run;
}

export const execute = (kindred: TestKindred) => (sql: string, params: unknown[]) => kindred.orm.em.getConnection().execute(sql, params);

const HEBDEN: SyntheticVolunteer['location'] = { latitude: 53.742, longitude: -2.014 };
const EVERY_AFTERNOON = 0b0101010101010101010101;

export function handVolunteer(overrides: Partial<SyntheticVolunteer>): SyntheticVolunteer {
  return {
    firstName: 'Vol', lastName: 'Unteer', location: HEBDEN, travelRadiusKm: 10, interests: [], skills: [], languages: ['en'],
    contactModes: ['IN_PERSON', 'PHONE'], offers: ['BEFRIENDING'], availabilityMask: EVERY_AFTERNOON, capacity: 1, gender: 'woman', ...overrides,
  };
}

export function handSeeker(overrides: Partial<SyntheticSeeker>): SyntheticSeeker {
  return {
    firstName: 'Per', lastName: 'Son', location: HEBDEN, travelRadiusKm: 10, interests: [], accessNeeds: [], languages: ['en'],
    contactModes: ['IN_PERSON', 'PHONE'], availabilityMask: EVERY_AFTERNOON, preferredGenders: [], waitingSince: new Date(Date.now() - 14 * 86_400_000), ...overrides,
  };
}
