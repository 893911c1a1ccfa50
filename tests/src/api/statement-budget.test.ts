/**
 * How many SQL statements the hot operations send (issue 8). Most of an API request's CPU goes on
 * MikroORM building queries and hydrating rows, about a millisecond a statement, so the count is
 * what decides how many requests a process can serve. Each operation runs once to warm up, then
 * once more while its statements are recorded (recordStatements, off unless a test asks).
 *
 * The budgets are a guard against N+1 queries and reloads creeping back (a populate that
 * re-reads relations already joined, a lazy field loaded row by row, a mutation that reloads the
 * match it already holds), not a target: each sits a little above the count measured when it was
 * set. The session lookup every request starts with is not counted here; it has its own owner.
 * The answers are checked too, so a budget is never met by leaving something out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordStatements } from '@kindred/server';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp } from '../support/factories.ts';
import { startTestKindred, type Person } from '../support/kindred.ts';
import { approvedVolunteer, LOG_CONTACT, MATCH, MY_MATCHES, propose, RESPOND, waitingWalker, type MatchView } from './matching-support.ts';
import { activeMatchWithVolunteer, MATCH_MESSAGES, SEND_MESSAGE, type MessageView } from './messages-support.ts';
import { MY_VOLUNTEERING } from './volunteers-support.ts';
// The link worker's suggestions page, as the load run (pnpm load) sends it.
import { SUGGEST } from '../load/operations.ts';

/** Statements each operation may send, besides the session lookup. */
const BUDGET = {
  myMatches: 2,
  myVolunteering: 1,
  suggestMatches: 2,
  matchMessages: 3,
  sendMessage: 6,
  logMatchContact: 4,
  respondToMatch: 13,
} as const;
type Operation = keyof typeof BUDGET;

/**
 * Whether a statement was sent by the session lookup that starts every request, found by its
 * caller's name in the stack. Were those renamed, their statements would count here and the
 * budgets fail: a loud failure, never a silent one.
 */
function fromSessionLookup(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 80;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return /\b(?:viewerFromSessionToken|contextFor)\b/.test(stack);
}

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
afterAll(() => kindred.close());

let cast: Cast;
/** Sue and Vera's active match. */
let matchId: string;
/** A proposal to Vera she has not answered. */
let offerToVera: string;
let waitingRequestId: string;
/** Two proposals to the same volunteer: one to warm respondToMatch up, one to record. */
let proposals: string[];
const measured = new Map<Operation, string[]>();

/**
 * Runs `operation` once to warm up and once recorded; returns the recorded answer. Recording goes
 * on a moment after the answer, so that work the operation sets off is counted with it (the
 * matching index rereads a volunteer 10 ms after their matches change). Should that ever come
 * later, the count is only lower: a budget is a ceiling.
 */
async function measure<T>(name: Operation, operation: (run: number) => Promise<T>): Promise<T> {
  await operation(0);
  await settled();
  const statements: string[] = [];
  const stop = recordStatements(kindred.orm, (sql) => {
    if (!fromSessionLookup()) statements.push(sql.replace(/\s+/g, ' ').trim());
  });
  try {
    return await operation(1);
  } finally {
    await settled();
    stop();
    measured.set(name, statements);
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 100));

function withinBudget(name: Operation): void {
  const statements = measured.get(name) ?? [];
  expect(statements.length, `${name} sent:\n${statements.map((s) => `  ${s.slice(0, 200)}`).join('\n')}`).toBeLessThanOrEqual(BUDGET[name]);
}

const answer = async <T>(client: Person, query: string, variables?: Record<string, unknown>): Promise<T> => expectSuccess(await client.graphql<T>(query, variables));

/** Someone new in the cast's scheme with a waiting befriending request; returns the request's id. */
async function waitingPerson(displayName: string): Promise<string> {
  return waitingWalker(await signUp(kindred, 'SEEKER', buildPerson({ displayName }), cast.scheme));
}

beforeAll(async () => {
  cast = await buildCast(kindred);
  const active = await activeMatchWithVolunteer(cast);
  matchId = active.matchId;
  // Vera also has an offer waiting for her answer: myMatches presents two matches, in two states.
  offerToVera = (await propose(cast.linkWorker.client, await waitingPerson('Quin Person'), active.volunteerId)).id;
  waitingRequestId = await waitingWalker(cast.anotherSeeker);
  // Vic says yes to two proposals; each needs a person of their own with a waiting request.
  const vic = await approvedVolunteer(cast.linkWorker.client, cast.anotherVolunteer, 3);
  proposals = [];
  for (const name of ['Pat Person', 'Rae Person']) proposals.push((await propose(cast.linkWorker.client, await waitingPerson(name), vic)).id);
}, 120_000);

afterAll(() => {
  const rows = Object.keys(BUDGET).map((name) => `  ${name.padEnd(16)} ${String(measured.get(name as Operation)?.length ?? '-').padStart(3)} / ${BUDGET[name as Operation]}`);
  console.log(`SQL statements per operation (besides the session lookup), measured / budget:\n${rows.join('\n')}`);
});

describe('statements per hot operation', () => {
  it('myMatches: the volunteer sees the person’s contact details in the active match only', async () => {
    const { myMatches } = await measure('myMatches', () => answer<{ myMatches: MatchView[] }>(cast.volunteer.client, MY_MATCHES));
    const byId = new Map(myMatches.map((m) => [m.id, m]));
    expect(myMatches).toHaveLength(2);
    expect(byId.get(matchId)).toMatchObject({ status: 'ACTIVE', contact: { name: 'Sue Seeker', phone: '07700 900123' } });
    expect(byId.get(offerToVera)).toMatchObject({ status: 'PROPOSED', personFirstName: 'Quin', contact: null, contactLog: [] });
    withinBudget('myMatches');
    // The person sees the volunteer's email (never a phone number) in the same match.
    const mine = await answer<{ myMatches: MatchView[] }>(cast.seeker.client, MY_MATCHES);
    expect(mine.myMatches.map((m) => [m.id, m.contact?.name, m.contact?.phone])).toEqual([[matchId, 'Vera Volunteer', null]]);
  });

  it('myVolunteering', async () => {
    const { myVolunteering } = await measure('myVolunteering', () => answer<{ myVolunteering: Array<{ displayName: string }> }>(cast.volunteer.client, MY_VOLUNTEERING));
    expect(myVolunteering.map((v) => v.displayName)).toEqual(['Vera Volunteer']);
    withinBudget('myVolunteering');
  });

  it('suggestMatches', async () => {
    type Suggest = { suggestMatches: { suggestions: Array<{ volunteerId: string }> } };
    const { suggestMatches } = await measure('suggestMatches', () => answer<Suggest>(cast.linkWorker.client, SUGGEST, { requestId: waitingRequestId, limit: 10 }));
    expect(suggestMatches.suggestions.length).toBeGreaterThan(0);
    withinBudget('suggestMatches');
  });

  it('sendMessage and matchMessages: the person reads what the volunteer sent', async () => {
    const sent = await measure('sendMessage', (run) =>
      answer<{ sendMessage: MessageView }>(cast.volunteer.client, SEND_MESSAGE, { input: { matchId, body: `Hello, number ${run}` } }),
    );
    expect(sent.sendMessage).toMatchObject({ matchId, fromMe: true, body: 'Hello, number 1' });
    const { matchMessages } = await measure('matchMessages', () => answer<{ matchMessages: MessageView[] }>(cast.seeker.client, MATCH_MESSAGES, { matchId, limit: 50 }));
    expect(matchMessages.map((m) => [m.body, m.fromMe, m.senderFirstName])).toEqual([
      ['Hello, number 0', false, 'Vera'],
      ['Hello, number 1', false, 'Vera'],
    ]);
    withinBudget('sendMessage');
    withinBudget('matchMessages');
  });

  it('logMatchContact: the answer carries the new entry and, the match being active, the contact details', async () => {
    const { logMatchContact } = await measure('logMatchContact', (run) =>
      answer<{ logMatchContact: MatchView }>(cast.volunteer.client, LOG_CONTACT, { input: { matchId, how: 'PHONE', note: `Rang, call ${run}` } }),
    );
    expect(logMatchContact.contactLog.map((e) => e.note)).toEqual(expect.arrayContaining(['Rang, call 0', 'Rang, call 1']));
    expect(logMatchContact.contactLog).toHaveLength(2);
    expect(logMatchContact.contact).toMatchObject({ name: 'Sue Seeker', phone: '07700 900123' });
    // The answer is built without reading the log again: it must be the log as it is read afterwards, newest first.
    const { match } = await answer<{ match: MatchView }>(cast.volunteer.client, MATCH, { id: matchId });
    expect(logMatchContact.contactLog).toEqual(match.contactLog);
    expect(logMatchContact.contactLog[0]!.note).toBe('Rang, call 1');
    withinBudget('logMatchContact');
  });

  it('respondToMatch: the volunteer says yes; no contact details before the person does too', async () => {
    const { respondToMatch } = await measure('respondToMatch', (run) =>
      answer<{ respondToMatch: MatchView }>(cast.anotherVolunteer.client, RESPOND, { input: { matchId: proposals[run], accept: true } }),
    );
    expect(respondToMatch).toMatchObject({ id: proposals[1], status: 'VOLUNTEER_ACCEPTED', contact: null, contactLog: [] });
    withinBudget('respondToMatch');
  });
});
