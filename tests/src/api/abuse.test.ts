/**
 * The abuse regression suite (shared/SECURITY.md), against Kindred configured for production.
 * Each attack must be refused as a whole, quickly, with a code, and leave the server healthy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { expectErrorCode, expectRejected, expectSuccess, REJECTION_CODES, timed } from '../support/assertions.ts';
import { buildPerson, defaultScheme } from '../support/factories.ts';
import { toResult, type GraphQLResult } from '../support/graphql-client.ts';
import { startTestKindred } from '../support/kindred.ts';
import { ME, SIGN_IN, SIGN_OUT, SIGN_UP } from '../support/operations.ts';

const kindred = await startTestKindred({ env: { NODE_ENV: 'production' } });
afterAll(() => kindred.close());

const FAST_MS = 1_000;
/** A variable of the wrong type or shape is refused before anything runs. */
const REJECTION_CODES_FOR_VARIABLES = [...REJECTION_CODES];
const repeat = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join(' ');

/** Runs an attack, checks it was answered within FAST_MS, and returns the answer. */
async function attack(send: () => Promise<GraphQLResult<unknown>>): Promise<GraphQLResult<unknown>> {
  const { ms, value } = await timed(send);
  expect(ms, `answered in ${Math.round(ms)} ms`).toBeLessThan(FAST_MS);
  return value;
}

const post = (query: string, variables?: Record<string, unknown>) => () => kindred.person().graphql(query, variables);

async function accountExists(email: string, password: string): Promise<boolean> {
  const result = await kindred.person().graphql(SIGN_IN, { input: { email, password } });
  return Boolean(result.data?.signIn);
}

async function signUpVariables() {
  const details = buildPerson();
  return { details, variables: { input: { ...details, schemeId: (await defaultScheme(kindred)).id, role: 'SEEKER' } } };
}

describe('refuses queries built to exhaust the server', () => {
  it('refuses a query 20 levels deep', async () => {
    // The foundation's own types do not nest; the introspection types do, as later types will.
    const deep = `query Deep { __type(name: "Query") { ${'fields { type { '.repeat(10)}name${' }'.repeat(20)} } }`;
    expectRejected(await attack(post(deep)));
  });

  it('refuses 1,000 aliases of a cheap field', async () => {
    expectRejected(await attack(post(`query { ${repeat(1000, (i) => `a${i}: __typename`)} }`)));
  });

  it('refuses 10,000 copies of one field', async () => {
    expectRejected(await attack(post(`query { me { ${repeat(10_000, () => 'id')} } }`)));
  });

  it('refuses 500 copies of one directive', async () => {
    expectRejected(await attack(post(`query { __typename ${repeat(500, () => '@include(if: true)')} }`)));
  });

  it('refuses fragments that spread each other in a circle', async () => {
    const query = 'query { ...A } fragment A on Query { schemes { id } ...B } fragment B on Query { me { id } ...A }';
    expectRejected(await attack(post(query)));
  });

  it('refuses 100 aliased sign-ins in one request', async () => {
    const fields = repeat(100, (i) => `s${i}: signIn(input: { email: "x${i}@example.org", password: "guess number ${i}" }) { id }`);
    expectRejected(await attack(post(`mutation { ${fields} }`)));
  });

  it('refuses a JSON array of 50 operations', async () => {
    const batch = JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ schemes { id } }' })));
    const result = await attack(() => kindred.person().postGraphQL(batch));
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(Array.isArray(JSON.parse(result.text || 'null')), 'no batch of results came back').toBe(false);
    expectRejected(result);
  });

  it('refuses a 1 MB query', async () => {
    const result = await attack(post(`query { ${' '.repeat(1024 * 1024)} schemes { id } }`));
    if (result.status === 413) {
      // Refused by the body limit before GraphQL saw it; still answered with a code.
      expect(result.errors?.[0]?.extensions?.code, result.text).toBeTypeOf('string');
      return;
    }
    expectRejected(result);
  });

  it('refuses a 5 MB body with HTTP 413', async () => {
    const body = JSON.stringify({ query: '{ schemes { id } }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } });
    const result = await attack(() => kindred.person().postGraphQL(body));
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.code, result.text).toBeTypeOf('string');
  });
});

describe('does not tell an attacker about the schema', () => {
  it('refuses introspection', async () => {
    expectRejected(await attack(post('query { __schema { types { name fields { name } } } }')));
  });

  it('gives no field suggestions', async () => {
    const result = await attack(post('query { schemez { id } mee { id } }'));
    expectRejected(result);
    expect(result.text).not.toMatch(/did you mean/i);
    expect(result.text).not.toMatch(/"schemes"|"me"/);
  });
});

describe('refuses cross-site requests', () => {
  it('refuses a text/plain POST, and the mutation does not run', async () => {
    const { details, variables } = await signUpVariables();
    const result = await attack(async () =>
      toResult(
        await kindred.person().fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query: SIGN_UP, variables }),
        }),
      ),
    );
    expect(result.status).toBe(400);
    expectErrorCode(result, 'BAD_REQUEST');
    expect(await accountExists(details.email, details.password)).toBe(false);
  });

  it('refuses a mutation sent with GET, and it does not run', async () => {
    const { details, variables } = await signUpVariables();
    const params = new URLSearchParams({ query: SIGN_UP, variables: JSON.stringify(variables) });
    const result = await attack(async () =>
      toResult(await kindred.person().fetch(`/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } })),
    );
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code, result.text).toBeTypeOf('string');
    expect(await accountExists(details.email, details.password)).toBe(false);
  });
});

describe('refuses huge numbers and fragment bombs', () => {
  it('refuses `first: $n` with n = 1e9 sent through variables', async () => {
    const query = 'query Page($n: Int!) { auditEvents(first: $n) { __typename } }';
    const result = await attack(post(query, { n: 1e9 }));
    // Whoever asks (here nobody), a billion rows are never fetched: refused with a code and no data.
    expect(result.data?.['auditEvents' as never] ?? null, result.text).toBeNull();
    expect(result.errors?.[0]?.extensions?.code, result.text).toBeTypeOf('string');
    expect(result.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('refuses an Int past 32 bits sent through variables', async () => {
    const result = await attack(post('query Page($n: Int!) { auditEvents(first: $n) { __typename } }', { n: 1e12 }));
    expect(result.data ?? null).toBeNull();
    expect(['BAD_USER_INPUT', ...REJECTION_CODES_FOR_VARIABLES], result.text).toContain(result.errors?.[0]?.extensions?.code);
  });

  it('refuses a fragment bomb (each fragment spreads the next ten times)', async () => {
    const levels = 8;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ${repeat(10, () => `...F${i + 1}`)} }`,
    ).join(' ');
    expectRejected(await attack(post(`query Bomb { ...F0 } ${fragments}`)));
  });
});

describe('refuses cross-site requests from a foreign Origin', () => {
  it('runs no mutation sent as a form from another site', async () => {
    const { details, variables } = await signUpVariables();
    const result = await attack(async () =>
      toResult(
        await kindred.person().fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
          body: new URLSearchParams({ query: SIGN_UP, variables: JSON.stringify(variables) }).toString(),
        }),
      ),
    );
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.data ?? null).toBeNull();
    expect(await accountExists(details.email, details.password)).toBe(false);
  });

  it('does not let another site read answers (no CORS permission for a foreign Origin)', async () => {
    const response = await kindred.person().fetch('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,apollo-require-preflight',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('refuses mass assignment', () => {
  it('does not make an ADMIN of someone who signs up with role: ADMIN', async () => {
    const { details, variables } = await signUpVariables();
    const person = kindred.person();
    const result = await attack(() => person.graphql(SIGN_UP, { input: { ...variables.input, role: 'ADMIN' } }));
    expectErrorCode(result, 'BAD_USER_INPUT');
    expect(await accountExists(details.email, details.password)).toBe(false);
  });

  it('refuses an input field the schema does not have (isAdmin: true)', async () => {
    const { details, variables } = await signUpVariables();
    const result = await attack(post(SIGN_UP, { input: { ...variables.input, isAdmin: true } }));
    expect(result.data ?? null).toBeNull();
    expect(['BAD_USER_INPUT', ...REJECTION_CODES_FOR_VARIABLES], result.text).toContain(result.errors?.[0]?.extensions?.code);
    expect(await accountExists(details.email, details.password)).toBe(false);
  });
});

describe('sessions and load', () => {
  it('does not accept a session cookie copied before signing out', async () => {
    const { variables } = await signUpVariables();
    const person = kindred.person();
    expectSuccess(await person.graphql(SIGN_UP, variables));
    const copy = person.cloneAs('copied cookie');
    expectSuccess(await person.graphql(SIGN_OUT));
    const result = await attack(() => copy.graphql(ME));
    expect((expectSuccess(result) as { me?: unknown }).me ?? null).toBeNull();
  });

  it('answers 40 concurrent slow operations (password checks) without falling over', async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        kindred.person().graphql(SIGN_IN, { input: { email: `slow-${i}@example.org`, password: 'not the password at all' } }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`abuse: 40 concurrent sign-ins answered in ${seconds.toFixed(1)} s`);
    for (const result of results) {
      expect(result.status, result.text).toBeLessThan(500);
      expect(['UNAUTHENTICATED', 'TOO_MANY_REQUESTS'], result.text).toContain(result.errors?.[0]?.extensions?.code);
    }
    expect(seconds).toBeLessThan(20);
    expect((await kindred.person().fetch('/healthz')).status).toBe(200);
  });
});

describe('after all of that', () => {
  it('is still healthy and still answers ordinary queries', async () => {
    expect((await kindred.person().fetch('/healthz')).status).toBe(200);
    const result = await kindred.person().graphql('{ schemes { id } }');
    expect(result.errors).toBeUndefined();
  });
});
