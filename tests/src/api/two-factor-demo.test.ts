/**
 * The demo: every demo staff account has two-factor sign-in with the one published demo key, and in
 * development /dev/two-factor shows its codes, so a newcomer can sign in as Sam or Megan without an app.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TWO_FACTOR_SECRET } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { stepAt, totpCode } from '../support/totp.ts';
import { awayFromStepEdge, signInWithPassword, twoFactorOf, verify } from './two-factor-support.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

const STAFF = ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'];
const demo = (email: string) => ({ email, password: DEMO_PASSWORD, displayName: email });

describe('demo accounts', () => {
  it('have two-factor sign-in for every member of staff, and none for the others', async () => {
    for (const person of DEMO_PEOPLE) {
      const browser = await signInWithPassword(kindred, demo(person.email));
      const isStaff = person.roles.some(([, role]) => STAFF.includes(role));
      expect(await twoFactorOf(browser), person.email).toEqual({ enabled: isStaff, required: isStaff, verified: false });
    }
  });

  it('let Sam the link worker in with a code from the published demo key', async () => {
    const browser = await signInWithPassword(kindred, demo('linkworker@example.org'));
    await awayFromStepEdge();
    expectSuccess(await verify(browser, totpCode(DEMO_TWO_FACTOR_SECRET, stepAt())));
    expect(await twoFactorOf(browser)).toMatchObject({ verified: true });
  });
});

describe('/dev/two-factor in development', () => {
  it('shows each demo staff account with the current code, which signs Megan in', async () => {
    await awayFromStepEdge();
    const page = await kindred.person('newcomer').fetch('/dev/two-factor');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<h1>Development two-factor codes</h1>');
    expect(html).toContain('Megan Hughes');
    expect(html).toContain('communitybuilder@example.org');
    expect(html).toContain('Gareth Evans');
    expect(html).not.toContain('Helen Brooke');
    expect(html).not.toContain('seeker@example.org');
    const codes = [...html.matchAll(/<td class="code">(\d{6})<\/td>/g)].map((m) => m[1]);
    // "Code now" and "Next code" for each account.
    expect(codes[0]).toBe(totpCode(DEMO_TWO_FACTOR_SECRET, stepAt()));
    expect(codes[1]).toBe(totpCode(DEMO_TWO_FACTOR_SECRET, stepAt() + 1));

    const browser = await signInWithPassword(kindred, demo('communitybuilder@example.org'));
    expectSuccess(await verify(browser, codes[1]!));
  });

  it('does not exist without demo data', async () => {
    const plain = await startTestKindred();
    try {
      const page = await plain.person('someone').fetch('/dev/two-factor');
      expect(await page.text()).not.toContain('Development two-factor codes');
    } finally {
      await plain.close();
    }
  });
});
