/**
 * Operations and helpers for the messages tests: an active match between two people, the GraphQL
 * the web app sends, and a small graphql-ws (graphql-transport-ws) client that carries a person's
 * session cookie, as their browser would.
 */
import { expect } from 'vitest';
import type { Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import type { GraphQLErrorJson, Person } from '../support/kindred.ts';
import { approvedVolunteer, propose, respond, waitingWalker } from './matching-support.ts';

export const MESSAGE_FIELDS = 'id matchId fromMe senderFirstName body sentAt readAt';
export const SEND_MESSAGE = `mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_FIELDS} } }`;
export const MATCH_MESSAGES = `query MatchMessages($matchId: ID!, $before: ID, $limit: Int) {
  matchMessages(matchId: $matchId, before: $before, limit: $limit) { ${MESSAGE_FIELDS} } }`;
export const MARK_MESSAGES_READ = 'mutation MarkMessagesRead($matchId: ID!) { markMessagesRead(matchId: $matchId) }';
export const CONTACT_SUMMARY = `query Summary($matchId: ID!) {
  matchContactSummary(matchId: $matchId) { matchId messagesFromPerson messagesFromVolunteer lastMessageAt canReadMessages } }`;
export const CAN_SEND = 'query CanSend($id: ID!) { match(id: $id) { id status canSendMessages } }';
export const MESSAGE_ADDED = `subscription MessageAdded($matchId: ID!) { messageAdded(matchId: $matchId) { ${MESSAGE_FIELDS} } }`;

export type MessageView = { id: string; matchId: string; fromMe: boolean; senderFirstName: string; body: string; sentAt: string; readAt: string | null };
export type ContactSummary = { matchId: string; messagesFromPerson: number; messagesFromVolunteer: number; lastMessageAt: string | null; canReadMessages: boolean };

/** An active befriending match between the cast's seeker (Sue) and volunteer (Vera): its id and Vera's volunteer id. */
export async function activeMatchWithVolunteer(cast: Cast): Promise<{ matchId: string; volunteerId: string }> {
  const volunteerId = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
  const requestId = await waitingWalker(cast.seeker);
  const match = await propose(cast.linkWorker.client, requestId, volunteerId);
  await respond(cast.volunteer.client, match.id, true);
  expect((await respond(cast.seeker.client, match.id, true)).status).toBe('ACTIVE');
  return { matchId: match.id, volunteerId };
}

/** The id of an active match between the cast's seeker (Sue) and volunteer (Vera). */
export async function activeMatch(cast: Cast): Promise<string> {
  return (await activeMatchWithVolunteer(cast)).matchId;
}

export async function send(client: Person, matchId: string, body: string): Promise<MessageView> {
  return expectSuccess(await client.graphql<{ sendMessage: MessageView }>(SEND_MESSAGE, { input: { matchId, body } })).sendMessage;
}

export async function thread(client: Person, matchId: string, page: { before?: string; limit?: number } = {}): Promise<MessageView[]> {
  return expectSuccess(await client.graphql<{ matchMessages: MessageView[] }>(MATCH_MESSAGES, { matchId, ...page })).matchMessages;
}

export async function summary(client: Person, matchId: string): Promise<ContactSummary> {
  return expectSuccess(await client.graphql<{ matchContactSummary: ContactSummary }>(CONTACT_SUMMARY, { matchId })).matchContactSummary;
}

// --- concerns (the concerns engineer's API, as the working agreement fixes it) ---
export const RAISE_CONCERN = 'mutation Raise($input: RaiseConcernInput!) { raiseConcern(input: $input) { id received } }';
export const TRIAGE_CONCERN = 'mutation Triage($input: TriageConcernInput!) { triageConcern(input: $input) { id status matchPaused } }';

export async function raiseConcern(client: Person, subjectKind: 'PERSON' | 'VOLUNTEER' | 'MATCH', subjectId: string, text: string): Promise<string> {
  return expectSuccess(await client.graphql<{ raiseConcern: { id: string } }>(RAISE_CONCERN, { input: { subjectKind, subjectId, text } })).raiseConcern.id;
}

export type Triage = { concernId: string; severity: string; actionsTaken?: string; outcome?: string; close?: boolean; pauseMatch?: boolean };

export async function triageConcern(client: Person, input: Triage) {
  return expectSuccess(await client.graphql<{ triageConcern: { id: string; status: string; matchPaused: boolean } }>(TRIAGE_CONCERN, { input })).triageConcern;
}

// --- live updates ---
type WsMessage = { type: string; id?: string; payload?: unknown };
export type LiveResult<T> = { data?: T | null; errors?: GraphQLErrorJson[] };

/** One subscription on a live connection: every result it was sent, in order. */
export class LiveSubscription<T> {
  readonly results: LiveResult<T>[] = [];
  completed = false;
  private waiters: Array<() => void> = [];

  constructor(readonly id: string) {}

  receive(result: LiveResult<T>): void {
    this.results.push(result);
    this.wake();
  }

  complete(): void {
    this.completed = true;
    this.wake();
  }

  /** Waits until a result satisfies `test` (or fails after `timeoutMs`, naming what it waited for). */
  async waitFor(what: string, test: (result: LiveResult<T>) => boolean, timeoutMs = 10_000): Promise<LiveResult<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.results.find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}; received ${JSON.stringify(this.results)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/**
 * A graphql-transport-ws connection as a signed-in person opens it: Node's WebSocket with their
 * session cookie. Enough of the protocol for tests: init/ack, subscribe, next, error, complete, ping.
 */
export class LiveConnection {
  private readonly subscriptions = new Map<string, LiveSubscription<unknown>>();
  private sequence = 0;

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.onMessage(JSON.parse(String(event.data)) as WsMessage));
    socket.addEventListener('close', () => {
      for (const subscription of this.subscriptions.values()) subscription.complete();
    });
  }

  static async open(person: Person): Promise<LiveConnection> {
    const url = new URL('/graphql', person.baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url, { protocols: ['graphql-transport-ws'], headers: person.cookies.size > 0 ? { cookie: person.cookieHeader() } : {} } as never);
    const connection = new LiveConnection(socket);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The live connection was not acknowledged')), 10_000);
      socket.addEventListener('error', () => reject(new Error('The live connection failed')));
      socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.addEventListener('message', (event) => {
        if ((JSON.parse(String(event.data)) as WsMessage).type === 'connection_ack') {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    return connection;
  }

  subscribe<T>(query: string, variables: Record<string, unknown>): LiveSubscription<T> {
    const id = String(++this.sequence);
    const subscription = new LiveSubscription<T>(id);
    this.subscriptions.set(id, subscription as LiveSubscription<unknown>);
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    return subscription;
  }

  close(): void {
    this.socket.close();
  }

  private onMessage(message: WsMessage): void {
    if (message.type === 'ping') {
      this.socket.send(JSON.stringify({ type: 'pong' }));
      return;
    }
    const subscription = message.id ? this.subscriptions.get(message.id) : undefined;
    if (!subscription) return;
    if (message.type === 'next') subscription.receive(message.payload as LiveResult<unknown>);
    else if (message.type === 'error') subscription.receive({ errors: message.payload as GraphQLErrorJson[] });
    else if (message.type === 'complete') subscription.complete();
  }
}

/** The first error code a live subscription was sent, once it has been sent one. */
export async function liveErrorCode(subscription: LiveSubscription<unknown>): Promise<string | undefined> {
  const result = await subscription.waitFor('an error', (r) => (r.errors?.length ?? 0) > 0);
  return result.errors?.[0]?.extensions?.code;
}

/**
 * A subscription gives no sign that the server is listening yet, so this sends short greetings
 * until `listener` hears one: from then on, the subscription is surely live. Returns how many it took.
 */
export async function untilHeard(
  sender: Person,
  matchId: string,
  listener: LiveSubscription<{ messageAdded: MessageView }>,
  tries = 20,
): Promise<MessageView[]> {
  const sent: MessageView[] = [];
  for (let attempt = 1; attempt <= tries; attempt++) {
    const message = await send(sender, matchId, `Hello, are you there? (${attempt})`);
    sent.push(message);
    const heard = await listener
      .waitFor('a greeting', (r) => r.data?.messageAdded.id === message.id, 500)
      .then(() => true)
      .catch(() => false);
    if (heard) return sent;
  }
  throw new Error(`The live subscription heard none of ${tries} greetings`);
}
