/**
 * Matching everyone waiting at once: a run proposes the optimal set (more people than greedy where
 * greedy falls short), reaches DONE, one run per scheme at a time, and proposes only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { seedVolunteers, seedWaitingRequests } from '../bench/seed.ts';
import { execute, handSeeker, handVolunteer, LATEST, START, startAndFinish, waitForRun } from './assignment-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let alex: string; // speaks English, loves walking like Xena
let bogdan: string; // speaks only Polish: only Xena can talk with him
let xena: string;
let yusuf: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  const run = execute(kindred);
  // Greedy gives Alex to Xena (their best pair) and leaves Bogdan with nobody; the optimum gives Alex Yusuf.
  [xena, yusuf] = await seedVolunteers(run, cast.scheme.id, [
    handVolunteer({ firstName: 'Xena', languages: ['en', 'pl'], interests: ['walking', 'gardening', 'birdwatching'] }),
    handVolunteer({ firstName: 'Yusuf', languages: ['en'], interests: ['football'], gender: 'man' }),
  ]) as [string, string];
  [alex, bogdan] = await seedWaitingRequests(run, cast.scheme.id, cast.linkWorker.viewer.id, [
    handSeeker({ firstName: 'Alex', interests: ['walking', 'gardening', 'birdwatching'] }),
    handSeeker({ firstName: 'Bogdan', languages: ['pl'], interests: ['cooking'] }),
  ]) as [string, string];
}, 120_000);
afterAll(() => kindred.close());

describe('a scheme-wide run', () => {
  it('proposes the optimal set, matching more people than greedy would, and reaches DONE', async () => {
    const run = await startAndFinish(cast.linkWorker.client, cast.scheme.id);
    expect(run).toMatchObject({ stage: 'FINISHED', requestCount: 2, matched: 2, greedyMatched: 1 });
    const pairs = run.proposals.map((p) => [p.requestId, p.volunteerId]);
    expect(pairs).toEqual(expect.arrayContaining([[alex, yusuf], [bogdan, xena]]));
    expect(run.proposals).toHaveLength(2);
    const forBogdan = run.proposals.find((p) => p.requestId === bogdan)!;
    expect(forBogdan).toMatchObject({ personFirstName: 'Bogdan', volunteerFirstName: 'Xena', offered: false });
    expect(forBogdan.fitInWords).toMatch(/fit/);
    expect(forBogdan.reasons.some((r) => r.audience === 'STAFF' && /free place/.test(r.text))).toBe(true);
    expect(run.totalFit).toBe(run.proposals.reduce((sum, p) => sum + p.fit, 0));
  });

  it('only proposes: nobody is matched until a link worker offers it', async () => {
    const rows = await kindred.orm.em.getConnection().execute(`select count(*)::int as n from support_request where id in (?, ?) and status = 'WAITING'`, [alex, bogdan]);
    expect(rows[0]).toEqual({ n: 2 });
  });

  it('is shown as the scheme’s latest run', async () => {
    const latest = expectSuccess(await cast.admin.client.graphql<{ latestAssignmentRun: { status: string } | null }>(LATEST, { schemeId: cast.scheme.id }));
    expect(latest.latestAssignmentRun?.status).toBe('DONE');
    const other = expectSuccess(await cast.otherSchemeLinkWorker.client.graphql<{ latestAssignmentRun: unknown }>(LATEST, { schemeId: cast.otherScheme.id }));
    expect(other.latestAssignmentRun).toBeNull();
  });
});

describe('one run per scheme at a time', () => {
  it('refuses a second start while one is open, however many press at once, and allows one after', async () => {
    const attempts = await Promise.all([cast.linkWorker, cast.admin, cast.linkWorker].map((who) => who.client.graphql<{ startSchemeAssignment: { id: string } }>(START, { schemeId: cast.scheme.id })));
    const started = attempts.filter((a) => !a.errors);
    expect(started).toHaveLength(1);
    for (const refused of attempts.filter((a) => a.errors)) expect(expectFieldProblem(refused, 'schemeId')).toMatch(/already running/);
    await waitForRun(cast.linkWorker.client, started[0]!.data!.startSchemeAssignment.id);
    await startAndFinish(cast.admin.client, cast.scheme.id);
  });
});
