/**
 * Two-factor sign-in for test people, done the way a member of staff does it with a phone. Staff
 * roles count only after a code from an authenticator app (issue 7), so every test that signs staff
 * in needs one; this keeps them working without each test knowing:
 *
 * - a person (`Person`, the API client) who signs in, or is granted a staff role, is enrolled
 *   through the real mutations (startTwoFactorSetup, confirmTwoFactorSetup) if their account has a
 *   staff role and no authenticator, and completes the sign-in with verifySignInCode if it has one;
 * - the browser's sign-in code step is typed by `typeSignInCodes` (two-factor-browser.ts);
 * - the keys live here, by email, like an authenticator app on each person's phone; demo staff
 *   share the published demo key.
 *
 * Tests of two-factor sign-in itself use `kindred.person(label, { secondFactor: 'manual' })`.
 */
import { DEMO_PEOPLE, DEMO_TWO_FACTOR_SECRET } from '@kindred/server';
import type { GraphQLResult, Person } from './graphql-client.ts';
import { stepAt, STEP_MS, totpCode } from './totp.ts';

const STAFF_ROLES = ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'];

type Authenticator = { secret: string; recoveryCodes: string[]; lastStep: number | null };

/** Each person's "phone": their key, their unused recovery codes, and the last step they used. */
const phones = new Map<string, Authenticator>();
/** The API clients signed in as each email, so a role granted to someone reaches their sessions. */
const clients = new Map<string, Set<Person>>();

const keyOf = (email: string) => email.trim().toLowerCase();

/** Remembers an authenticator a test set up itself, so helpers can sign that person in later. */
export function rememberAuthenticator(email: string, secret: string, recoveryCodes: string[] = [], usedStep: number | null = null): void {
  phones.set(keyOf(email), { secret, recoveryCodes: [...recoveryCodes], lastStep: usedStep });
}

function authenticatorOf(email: string): Authenticator | undefined {
  const key = keyOf(email);
  let phone = phones.get(key);
  const demoStaff = DEMO_PEOPLE.find((p) => p.email === key && p.roles.some(([, role]) => STAFF_ROLES.includes(role)));
  if (!phone && demoStaff) phones.set(key, (phone = { secret: DEMO_TWO_FACTOR_SECRET, recoveryCodes: [], lastStep: null }));
  return phone;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A code the server will take now: each time step's code works once, and the server accepts the
 * step before and after the current one. The step before is used only while it cannot expire
 * before the request arrives. With all three used, a recovery code; with none left, wait.
 */
export async function nextSignInCode(email: string): Promise<string> {
  const phone = authenticatorOf(email);
  if (!phone) throw new Error(`The tests hold no authenticator for ${email}: was the account enrolled through the test support?`);
  for (;;) {
    const now = Date.now();
    const step = stepAt(now);
    const msLeft = (step + 1) * STEP_MS - now;
    const candidates = [...(msLeft > 5_000 ? [step - 1] : []), step, step + 1];
    const fresh = candidates.find((s) => phone.lastStep === null || s > phone.lastStep);
    if (fresh !== undefined) {
      phone.lastStep = fresh;
      return totpCode(phone.secret, fresh);
    }
    const recovery = phone.recoveryCodes.shift();
    if (recovery) return recovery;
    await sleep(msLeft + 100);
  }
}

export function knowsAuthenticator(email: string): boolean {
  return authenticatorOf(email) !== undefined;
}

type Me = { email: string; twoFactor: { enabled: boolean; required: boolean; verified: boolean } } | null;

async function raw<T>(person: Person, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
  return person.postGraphQL<T>(JSON.stringify({ query, variables }));
}

function fail(what: string, result: GraphQLResult<unknown>): never {
  throw new Error(`Test support could not ${what}: HTTP ${result.status} ${result.text.slice(0, 400)}`);
}

async function completeSignIn(person: Person, email: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const result = await raw<{ verifySignInCode: { id: string } }>(person, 'mutation ($code: String!) { verifySignInCode(code: $code) { id } }', {
      code: await nextSignInCode(email),
    });
    if (result.data?.verifySignInCode) return;
    // A code this person used outside the support (a test typing its own) makes ours a replay: take the next.
    if (attempt === 3) fail(`complete the sign-in of ${email} with a code`, result);
  }
}

async function enrol(person: Person, email: string): Promise<void> {
  const started = await raw<{ startTwoFactorSetup: { secret: string } }>(person, 'mutation { startTwoFactorSetup { secret } }');
  const secret = started.data?.startTwoFactorSetup.secret ?? fail(`start two-factor setup for ${email}`, started);
  rememberAuthenticator(email, secret);
  const confirmed = await raw<{ confirmTwoFactorSetup: string[] }>(person, 'mutation ($code: String!) { confirmTwoFactorSetup(code: $code) }', {
    code: await nextSignInCode(email),
  });
  const recoveryCodes = confirmed.data?.confirmTwoFactorSetup ?? fail(`confirm two-factor setup for ${email}`, confirmed);
  authenticatorOf(email)?.recoveryCodes.push(...recoveryCodes);
}

/** Makes this person's session count every role they hold, as a member of staff with a phone would. */
export async function ensureSecondFactor(person: Person): Promise<void> {
  const result = await raw<{ me: Me }>(person, '{ me { email twoFactor { enabled required verified } } }');
  const me = result.data?.me;
  if (!me) return;
  clients.set(keyOf(me.email), (clients.get(keyOf(me.email)) ?? new Set()).add(person));
  if (me.twoFactor.verified) return;
  if (me.twoFactor.enabled) {
    if (knowsAuthenticator(me.email)) await completeSignIn(person, me.email);
  } else if (me.twoFactor.required) {
    await enrol(person, me.email);
  }
}

const emailIn = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'email' in value && typeof value.email === 'string' ? value.email : undefined;

/**
 * Runs after each operation a Person sends with `graphql()`: after a sign-in, or a staff role
 * granted to someone, it finishes what a person with an authenticator app would do next.
 */
export async function afterOperation(person: Person, variables: Record<string, unknown> | undefined, result: GraphQLResult<unknown>): Promise<void> {
  const data = result.data;
  if (!data || typeof data !== 'object' || result.errors) return;
  const input = variables?.['input'];
  const signedIn = 'signIn' in data ? data.signIn : 'signUp' in data ? data.signUp : undefined;
  if (signedIn) {
    const email = emailIn(signedIn) ?? emailIn(input);
    if (email) clients.set(keyOf(email), (clients.get(keyOf(email)) ?? new Set()).add(person));
    if ('signIn' in data) await ensureSecondFactor(person);
  }
  if ('grantRole' in data && data.grantRole) {
    const email = emailIn(input);
    for (const client of email ? (clients.get(keyOf(email)) ?? []) : []) await ensureSecondFactor(client);
  }
}
