/**
 * Many clients at once: a volunteer's capacity is never exceeded and a request never has two live
 * matches, however many proposals and answers race (row locks plus a partial unique index).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import type { GraphQLResult } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';
import { PROPOSE, RESPOND, approvedVolunteer, propose, respond, setCapacity, waitingWalker } from './matching-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
const seekers: SignedIn[] = [];
const requests: string[] = [];
const volunteers: Array<{ who: SignedIn; id: string }> = [];
beforeAll(async () => {
  cast = await buildCast(kindred);
  for (let i = 0; i < 22; i++) seekers.push(await signUp(kindred, 'SEEKER', buildPerson({ displayName: `Person ${i}` }), cast.scheme));
  for (const s of seekers) requests.push(await waitingWalker(s));
  for (let i = 0; i < 6; i++) {
    const who = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: `Helper ${i}` }), cast.scheme);
    volunteers.push({ who, id: await approvedVolunteer(cast.linkWorker.client, who) });
  }
}, 300_000);
afterAll(() => kindred.close());

const outcome = (results: GraphQLResult<unknown>[]) => ({
  ok: results.filter((r) => !r.errors).length,
  codes: [...new Set(results.filter((r) => r.errors).map((r) => r.errors?.[0]?.extensions?.code))],
  messages: [...new Set(results.filter((r) => r.errors).map((r) => r.errors?.[0]?.message))],
});

const liveOf = async (column: 'volunteer_id' | 'request_id', id: string) =>
  (
    await kindred.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ n: number }>>(`select count(*)::int as n from match where ${column} = ? and status in ('PROPOSED','VOLUNTEER_ACCEPTED','ACTIVE')`, [id])
  )[0]!.n;

describe('concurrent proposals', () => {
  it('20 proposals of different people to one volunteer with 2 places: exactly 2 succeed', async () => {
    const target = volunteers[0]!;
    const started = Date.now();
    const results = await Promise.all(
      requests.slice(0, 20).map((requestId) => cast.linkWorker.client.graphql(PROPOSE, { input: { requestId, volunteerId: target.id } })),
    );
    const result = outcome(results);
    console.log(`20 parallel proposals to one volunteer: ${result.ok} succeeded in ${Date.now() - started} ms`, result.messages);
    expect(result.ok).toBe(2);
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
    expect(result.messages.join()).toMatch(/as many people as they can/);
    expect(await liveOf('volunteer_id', target.id)).toBe(2);
  });

  it('20 proposals for one person across five volunteers: exactly 1 succeeds', async () => {
    const requestId = requests[20]!;
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cast.linkWorker.client.graphql(PROPOSE, { input: { requestId, volunteerId: volunteers[1 + (i % 5)]!.id } })),
    );
    const result = outcome(results);
    console.log(`20 parallel proposals for one request: ${result.ok} succeeded in ${Date.now() - started} ms`, result.messages);
    expect(result.ok).toBe(1);
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
    expect(await liveOf('request_id', requestId)).toBe(1);
  });
});

describe('concurrent answers', () => {
  it('20 parallel yeses to one offer: one moves it on, the rest are told it is no longer waiting', async () => {
    const match = await propose(cast.linkWorker.client, requests[21]!, volunteers[5]!.id);
    const volunteer = volunteers[5]!.who.client;
    const result = outcome(await Promise.all(Array.from({ length: 20 }, () => volunteer.graphql(RESPOND, { input: { matchId: match.id, accept: true } }))));
    expect(result.ok).toBe(1);
    expect(result.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('a volunteer who lowered their places cannot say yes to more than they now have, however fast', async () => {
    // Helper 0 holds two offers; they now have room for one.
    const target = volunteers[0]!;
    await setCapacity(target.who.client, target.id, 1);
    const mine = (await kindred.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ id: string }>>(`select id from match where volunteer_id = ? and status = 'PROPOSED'`, [target.id])).map((r) => r.id);
    expect(mine).toHaveLength(2);
    const results = await Promise.all(mine.flatMap((matchId) => Array.from({ length: 10 }, () => target.who.client.graphql(RESPOND, { input: { matchId, accept: true } }))));
    const result = outcome(results);
    expect(result.ok).toBe(0);
    // Both offers were made while there was room, so both still count: the volunteer is over by one and can accept neither.
    expect(result.messages.join()).toMatch(/as many people as they can/);
    await setCapacity(target.who.client, target.id, 2);
    const again = outcome(await Promise.all(mine.flatMap((matchId) => Array.from({ length: 10 }, () => target.who.client.graphql(RESPOND, { input: { matchId, accept: true } })))));
    expect(again.ok).toBe(2);
    const accepted = await respond(target.who.client, mine[0]!, true).catch(() => null);
    expect(accepted).toBeNull();
  });
});

describe('the database itself', () => {
  it('refuses a second live match for a request, whatever code writes it (partial unique index)', async () => {
    const requestId = requests[20]!;
    const connection = kindred.orm.em.fork().getConnection();
    await expect(
      connection.execute(
        `insert into match (id, scheme_id, request_id, volunteer_id, status, kind, fit, reasons, ways_to_keep_in_touch, proposed_by_id, proposed_at)
         select gen_random_uuid(), scheme_id, request_id, ?, 'PROPOSED', kind, 1, '[]', '{}', proposed_by_id, now() from match where request_id = ? limit 1`,
        [volunteers[4]!.id, requestId],
      ),
    ).rejects.toThrow(/match_one_live_per_request/);
  });
});
