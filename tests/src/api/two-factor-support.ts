/** People and operations for the two-factor tests: these people's clients do nothing by themselves. */
import { expect } from 'vitest';
import { expectSuccess } from '../support/assertions.ts';
import { buildPerson, defaultScheme, theAdmin, type PersonDetails } from '../support/factories.ts';
import type { Person, TestKindred } from '../support/kindred.ts';
import { GRANT_ROLE, SIGN_IN, SIGN_UP, VIEWER_FIELDS, type Role, type Scheme, type Viewer } from '../support/operations.ts';
import { STEP_MS, stepAt, totpCode } from '../support/totp.ts';

export const TWO_FACTOR = 'twoFactor { enabled required verified }';
export const ME_WITH_TWO_FACTOR = `query { me { ${VIEWER_FIELDS} ${TWO_FACTOR} } }`;
export const START_SETUP = 'mutation StartTwoFactorSetup { startTwoFactorSetup { secret otpauthUri qrSvg } }';
export const CONFIRM_SETUP = 'mutation ConfirmTwoFactorSetup($code: String!) { confirmTwoFactorSetup(code: $code) }';
export const VERIFY_CODE = `mutation VerifySignInCode($code: String!) { verifySignInCode(code: $code) { ${VIEWER_FIELDS} ${TWO_FACTOR} } }`;

export type TwoFactorState = { enabled: boolean; required: boolean; verified: boolean };
export type ViewerWithTwoFactor = Viewer & { twoFactor: TwoFactorState };
export type Setup = { secret: string; otpauthUri: string; qrSvg: string };

export type Staff = { client: Person; details: PersonDetails; scheme: Scheme };
export type EnrolledStaff = Staff & { secret: string; recoveryCodes: string[] };

/** The code a phone shows `offset` steps from now. */
export const codeAt = (secret: string, offset = 0) => totpCode(secret, stepAt() + offset);

/** Waits out the end of a time step when less than `ms` of it is left, so a code stays in its step. */
export async function awayFromStepEdge(ms = 4_000): Promise<void> {
  const left = STEP_MS - (Date.now() % STEP_MS);
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** Waits for the next time step to begin: the codes used so far are all in the past. */
export async function nextStep(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 100));
}

export const manualPerson = (kindred: TestKindred, label: string) => kindred.person(label, { secondFactor: 'manual' });

/** Another client holding the same cookies (a second tab, or a copied cookie), doing nothing by itself. */
export function manualCopyOf(kindred: TestKindred, client: Person, label: string): Person {
  const copy = manualPerson(kindred, label);
  for (const [name, value] of client.cookies) copy.cookies.set(name, value);
  return copy;
}

/** Someone who signed up as a volunteer and was then given `role` by the admin; signed in, no authenticator. */
export async function staffWithoutAuthenticator(kindred: TestKindred, role: Role = 'LINK_WORKER', label = 'Lee Staff'): Promise<Staff> {
  const details = buildPerson({ displayName: label });
  const scheme = await defaultScheme(kindred);
  const client = manualPerson(kindred, label);
  expectSuccess(await client.graphql(SIGN_UP, { input: { ...details, schemeId: scheme.id, role: 'VOLUNTEER' } }));
  const { client: admin } = await theAdmin(kindred);
  expectSuccess(await admin.graphql(GRANT_ROLE, { input: { email: details.email, schemeId: scheme.id, role } }));
  return { client, details, scheme };
}

export async function startSetup(client: Person): Promise<Setup> {
  return expectSuccess(await client.graphql<{ startTwoFactorSetup: Setup }>(START_SETUP)).startTwoFactorSetup;
}

/** Sets up an authenticator in the person's current session, confirmed with the code of this step. */
export async function enrol(client: Person): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await startSetup(client);
  await awayFromStepEdge();
  const recoveryCodes = expectSuccess(await client.graphql<{ confirmTwoFactorSetup: string[] }>(CONFIRM_SETUP, { code: codeAt(secret) })).confirmTwoFactorSetup;
  return { secret, recoveryCodes };
}

export async function enrolledStaff(kindred: TestKindred, role: Role = 'LINK_WORKER', label = 'Lee Staff'): Promise<EnrolledStaff> {
  const staff = await staffWithoutAuthenticator(kindred, role, label);
  return { ...staff, ...(await enrol(staff.client)) };
}

/** A new browser signing in with the password only: the session waits for its code. */
export async function signInWithPassword(kindred: TestKindred, details: PersonDetails, label = details.displayName): Promise<Person> {
  const client = manualPerson(kindred, label);
  expectSuccess(await client.graphql(SIGN_IN, { input: { email: details.email, password: details.password } }));
  return client;
}

export async function twoFactorOf(client: Person): Promise<TwoFactorState> {
  const me = expectSuccess(await client.graphql<{ me: ViewerWithTwoFactor | null }>(ME_WITH_TWO_FACTOR)).me;
  expect(me, 'signed in').not.toBeNull();
  return me!.twoFactor;
}

export function verify(client: Person, code: string) {
  return client.graphql<{ verifySignInCode: ViewerWithTwoFactor }>(VERIFY_CODE, { code });
}

/** The audit events about one account, oldest first: action and outcome. */
export async function auditOf(kindred: TestKindred, userId: string): Promise<Array<{ action: string; outcome: string }>> {
  return kindred.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ action: string; outcome: string }>>('select action, outcome from audit_event where subject_id = ? order by at, id', [userId]);
}
