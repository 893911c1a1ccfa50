/**
 * Who may reach the messages of a match: only its two people write and read them. Everyone else —
 * nobody, another person or volunteer, staff of another scheme, even staff of its own scheme — is
 * told "not found". Staff see that contact happens (counts and when, never the words), and may read
 * the words only while a concern is open about the match or either person, each read written to the
 * audit log. A safeguarding pause stops new messages at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { buildCast, type Cast } from '../support/actors.ts';
import { errorCodes, expectErrorCode, expectSuccess } from '../support/assertions.ts';
import type { Person } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  CAN_SEND,
  CONTACT_SUMMARY,
  MARK_MESSAGES_READ,
  MATCH_MESSAGES,
  SEND_MESSAGE,
  activeMatchWithVolunteer,
  raiseConcern,
  send,
  summary,
  thread,
  triageConcern,
} from './messages-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
let matchId: string;
let volunteerId: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  ({ matchId, volunteerId } = await activeMatchWithVolunteer(cast));
  await send(cast.seeker.client, matchId, 'My number is private, so I am glad we can write here.');
  await send(cast.volunteer.client, matchId, 'Me too. Shall we meet at the library on Friday?');
}, 180_000);
afterAll(() => kindred.close());

const WORDS = /library|private/;
type AuditRow = { actor_id: string; scheme_id: string; subject_type: string; subject_id: string; outcome: string };

/** The audit log's rows of staff reading this match's messages (straight from the table the log is). */
function auditRows(id: string): Promise<AuditRow[]> {
  return kindred.orm.em
    .fork()
    .getConnection()
    .execute<AuditRow[]>(`select actor_id, scheme_id, subject_type, subject_id, outcome from audit_event where action = 'MESSAGES_READ_BY_STAFF' and subject_id = ?`, [id]);
}

const code = async (client: Person, query: string, variables: Record<string, unknown>) => errorCodes(await client.graphql(query, variables))[0];

/** Everyone who is not one of the two, with the code they should get: "not found" unless not signed in at all. */
function outsiders(): Array<[string, Person, string]> {
  return [
    ['nobody', cast.nobody, 'UNAUTHENTICATED'],
    ['another person in the scheme', cast.anotherSeeker.client, 'NOT_FOUND'],
    ['another volunteer in the scheme', cast.anotherVolunteer.client, 'NOT_FOUND'],
    ['a link worker of another scheme', cast.otherSchemeLinkWorker.client, 'NOT_FOUND'],
    ['a community builder of the scheme', cast.communityBuilder.client, 'NOT_FOUND'],
  ];
}

describe('only the two people of the match reach its messages', () => {
  it('refuses everyone else sending, reading or marking read, as if the match did not exist', async () => {
    for (const [who, client, expected] of outsiders()) {
      expect(await code(client, SEND_MESSAGE, { input: { matchId, body: 'Hello' } }), `${who} sending`).toBe(expected);
      expect(await code(client, MATCH_MESSAGES, { matchId }), `${who} reading`).toBe(expected);
      expect(await code(client, MARK_MESSAGES_READ, { matchId }), `${who} marking read`).toBe(expected);
    }
    // Nothing was added by any of them.
    expect(await thread(cast.seeker.client, matchId)).toHaveLength(2);
  });

  it('lets staff of the scheme neither write nor, with no concern open, read', async () => {
    for (const staff of [cast.linkWorker.client, cast.admin.client]) {
      expectErrorCode(await staff.graphql(SEND_MESSAGE, { input: { matchId, body: 'Hello from staff' } }), 'NOT_FOUND');
      const read = await staff.graphql(MATCH_MESSAGES, { matchId });
      expectErrorCode(read, 'NOT_FOUND');
      expect(read.text).not.toMatch(WORDS);
    }
  });

  it('answers an unknown or malformed match id exactly like a match you may not see', async () => {
    for (const id of [randomUUID(), 'not-an-id', "1' or '1'='1"]) {
      expectErrorCode(await cast.seeker.client.graphql(SEND_MESSAGE, { input: { matchId: id, body: 'Hello' } }), 'NOT_FOUND');
      expectErrorCode(await cast.seeker.client.graphql(MATCH_MESSAGES, { matchId: id }), 'NOT_FOUND');
    }
  });

  it('never hands out a phone number or email in a message, a thread or its notices', async () => {
    const seen = JSON.stringify(await thread(cast.volunteer.client, matchId));
    for (const person of [cast.seeker, cast.volunteer]) expect(seen).not.toContain(person.details.email);
    expect(seen).not.toMatch(/07\d{3}\s?\d{6}/);
  });
});

describe('what staff see', () => {
  it('shows the scheme’s staff that the two are in touch: counts and when, never the words', async () => {
    for (const staff of [cast.linkWorker.client, cast.admin.client]) {
      const result = await staff.graphql(CONTACT_SUMMARY, { matchId });
      expect(result.text).not.toMatch(WORDS);
      expect(await summary(staff, matchId)).toMatchObject({ matchId, messagesFromPerson: 1, messagesFromVolunteer: 1, canReadMessages: false });
    }
    expect(Date.parse((await summary(cast.linkWorker.client, matchId)).lastMessageAt ?? '')).toBeGreaterThan(Date.now() - 300_000);
  });

  it('does not show the summary to the two people, other staff or anyone else', async () => {
    expect(await code(cast.otherSchemeLinkWorker.client, CONTACT_SUMMARY, { matchId })).toBe('NOT_FOUND');
    expect(await code(cast.nobody, CONTACT_SUMMARY, { matchId })).toBe('UNAUTHENTICATED');
    for (const client of [cast.seeker.client, cast.volunteer.client, cast.communityBuilder.client]) {
      expect(await code(client, CONTACT_SUMMARY, { matchId })).toBe('FORBIDDEN');
    }
  });

  it('lets staff read the words while a concern about the match is open, and records each read', async () => {
    const concernId = await raiseConcern(cast.linkWorker.client, 'MATCH', matchId, 'Vera mentioned meeting somewhere we did not agree.');
    expect((await summary(cast.linkWorker.client, matchId)).canReadMessages).toBe(true);
    const read = await thread(cast.linkWorker.client, matchId);
    expect(read.map((m) => [m.senderFirstName, m.fromMe])).toEqual([
      ['Sue', false],
      ['Vera', false],
    ]);
    expect(read[1]?.body).toContain('library');
    await thread(cast.admin.client, matchId);

    const audit = await auditRows(matchId);
    expect(audit.map((e) => e.actor_id)).toEqual(expect.arrayContaining([cast.linkWorker.viewer.id, cast.admin.viewer.id]));
    expect(audit.every((e) => e.scheme_id === cast.scheme.id && e.subject_type === 'Match' && e.outcome === 'ALLOWED')).toBe(true);
    // The log says who read, never what.
    expect(JSON.stringify(audit)).not.toMatch(WORDS);

    // Staff of another scheme still may not, concern or no concern.
    expect(await code(cast.otherSchemeLinkWorker.client, MATCH_MESSAGES, { matchId })).toBe('NOT_FOUND');
    expect(await code(cast.communityBuilder.client, MATCH_MESSAGES, { matchId })).toBe('NOT_FOUND');

    await triageConcern(cast.linkWorker.client, { concernId, severity: 'LOW', actionsTaken: 'Talked with Vera', outcome: 'Resolved', close: true, pauseMatch: false });
    expect((await summary(cast.linkWorker.client, matchId)).canReadMessages).toBe(false);
    expectErrorCode(await cast.linkWorker.client.graphql(MATCH_MESSAGES, { matchId }), 'NOT_FOUND');
  });

  it('lets staff read while a concern about either person is open', async () => {
    const concernId = await raiseConcern(cast.linkWorker.client, 'VOLUNTEER', volunteerId, 'A neighbour rang about Vera.');
    expect((await thread(cast.linkWorker.client, matchId)).length).toBe(2);
    await triageConcern(cast.linkWorker.client, { concernId, severity: 'LOW', actionsTaken: 'Checked', outcome: 'Nothing in it', close: true, pauseMatch: false });
    expectErrorCode(await cast.linkWorker.client.graphql(MATCH_MESSAGES, { matchId }), 'NOT_FOUND');
  });
});

describe('a safeguarding pause', () => {
  it('stops new messages at once, telling the two kindly, while what was written stays readable to them', async () => {
    const concernId = await raiseConcern(cast.linkWorker.client, 'MATCH', matchId, 'Worried about what was arranged.');
    await triageConcern(cast.linkWorker.client, { concernId, severity: 'HIGH', actionsTaken: 'Pausing while we talk to both', pauseMatch: true });
    for (const person of [cast.seeker, cast.volunteer]) {
      const refused = await person.client.graphql(SEND_MESSAGE, { input: { matchId, body: 'Are we still on for Friday?' } });
      expectErrorCode(refused, 'BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toBe('Messages are paused. Your link worker will be in touch.');
      expect(refused.errors?.[0]?.extensions?.reason).toBe('MESSAGES_PAUSED');
      const { match } = expectSuccess(await person.client.graphql<{ match: { canSendMessages: boolean } }>(CAN_SEND, { id: matchId }));
      expect(match.canSendMessages).toBe(false);
      expect(await thread(person.client, matchId)).toHaveLength(2);
    }
    expect((await summary(cast.linkWorker.client, matchId)).messagesFromPerson).toBe(1);
  });
});
