/**
 * The "your matches" page (myMatches) is read as plain rows in one statement, while a single match
 * (match(id)) and every mutation's answer are presented from the loaded match: the two must show
 * each match identically, to each of the two people, in every state a match can be in. Contact
 * details only while active and not paused by safeguarding; the end reason only for whoever ended
 * it; a proposal reaches the person only once the volunteer has said yes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred, type Person } from '../support/kindred.ts';
import { approvedVolunteer, END, LOG_CONTACT, MATCH_FIELDS, MEETING_POINT, propose, respond, waitingWalker, companionRequest, type MatchView } from './matching-support.ts';
import { raiseConcern, triageConcern } from './messages-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
afterAll(() => kindred.close());

// Every field of a match, with whether safeguarding has paused it.
const MY_MATCHES = `query MyMatches { myMatches { ${MATCH_FIELDS} paused } }`;
const MATCH = `query Match($id: ID!) { match(id: $id) { ${MATCH_FIELDS} paused } }`;
const CAN_SEND_IN_EACH = 'query { myMatches { id canSendMessages } }';

let cast: Cast;
let volunteerId: string;
/** The people, each with one match with Vera, in the order the matches were proposed. */
const people: Record<'sue' | 'quin' | 'rae' | 'eve' | 'pam' | 'cleo', SignedIn> = {} as never;
const matchOf: Record<keyof typeof people, string> = {} as never;

type Seen = MatchView & { paused: boolean };
const myMatches = async (client: Person) => expectSuccess(await client.graphql<{ myMatches: Seen[] }>(MY_MATCHES)).myMatches;
const oneMatch = async (client: Person, id: string) => expectSuccess(await client.graphql<{ match: Seen }>(MATCH, { id })).match;

async function person(name: string): Promise<SignedIn> {
  return signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), cast.scheme);
}

/** A befriending match with Vera that both accepted. */
async function activeWith(who: SignedIn): Promise<string> {
  const { id } = await propose(cast.linkWorker.client, await waitingWalker(who), volunteerId);
  await respond(cast.volunteer.client, id, true);
  expect((await respond(who.client, id, true)).status).toBe('ACTIVE');
  return id;
}

/** A first session of a singing group, with Vera as companion, both accepted. */
async function companionWith(who: SignedIn): Promise<string> {
  const { requestId } = await companionRequest(cast.linkWorker.client, cast.scheme.id, who.client, {
    title: 'Tuesday afternoon singing group',
    organiserName: 'Calder Valley Voices',
    venueName: 'Hope Chapel',
  });
  const { id } = await propose(cast.linkWorker.client, requestId, volunteerId);
  await respond(cast.volunteer.client, id, true);
  await respond(who.client, id, true);
  return id;
}

beforeAll(async () => {
  cast = await buildCast(kindred);
  volunteerId = await approvedVolunteer(cast.linkWorker.client, cast.volunteer, 5);
  people.sue = cast.seeker;
  for (const [key, name] of [['quin', 'Quin Person'], ['rae', 'Rae Person'], ['eve', 'Eve Person'], ['pam', 'Pam Person'], ['cleo', 'Cleo Person']] as const) {
    people[key] = await person(name);
  }
  // Active, with a contact logged.
  matchOf.sue = await activeWith(people.sue);
  expectSuccess(await cast.volunteer.client.graphql(LOG_CONTACT, { input: { matchId: matchOf.sue, how: 'PHONE', note: 'Rang for a chat' } }));
  // Proposed, not answered yet: Quin is not offered it.
  matchOf.quin = (await propose(cast.linkWorker.client, await waitingWalker(people.quin), volunteerId)).id;
  // Vera said yes; Rae has yet to answer.
  matchOf.rae = (await propose(cast.linkWorker.client, await waitingWalker(people.rae), volunteerId)).id;
  await respond(cast.volunteer.client, matchOf.rae, true);
  // Ended by Eve, with her reason.
  matchOf.eve = await activeWith(people.eve);
  expectSuccess(await people.eve.client.graphql(END, { input: { matchId: matchOf.eve, reason: 'Moving away' } }));
  // Paused by safeguarding while staff look into a concern.
  matchOf.pam = await activeWith(people.pam);
  const concernId = await raiseConcern(cast.volunteer.client, 'MATCH', matchOf.pam, 'Pam said something that worried me');
  await triageConcern(cast.linkWorker.client, { concernId, severity: 'HIGH', actionsTaken: 'Pausing while we talk to both', pauseMatch: true });
  // A companion for a first session, with a meeting point agreed.
  matchOf.cleo = await companionWith(people.cleo);
  expectSuccess(await cast.volunteer.client.graphql(MEETING_POINT, { input: { matchId: matchOf.cleo, meetingPoint: 'The bench outside the Co-op' } }));
}, 240_000);

describe('myMatches', () => {
  it('lists the volunteer’s matches newest first, each as match(id) shows it', async () => {
    const list = await myMatches(cast.volunteer.client);
    expect(list.map((m) => m.id)).toEqual([matchOf.cleo, matchOf.pam, matchOf.eve, matchOf.rae, matchOf.quin, matchOf.sue]);
    for (const listed of list) expect(listed, listed.id).toEqual(await oneMatch(cast.volunteer.client, listed.id));
  });

  it('shows the volunteer the person’s details only in an active match that is not paused', async () => {
    const byId = new Map((await myMatches(cast.volunteer.client)).map((m) => [m.id, m]));
    expect(byId.get(matchOf.sue)).toMatchObject({ status: 'ACTIVE', contact: { name: 'Sue Seeker' }, contactLog: [{ byName: 'Vera Volunteer', how: 'PHONE', note: 'Rang for a chat' }] });
    expect(byId.get(matchOf.sue)!.contact!.phone).toBeTruthy();
    expect(byId.get(matchOf.cleo)).toMatchObject({ status: 'ACTIVE', contact: { name: 'Cleo Person' }, companion: { venueName: 'Hope Chapel', meetingPoint: 'The bench outside the Co-op' } });
    for (const who of ['quin', 'rae', 'eve', 'pam'] as const) expect(byId.get(matchOf[who])!.contact, who).toBeNull();
    expect(byId.get(matchOf.pam)!.paused).toBe(true);
    // Eve ended it: her reason is hers and staff's.
    expect(byId.get(matchOf.eve)).toMatchObject({ status: 'ENDED', endReason: null });
  });

  it('says in which matches the volunteer can send messages now', async () => {
    const { myMatches: list } = expectSuccess(await cast.volunteer.client.graphql<{ myMatches: Array<{ id: string; canSendMessages: boolean }> }>(CAN_SEND_IN_EACH));
    const canSend = new Map(list.map((m) => [m.id, m.canSendMessages]));
    expect(Object.fromEntries(Object.entries(matchOf).map(([who, id]) => [who, canSend.get(id)]))).toEqual({
      sue: true,
      quin: false,
      rae: false,
      eve: false,
      pam: false,
      cleo: true,
    });
  });

  it('shows each person their match once the volunteer has said yes, as match(id) does', async () => {
    expect(await myMatches(people.quin.client)).toEqual([]);
    for (const who of ['sue', 'rae', 'eve', 'pam', 'cleo'] as const) {
      const list = await myMatches(people[who].client);
      expect(list.map((m) => m.id), who).toEqual([matchOf[who]]);
      expect(list[0], who).toEqual(await oneMatch(people[who].client, matchOf[who]));
    }
    const [sue] = await myMatches(people.sue.client);
    expect(sue!.contact).toMatchObject({ name: 'Vera Volunteer', phone: null });
    expect(sue!.contact!.email).toBeTruthy();
    expect((await myMatches(people.eve.client))[0]).toMatchObject({ endReason: 'Moving away', contact: null });
    expect((await myMatches(people.pam.client))[0]).toMatchObject({ paused: true, contact: null });
    expect((await myMatches(people.rae.client))[0]).toMatchObject({ status: 'VOLUNTEER_ACCEPTED', contact: null });
  });
});
