import { afterAll, describe, expect, it } from 'vitest';
import { errorCodes, expectErrorCode, expectSuccess, timed } from '../support/assertions.ts';
import { buildPerson, defaultScheme, signIn, signUp } from '../support/factories.ts';
import { parseSetCookie } from '../support/graphql-client.ts';
import { startTestKindred } from '../support/kindred.ts';
import { ME, SIGN_IN, SIGN_OUT, SIGN_UP, type Viewer } from '../support/operations.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

type Me = { me: Viewer | null };

const signInWith = (email: string, password: string) => kindred.person().graphql(SIGN_IN, { input: { email, password } });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe('refuses and reveals nothing', () => {
  it('gives the same answer for a wrong password and an unknown email, and signs nobody in', async () => {
    const { details } = await signUp(kindred, 'SEEKER');
    const wrongPassword = kindred.person('guesser');
    const unknownEmail = kindred.person('guesser 2');

    const a = await wrongPassword.graphql(SIGN_IN, { input: { email: details.email, password: 'not the password at all' } });
    const b = await unknownEmail.graphql(SIGN_IN, { input: { email: 'nobody-here@example.org', password: 'not the password at all' } });

    expectErrorCode(a, 'UNAUTHENTICATED');
    expectErrorCode(b, 'UNAUTHENTICATED');
    expect(a.errors?.[0]?.message).toBe(b.errors?.[0]?.message);
    expect(a.status).toBe(b.status);
    expect(a.data?.signIn ?? null).toBeNull();
    expect(wrongPassword.cookies.size, 'a failed sign-in sets no session cookie').toBe(0);
    expect((await wrongPassword.graphql<Me>(ME)).data?.me).toBeNull();
  });

  it('does not accept a session cookie again after signing out', async () => {
    const { client } = await signUp(kindred, 'VOLUNTEER');
    const copied = client.cloneAs('someone holding a copy of the cookie');
    expect((await copied.graphql<Me>(ME)).data?.me, 'the copy works before sign-out').not.toBeNull();

    expect(expectSuccess(await client.graphql<{ signOut: boolean }>(SIGN_OUT)).signOut).toBe(true);

    expect(expectSuccess(await copied.graphql<Me>(ME)).me).toBeNull();
    expect(expectSuccess(await client.graphql<Me>(ME)).me).toBeNull();
  });

  it('signs out a person who is not signed in without an error', async () => {
    const nobody = kindred.person('nobody');
    const result = await nobody.graphql<{ signOut: boolean }>(SIGN_OUT);
    expect(result.errors).toBeUndefined();
  });

  it('answers `me` with null for a visitor', async () => {
    expect(expectSuccess(await kindred.person().graphql<Me>(ME)).me).toBeNull();
  });

  it('takes about as long to refuse an unknown email as a wrong password', async () => {
    const { details } = await signUp(kindred, 'SEEKER');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push((await timed(() => signInWith(details.email, `wrong password ${i}`))).ms);
      unknown.push((await timed(() => signInWith(`nobody-${i}@example.org`, `wrong password ${i}`))).ms);
    }
    const ratio = median(unknown) / median(known);
    expect(ratio, `medians: unknown ${median(unknown).toFixed(1)} ms, known ${median(known).toFixed(1)} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('creates exactly one account when the same email signs up many times at once', async () => {
    const scheme = await defaultScheme(kindred);
    const email = buildPerson().email;
    const attempts = Array.from({ length: 8 }, (_, i) => buildPerson({ email, password: `attempt number ${i} password` }));

    const results = await Promise.all(
      attempts.map((details) =>
        kindred.person().graphql<{ signUp: Viewer }>(SIGN_UP, { input: { ...details, schemeId: scheme.id, role: 'SEEKER' } }),
      ),
    );

    const succeeded = results.filter((r) => r.data?.signUp);
    expect(succeeded, 'exactly one sign-up succeeds').toHaveLength(1);
    const failures = results.filter((r) => !r.data?.signUp).flatMap(errorCodes);
    expect(failures, 'the others are told plainly, not with a server error').not.toContain('INTERNAL_SERVER_ERROR');
    // Only the winner's password opens the one account.
    const signIns = await Promise.all(attempts.map((details) => signInWith(email, details.password)));
    expect(signIns.filter((r) => r.data?.signIn)).toHaveLength(1);
  });
});

describe('accounts', () => {
  it.each(['SEEKER', 'VOLUNTEER'] as const)('signs up as %s, signed in at once with that role in the scheme', async (role) => {
    const scheme = await defaultScheme(kindred);
    const details = buildPerson({ displayName: 'Ruth' });
    const client = kindred.person('Ruth');

    const result = await client.graphql<{ signUp: Viewer }>(SIGN_UP, { input: { ...details, schemeId: scheme.id, role } });

    const viewer = expectSuccess(result).signUp;
    expect(viewer).toMatchObject({ email: details.email, displayName: 'Ruth' });
    expect(viewer.memberships).toEqual([{ role, scheme }]);
    expect(expectSuccess(await client.graphql<Me>(ME)).me).toEqual(viewer);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax', async () => {
    const scheme = await defaultScheme(kindred);
    const client = kindred.person();
    const result = await client.graphql(SIGN_UP, { input: { ...buildPerson(), schemeId: scheme.id, role: 'SEEKER' } });

    const cookies = result.headers.getSetCookie().map(parseSetCookie);
    expect(cookies.length, 'signUp sets a session cookie').toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie?.attributes.has('httponly'), `${cookie?.name} is HttpOnly`).toBe(true);
      expect(cookie?.attributes.get('samesite')?.toLowerCase(), `${cookie?.name} is SameSite=Lax`).toBe('lax');
      expect(cookie?.attributes.get('path'), `${cookie?.name} is sent for the whole site`).toBe('/');
    }
  });

  it('signs out, then signs back in with the same email and password', async () => {
    const { client, details, viewer } = await signUp(kindred, 'VOLUNTEER');
    expectSuccess(await client.graphql(SIGN_OUT));
    expect(expectSuccess(await client.graphql<Me>(ME)).me).toBeNull();

    const again = await signIn(kindred, details, client);

    expect(again.viewer).toEqual(viewer);
    expect(expectSuccess(await client.graphql<Me>(ME)).me).toEqual(viewer);
  });

  it('treats an email address the same whatever its capitals and spaces', async () => {
    const details = buildPerson();
    await signUp(kindred, 'SEEKER', { ...details, email: `  ${details.email.toUpperCase()} ` });
    const { viewer } = await signIn(kindred, details);
    expect(viewer.email).toBe(details.email);
  });
});
