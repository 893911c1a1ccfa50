/**
 * Staff roles (link worker, community builder, admin) count only in a session that has proved the
 * second factor; seekers and volunteers without an authenticator are not affected. Every existing
 * role check enforces this, because the Viewer they read is built from the session.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminAccount } from '@kindred/server';
import { errorCodes, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { CREATE_SCHEME } from '../support/operations.ts';
import { GAP_PICTURE } from './community-gaps-support.ts';
import { MY_SUPPORT, WAITING_LIST } from './seekers-support.ts';
import {
  awayFromStepEdge,
  codeAt,
  enrol,
  enrolledStaff,
  manualCopyOf,
  ME_WITH_TWO_FACTOR,
  signInWithPassword,
  staffWithoutAuthenticator,
  twoFactorOf,
  verify,
  type ViewerWithTwoFactor,
} from './two-factor-support.ts';
import { MY_VOLUNTEERING } from './volunteers-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

const refused = (codes: (string | undefined)[]) => codes.length > 0 && codes.every((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND');

describe('a member of staff without an authenticator', () => {
  it('is signed in, told to set one up, and keeps their own volunteer role, but their link worker role does not count', async () => {
    const staff = await staffWithoutAuthenticator(kindred, 'LINK_WORKER');

    const me = expectSuccess(await staff.client.graphql<{ me: ViewerWithTwoFactor }>(ME_WITH_TWO_FACTOR)).me;
    expect(me.twoFactor).toEqual({ enabled: false, required: true, verified: false });
    expect(me.memberships.map((m) => m.role)).toEqual(['VOLUNTEER', 'LINK_WORKER']);
    expect(refused(errorCodes(await staff.client.graphql(WAITING_LIST, { schemeId: staff.scheme.id })))).toBe(true);
    expectSuccess(await staff.client.graphql(MY_VOLUNTEERING));

    await enrol(staff.client);
    expectSuccess(await staff.client.graphql(WAITING_LIST, { schemeId: staff.scheme.id }));
  });

  it('as a community builder cannot see the gaps until set up', async () => {
    const staff = await staffWithoutAuthenticator(kindred, 'COMMUNITY_BUILDER', 'Cam Builder');
    expect(refused(errorCodes(await staff.client.graphql(GAP_PICTURE, { schemeId: staff.scheme.id })))).toBe(true);
    await enrol(staff.client);
    expectSuccess(await staff.client.graphql(GAP_PICTURE, { schemeId: staff.scheme.id }));
  });

  it('as an admin can neither create schemes nor appoint anyone until set up', async () => {
    const details = buildPerson({ displayName: 'Ada Admin' });
    await createAdminAccount(kindred.orm, { ...details, scheme: { name: 'Ada’s scheme', area: 'Leeds' } });
    const admin = await signInWithPassword(kindred, details);
    expect(await twoFactorOf(admin)).toEqual({ enabled: false, required: true, verified: false });
    expect(errorCodes(await admin.graphql(CREATE_SCHEME, { input: { name: 'Too soon', area: 'Leeds' } }))).toEqual(['FORBIDDEN']);

    await enrol(admin);
    expectSuccess(await admin.graphql(CREATE_SCHEME, { input: { name: 'Set up first', area: 'Leeds' } }));
  });
});

describe('people who are not staff', () => {
  it('use Kindred as before, with no authenticator and no code', async () => {
    const seeker = await signUp(kindred, 'SEEKER');
    const volunteer = await signUp(kindred, 'VOLUNTEER');

    expect(await twoFactorOf(manualCopyOf(kindred, seeker.client, 'seeker'))).toEqual({ enabled: false, required: false, verified: false });
    expectSuccess(await seeker.client.graphql(MY_SUPPORT));
    expect(await twoFactorOf(manualCopyOf(kindred, volunteer.client, 'volunteer'))).toEqual({ enabled: false, required: false, verified: false });
    expectSuccess(await volunteer.client.graphql(MY_VOLUNTEERING));
    // And they are refused staff fields just as before.
    expect(refused(errorCodes(await volunteer.client.graphql(WAITING_LIST, { schemeId: volunteer.viewer.memberships[0]!.scheme.id })))).toBe(true);
  });
});

describe('a session waiting for its code', () => {
  it('counts no role at all, not even the person’s own volunteer role, until the code', async () => {
    const staff = await enrolledStaff(kindred);
    const browser = await signInWithPassword(kindred, staff.details);

    expect(refused(errorCodes(await browser.graphql(MY_VOLUNTEERING)))).toBe(true);
    expect(refused(errorCodes(await browser.graphql(WAITING_LIST, { schemeId: staff.scheme.id })))).toBe(true);

    await awayFromStepEdge();
    expectSuccess(await verify(browser, codeAt(staff.secret, 1)));
    expectSuccess(await browser.graphql(MY_VOLUNTEERING));
    expectSuccess(await browser.graphql(WAITING_LIST, { schemeId: staff.scheme.id }));
  });

  it('is what another browser becomes when two-factor sign-in is turned on elsewhere', async () => {
    const staff = await staffWithoutAuthenticator(kindred);
    const laptop = await signInWithPassword(kindred, staff.details, 'laptop');
    expectSuccess(await laptop.graphql(MY_VOLUNTEERING));

    const { secret } = await enrol(staff.client);

    expect(await twoFactorOf(laptop)).toEqual({ enabled: true, required: true, verified: false });
    expect(refused(errorCodes(await laptop.graphql(MY_VOLUNTEERING)))).toBe(true);
    expectSuccess(await verify(laptop, codeAt(secret, 1)));
    expectSuccess(await laptop.graphql(WAITING_LIST, { schemeId: staff.scheme.id }));
  });
});
