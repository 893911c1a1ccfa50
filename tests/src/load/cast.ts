/**
 * The people the load acts as, prepared through the API as they would get there themselves: link
 * workers read suggestions and propose; volunteers and people sign in and say yes. The result is a
 * pool of real sessions, active matches, and fresh proposals waiting for a volunteer's answer.
 */
import { LoadClient, SignInAddresses, cookieFrom } from './http-client.ts';
import { body, PROPOSE, RESPOND, SEND_MESSAGE, SIGN_IN, SUGGEST } from './operations.ts';
import type { LoadScheme } from './scheme.ts';
import { readAnswer } from './verdicts.ts';

export type Session = { email: string; cookie: string };
export type ActiveMatch = { matchId: string; volunteer: Session; person: Session };
export type Proposal = { matchId: string; volunteer: Session };

export type LoadCast = {
  linkWorkerCookies: string[];
  activeMatches: ActiveMatch[];
  proposals: Proposal[];
  /** Waiting requests nobody proposes for during the run: what link workers review. */
  reviewRequestIds: string[];
  signInEmails: string[];
  password: string;
};

/** Runs `work` over `items` with at most `concurrency` at once. */
export async function inParallel<T, R>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Setup calls at once, spread over the processes. */
const SETUP_CONCURRENCY = 8;

type Call = (query: string, variables: Record<string, unknown>, cookie?: string, localAddress?: string) => Promise<{ data: Record<string, unknown>; setCookies: string[] }>;

/** Calls the API processes in turn; setup must succeed, so any error stops the run. */
function caller(client: LoadClient, origins: string[]): Call {
  let turn = 0;
  return async (query, variables, cookie, localAddress) => {
    const answer = await client.postGraphQL(origins[turn++ % origins.length]!, body(query, variables), { cookie, localAddress });
    const read = readAnswer(answer);
    if ('problem' in read) throw new Error(`setup call failed: ${read.problem}`);
    return { data: read.data, setCookies: answer.setCookies };
  };
}

export async function prepareCast(
  client: LoadClient,
  origins: string[],
  scheme: LoadScheme,
  counts: { activeMatches: number; proposals: number; signInPool: number },
  addresses: SignInAddresses,
  progress: (line: string) => void = () => {},
): Promise<LoadCast> {
  const call = caller(client, origins);
  const linkWorkerCookies = scheme.linkWorkers.map((lw) => lw.client.cookieHeader());
  const sessions = new Map<string, Promise<Session>>();
  const signIn = (email: string) => {
    let session = sessions.get(email);
    if (!session) {
      session = call(SIGN_IN, { input: { email, password: scheme.password } }, undefined, addresses.next()).then(({ setCookies }) => {
        const cookie = cookieFrom(setCookies);
        if (!cookie) throw new Error(`signing in ${email} set no session cookie`);
        return { email, cookie };
      });
      sessions.set(email, session);
    }
    return session;
  };
  const volunteerEmail = new Map(scheme.volunteers.map((v) => [v.id, v.email]));

  /** What a link worker does on the suggestions page: propose the best volunteer who can still take it. */
  const propose = async (requestId: string, i: number): Promise<{ matchId: string; volunteerEmail: string } | null> => {
    const cookie = linkWorkerCookies[i % linkWorkerCookies.length]!;
    const { data } = await call(SUGGEST, { requestId, limit: 10 }, cookie);
    const suggestions = (data.suggestMatches as { suggestions: Array<{ volunteerId: string }> }).suggestions;
    for (const { volunteerId } of suggestions.slice(0, 3)) {
      try {
        const proposed = await call(PROPOSE, { input: { requestId, volunteerId } }, cookie);
        return { matchId: (proposed.data.proposeMatch as { id: string }).id, volunteerEmail: volunteerEmail.get(volunteerId)! };
      } catch {
        // Taken meanwhile (capacity, or the other process's index is a moment behind): the next suggestion.
      }
    }
    return null;
  };
  const accept = (matchId: string, cookie: string) => call(RESPOND, { input: { matchId, accept: true } }, cookie);

  const activeMatches = (
    await inParallel(scheme.people.slice(0, counts.activeMatches), SETUP_CONCURRENCY, async (person, i): Promise<ActiveMatch | null> => {
      if (i > 0 && i % 50 === 0) progress(`${i} of ${counts.activeMatches} matches made`);
      const proposed = await propose(person.requestId, i);
      if (!proposed) return null;
      const volunteer = await signIn(proposed.volunteerEmail);
      await accept(proposed.matchId, volunteer.cookie);
      const personSession = await signIn(person.email);
      await accept(proposed.matchId, personSession.cookie);
      // A few words each way, so the person has a conversation to read.
      await call(SEND_MESSAGE, { input: { matchId: proposed.matchId, body: 'Hello, I am looking forward to our first chat.' } }, volunteer.cookie);
      await call(SEND_MESSAGE, { input: { matchId: proposed.matchId, body: 'Thank you, Tuesday afternoon suits me.' } }, personSession.cookie);
      return { matchId: proposed.matchId, volunteer, person: personSession };
    })
  ).filter((m): m is ActiveMatch => m !== null);

  const forProposals = scheme.referredRequestIds.slice(0, counts.proposals);
  const proposals = (
    await inParallel(forProposals, SETUP_CONCURRENCY, async (requestId, i): Promise<Proposal | null> => {
      if (i > 0 && i % 100 === 0) progress(`${i} of ${forProposals.length} proposals made`);
      const proposed = await propose(requestId, i);
      return proposed ? { matchId: proposed.matchId, volunteer: await signIn(proposed.volunteerEmail) } : null;
    })
  ).filter((p): p is Proposal => p !== null);

  // Sign-ins during the run are by volunteers not otherwise in the load.
  const busy = new Set(sessions.keys());
  const signInEmails = scheme.volunteers.map((v) => v.email).filter((email) => !busy.has(email)).slice(0, counts.signInPool);
  return {
    linkWorkerCookies,
    activeMatches,
    proposals,
    reviewRequestIds: scheme.referredRequestIds.slice(counts.proposals),
    signInEmails,
    password: scheme.password,
  };
}
