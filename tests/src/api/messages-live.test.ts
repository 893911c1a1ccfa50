/**
 * Messages arrive live over graphql-ws, as in the web app: the other person hears a new message
 * the moment it is sent; nobody else can listen in — not a stranger, not staff of another scheme,
 * not staff of the scheme unless a concern is open (and then each message they are sent is audited).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  LiveConnection,
  MESSAGE_ADDED,
  activeMatch,
  liveErrorCode,
  raiseConcern,
  send,
  triageConcern,
  untilHeard,
  type LiveSubscription,
  type MessageView,
} from './messages-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
let matchId: string;
const connections: LiveConnection[] = [];
beforeAll(async () => {
  cast = await buildCast(kindred);
  matchId = await activeMatch(cast);
}, 180_000);
afterAll(async () => {
  for (const connection of connections) connection.close();
  await kindred.close();
});

type Heard = LiveSubscription<{ messageAdded: MessageView }>;

async function listen(client: Cast['nobody']): Promise<Heard> {
  const connection = await LiveConnection.open(client);
  connections.push(connection);
  return connection.subscribe<{ messageAdded: MessageView }>(MESSAGE_ADDED, { matchId });
}

const heardBodies = (subscription: Heard) => subscription.results.flatMap((r) => (r.data ? [r.data.messageAdded.body] : []));

async function staffReads(): Promise<number> {
  const rows = await kindred.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ n: number }>>(`select count(*)::int as n from audit_event where action = 'MESSAGES_READ_BY_STAFF' and subject_id = ? and actor_id = ?`, [
      matchId,
      cast.linkWorker.viewer.id,
    ]);
  return rows[0]?.n ?? 0;
}

describe('live messages', () => {
  let volunteerHears: Heard;
  let seekerHears: Heard;
  const strangers: Array<[string, Heard]> = [];

  it('refuses to let anyone but the two listen, as if the match did not exist', async () => {
    const outsiders: Array<[string, Cast['nobody'], string]> = [
      ['nobody', cast.nobody, 'UNAUTHENTICATED'],
      ['another volunteer', cast.anotherVolunteer.client, 'NOT_FOUND'],
      ['another person', cast.anotherSeeker.client, 'NOT_FOUND'],
      ['a link worker of another scheme', cast.otherSchemeLinkWorker.client, 'NOT_FOUND'],
      ['the scheme’s link worker, with no concern open', cast.linkWorker.client, 'NOT_FOUND'],
    ];
    for (const [who, client, expected] of outsiders) {
      const subscription = await listen(client);
      expect(await liveErrorCode(subscription), who).toBe(expected);
      strangers.push([who, subscription]);
    }
  });

  it('delivers a new message to the other person the moment it is sent, and to the sender’s other tabs', async () => {
    volunteerHears = await listen(cast.volunteer.client);
    seekerHears = await listen(cast.seeker.client);
    await untilHeard(cast.seeker.client, matchId, volunteerHears);
    await untilHeard(cast.seeker.client, matchId, seekerHears);

    const sent = await send(cast.seeker.client, matchId, 'Shall we try the new café on Thursday?');
    const heard = await volunteerHears.waitFor('Sue’s message', (r) => r.data?.messageAdded.id === sent.id, 5_000);
    expect(heard.data?.messageAdded).toMatchObject({ matchId, fromMe: false, senderFirstName: 'Sue', body: 'Shall we try the new café on Thursday?' });
    const own = await seekerHears.waitFor('Sue’s own message', (r) => r.data?.messageAdded.id === sent.id, 5_000);
    expect(own.data?.messageAdded).toMatchObject({ fromMe: true, senderFirstName: 'Sue' });

    const reply = await send(cast.volunteer.client, matchId, 'Yes! 10am?');
    const back = await seekerHears.waitFor('Vera’s reply', (r) => r.data?.messageAdded.id === reply.id, 5_000);
    expect(back.data?.messageAdded).toMatchObject({ fromMe: false, senderFirstName: 'Vera', body: 'Yes! 10am?' });
  });

  it('sent none of it to the people who were refused', () => {
    for (const [who, subscription] of strangers) {
      expect(heardBodies(subscription), who).toEqual([]);
      expect(subscription.completed, who).toBe(true);
    }
  });

  it('lets staff listen while a concern is open, auditing each message they are sent, and stops when it closes', async () => {
    const concernId = await raiseConcern(cast.linkWorker.client, 'MATCH', matchId, 'Checking in on how this match is going.');
    const readsBefore = await staffReads();
    const staffHears = await listen(cast.linkWorker.client);
    await untilHeard(cast.volunteer.client, matchId, staffHears);
    // Subscribing is a read, and so is each message delivered.
    expect(await staffReads()).toBeGreaterThanOrEqual(readsBefore + 2);
    expect(staffHears.results.at(-1)?.data?.messageAdded).toMatchObject({ fromMe: false, senderFirstName: 'Vera' });

    await triageConcern(cast.linkWorker.client, { concernId, severity: 'LOW', actionsTaken: 'Spoke to both', outcome: 'All well', close: true, pauseMatch: false });
    const readsAfterClosing = await staffReads();
    const after = await send(cast.seeker.client, matchId, 'See you at ten.');
    await volunteerHears.waitFor('the message after the concern closed', (r) => r.data?.messageAdded.id === after.id, 5_000);
    // Delivery to every listener happens together; give the staff listener a moment beyond it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heardBodies(staffHears)).not.toContain('See you at ten.');
    expect(await staffReads()).toBe(readsAfterClosing);
  });
});
