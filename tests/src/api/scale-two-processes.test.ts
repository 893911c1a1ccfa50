/**
 * Two real API processes over one PostgreSQL and one Redis: a subscription on one process hears
 * what a mutation on the other caused (and only its own person's events), the other process's
 * matching index follows a volunteer's change, a Redis outage pauses live updates, is reported by
 * /readyz and the logs, and heals by itself, and a process stopping lets go of Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { GRANT_ROLE, REVOKE_ROLE } from '../support/operations.ts';
import { kindredOn, prepareSharedDatabase, sameSessionOn, startKindredProcesses, type KindredProcess, type SharedDatabase } from '../support/processes.ts';
import { redisAvailable, startTestRedis, type TestRedis } from '../support/redis.ts';
import { eventually, subscribe } from './scale-support.ts';
import { ABOUT_WALKER, PROPOSE } from './matching-support.ts';
import { askForBefriender, saveAboutMe } from './seekers-support.ts';
import {
  APPROVE_VOLUNTEER,
  PAUSE_MY_VOLUNTEERING,
  READY_PROFILE,
  RESUME_MY_VOLUNTEERING,
  sendApplication,
  UPDATE_MY_PROFILE,
  vetUpToApproval,
} from './volunteers-support.ts';

const VIEWER_UPDATED = 'subscription { viewerUpdated { id memberships { role scheme { id } } } }';
type ViewerUpdated = { viewerUpdated: { id: string; memberships: Array<{ role: string; scheme: { id: string } }> } };
const SUGGEST = 'query Suggest($requestId: ID!) { suggestMatches(requestId: $requestId) { suggestions { volunteerId } } }';
type Suggested = { suggestMatches: { suggestions: Array<{ volunteerId: string }> } };

describe.skipIf(!redisAvailable())('two API processes sharing Redis', () => {
  let redis: TestRedis;
  let shared: SharedDatabase;
  let a: KindredProcess;
  let b: KindredProcess;
  let cast: Cast;
  beforeAll(async () => {
    redis = await startTestRedis();
    shared = await prepareSharedDatabase();
    [a, b] = await startKindredProcesses(['A', 'B'], { shared, redisUrl: redis.url });
    // Everyone signs up and signs in on A; sessions live in PostgreSQL, so B knows them too.
    cast = await buildCast(kindredOn(a, shared));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await shared?.close();
    await redis?.stop();
  });

  /** Waits until Redis has a subscriber on the channel, so an event published now reaches it. */
  const listening = (channel: string) =>
    eventually(() => redis.command('PUBSUB', 'NUMSUB', channel), (answer) => Array.isArray(answer) && Number(answer[1]) >= 1);
  const grant = (on: KindredProcess, email: string, role: string) =>
    sameSessionOn(cast.admin.client, on).graphql(GRANT_ROLE, { input: { email, schemeId: cast.scheme.id, role } });
  const roles = (event: ViewerUpdated) => event.viewerUpdated.memberships.map((m) => m.role);

  it('delivers an event caused on B to a subscription on A, and only to the person it is about', async () => {
    const watching = await subscribe<ViewerUpdated>(sameSessionOn(cast.volunteer.client, a), VIEWER_UPDATED);
    const bystander = await subscribe<ViewerUpdated>(sameSessionOn(cast.anotherVolunteer.client, a), VIEWER_UPDATED);
    try {
      await listening(`viewerUpdated:${cast.volunteer.viewer.id}`);
      await listening(`viewerUpdated:${cast.anotherVolunteer.viewer.id}`);
      expectSuccess(await grant(b, cast.volunteer.details.email, 'COMMUNITY_BUILDER'));
      const heard = await watching.next((e) => roles(e).includes('COMMUNITY_BUILDER'));
      expect(heard.viewerUpdated.id).toBe(cast.volunteer.viewer.id);

      // The bystander's own change reaches them; the volunteer's never did.
      expectSuccess(await grant(b, cast.anotherVolunteer.details.email, 'COMMUNITY_BUILDER'));
      await bystander.next((e) => roles(e).includes('COMMUNITY_BUILDER'));
      expect(bystander.received.map((e) => e.viewerUpdated.id)).toEqual([cast.anotherVolunteer.viewer.id]);
      expect(watching.received.map((e) => e.viewerUpdated.id)).toEqual([cast.volunteer.viewer.id]);
      expect([...watching.errors, ...bystander.errors]).toEqual([]);
    } finally {
      watching.close();
      bystander.close();
    }
  });

  describe('the matching index of each process', () => {
    let volunteerId: string;
    let firstRequest: string;
    let secondRequest: string;
    const suggestedOn = async (target: KindredProcess, requestId: string) =>
      expectSuccess(await sameSessionOn(cast.linkWorker.client, target).graphql<Suggested>(SUGGEST, { requestId })).suggestMatches.suggestions.map(
        (s) => s.volunteerId,
      );
    beforeAll(async () => {
      const sent = await sendApplication(cast.volunteer);
      await vetUpToApproval(cast.linkWorker.client, sent);
      expectSuccess(await cast.linkWorker.client.graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id }));
      // One free place, so that one proposal fills it.
      expectSuccess(await cast.volunteer.client.graphql(UPDATE_MY_PROFILE, { volunteerId: sent.id, input: { ...READY_PROFILE, capacity: 1 } }));
      volunteerId = sent.id;
      for (const seeker of [cast.seeker, cast.anotherSeeker]) await saveAboutMe(seeker.client, ABOUT_WALKER);
      firstRequest = (await askForBefriender(cast.seeker.client)).id;
      secondRequest = (await askForBefriender(cast.anotherSeeker.client)).id;
      // A builds the scheme's index now, with the volunteer in it.
      expect(await suggestedOn(a, firstRequest)).toEqual([volunteerId]);
    }, 30_000);

    it('follows a volunteer who pauses and resumes on B', async () => {
      const volunteerOnB = sameSessionOn(cast.volunteer.client, b);
      expectSuccess(await volunteerOnB.graphql(PAUSE_MY_VOLUNTEERING, { volunteerId, reason: 'Away for a month' }));
      await eventually(() => suggestedOn(a, firstRequest), (ids) => ids.length === 0, 3_000);
      expectSuccess(await volunteerOnB.graphql(RESUME_MY_VOLUNTEERING, { volunteerId }));
      expect(await eventually(() => suggestedOn(a, firstRequest), (ids) => ids.length === 1, 3_000)).toEqual([volunteerId]);
    });

    it('follows a change B saved inside a transaction: a proposal that fills the volunteer’s last place', async () => {
      expect(await suggestedOn(a, secondRequest)).toEqual([volunteerId]);
      expectSuccess(await sameSessionOn(cast.linkWorker.client, b).graphql(PROPOSE, { input: { requestId: firstRequest, volunteerId } }));
      await eventually(() => suggestedOn(a, secondRequest), (ids) => ids.length === 0, 3_000);
    });
  });

  it('reports a Redis outage at /readyz and in the logs, then carries events again once Redis is back', async () => {
    const watching = await subscribe<ViewerUpdated>(sameSessionOn(cast.volunteer.client, a), VIEWER_UPDATED);
    try {
      await listening(`viewerUpdated:${cast.volunteer.viewer.id}`);
      await redis.stop();
      const unready = await eventually(() => fetch(`${a.url}/readyz`), (r) => r.status === 503, 3_000);
      expect(await unready.json()).toEqual({ status: 'unavailable', reason: 'Redis cannot be reached' });
      expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
      await a.waitForLog((l) => /Redis cannot be reached/.test(l.msg));
      // The API still answers on both processes meanwhile; only live updates pause.
      expectSuccess(await grant(b, cast.volunteer.details.email, 'LINK_WORKER'));

      await redis.start();
      await eventually(() => fetch(`${a.url}/readyz`), (r) => r.status === 200, 5_000);
      await eventually(() => fetch(`${b.url}/readyz`), (r) => r.status === 200, 5_000);
      await a.waitForLog((l) => /Redis reachable again/.test(l.msg));
      // The subscription opened before the outage is renewed with Redis and hears the next change;
      // the change made during the outage was not delivered late, nor twice.
      await listening(`viewerUpdated:${cast.volunteer.viewer.id}`);
      expectSuccess(await sameSessionOn(cast.admin.client, b).graphql(REVOKE_ROLE, { input: { email: cast.volunteer.details.email, schemeId: cast.scheme.id, role: 'LINK_WORKER' } }));
      const heard = await watching.next((e) => !roles(e).includes('LINK_WORKER'));
      expect(heard.viewerUpdated.id).toBe(cast.volunteer.viewer.id);
      expect(watching.received).toHaveLength(1);
    } finally {
      watching.close();
    }
  });

  it('stops cleanly on SIGTERM, closing its connections to Redis', async () => {
    const named = async (name: string) => String(await redis.command('CLIENT', 'LIST')).split('\n').filter((line) => line.includes(` name=${name} `)).length;
    expect(await named('kindred-publish')).toBe(2);
    expect(await named('kindred-subscribe')).toBe(2);
    expect(await b.stop()).toBe(0);
    expect(await named('kindred-publish')).toBe(1);
    expect(await named('kindred-subscribe')).toBe(1);
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  });
});
