import { afterAll, describe, expect, it } from 'vitest';
import { buildKindredSchema, rootFieldsWithoutAccessRule } from '@kindred/server';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, defaultScheme, signUp, signUpAs, theAdmin } from '../support/factories.ts';
import type { Person } from '../support/graphql-client.ts';
import { startTestKindred } from '../support/kindred.ts';
import { CREATE_SCHEME, GRANT_ROLE, ME, REVOKE_ROLE, SCHEMES, type Scheme, type Viewer } from '../support/operations.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

type Caller = { who: string; client: () => Promise<Person>; code: string };

const callers: Caller[] = [
  { who: 'nobody signed in', client: async () => kindred.person('nobody'), code: 'UNAUTHENTICATED' },
  { who: 'a SEEKER', client: async () => (await signUpAs(kindred, 'SEEKER')).client, code: 'FORBIDDEN' },
  { who: 'a VOLUNTEER', client: async () => (await signUpAs(kindred, 'VOLUNTEER')).client, code: 'FORBIDDEN' },
];

async function schemeNames(): Promise<string[]> {
  return expectSuccess(await kindred.person().graphql<{ schemes: Scheme[] }>(SCHEMES)).schemes.map((s) => s.name);
}

async function rolesOf(client: Person): Promise<string[]> {
  const me = expectSuccess(await client.graphql<{ me: Viewer }>(ME)).me;
  return me.memberships.map((m) => m.role).sort();
}

describe('deny by default', () => {
  it('every root field of the schema declares who may call it', async () => {
    const schema = await buildKindredSchema();
    expect(rootFieldsWithoutAccessRule(schema)).toEqual([]);
    // The check looks at the real schema: the contract's root fields are all there.
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(fields).toEqual(expect.arrayContaining(['me', 'schemes', 'signUp', 'signIn', 'createScheme', 'grantRole', 'revokeRole']));
  });
});

describe.each(callers)('admin-only mutations refuse $who', ({ client: makeClient, code }) => {
  it('refuses createScheme, and no scheme appears', async () => {
    const client = await makeClient();
    const result = await client.graphql(CREATE_SCHEME, { input: { name: 'Sneaky scheme', area: 'Nowhere' } });
    expectErrorCode(result, code);
    expect(await schemeNames()).not.toContain('Sneaky scheme');
  });

  it('refuses grantRole, and the role is not granted', async () => {
    const client = await makeClient();
    const target = await signUp(kindred, 'SEEKER');
    const scheme = await defaultScheme(kindred);
    const result = await client.graphql(GRANT_ROLE, { input: { email: target.details.email, schemeId: scheme.id, role: 'ADMIN' } });
    expectErrorCode(result, code);
    expect(await rolesOf(target.client)).toEqual(['SEEKER']);
  });

  it('refuses revokeRole, and the role stays', async () => {
    const client = await makeClient();
    const target = await signUp(kindred, 'VOLUNTEER');
    const scheme = await defaultScheme(kindred);
    const result = await client.graphql(REVOKE_ROLE, { input: { email: target.details.email, schemeId: scheme.id, role: 'VOLUNTEER' } });
    expectErrorCode(result, code);
    expect(await rolesOf(target.client)).toEqual(['VOLUNTEER']);
  });
});

describe('an admin', () => {
  it('creates a scheme that people can then choose', async () => {
    const { client } = await theAdmin(kindred);
    expectSuccess(await client.graphql(CREATE_SCHEME, { input: { name: 'Calderdale Connect', area: 'Calderdale' } }));
    expect(await schemeNames()).toContain('Calderdale Connect');
  });

  it('grants and revokes a staff role, which the person sees at once', async () => {
    const { client: admin, scheme } = await theAdmin(kindred);
    const person = await signUp(kindred, 'VOLUNTEER', buildPerson(), scheme);
    const grant = { email: person.details.email, schemeId: scheme.id, role: 'LINK_WORKER' };

    expectSuccess(await admin.graphql(GRANT_ROLE, { input: grant }));
    expect(await rolesOf(person.client)).toEqual(['LINK_WORKER', 'VOLUNTEER']);

    expectSuccess(await admin.graphql(REVOKE_ROLE, { input: grant }));
    expect(await rolesOf(person.client)).toEqual(['VOLUNTEER']);
  });

  it('appoints a link worker in a scheme they have just created', async () => {
    const { client: admin } = await theAdmin(kindred);
    const created = expectSuccess(
      await admin.graphql<{ createScheme: Scheme }>(CREATE_SCHEME, { input: { name: 'Kirklees Together', area: 'Kirklees' } }),
    ).createScheme;
    const person = await signUp(kindred, 'VOLUNTEER', buildPerson(), created);

    const result = await admin.graphql(GRANT_ROLE, { input: { email: person.details.email, schemeId: created.id, role: 'LINK_WORKER' } });

    expectSuccess(result);
    expect(await rolesOf(person.client)).toEqual(['LINK_WORKER', 'VOLUNTEER']);
  });
});
