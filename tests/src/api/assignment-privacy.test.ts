/**
 * Who may start a scheme-wide run and see its proposals: the scheme's link workers and admins only.
 * Anyone else signed in is refused by role, and staff of another scheme see nothing at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { LATEST, RUN, START, startAndFinish, type RunView } from './assignment-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let run: RunView;
beforeAll(async () => {
  cast = await buildCast(kindred);
  run = await startAndFinish(cast.linkWorker.client, cast.scheme.id);
}, 120_000);
afterAll(() => kindred.close());

describe.each([
  ['startSchemeAssignment', () => START, () => ({ schemeId: cast.scheme.id })],
  ['assignmentRun', () => RUN, () => ({ id: run.id })],
  ['latestAssignmentRun', () => LATEST, () => ({ schemeId: cast.scheme.id })],
])('%s refuses', (_name, operation, variables) => {
  it('nobody signed in', async () => expectErrorCode(await cast.nobody.graphql(operation(), variables()), 'UNAUTHENTICATED'));
  it('volunteers, people looking for company and community builders', async () => {
    for (const who of [cast.volunteer, cast.seeker, cast.communityBuilder]) expectErrorCode(await who.client.graphql(operation(), variables()), 'FORBIDDEN');
  });
  it('a link worker of another scheme, as if it did not exist', async () => {
    expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(operation(), variables()), 'NOT_FOUND');
  });
  it('ids that are not ids', async () => {
    const bad = Object.fromEntries(Object.keys(variables()).map((k) => [k, 'not-an-id']));
    expectErrorCode(await cast.linkWorker.client.graphql(operation(), bad), 'NOT_FOUND');
  });
});

describe('the scheme’s staff', () => {
  it('the link worker and the admin both see the run and its proposals', async () => {
    for (const staff of [cast.linkWorker, cast.admin]) {
      const seen = expectSuccess(await staff.client.graphql<{ assignmentRun: RunView }>(RUN, { id: run.id })).assignmentRun;
      expect(seen).toMatchObject({ id: run.id, status: 'DONE' });
    }
  });
  it('the admin may start a run too', async () => {
    expect((await startAndFinish(cast.admin.client, cast.scheme.id)).status).toBe('DONE');
  });
});
