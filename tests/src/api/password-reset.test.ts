import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { newPasswordProblem } from '@kindred/shared';
import { expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { signIn, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo, resetLinkFor, tokenOf } from '../support/mail.ts';
import { ME, REQUEST_PASSWORD_RESET, RESET_PASSWORD, SIGN_IN, type Viewer } from '../support/operations.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

const NEW_PASSWORD = 'a brand new long passphrase';

async function requestReset(email: string) {
  return kindred.person().graphql<{ requestPasswordReset: boolean }>(REQUEST_PASSWORD_RESET, { input: { email } });
}

async function resetWith(token: string, newPassword = NEW_PASSWORD) {
  return kindred.person().graphql<{ resetPassword: boolean }>(RESET_PASSWORD, { input: { token, newPassword } });
}

async function canSignIn(email: string, password: string): Promise<boolean> {
  const result = await kindred.person().graphql<{ signIn: Viewer }>(SIGN_IN, { input: { email, password } });
  return Boolean(result.data?.signIn);
}

async function personWithResetLink(): Promise<SignedIn & { link: URL }> {
  const person = await signUp(kindred, 'SEEKER');
  const asked = new Date();
  expectSuccess(await requestReset(person.details.email));
  return { ...person, link: await resetLinkFor(kindred, person.details.email, asked) };
}

/** A refused link: BAD_USER_INPUT naming the token, with words the reset page can show. */
function expectLinkRefused(result: Awaited<ReturnType<typeof resetWith>>): string {
  expect(result.data?.resetPassword ?? null).not.toBe(true);
  return expectFieldProblem(result, 'token');
}

let madeUpLinkWords: Promise<string> | undefined;
/** Expired and used links are refused in the same words as a made-up one: nothing to learn from them. */
async function expectRefusedLikeAMadeUpLink(result: Awaited<ReturnType<typeof resetWith>>): Promise<void> {
  madeUpLinkWords ??= resetWith('made-up-token-made-up-token-made-up-token-00').then(expectLinkRefused);
  expect(expectLinkRefused(result)).toBe(await madeUpLinkWords);
}

/** Makes every unused reset token of the run look older than its 30 minutes. */
async function expireResetTokens(): Promise<void> {
  await kindred.orm.em.fork().getConnection().execute(`update password_reset set expires_at = now() - interval '1 minute'`);
}

describe('password reset refuses', () => {
  it('answers a known and an unknown email the same way, and emails only the known one', async () => {
    const { details } = await signUp(kindred, 'VOLUNTEER');
    const unknown = 'not-a-member@example.org';

    const forUnknown = await requestReset(unknown);
    const forKnown = await requestReset(details.email);

    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.errors).toEqual(forKnown.errors);
    expect(forUnknown.data).toEqual({ requestPasswordReset: true });
    expect(forKnown.data).toEqual({ requestPasswordReset: true });
    await kindred.mail.waitForMail(details.email);
    await sleep(200);
    expect(mailTo(kindred, unknown)).toHaveLength(0);
  });

  it('refuses a made-up token and leaves the password alone', async () => {
    const { details } = await signUp(kindred, 'SEEKER');
    expectLinkRefused(await resetWith('this-is-not-a-real-token-0123456789abcdefghijklmno'));
    expect(await canSignIn(details.email, details.password)).toBe(true);
  });

  it('refuses an expired link', async () => {
    const { details, link } = await personWithResetLink();
    await expireResetTokens();

    await expectRefusedLikeAMadeUpLink(await resetWith(tokenOf(link)));

    expect(await canSignIn(details.email, NEW_PASSWORD)).toBe(false);
    expect(await canSignIn(details.email, details.password)).toBe(true);
  });

  it('refuses a new password that is too short, and the link still works afterwards', async () => {
    const { details, link } = await personWithResetLink();

    const message = expectFieldProblem(await resetWith(tokenOf(link), 'short'), 'newPassword');
    expect(message).toBe(newPasswordProblem('short'));

    expect(expectSuccess(await resetWith(tokenOf(link))).resetPassword).toBe(true);
    expect(await canSignIn(details.email, NEW_PASSWORD)).toBe(true);
  });

  it('refuses a link used a second time', async () => {
    const { details, link } = await personWithResetLink();
    expectSuccess(await resetWith(tokenOf(link)));

    await expectRefusedLikeAMadeUpLink(await resetWith(tokenOf(link), 'someone elses new passphrase'));

    expect(await canSignIn(details.email, 'someone elses new passphrase')).toBe(false);
    expect(await canSignIn(details.email, NEW_PASSWORD)).toBe(true);
  });
  it('lets only one of two uses of a link at the same moment succeed', async () => {
    const { details, link } = await personWithResetLink();
    const results = await Promise.all([resetWith(tokenOf(link), 'first new passphrase'), resetWith(tokenOf(link), 'second new passphrase')]);

    expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
    const signIns = await Promise.all([canSignIn(details.email, 'first new passphrase'), canSignIn(details.email, 'second new passphrase')]);
    expect(signIns.filter(Boolean)).toHaveLength(1);
  });
});

describe('password reset', () => {
  it('emails a link to the reset page of this Kindred', async () => {
    const { link } = await personWithResetLink();
    expect(link.origin).toBe(new URL(kindred.url).origin);
    expect(link.pathname).toBe('/reset-password');
    expect(tokenOf(link).length).toBeGreaterThanOrEqual(32);
  });

  it('sets the new password through the emailed link, and ends every old session', async () => {
    const { client: phone, details, link } = await personWithResetLink();
    const { client: laptop } = await signIn(kindred, details);

    expect(expectSuccess(await resetWith(tokenOf(link))).resetPassword).toBe(true);

    expect(expectSuccess(await phone.graphql<{ me: Viewer | null }>(ME)).me).toBeNull();
    expect(expectSuccess(await laptop.graphql<{ me: Viewer | null }>(ME)).me).toBeNull();
    expect(await canSignIn(details.email, details.password)).toBe(false);
    expect(await canSignIn(details.email, NEW_PASSWORD)).toBe(true);
  });
});
