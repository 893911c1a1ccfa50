/**
 * Who may read a scheme's outcome report: its community builders, link workers and administrators.
 * Nobody signed in is asked to sign in; people without a staff role are refused by role; staff of
 * another scheme are told the scheme does not exist, even when their input is also wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRuleOf, buildKindredSchema } from '@kindred/server';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { OUTCOME_REPORT, outcomeReport, personWithCheckIns } from './outcomes-reports-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

beforeAll(async () => {
  cast = await buildCast(kindred);
  for (let i = 0; i < 5; i++) {
    await personWithCheckIns(kindred, cast.linkWorker.client, cast.scheme.id, {
      name: `Private Person ${i + 1}`,
      postcode: 'HX7 8AF',
      baselineAt: '2025-05-01T09:00:00Z',
      baseline: { ucla: 9 },
      followUps: { 3: { ucla: 7 } },
    });
  }
}, 120_000);
afterAll(() => kindred.close());

const ask = (schemeId: string, extra: Record<string, unknown> = {}) => ({ schemeId, ...PERIOD, ...extra });

describe('outcomeReport refuses', () => {
  it('nobody signed in', async () => {
    expectErrorCode(await cast.nobody.graphql(OUTCOME_REPORT, ask(cast.scheme.id)), 'UNAUTHENTICATED');
  });

  it('people looking for company and volunteers, by role', async () => {
    for (const who of [cast.seeker, cast.anotherSeeker, cast.volunteer, cast.anotherVolunteer]) {
      expectErrorCode(await who.client.graphql(OUTCOME_REPORT, ask(cast.scheme.id)), 'FORBIDDEN');
    }
  });

  it('a link worker of another scheme, as if the scheme did not exist, and before looking at the rest of the input', async () => {
    expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(OUTCOME_REPORT, ask(cast.scheme.id)), 'NOT_FOUND');
    expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(OUTCOME_REPORT, ask(cast.scheme.id, { from: 'soon', followUp: 99 })), 'NOT_FOUND');
  });

  it('a community builder of another scheme', async () => {
    const builder = await appoint(kindred, 'COMMUNITY_BUILDER', cast.otherScheme, 'Olwen Otherbuilder');
    expectErrorCode(await builder.client.graphql(OUTCOME_REPORT, ask(cast.scheme.id)), 'NOT_FOUND');
    // Their own scheme's report is theirs to read, and has none of these people.
    expect((await outcomeReport(builder.client, ask(cast.otherScheme.id))).measuredAtBaseline).toBeNull();
  });

  it('ids that are not ids, and schemes that do not exist', async () => {
    expectErrorCode(await cast.communityBuilder.client.graphql(OUTCOME_REPORT, ask('not-an-id')), 'NOT_FOUND');
    expectErrorCode(await cast.communityBuilder.client.graphql(OUTCOME_REPORT, ask('00000000-0000-4000-8000-000000000000')), 'NOT_FOUND');
  });
});

describe('outcomeReport serves the scheme’s staff', () => {
  it.each([
    ['community builder', () => cast.communityBuilder.client],
    ['link worker', () => cast.linkWorker.client],
    ['administrator', () => cast.admin.client],
  ])('the %s', async (_who, client) => {
    const report = expectSuccess(await client().graphql<{ outcomeReport: { measuredAtFollowUp: number } }>(OUTCOME_REPORT, ask(cast.scheme.id))).outcomeReport;
    expect(report.measuredAtFollowUp).toBe(5);
  });

  it('declares its access rule in the schema', async () => {
    expect(accessRuleOf(await buildKindredSchema(), 'Query', 'outcomeReport')).toEqual({ kind: 'roles', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] });
  });
});
