/** A link worker's work: referring with consent, the waiting list, recording contacts and consents. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createScheme, signUp, theAdmin, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import {
  askForBefriender,
  consentGiven,
  RECORD_CONSENT,
  RECORD_CONTACT,
  refer,
  REFER_PERSON,
  referral,
  saveAboutMe,
  seekerRecord,
  today,
  waitingListOf,
  WITHDRAW_CONSENT,
  type Consent,
  type SeekerRecord,
} from './seekers-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

let scheme: Scheme;
let linkWorker: SignedIn;
beforeAll(async () => {
  await theAdmin(kindred);
  scheme = await createScheme(kindred, 'Calder Valley Connect');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
});

const sql = (text: string, params: unknown[] = []) => kindred.orm.em.fork().getConnection().execute(text, params);
const countSeekers = async () => ((await sql('select count(*)::int as n from seeker where scheme_id = ?', [scheme.id])) as Array<{ n: number }>)[0]?.n;

describe('referring a person with consent', () => {
  it('keeps who referred them, when, and each consent with its lawful basis, and puts them on the waiting list', async () => {
    const ellen = await refer(linkWorker.client, scheme.id);
    expect(ellen).toMatchObject({
      hasAccount: false,
      lastContactedAt: null,
      referral: { route: 'LINK_WORKER', referredByName: 'Sam Okafor' },
      aboutMe: {
        name: 'Ellen Greenwood',
        contact: { phone: '01422 845123', address: '4 Mill Lane, Hebden Bridge', preferredContact: 'PHONE', email: null },
        profile: { accessNeeds: ['LIP_READING'], area: 'HX7' },
      },
      requests: [{ kind: 'BEFRIENDING', status: 'WAITING' }],
    });
    expect(ellen.consents.map((c) => c.purpose).sort()).toEqual(['ACCESS_NEEDS', 'REFERRAL', 'SHARE_WITH_VOLUNTEER']);
    for (const consent of ellen.consents) {
      expect(consent).toMatchObject({ lawfulBasis: 'PUBLIC_TASK', agreedOn: today(), recordedOnBehalf: true, recordedByName: 'Sam Okafor', withdrawnAt: null });
    }
    expect(ellen.consents.find((c) => c.purpose === 'REFERRAL')?.specialCategoryCondition).toBeNull();
    expect(ellen.consents.find((c) => c.purpose === 'ACCESS_NEEDS')?.specialCategoryCondition).toBe('HEALTH_OR_SOCIAL_CARE');
    expect((await waitingListOf(linkWorker.client, scheme.id)).map((e) => e.seekerId)).toContain(ellen.id);
  });

  it('cannot be saved without consent to the referral and to sharing with a volunteer', async () => {
    const before = await countSeekers();
    const none = await linkWorker.client.graphql(REFER_PERSON, { input: referral(scheme.id, { consents: [], profile: { accessNeeds: [] } }) });
    const message = expectFieldProblem(none, 'consents');
    expect(message).toMatch(/agreed to being referred/);
    const fields = none.errors?.[0]?.extensions?.fields?.map((f) => f.message) ?? [];
    expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(/sharing their details with a volunteer/)]));
    expect(await countSeekers()).toBe(before);
  });

  it('asks for consent to record access needs when needs are given', async () => {
    const result = await linkWorker.client.graphql(REFER_PERSON, {
      input: referral(scheme.id, { consents: [consentGiven('REFERRAL'), consentGiven('SHARE_WITH_VOLUNTEER')] }),
    });
    expect(expectFieldProblem(result, 'consents')).toMatch(/access needs/);
  });

  it('checks each consent: the Article 9 condition for health information, words, and a date not in the future', async () => {
    const tomorrow = new Date(Date.now() + 36 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const result = await linkWorker.client.graphql(REFER_PERSON, {
      input: referral(scheme.id, {
        consents: [
          consentGiven('REFERRAL', { agreedOn: tomorrow }),
          consentGiven('SHARE_WITH_VOLUNTEER', { specialCategoryCondition: null }),
          consentGiven('ACCESS_NEEDS', { agreedWords: '   ' }),
        ],
      }),
    });
    expectFieldProblem(result, 'consents.0.agreedOn');
    expectFieldProblem(result, 'consents.1.specialCategoryCondition');
    expectFieldProblem(result, 'consents.2.agreedWords');
  });

  it('needs their name and at least one way to reach them, and checks what was asked for', async () => {
    const before = await countSeekers();
    const result = await linkWorker.client.graphql(REFER_PERSON, {
      input: referral(scheme.id, {
        name: ' ',
        contact: { phone: '', preferredContact: 'PHONE' },
        request: { kind: 'FIRST_SESSION_COMPANION', contactModes: [] },
      }),
    });
    for (const field of ['name', 'contact.phone', 'request.activityId', 'request.sessionStartsAt', 'request.contactModes']) {
      expectFieldProblem(result, field);
    }
    expect(await countSeekers()).toBe(before);
  });

  it('is open to the scheme’s administrators too', async () => {
    const { client } = await theAdmin(kindred);
    const derek = await refer(client, scheme.id, { name: 'Derek Holroyd', profile: { accessNeeds: [] }, consents: [consentGiven('REFERRAL'), consentGiven('SHARE_WITH_VOLUNTEER')] });
    expect(derek.referral.route).toBe('LINK_WORKER');
  });
});

describe('the waiting list', () => {
  it('puts the longest wait first, with when each was last contacted', async () => {
    const own = await createScheme(kindred, 'Todmorden Together');
    const worker = await appoint(kindred, 'LINK_WORKER', own, 'Tia Worker');
    const ages: Record<string, number> = { Joan: 14, Kwame: 63, Derek: 35 };
    for (const [name, days] of Object.entries(ages)) {
      const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), own);
      await saveAboutMe(person.client);
      const request = await askForBefriender(person.client);
      await sql(`update support_request set created_at = now() - make_interval(days => ?) where id = ?`, [days, request.id]);
    }
    const list = await waitingListOf(worker.client, own.id);
    expect(list.map((e) => e.name)).toEqual(['Kwame', 'Derek', 'Joan']);
    expect(list.map((e) => e.request.queue?.position)).toEqual([1, 2, 3]);
    expect(list.every((e) => e.lastContactedAt === null)).toBe(true);

    // The other scheme's list is its own.
    expect((await waitingListOf(linkWorker.client, scheme.id)).map((e) => e.name)).not.toContain('Kwame');
  });

  it('records a contact, and a late record of an earlier one does not make the last contact look older', async () => {
    const ellen = await refer(linkWorker.client, scheme.id, { name: 'Ellen Contacted' });
    const contact = (input: Record<string, unknown>) =>
      linkWorker.client.graphql<{ recordContact: SeekerRecord }>(RECORD_CONTACT, { input: { seekerId: ellen.id, ...input } });

    const first = expectSuccess(await contact({ method: 'PHONE', note: 'Rang for a chat; she is keen to meet someone.' })).recordContact;
    expect(first.contacts).toEqual([expect.objectContaining({ method: 'PHONE', recordedByName: 'Sam Okafor', note: 'Rang for a chat; she is keen to meet someone.' })]);
    const latest = first.lastContactedAt;
    expect(latest).not.toBeNull();

    const earlier = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const second = expectSuccess(await contact({ method: 'LETTER', contactedAt: earlier })).recordContact;
    expect(second.contacts.map((c) => c.method)).toEqual(['PHONE', 'LETTER']);
    expect(second.lastContactedAt).toBe(latest);
    const entry = (await waitingListOf(linkWorker.client, scheme.id)).find((e) => e.seekerId === ellen.id);
    expect(entry?.lastContactedAt).toBe(latest);

    expectFieldProblem(await contact({ method: 'PHONE', contactedAt: new Date(Date.now() + 86_400_000).toISOString() }), 'contactedAt');
    expectFieldProblem(await contact({ method: 'PHONE', note: 'x'.repeat(501) }), 'note');
  });
});

describe('consent recorded and withdrawn by staff', () => {
  it('keeps one active consent a purpose, and a withdrawal is kept, not deleted', async () => {
    const ellen = await refer(linkWorker.client, scheme.id, { name: 'Ellen Consenting' });
    const accessNeeds = ellen.consents.find((c) => c.purpose === 'ACCESS_NEEDS')!;
    const again = await linkWorker.client.graphql(RECORD_CONSENT, { input: { seekerId: ellen.id, ...consentGiven('ACCESS_NEEDS') } });
    expectFieldProblem(again, 'purpose');

    const withdrawn = expectSuccess(await linkWorker.client.graphql<{ withdrawConsent: Consent }>(WITHDRAW_CONSENT, { consentId: accessNeeds.id }));
    expect(withdrawn.withdrawConsent.withdrawnAt).not.toBeNull();
    const after = await seekerRecord(linkWorker.client, ellen.id);
    expect(after.aboutMe.profile.accessNeeds, 'needs are no longer held without consent').toEqual([]);
    expect(after.consents.find((c) => c.id === accessNeeds.id)?.withdrawnAt).not.toBeNull();

    const recorded = expectSuccess(
      await linkWorker.client.graphql<{ recordConsent: Consent }>(RECORD_CONSENT, {
        input: { seekerId: ellen.id, ...consentGiven('ACCESS_NEEDS', { lawfulBasis: 'CONSENT', specialCategoryCondition: 'EXPLICIT_CONSENT' }) },
      }),
    ).recordConsent;
    expect(recorded).toMatchObject({ purpose: 'ACCESS_NEEDS', lawfulBasis: 'CONSENT', recordedOnBehalf: true, recordedByName: 'Sam Okafor' });
    expect((await seekerRecord(linkWorker.client, ellen.id)).consents).toHaveLength(4);
  });

  it('shows a self-referred person’s own consents to their link worker, marked as given by them', async () => {
    const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Joan Ackroyd' }), scheme);
    await saveAboutMe(person.client);
    await askForBefriender(person.client);
    const entry = (await waitingListOf(linkWorker.client, scheme.id)).find((e) => e.name === 'Joan Ackroyd');
    const joan = await seekerRecord(linkWorker.client, entry?.seekerId ?? '');
    expect(joan).toMatchObject({ hasAccount: true, referral: { route: 'SELF', referredByName: null } });
    expect(joan.consents.every((c) => !c.recordedOnBehalf && c.recordedByName === 'Joan Ackroyd')).toBe(true);
  });
});
