/**
 * A person sees every consent recorded for them, in every scheme (purpose, lawful basis, when, by
 * whom, withdrawn when), and withdraws one as easily as they gave it; staff record and withdraw them
 * on the person's record. Nobody else sees or withdraws them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { myConsents, MY_CONSENTS } from './data-rights-support.ts';
import { consentGiven, RECORD_CONSENT, refer, saveAboutMe, seekerRecord, waitingSeeker, WITHDRAW_CONSENT, WITHDRAW_MY_CONSENT, askForBefriender } from './seekers-support.ts';
import { seekerOf } from './data-rights-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let seekerId: string;

beforeAll(async () => {
  cast = await buildCast(kindred);
  await waitingSeeker(cast.seeker);
  ({ seekerId } = await seekerOf(cast.linkWorker.client, cast.scheme.id, cast.seeker.viewer.displayName));
}, 60_000);
afterAll(() => kindred.close());

describe('a person’s own consents', () => {
  it('lists what they agreed to themself, with the lawful basis, when and by whom', async () => {
    const consents = await myConsents(cast.seeker.client);
    expect(consents.map((c) => c.consent.purpose).sort()).toEqual(['ACCESS_NEEDS', 'SHARE_WITH_VOLUNTEER']);
    for (const c of consents) {
      expect(c).toMatchObject({ scheme: { id: cast.scheme.id }, canWithdraw: true, withdrawnByName: null });
      expect(c.consent).toMatchObject({ lawfulBasis: 'CONSENT', recordedOnBehalf: false, recordedByName: cast.seeker.viewer.displayName, withdrawnAt: null });
    }
  });

  it('includes consents a link worker recorded on their behalf', async () => {
    expectSuccess(await cast.linkWorker.client.graphql(RECORD_CONSENT, { input: { seekerId, ...consentGiven('REFERRAL') } }));
    const referral = (await myConsents(cast.seeker.client)).find((c) => c.consent.purpose === 'REFERRAL');
    expect(referral?.consent).toMatchObject({ lawfulBasis: 'PUBLIC_TASK', recordedOnBehalf: true, recordedByName: 'Lin Worker' });
  });

  it('lets them withdraw one, and then shows when it was withdrawn', async () => {
    const share = (await myConsents(cast.seeker.client)).find((c) => c.consent.purpose === 'SHARE_WITH_VOLUNTEER')!;
    expectSuccess(await cast.seeker.client.graphql(WITHDRAW_MY_CONSENT, { consentId: share.consent.id }));
    const after = (await myConsents(cast.seeker.client)).find((c) => c.consent.id === share.consent.id)!;
    expect(after.canWithdraw).toBe(false);
    expect(Date.now() - Date.parse(after.consent.withdrawnAt!)).toBeLessThan(60_000);
    // Staff see the same on the person's record.
    const record = await seekerRecord(cast.linkWorker.client, seekerId);
    expect(record.consents.find((c) => c.id === share.consent.id)?.withdrawnAt).toBe(after.consent.withdrawnAt);
  });

  it('shows who recorded a withdrawal made on their behalf', async () => {
    const referral = (await myConsents(cast.seeker.client)).find((c) => c.consent.purpose === 'REFERRAL')!;
    expectSuccess(await cast.linkWorker.client.graphql(WITHDRAW_CONSENT, { consentId: referral.consent.id }));
    const after = (await myConsents(cast.seeker.client)).find((c) => c.consent.id === referral.consent.id)!;
    expect(after).toMatchObject({ withdrawnByName: 'Lin Worker', canWithdraw: false });
  });
});

describe('privacy of consents', () => {
  it('shows nobody else’s consents, and nothing to someone signed out', async () => {
    expectErrorCode(await cast.nobody.graphql(MY_CONSENTS), 'UNAUTHENTICATED');
    expect(await myConsents(cast.anotherSeeker.client)).toEqual([]);
    expect(await myConsents(cast.linkWorker.client)).toEqual([]);
    // A person referred without an account: their consents are on their record, for staff, not in anyone's list.
    await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Noah Account' });
    expect(await myConsents(cast.admin.client)).toEqual([]);
  });

  it('lets nobody else withdraw them: another person, or another scheme’s staff, are told it is not there', async () => {
    await saveAboutMe(cast.anotherSeeker.client);
    await askForBefriender(cast.anotherSeeker.client);
    const theirs = (await myConsents(cast.anotherSeeker.client))[0]!;
    expectErrorCode(await cast.seeker.client.graphql(WITHDRAW_MY_CONSENT, { consentId: theirs.consent.id }), 'NOT_FOUND');
    expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(WITHDRAW_CONSENT, { consentId: theirs.consent.id }), 'NOT_FOUND');
    expect((await myConsents(cast.anotherSeeker.client))[0]?.consent.withdrawnAt).toBeNull();
  });
});
