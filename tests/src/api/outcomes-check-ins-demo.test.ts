/**
 * The demo check-ins: Margaret (the demo seeker account) has a baseline to try, Sam sees who is due
 * in Calder Valley, and enough people have a baseline and a 3-month follow-up for the outcome report,
 * some of them moving out of chronic loneliness.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { CHECK_INS_DUE, myCheckIns, myProgress, sql, type CheckInView } from './outcomes-check-ins-support.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true', SCHEDULED_JOBS: 'false' } });
afterAll(() => kindred.close());

async function demo(email: string) {
  const client = kindred.person(email);
  const viewer = expectSuccess(
    await client.graphql<{ signIn: { memberships: Array<{ scheme: { id: string; name: string } }> } }>(SIGN_IN, { input: { email, password: DEMO_PASSWORD } }),
  ).signIn;
  return { client, calder: viewer.memberships.find((m) => m.scheme.name === 'Calder Valley Connect')?.scheme };
}

describe('demo check-ins', () => {
  it('give Margaret, the demo seeker, a baseline to answer, and nothing to compare yet', async () => {
    const { client } = await demo('seeker@example.org');
    const due = await myCheckIns(client);
    expect(due.map((c) => [c.occasion, c.personFirstName])).toEqual([['BASELINE', 'Margaret']]);
    expect(await myProgress(client)).toEqual([]);
  });

  it('show Sam the check-ins due in Calder Valley, oldest first, including Ellen’s, who has no account', async () => {
    const { client, calder } = await demo('linkworker@example.org');
    const due = expectSuccess(await client.graphql<{ checkInsDue: CheckInView[] }>(CHECK_INS_DUE, { schemeId: calder!.id })).checkInsDue;
    expect(due.map((c) => c.personFirstName)).toEqual(expect.arrayContaining(['Margaret', 'Derek', 'Ellen', 'Mabel', 'Wilfred']));
    expect(due.map((c) => c.dueOn)).toEqual(due.map((c) => c.dueOn).sort());
    expect(due.some((c) => c.occasion === 'FOLLOW_UP' && c.monthsAfterBaseline === 6)).toBe(true);
  });

  it('give the report at least 12 people with a baseline and a 3-month follow-up, some moving out of chronic loneliness', async () => {
    const rows = await sql<{ before: number | null; after: number | null }>(
      kindred,
      `select (select (r -> 'answers' ->> 'HOW_OFTEN')::int from jsonb_array_elements(b.responses) r where r ->> 'instrument' = 'ONS_LONELINESS') as before,
              (select (r -> 'answers' ->> 'HOW_OFTEN')::int from jsonb_array_elements(f.responses) r where r ->> 'instrument' = 'ONS_LONELINESS') as after
         from check_in b
         join scheme s on s.id = b.scheme_id and s.name = 'Calder Valley Connect'
         join check_in f on f.seeker_id = b.seeker_id and f.occasion = 'FOLLOW_UP' and f.months_after_baseline = 3 and f.status = 'COMPLETED'
        where b.occasion = 'BASELINE' and b.status = 'COMPLETED'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const movedOut = rows.filter((r) => r.before === 5 && r.after !== null && r.after < 5).length;
    const movedIn = rows.filter((r) => r.before !== 5 && r.after === 5).length;
    expect(movedOut).toBeGreaterThanOrEqual(3);
    expect(movedIn).toBeGreaterThanOrEqual(1);
    // Every stored score agrees with the shared scoring: SWEMWBS is null only where a question was skipped.
    const unscored = await sql(kindred, `select id from check_in, jsonb_array_elements(responses) r where r ->> 'instrument' = 'SWEMWBS' and r -> 'score' = 'null'::jsonb and status = 'COMPLETED'`);
    expect(unscored).toHaveLength(1);
  });
});
