import { afterAll, describe, expect, it } from 'vitest';
import { displayNameProblem, emailProblem, newPasswordProblem } from '@kindred/shared';
import { expectFieldProblem } from '../support/assertions.ts';
import { buildPerson, defaultScheme } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN, SIGN_UP } from '../support/operations.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

/** Sends signUp with valid details except for `changes`, and checks no account was made. */
async function signUpWith(changes: Record<string, unknown>) {
  const scheme = await defaultScheme(kindred);
  const details = buildPerson();
  const input = { ...details, schemeId: scheme.id, role: 'SEEKER', ...changes };
  const client = kindred.person();
  const result = await client.graphql(SIGN_UP, { input });
  expect(result.data?.signUp ?? null, 'no viewer is returned').toBeNull();
  expect(client.cookies.size, 'no session cookie is set').toBe(0);
  const signIn = await kindred.person().graphql(SIGN_IN, { input: { email: input.email, password: input.password } });
  expect(signIn.data?.signIn ?? null, 'no account was created').toBeNull();
  return result;
}

describe('signUp refuses bad input and names the field', () => {
  it('refuses an email address that is not one', async () => {
    const message = expectFieldProblem(await signUpWith({ email: 'sam.example.org' }), 'email');
    expect(message).toBe(emailProblem('sam.example.org'));
  });

  it('refuses a short password', async () => {
    const message = expectFieldProblem(await signUpWith({ password: 'short' }), 'password');
    expect(message).toBe(newPasswordProblem('short'));
  });

  it('refuses an empty name', async () => {
    const message = expectFieldProblem(await signUpWith({ displayName: '   ' }), 'displayName');
    expect(message).toBe(displayNameProblem('   '));
  });

  it('refuses a name with hidden direction-changing characters', async () => {
    expectFieldProblem(await signUpWith({ displayName: 'Sam\u202Eevil' }), 'displayName');
  });

  it('refuses a scheme that does not exist', async () => {
    expectFieldProblem(await signUpWith({ schemeId: '00000000-0000-4000-8000-000000000000' }), 'schemeId');
  });

  it('names every wrong field at once', async () => {
    const result = await signUpWith({ email: '', password: '', displayName: '' });
    for (const field of ['email', 'password', 'displayName']) expectFieldProblem(result, field);
  });
});

describe('signUp cannot grant more than a self-service role', () => {
  it.each(['ADMIN', 'LINK_WORKER', 'COMMUNITY_BUILDER'])('refuses role %s in the input', async (role) => {
    const result = await signUpWith({ role });
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it('refuses ADMIN written into the query itself', async () => {
    const scheme = await defaultScheme(kindred);
    const details = buildPerson();
    const client = kindred.person();
    const result = await client.graphql(
      `mutation { signUp(input: { email: "${details.email}", password: "${details.password}", displayName: "Mallory",
        schemeId: "${scheme.id}", role: ADMIN }) { id memberships { role } } }`,
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data?.signUp ?? null).toBeNull();
    expect(client.cookies.size).toBe(0);
  });

  it('refuses extra fields such as isAdmin', async () => {
    const result = await signUpWith({ isAdmin: true, memberships: [{ role: 'ADMIN' }] });
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
