/** A person seeking company: about me, consent to record needs, asking for a befriender, and their place in the queue. */
import { afterAll, describe, expect, it } from 'vitest';
import { OWN_CONSENT_WORDS } from '@kindred/shared';
import { appoint } from '../support/actors.ts';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createScheme, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import {
  ABOUT_MARGARET,
  ASK_FOR_SUPPORT,
  askForBefriender,
  mySupport,
  saveAboutMe,
  UPDATE_MY_ABOUT_ME,
  WITHDRAW_MY_CONSENT,
  WITHDRAW_MY_REQUEST,
  type SupportRequest,
} from './seekers-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

/** Each queue test gets a scheme of its own, so places in the queue are exact. */
async function freshScheme(): Promise<Scheme> {
  return createScheme(kindred);
}
const seekerIn = (scheme: Scheme, name = 'Margaret') => signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), scheme);
const sql = (text: string, params: unknown[] = []) => kindred.orm.em.fork().getConnection().execute(text, params);

describe('about me', () => {
  it('starts empty, and reading it saves nothing', async () => {
    const scheme = await freshScheme();
    const { client, details } = await seekerIn(scheme);
    const support = await mySupport(client);
    expect(support.scheme.id).toBe(scheme.id);
    expect(support.aboutMe).toMatchObject({ name: details.displayName, whatMattersToMe: null, volunteerGender: 'NO_PREFERENCE' });
    expect(support.requests).toEqual([]);
    expect(await sql('select count(*)::int as n from seeker where scheme_id = ?', [scheme.id])).toEqual([{ n: 0 }]);
  });

  it('refuses to record access needs until the person agrees, and then records their consent in their words', async () => {
    const { client } = await seekerIn(await freshScheme());
    const refused = await client.graphql(UPDATE_MY_ABOUT_ME, { input: { ...ABOUT_MARGARET, agreeToRecordNeeds: false } });
    expectFieldProblem(refused, 'agreeToRecordNeeds');
    expect((await mySupport(client)).aboutMe.profile.accessNeeds).toEqual([]);

    const saved = await saveAboutMe(client);
    expect(saved.aboutMe.profile.accessNeeds.sort()).toEqual(['SHORT_WALK', 'TEXT_CONTACT']);
    expect(saved.consents).toEqual([
      expect.objectContaining({
        purpose: 'ACCESS_NEEDS',
        lawfulBasis: 'CONSENT',
        specialCategoryCondition: 'EXPLICIT_CONSENT',
        agreedWords: OWN_CONSENT_WORDS.ACCESS_NEEDS,
        recordedOnBehalf: false,
        withdrawnAt: null,
      }),
    ]);

    // Once agreed, needs can change without asking again, and no second consent is recorded.
    const changed = await saveAboutMe(client, { profile: { accessNeeds: ['TEXT_CONTACT'] } });
    expect(changed.aboutMe.profile.accessNeeds).toEqual(['TEXT_CONTACT']);
    expect(changed.consents).toHaveLength(1);
  });

  it('keeps answers that are not sent, and copies only what the input declares', async () => {
    const { client } = await seekerIn(await freshScheme());
    await saveAboutMe(client);
    const after = await saveAboutMe(client, { whatMattersToMe: '  Walks on the tops with my dog.  ' });
    expect(after.aboutMe.whatMattersToMe).toBe('Walks on the tops with my dog.');
    expect(after.aboutMe.profile.interests.sort()).toEqual(['chatting', 'gardening', 'singing']);
    expect(after.aboutMe.contact).toEqual({ phone: '07700 900123', email: null, address: null, preferredContact: 'TEXT' });
    expect(after.aboutMe.profile).toMatchObject({ postcode: 'HX7 8AF', area: 'HX7' });

    const sneaky = await client.graphql(UPDATE_MY_ABOUT_ME, { input: { name: 'Someone else', referralRoute: 'LINK_WORKER' } });
    expectErrorCode(sneaky, 'BAD_USER_INPUT');
  });

  it('names every wrong answer at once, and saves none of them', async () => {
    const { client } = await seekerIn(await freshScheme());
    const result = await client.graphql(UPDATE_MY_ABOUT_ME, {
      input: {
        whatMattersToMe: 'x'.repeat(2001),
        contact: { phone: 'ring me', preferredContact: 'LETTER' },
        profile: { postcode: 'ZZ1 1ZZ', interests: ['not-an-interest'] },
        preferredLanguages: ['xx'],
      },
    });
    for (const field of ['whatMattersToMe', 'contact.phone', 'contact.address', 'profile.interests', 'preferredLanguages']) {
      expectFieldProblem(result, field);
    }
    const support = await mySupport(client);
    expect(support.aboutMe.whatMattersToMe).toBeNull();
    expect(support.aboutMe.contact.phone).toBeNull();
  });

  it('withdrawing consent to record needs removes the needs', async () => {
    const { client } = await seekerIn(await freshScheme());
    const saved = await saveAboutMe(client);
    const consentId = saved.consents[0]?.id;
    const withdrawn = expectSuccess(await client.graphql<{ withdrawMyConsent: { withdrawnAt: string | null } }>(WITHDRAW_MY_CONSENT, { consentId }));
    expect(withdrawn.withdrawMyConsent.withdrawnAt).not.toBeNull();
    const after = await mySupport(client);
    expect(after.aboutMe.profile.accessNeeds).toEqual([]);
    // Recording needs again asks again.
    expectFieldProblem(await client.graphql(UPDATE_MY_ABOUT_ME, { input: { profile: { accessNeeds: ['BSL'] } } }), 'agreeToRecordNeeds');
  });
});

describe('asking for a befriender', () => {
  it('needs agreement to share what a volunteer must know, the first time', async () => {
    const { client } = await seekerIn(await freshScheme());
    const refused = await client.graphql(ASK_FOR_SUPPORT, { input: { kind: 'BEFRIENDING', contactModes: ['PHONE'] } });
    expectFieldProblem(refused, 'agreeToShareWithVolunteer');
    expect((await mySupport(client)).requests).toEqual([]);

    const request = await askForBefriender(client);
    expect(request).toMatchObject({ kind: 'BEFRIENDING', status: 'WAITING', contactModes: ['IN_PERSON', 'PHONE'] });
    expect(request.queue).toMatchObject({ position: 1, ahead: 0, inQueue: 1, inWords: 'You are next in the queue for a befriender.' });
    const consent = (await mySupport(client)).consents.find((c) => c.purpose === 'SHARE_WITH_VOLUNTEER');
    expect(consent).toMatchObject({ agreedWords: OWN_CONSENT_WORDS.SHARE_WITH_VOLUNTEER, recordedOnBehalf: false });
  });

  it('asks for at least one way to keep in touch, and no activity for a befriender', async () => {
    const { client } = await seekerIn(await freshScheme());
    const result = await client.graphql(ASK_FOR_SUPPORT, {
      input: { kind: 'BEFRIENDING', contactModes: [], activityId: crypto.randomUUID(), agreeToShareWithVolunteer: true },
    });
    expectFieldProblem(result, 'contactModes');
    expectFieldProblem(result, 'activityId');
  });

  it('allows one open befriending request at a time, even when asked for twice at once', async () => {
    const { client } = await seekerIn(await freshScheme());
    await saveAboutMe(client);
    const input = { kind: 'BEFRIENDING', contactModes: ['PHONE'], agreeToShareWithVolunteer: true };
    const results = await Promise.all(Array.from({ length: 4 }, () => client.graphql(ASK_FOR_SUPPORT, { input })));
    expect(results.filter((r) => r.data?.askForSupport)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.data?.askForSupport)) expectFieldProblem(refused, 'kind');
    expect((await mySupport(client)).requests).toHaveLength(1);
  });

  it('tells each person their place, longest wait first, and moves them up when someone ahead stops waiting', async () => {
    const scheme = await freshScheme();
    const people: SignedIn[] = [];
    const requests: SupportRequest[] = [];
    for (const name of ['Joan', 'Derek', 'Margaret']) {
      const person = await seekerIn(scheme, name);
      people.push(person);
      requests.push(await askForBefriender(person.client));
    }
    const margaret = people[2]!;
    expect((await mySupport(margaret.client)).requests[0]?.queue).toMatchObject({
      position: 3,
      ahead: 2,
      inQueue: 3,
      inWords: 'You are 3rd in the queue for a befriender.',
      typicalWaitWeeks: null,
      typicalWaitInWords: null,
    });

    const withdrawn = expectSuccess(
      await people[0]!.client.graphql<{ withdrawMyRequest: SupportRequest }>(WITHDRAW_MY_REQUEST, { requestId: requests[0]!.id }),
    ).withdrawMyRequest;
    expect(withdrawn).toMatchObject({ status: 'CLOSED', closedReason: 'WITHDRAWN_BY_PERSON', queue: null });
    expect((await mySupport(margaret.client)).requests[0]?.queue?.inWords).toBe('You are 2nd in the queue for a befriender.');

    // Withdrawing twice is refused; asking again afterwards joins the back of the queue.
    expectFieldProblem(await people[0]!.client.graphql(WITHDRAW_MY_REQUEST, { requestId: requests[0]!.id }), 'requestId');
    expect((await askForBefriender(people[0]!.client)).queue?.position).toBe(3);
  });

  it('says how long people usually wait only when enough recent matches show it', async () => {
    const scheme = await freshScheme();
    const matched: SupportRequest[] = [];
    for (let i = 0; i < 5; i++) matched.push(await askForBefriender((await seekerIn(scheme, `Matched ${i}`)).client));
    const waiting = await seekerIn(scheme, 'Waiting');
    await askForBefriender(waiting.client);

    // Stands in for the matching slice: four of the five found a volunteer after about four weeks.
    const matchWaits = async (count: number) => {
      for (const request of matched.slice(0, count)) {
        await sql(
          `update support_request set status = 'MATCHED', created_at = now() - interval '35 days', matched_at = now() - interval '7 days' where id = ?`,
          [request.id],
        );
      }
    };
    await matchWaits(4);
    expect((await mySupport(waiting.client)).requests[0]?.queue?.typicalWaitWeeks).toBeNull();
    await matchWaits(5);
    expect((await mySupport(waiting.client)).requests[0]?.queue).toMatchObject({
      position: 1,
      typicalWaitWeeks: 4,
      typicalWaitInWords: 'People usually wait about 4 weeks for a befriender here.',
    });
  });

  it('is refused for a person who is not seeking company in that scheme', async () => {
    const scheme = await freshScheme();
    const { client } = await seekerIn(scheme);
    const other = await freshScheme();
    const result = await client.graphql(ASK_FOR_SUPPORT, {
      input: { schemeId: other.id, kind: 'BEFRIENDING', contactModes: ['PHONE'], agreeToShareWithVolunteer: true },
    });
    expectErrorCode(result, 'NOT_FOUND');
    // A link worker of the scheme is staff, not a person seeking company.
    const linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Lin Worker');
    expectErrorCode(await linkWorker.client.graphql(ASK_FOR_SUPPORT, { input: { kind: 'BEFRIENDING', contactModes: ['PHONE'] } }), 'FORBIDDEN');
  });
});
