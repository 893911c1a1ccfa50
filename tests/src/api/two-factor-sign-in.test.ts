/**
 * Signing in with two-factor: the password starts a session that waits for a code; a code from the
 * app (this step, or one either side) or a recovery code completes it. Wrong, expired and replayed
 * codes are refused, guessing is throttled, and a password reset does not get round any of it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { errorCodes, expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { resetLinkFor, tokenOf } from '../support/mail.ts';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from '../support/operations.ts';
import { WAITING_LIST } from './seekers-support.ts';
import {
  auditOf,
  awayFromStepEdge,
  codeAt,
  CONFIRM_SETUP,
  enrolledStaff,
  manualCopyOf,
  manualPerson,
  ME_WITH_TWO_FACTOR,
  signInWithPassword,
  staffWithoutAuthenticator,
  startSetup,
  twoFactorOf,
  verify,
  type ViewerWithTwoFactor,
} from './two-factor-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

const canSeeWaitingList = async (staff: { client: Parameters<typeof verify>[0] }, schemeId: string) =>
  !(await staff.client.graphql(WAITING_LIST, { schemeId })).errors;

describe('a member of staff with an authenticator signing in', () => {
  it('is waiting for a code after the password: every role is listed, none counts, until the code', async () => {
    const staff = await enrolledStaff(kindred);
    const browser = await signInWithPassword(kindred, staff.details);

    const me = expectSuccess(await browser.graphql<{ me: ViewerWithTwoFactor }>(ME_WITH_TWO_FACTOR)).me;
    expect(me.twoFactor).toEqual({ enabled: true, required: true, verified: false });
    expect(me.memberships.map((m) => m.role)).toEqual(['VOLUNTEER', 'LINK_WORKER']);
    expect(errorCodes(await browser.graphql(WAITING_LIST, { schemeId: staff.scheme.id }))).toEqual(['FORBIDDEN']);

    await awayFromStepEdge();
    const verified = expectSuccess(await verify(browser, codeAt(staff.secret, 1))).verifySignInCode;
    expect(verified.twoFactor).toEqual({ enabled: true, required: true, verified: true });
    expect(await canSeeWaitingList({ client: browser }, staff.scheme.id)).toBe(true);
  });

  it('gets a new session token with the code, so a token from before the code is worth nothing', async () => {
    const staff = await enrolledStaff(kindred);
    const browser = await signInWithPassword(kindred, staff.details);
    const copied = manualCopyOf(kindred, browser, 'copied before the code');
    await awayFromStepEdge();
    expectSuccess(await verify(browser, codeAt(staff.secret, 1)));

    expect(expectSuccess(await copied.graphql<{ me: unknown }>(ME_WITH_TWO_FACTOR)).me).toBeNull();
    expect(await canSeeWaitingList({ client: copied }, staff.scheme.id)).toBe(false);
  });

  it('accepts the code of the step before and after this one (a phone clock a little out), but not two away', async () => {
    const staff = await staffWithoutAuthenticator(kindred);
    const { secret } = await startSetup(staff.client);
    await awayFromStepEdge(6_000);
    const confirm = (code: string) => staff.client.graphql(CONFIRM_SETUP, { code });
    expect(expectFieldProblem(await confirm(codeAt(secret, -2)), 'code')).toMatch(/not right/);
    expect(expectFieldProblem(await confirm(codeAt(secret, 2)), 'code')).toMatch(/not right/);
    expectSuccess(await confirm(codeAt(secret, -1)));

    const browser = await signInWithPassword(kindred, staff.details);
    expect(expectFieldProblem(await verify(browser, codeAt(secret, 2)), 'code')).toMatch(/not right/);
    expectSuccess(await verify(browser, codeAt(secret, 1)));
  });

  it('refuses a wrong code, records the failure, and stays waiting', async () => {
    const staff = await enrolledStaff(kindred);
    const browser = await signInWithPassword(kindred, staff.details);
    const me = expectSuccess(await browser.graphql<{ me: ViewerWithTwoFactor }>(ME_WITH_TWO_FACTOR)).me;
    await awayFromStepEdge();
    const right = codeAt(staff.secret, 1);

    const message = expectFieldProblem(await verify(browser, right === '999999' ? '999998' : '999999'), 'code');
    expect(message).toMatch(/not right/);
    expectFieldProblem(await verify(browser, ''), 'code');
    expect(await twoFactorOf(browser)).toEqual({ enabled: true, required: true, verified: false });
    expect(await auditOf(kindred, me.id)).toContainEqual({ action: 'SIGN_IN_FAILED', outcome: 'FAILED' });

    expectSuccess(await verify(browser, right));
    expect(await auditOf(kindred, me.id)).toContainEqual({ action: 'SIGN_IN', outcome: 'ALLOWED' });
  });

  it('refuses a code already used in this time step, in this browser or another (replay)', async () => {
    const staff = await enrolledStaff(kindred);
    await awayFromStepEdge();
    const code = codeAt(staff.secret, 1);
    const first = await signInWithPassword(kindred, staff.details, 'first browser');
    const second = await signInWithPassword(kindred, staff.details, 'second browser');

    expectSuccess(await verify(first, code));
    expect(expectFieldProblem(await verify(second, code), 'code')).toMatch(/already been used/);
    // Nor a code of an earlier step, once a later one has been used.
    expectFieldProblem(await verify(second, codeAt(staff.secret, 0)), 'code');
    expect(await twoFactorOf(second)).toMatchObject({ verified: false });
  });

  it('lets only one of several requests with the same code through, even at the same moment', async () => {
    const staff = await enrolledStaff(kindred);
    await awayFromStepEdge();
    const code = codeAt(staff.secret, 1);
    const browsers = await Promise.all([1, 2, 3].map((n) => signInWithPassword(kindred, staff.details, `browser ${n}`)));

    const results = await Promise.all(browsers.map((browser) => verify(browser, code)));

    expect(results.filter((r) => r.data?.verifySignInCode).length).toBe(1);
  });

  it('is not asked for a code by anyone signed out, nor accepted from an account without an authenticator', async () => {
    expectErrorCode(await verify(manualPerson(kindred, 'nobody'), '123456'), 'UNAUTHENTICATED');
    const seeker = await signUp(kindred, 'SEEKER');
    expect(expectFieldProblem(await verify(manualCopyOf(kindred, seeker.client, 'seeker'), '123456'), 'code')).toMatch(/not set up/);
  });
});

describe('recovery codes', () => {
  it('each complete one sign-in, however they are typed, and never a second', async () => {
    const staff = await enrolledStaff(kindred);
    const [code = '', other = ''] = staff.recoveryCodes;

    const first = await signInWithPassword(kindred, staff.details, 'lost phone');
    expectSuccess(await verify(first, code));
    expect(await canSeeWaitingList({ client: first }, staff.scheme.id)).toBe(true);

    const again = await signInWithPassword(kindred, staff.details, 'lost phone again');
    expect(expectFieldProblem(await verify(again, code), 'code')).toMatch(/already been used|not right/);
    expectSuccess(await verify(again, ` ${other.toUpperCase().replace(/-/g, ' ')} `));
  });

  it('are used up once even when two requests bring the same code at once', async () => {
    const staff = await enrolledStaff(kindred);
    const browsers = await Promise.all([1, 2].map((n) => signInWithPassword(kindred, staff.details, `browser ${n}`)));
    const results = await Promise.all(browsers.map((browser) => verify(browser, staff.recoveryCodes[0]!)));
    expect(results.filter((r) => r.data?.verifySignInCode).length).toBe(1);
  });

  it('are not made up: a code of the right shape that was never given is refused', async () => {
    const staff = await enrolledStaff(kindred);
    const browser = await signInWithPassword(kindred, staff.details);
    expectFieldProblem(await verify(browser, 'abcd-efgh-jkmn'), 'code');
  });
});

describe('guessing codes', () => {
  it('is throttled like the password: after 5 wrong codes even the right one waits', async () => {
    const staff = await enrolledStaff(kindred);
    const browser = await signInWithPassword(kindred, staff.details);
    await awayFromStepEdge();
    const right = codeAt(staff.secret, 1);
    const wrong = (i: number) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, '0');

    for (let i = 0; i < 5; i++) expectFieldProblem(await verify(browser, wrong(i)), 'code');
    const throttled = await verify(browser, right);
    expectErrorCode(throttled, 'TOO_MANY_REQUESTS');
    expect(throttled.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await twoFactorOf(browser)).toMatchObject({ verified: false });
  });

  it('gets no more tries by putting many guesses into one request', async () => {
    const staff = await enrolledStaff(kindred);
    const browser = await signInWithPassword(kindred, staff.details);
    const guesses = Array.from({ length: 12 }, (_, i) => `g${i}: verifySignInCode(code: "${String(i).padStart(6, '0')}") { id }`);

    const codes: (string | undefined)[] = [];
    for (let request = 0; request < 6; request++) codes.push(...errorCodes(await browser.graphql(`mutation { ${guesses.join('\n')} }`)));

    // 72 guesses sent; no more than the 5 the throttle allows were ever checked.
    expect(codes.filter((c) => c === 'BAD_USER_INPUT').length).toBeLessThanOrEqual(5);
    expect(codes).toContain('TOO_MANY_REQUESTS');
    expectErrorCode(await verify(browser, codeAt(staff.secret, 1)), 'TOO_MANY_REQUESTS');
  });
});

describe('a password reset', () => {
  it('ends every session and keeps two-factor sign-in: the new password still needs a code', async () => {
    const staff = await enrolledStaff(kindred);
    const asked = new Date();
    expectSuccess(await manualPerson(kindred, 'reset').graphql(REQUEST_PASSWORD_RESET, { input: { email: staff.details.email } }));
    const link = await resetLinkFor(kindred, staff.details.email, asked);
    const newPassword = 'a completely new passphrase for Lee';
    expectSuccess(await manualPerson(kindred, 'reset').graphql(RESET_PASSWORD, { input: { token: tokenOf(link), newPassword } }));

    expect(expectSuccess(await staff.client.graphql<{ me: unknown }>(ME_WITH_TWO_FACTOR)).me).toBeNull();
    const browser = await signInWithPassword(kindred, { ...staff.details, password: newPassword });
    expect(await twoFactorOf(browser)).toEqual({ enabled: true, required: true, verified: false });
    expect(await canSeeWaitingList({ client: browser }, staff.scheme.id)).toBe(false);
    await awayFromStepEdge();
    expectSuccess(await verify(browser, codeAt(staff.secret, 1)));
    expect(await canSeeWaitingList({ client: browser }, staff.scheme.id)).toBe(true);
  });
});
