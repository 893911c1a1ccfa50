/**
 * People and schemes for tests. Every test makes its own people (no demo data), through the API
 * where the API allows it. Only the first admin comes from the server directly (createAdmin below).
 */
import { randomBytes } from 'node:crypto';
import { createAdminAccount } from '@kindred/server';
import { expectSuccess } from './assertions.ts';
import type { Person, TestKindred } from './kindred.ts';
import { CREATE_SCHEME, GRANT_ROLE, REVOKE_ROLE, SIGN_IN, SIGN_UP, type Role, type Scheme, type Viewer } from './operations.ts';

export type PersonDetails = { email: string; password: string; displayName: string };
export type SignedIn = { client: Person; details: PersonDetails; viewer: Viewer };

let sequence = 0;

/** Fresh, valid sign-up details; every call gives a different email address. */
export function buildPerson(overrides: Partial<PersonDetails> = {}): PersonDetails {
  sequence += 1;
  const tag = `${sequence}-${randomBytes(3).toString('hex')}`;
  return {
    email: `person-${tag}@example.org`,
    password: `correct horse battery ${tag}`,
    displayName: `Sam ${sequence}`,
    ...overrides,
  };
}

export type Admin = SignedIn & { scheme: Scheme };

/**
 * The one place that makes an ADMIN: the API has no way to become one, so it goes through the
 * server's own helper (the one an operator uses to set up an installation), which also makes the
 * scheme they administer.
 */
export async function createAdmin(
  kindred: TestKindred,
  details = buildPerson({ displayName: 'Alex Admin' }),
  scheme = { name: `Befriending scheme ${++sequence}`, area: 'Leeds' },
): Promise<Admin> {
  const { schemeId } = await createAdminAccount(kindred.orm, { ...details, scheme });
  return { ...(await signIn(kindred, details)), scheme: { id: schemeId, ...scheme } };
}

const admins = new WeakMap<TestKindred, Promise<Admin>>();

/** One admin per running Kindred, made on first use, with the scheme people join by default. */
export function theAdmin(kindred: TestKindred): Promise<Admin> {
  let admin = admins.get(kindred);
  if (!admin) admins.set(kindred, (admin = createAdmin(kindred, undefined, { name: 'Leeds Befriending', area: 'Leeds' })));
  return admin;
}

/** The scheme people join unless a test says otherwise: the one administered by theAdmin. */
export async function defaultScheme(kindred: TestKindred): Promise<Scheme> {
  return (await theAdmin(kindred)).scheme;
}

/** A further scheme, made by the admin through createScheme. */
export async function createScheme(kindred: TestKindred, name = `Scheme ${++sequence}`): Promise<Scheme> {
  const { client } = await theAdmin(kindred);
  const result = await client.graphql<{ createScheme: Scheme }>(CREATE_SCHEME, { input: { name, area: 'Leeds' } });
  return expectSuccess(result).createScheme;
}

export async function signIn(kindred: TestKindred, details: PersonDetails, client = kindred.person(details.displayName)): Promise<SignedIn> {
  const result = await client.graphql<{ signIn: Viewer }>(SIGN_IN, {
    input: { email: details.email, password: details.password },
  });
  return { client, details, viewer: expectSuccess(result).signIn };
}

/** Signs up a SEEKER or VOLUNTEER through the API, signed in afterwards. */
export async function signUp(
  kindred: TestKindred,
  role: 'SEEKER' | 'VOLUNTEER',
  details = buildPerson(),
  scheme?: Scheme,
): Promise<SignedIn> {
  const schemeId = (scheme ?? (await defaultScheme(kindred))).id;
  const client = kindred.person(details.displayName);
  const result = await client.graphql<{ signUp: Viewer }>(SIGN_UP, { input: { ...details, schemeId, role } });
  return { client, details, viewer: expectSuccess(result).signUp };
}

/** A signed-in person holding `role` in the default scheme (staff roles are granted by the admin). */
export async function signUpAs(kindred: TestKindred, role: Role, details = buildPerson()): Promise<SignedIn> {
  if (role === 'SEEKER' || role === 'VOLUNTEER') return signUp(kindred, role, details);
  if (role === 'ADMIN') return createAdmin(kindred, details);
  const scheme = await defaultScheme(kindred);
  const person = await signUp(kindred, 'VOLUNTEER', details, scheme);
  const { client: admin } = await theAdmin(kindred);
  const grant = { email: details.email, schemeId: scheme.id };
  expectSuccess(await admin.graphql(GRANT_ROLE, { input: { ...grant, role } }));
  expectSuccess(await admin.graphql(REVOKE_ROLE, { input: { ...grant, role: 'VOLUNTEER' } }));
  return signIn(kindred, details, person.client);
}
