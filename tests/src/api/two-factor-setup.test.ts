/**
 * Setting up two-factor sign-in: a key for an authenticator app (RFC 6238: SHA-1, 6 digits, 30 s),
 * confirmed with a code, ten single-use recovery codes shown once, and the key never handed out again.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@kindred/server';
import { errorCodes, expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { base32Decode } from '../support/totp.ts';
import {
  auditOf,
  awayFromStepEdge,
  codeAt,
  CONFIRM_SETUP,
  enrol,
  manualCopyOf,
  manualPerson,
  ME_WITH_TWO_FACTOR,
  signInWithPassword,
  staffWithoutAuthenticator,
  START_SETUP,
  startSetup,
  twoFactorOf,
  verify,
} from './two-factor-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

describe('starting two-factor setup', () => {
  it('gives a 160-bit base32 key, the otpauth address an app reads, and the same address as an SVG QR code', async () => {
    const { client, details } = await staffWithoutAuthenticator(kindred);

    const setup = await startSetup(client);

    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(setup.secret)).toHaveLength(20);
    const uri = new URL(setup.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/Kindred:${details.email}`);
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: 'Kindred', secret: setup.secret, algorithm: 'SHA1', digits: '6', period: '30' });
    expect(setup.qrSvg.trim()).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(await twoFactorOf(client)).toEqual({ enabled: false, required: true, verified: false });
  });

  it('is only for someone signed in', async () => {
    expectErrorCode(await manualPerson(kindred, 'nobody').graphql(START_SETUP), 'UNAUTHENTICATED');
    expectErrorCode(await manualPerson(kindred, 'nobody').graphql(CONFIRM_SETUP, { code: '123456' }), 'UNAUTHENTICATED');
  });

  it('gives a new key when started again before it is confirmed, and only the newest one works', async () => {
    const { client } = await staffWithoutAuthenticator(kindred);
    const first = await startSetup(client);
    const second = await startSetup(client);
    expect(second.secret).not.toBe(first.secret);
    await awayFromStepEdge();

    expectFieldProblem(await client.graphql(CONFIRM_SETUP, { code: codeAt(first.secret) }), 'code');
    expectSuccess(await client.graphql(CONFIRM_SETUP, { code: codeAt(second.secret) }));
  });
});

describe('confirming two-factor setup', () => {
  it('refuses a wrong code, a code that is not 6 digits, or no setup started, and leaves two-factor sign-in off', async () => {
    const { client } = await staffWithoutAuthenticator(kindred);
    expectFieldProblem(await client.graphql(CONFIRM_SETUP, { code: '123456' }), 'code');

    const { secret } = await startSetup(client);
    await awayFromStepEdge();
    const right = codeAt(secret);
    const wrong = right === '000000' ? '000001' : '000000';
    expect(expectFieldProblem(await client.graphql(CONFIRM_SETUP, { code: wrong }), 'code')).toMatch(/not right/);
    expect(expectFieldProblem(await client.graphql(CONFIRM_SETUP, { code: 'abcdef' }), 'code')).toMatch(/6-digit/);
    expectFieldProblem(await client.graphql(CONFIRM_SETUP, { code: codeAt(secret, -3) }), 'code');
    expect(await twoFactorOf(client)).toEqual({ enabled: false, required: true, verified: false });
  });

  it('turns two-factor sign-in on, completes this sign-in, and returns ten different recovery codes once', async () => {
    const { client } = await staffWithoutAuthenticator(kindred);
    const { secret } = await startSetup(client);
    const before = manualCopyOf(kindred, client, 'the cookie before');
    await awayFromStepEdge();

    const codes = expectSuccess(await client.graphql<{ confirmTwoFactorSetup: string[] }>(CONFIRM_SETUP, { code: `${codeAt(secret).slice(0, 3)} ${codeAt(secret).slice(3)}` })).confirmTwoFactorSetup;

    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(await twoFactorOf(client)).toEqual({ enabled: true, required: true, verified: true });
    // The session gained privileges, so it has a new token: the one seen before no longer works.
    expect(client.cookieHeader()).not.toBe(before.cookieHeader());
    expect(expectSuccess(await before.graphql<{ me: unknown }>(ME_WITH_TWO_FACTOR)).me).toBeNull();
  });

  it('is recorded in the audit log, without the key or the codes', async () => {
    const { client } = await staffWithoutAuthenticator(kindred);
    const me = expectSuccess(await client.graphql<{ me: { id: string } }>(ME_WITH_TWO_FACTOR)).me;
    const { secret, recoveryCodes } = await enrol(client);

    expect(await auditOf(kindred, me.id)).toContainEqual({ action: 'TWO_FACTOR_ENABLED', outcome: 'ALLOWED' });
    const rows = JSON.stringify(await kindred.orm.em.fork().getConnection().execute('select * from audit_event where actor_id = ?', [me.id]));
    expect(rows).not.toContain(secret);
    for (const code of recoveryCodes) expect(rows).not.toContain(code);
  });
});

describe('after setup, the key', () => {
  it('is never handed out again: setup cannot restart, and nothing the person can read holds it', async () => {
    const { client, details } = await staffWithoutAuthenticator(kindred);
    const { secret } = await enrol(client);

    const again = await client.graphql(START_SETUP);
    expect(expectFieldProblem(again, 'twoFactor')).toMatch(/already set up/);
    expect(again.text).not.toContain(secret);
    expect((await client.graphql(ME_WITH_TWO_FACTOR)).text).not.toContain(secret);

    // Someone with only the password (a session still waiting for its code) cannot swap the app for their own.
    const attacker = await signInWithPassword(kindred, details, 'attacker');
    const swap = await attacker.graphql(START_SETUP);
    expect(errorCodes(swap)).toEqual(['BAD_USER_INPUT']);
    expect(swap.text).not.toContain(secret);
    await awayFromStepEdge();
    expectSuccess(await verify(attacker, codeAt(secret, 1)));
  });

  it('and the recovery codes are stored only as hashes', async () => {
    const { client } = await staffWithoutAuthenticator(kindred);
    const me = expectSuccess(await client.graphql<{ me: { id: string } }>(ME_WITH_TWO_FACTOR)).me;
    const { recoveryCodes } = await enrol(client);

    const stored = await kindred.orm.em.fork().getConnection().execute<Array<{ code_hash: string }>>('select code_hash from two_factor_recovery_code where user_id = ?', [me.id]);
    expect(stored).toHaveLength(10);
    const dump = JSON.stringify(stored);
    for (const code of recoveryCodes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace(/-/g, ''));
    }
  });

  it('can be set up by a volunteer who wants it too, and then their sign-in needs a code', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const client = manualCopyOf(kindred, volunteer.client, 'volunteer');
    const { secret } = await enrol(client);
    expect(await twoFactorOf(client)).toEqual({ enabled: true, required: false, verified: true });

    const later = await signInWithPassword(kindred, volunteer.details);
    expect(await twoFactorOf(later)).toEqual({ enabled: true, required: false, verified: false });
    expectSuccess(await verify(later, codeAt(secret, 1)));
  });
});

describe('with TWO_FACTOR_KEY set', () => {
  it('stores the authenticator key sealed, not as the base32 the app was given, and codes still work', async () => {
    const sealing = await startTestKindred({ env: { TWO_FACTOR_KEY: randomBytes(32).toString('base64') } });
    try {
      const { client, details } = await staffWithoutAuthenticator(sealing);
      const { secret } = await enrol(client);

      const [row] = await sealing.orm.em.fork().getConnection().execute<Array<{ secret: string }>>(
        'select t.secret from two_factor t join person_account a on a.id = t.user_id where a.email = ?',
        [details.email],
      );
      expect(row?.secret).toMatch(/^v1:/);
      expect(row?.secret).not.toContain(secret);
      const browser = await signInWithPassword(sealing, details);
      expectSuccess(await verify(browser, codeAt(secret, 1)));
    } finally {
      await sealing.close();
    }
  });

  it('must be 32 bytes, or Kindred does not start', () => {
    expect(() => loadConfig({ TWO_FACTOR_KEY: 'too-short' })).toThrow(/TWO_FACTOR_KEY must be 32 random bytes/);
    expect(loadConfig({ TWO_FACTOR_KEY: randomBytes(32).toString('base64') }).twoFactorKey).toHaveLength(32);
  });
});
