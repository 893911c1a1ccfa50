/**
 * The mixed load: real journeys in the shares a working scheme might see. Each answer is read and
 * judged; writes the server acknowledges are remembered, to be looked for in PostgreSQL afterwards.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { LoadCast, Session } from './cast.ts';
import type { Scenario, Shot } from './driver.ts';
import { cookieFrom, type SignInAddresses } from './http-client.ts';
import { body, LOG_CONTACT, MATCH_MESSAGES, MY_MATCHES, MY_VOLUNTEERING, RESPOND, SEND_MESSAGE, SIGN_IN, SUGGEST } from './operations.ts';
import { verdict } from './verdicts.ts';

type MatchView = { id: string; status: string };

/** Endless turns through a list. */
function cycle<T>(items: T[]): () => T {
  if (items.length === 0) throw new Error('a load scenario has nobody to act as');
  let i = 0;
  return () => items[i++ % items.length]!;
}

function volunteerChecksOffers(cast: LoadCast): Scenario {
  const sessions = new Map<string, Session>();
  for (const m of cast.activeMatches) sessions.set(m.volunteer.email, m.volunteer);
  for (const p of cast.proposals) sessions.set(p.volunteer.email, p.volunteer);
  const next = cycle([...sessions.values()]);
  let turn = 0;
  return {
    name: 'volunteer checks offers (myMatches, myVolunteering)',
    weight: 35,
    next: (): Shot => {
      const { cookie } = next();
      // The offers page, then the volunteering page: the two pages a volunteer comes back to.
      const offers = turn++ % 2 === 0;
      return {
        body: body(offers ? MY_MATCHES : MY_VOLUNTEERING),
        cookie,
        judge: (answer) =>
          verdict(answer, (data) =>
            offers ? ((data.myMatches as MatchView[]).length > 0 ? null : 'no matches in myMatches') : (data.myVolunteering as unknown[]).length === 1 ? null : 'no volunteering',
          ),
      };
    },
  };
}

function linkWorkerReviewsSuggestions(cast: LoadCast): Scenario {
  const cookie = cycle(cast.linkWorkerCookies);
  const requestId = cycle(cast.reviewRequestIds);
  return {
    name: 'link worker reviews suggestions (suggestMatches)',
    weight: 20,
    next: () => ({
      body: body(SUGGEST, { requestId: requestId(), limit: 10 }),
      cookie: cookie(),
      judge: (answer) => verdict(answer, (data) => (data.suggestMatches ? null : 'no suggestions object')),
    }),
  };
}

function personReadsMessages(cast: LoadCast): Scenario {
  const match = cycle(cast.activeMatches);
  return {
    name: 'person reads messages (matchMessages)',
    weight: 35,
    next: () => {
      const { matchId, person } = match();
      return {
        body: body(MATCH_MESSAGES, { matchId, limit: 50 }),
        cookie: person.cookie,
        judge: (answer) =>
          verdict(answer, (data) => {
            const messages = data.matchMessages as Array<{ matchId: string }>;
            return messages.length >= 2 && messages.every((m) => m.matchId === matchId) ? null : 'their conversation is missing';
          }),
      };
    },
  };
}

function volunteerSendsMessage(cast: LoadCast): Scenario {
  const match = cycle(cast.activeMatches);
  return {
    name: 'volunteer sends a message (sendMessage)',
    weight: 4,
    next: () => {
      const { matchId, volunteer } = match();
      return {
        body: body(SEND_MESSAGE, { input: { matchId, body: 'Lovely to talk today. Same time next week?' } }),
        cookie: volunteer.cookie,
        judge: (answer) =>
          verdict(
            answer,
            (data) => ((data.sendMessage as { matchId: string }).matchId === matchId ? null : 'another match came back'),
            (data) => ({ kind: 'message', key: (data.sendMessage as { id: string }).id }),
          ),
      };
    },
  };
}

function volunteerNotesContact(cast: LoadCast): Scenario {
  const match = cycle(cast.activeMatches);
  return {
    name: 'volunteer notes a contact (logMatchContact)',
    weight: 4,
    next: () => {
      const { matchId, volunteer } = match();
      const note = `Rang for a chat ${randomUUID()}`;
      return {
        body: body(LOG_CONTACT, { input: { matchId, how: 'PHONE', note } }),
        cookie: volunteer.cookie,
        judge: (answer) => verdict(answer, (data) => ((data.logMatchContact as MatchView).id === matchId ? null : 'another match came back'), () => ({ kind: 'contact', key: note })),
      };
    },
  };
}

function volunteerAcceptsMatch(cast: LoadCast): Scenario {
  const waiting = [...cast.proposals];
  return {
    name: 'volunteer accepts a match (respondToMatch)',
    weight: 1,
    next: () => {
      const proposal = waiting.shift();
      if (!proposal) return undefined;
      return {
        body: body(RESPOND, { input: { matchId: proposal.matchId, accept: true } }),
        cookie: proposal.volunteer.cookie,
        judge: (answer) =>
          verdict(
            answer,
            (data) => ((data.respondToMatch as MatchView).status === 'VOLUNTEER_ACCEPTED' ? null : `status ${(data.respondToMatch as MatchView).status}`),
            () => ({ kind: 'accept', key: proposal.matchId }),
          ),
      };
    },
  };
}

function signsIn(cast: LoadCast, addresses: SignInAddresses): Scenario {
  const email = cycle(cast.signInEmails);
  return {
    name: 'volunteer signs in (signIn)',
    weight: 1,
    next: () => ({
      body: body(SIGN_IN, { input: { email: email(), password: cast.password } }),
      localAddress: addresses.next(),
      judge: (answer) => {
        const token = cookieFrom(answer.setCookies)?.split('=')[1];
        return verdict(
          answer,
          () => (token ? null : 'no session cookie'),
          () => ({ kind: 'session', key: createHash('sha256').update(token!).digest('hex') }),
        );
      },
    }),
  };
}

export function mixedJourneys(cast: LoadCast, addresses: SignInAddresses): Scenario[] {
  return [
    volunteerChecksOffers(cast),
    linkWorkerReviewsSuggestions(cast),
    personReadsMessages(cast),
    volunteerSendsMessage(cast),
    volunteerNotesContact(cast),
    volunteerAcceptsMatch(cast),
    signsIn(cast, addresses),
  ];
}

/** The bare endpoint's one request, judged the same way. */
export function bareHello(): Scenario {
  return {
    name: 'bare GraphQL endpoint ({ hello })',
    weight: 1,
    next: () => ({ body: body('{ hello }'), judge: (answer) => verdict(answer, (data) => (data.hello === 'world' ? null : 'wrong answer')) }),
  };
}

/**
 * The least a signed-in request can cost: the session looked up, one trivial field answered. The
 * CPU table shows it beside the journeys, so what each journey adds of its own can be read off.
 */
export function signedInFloor(cast: LoadCast): Scenario {
  const session = cycle(cast.activeMatches.map((m) => m.person));
  return {
    name: 'signed-in floor ({ __typename } with a session)',
    weight: 1,
    next: () => ({ body: body('{ __typename }'), cookie: session().cookie, judge: (answer) => verdict(answer, (data) => (data.__typename === 'Query' ? null : 'wrong answer')) }),
  };
}
