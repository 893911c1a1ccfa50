/**
 * Messages survive a restart: they live in PostgreSQL, not in the process. After the server is
 * stopped and started again on the same database, the two people (still signed in: sessions are
 * stored too) see the same thread, read marks included, and can carry on, live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { startRestartableKindred } from './messages-restart-support.ts';
import { LiveConnection, MARK_MESSAGES_READ, MESSAGE_ADDED, activeMatch, send, thread, untilHeard, type MessageView } from './messages-support.ts';

const kindred = await startRestartableKindred({ SCHEDULED_JOBS: 'false' });
let cast: Cast;
let matchId: string;
let before: MessageView[];
beforeAll(async () => {
  cast = await buildCast(kindred);
  matchId = await activeMatch(cast);
  await send(cast.seeker.client, matchId, 'Thank you for the walk today.');
  await send(cast.volunteer.client, matchId, 'It was lovely. Same again next week?');
  await send(cast.seeker.client, matchId, 'Yes please 🌳');
  expectSuccess(await cast.volunteer.client.graphql(MARK_MESSAGES_READ, { matchId }));
  before = await thread(cast.seeker.client, matchId);
}, 180_000);
afterAll(() => kindred.close());

describe('after a restart', () => {
  it('keeps every message, in order, with who sent it and what has been read', async () => {
    await kindred.restart();
    expect(await thread(cast.seeker.client, matchId)).toEqual(before);
    const asVolunteer = await thread(cast.volunteer.client, matchId);
    expect(asVolunteer.map((m) => [m.senderFirstName, m.fromMe, m.body])).toEqual([
      ['Sue', false, 'Thank you for the walk today.'],
      ['Vera', true, 'It was lovely. Same again next week?'],
      ['Sue', false, 'Yes please 🌳'],
    ]);
    expect(asVolunteer.filter((m) => !m.fromMe).every((m) => m.readAt !== null)).toBe(true);
  });

  it('lets the two carry on, live', async () => {
    const connection = await LiveConnection.open(cast.volunteer.client);
    try {
      const hears = connection.subscribe<{ messageAdded: MessageView }>(MESSAGE_ADDED, { matchId });
      await untilHeard(cast.seeker.client, matchId, hears);
      const sent = await send(cast.seeker.client, matchId, 'See you Tuesday!');
      await hears.waitFor('the message after the restart', (r) => r.data?.messageAdded.id === sent.id, 5_000);
      expect((await thread(cast.volunteer.client, matchId)).at(-1)?.body).toBe('See you Tuesday!');
    } finally {
      connection.close();
    }
  });
});
