/**
 * The privacy matrix for every query and mutation of the seekers slice: each is tried as nobody, the
 * owner, another person of the same role, a link worker of another scheme and an admin, and also as a
 * volunteer, a community builder and the scheme's own link worker. A refusal must change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import type { GraphQLResult, Person } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  ASK_FOR_SUPPORT,
  consentGiven,
  MY_SUPPORT,
  RECORD_CONSENT,
  RECORD_CONTACT,
  REFER_PERSON,
  referral,
  SEEKER_QUERY,
  seekerRecord,
  UPDATE_MY_ABOUT_ME,
  WAITING_LIST,
  waitingListOf,
  waitingSeeker,
  WITHDRAW_CONSENT,
  WITHDRAW_MY_CONSENT,
  WITHDRAW_MY_REQUEST,
  type MySupport,
  type SeekerRecord,
  type SupportRequest,
} from './seekers-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
});

/** A fresh owner for each case: a person waiting for a befriender, with needs and consents on record. */
type Fixture = {
  owner: SignedIn;
  another: SignedIn;
  seekerId: string;
  request: SupportRequest;
  consentId: string;
};

async function fixture(): Promise<Fixture> {
  const owner = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Olive Owner' }), cast.scheme);
  const another = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Stan Seeker' }), cast.scheme);
  const { request, support } = await waitingSeeker(owner);
  const entry = (await waitingListOf(cast.linkWorker.client, cast.scheme.id)).find((e) => e.request.id === request.id);
  const consentId = support.consents.find((c) => c.purpose === 'ACCESS_NEEDS')?.id ?? '';
  return { owner, another, seekerId: entry?.seekerId ?? '', request, consentId };
}

type Caller = 'nobody' | 'owner' | 'another seeker' | 'other scheme link worker' | 'admin' | 'volunteer' | 'community builder' | 'link worker';
const CALLERS: Caller[] = ['nobody', 'owner', 'another seeker', 'other scheme link worker', 'admin', 'volunteer', 'community builder', 'link worker'];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

function clientOf(caller: Caller, f: Fixture): Person {
  switch (caller) {
    case 'nobody':
      return cast.nobody;
    case 'owner':
      return f.owner.client;
    case 'another seeker':
      return f.another.client;
    case 'other scheme link worker':
      return cast.otherSchemeLinkWorker.client;
    case 'admin':
      return cast.admin.client;
    case 'volunteer':
      return cast.volunteer.client;
    case 'community builder':
      return cast.communityBuilder.client;
    case 'link worker':
      return cast.linkWorker.client;
  }
}

type Operation = {
  name: string;
  run: (client: Person, f: Fixture) => Promise<GraphQLResult<Record<string, unknown>>>;
  outcomes: Record<Caller, Outcome>;
  /** What a successful answer must (and must not) show. */
  onSuccess?: (data: Record<string, unknown>, f: Fixture, caller: Caller) => void | Promise<void>;
};

/** Own-record operations: only people seeking company may call them, and each acts on their own record. */
const PERSONAL: Record<Caller, Outcome> = {
  nobody: 'UNAUTHENTICATED',
  owner: 'OK',
  'another seeker': 'OK',
  'other scheme link worker': 'FORBIDDEN',
  admin: 'FORBIDDEN',
  volunteer: 'FORBIDDEN',
  'community builder': 'FORBIDDEN',
  'link worker': 'FORBIDDEN',
};
/** Operations on one of the owner's records by id: another person's id looks like nothing at all. */
const OWNER_ONLY: Record<Caller, Outcome> = { ...PERSONAL, 'another seeker': 'NOT_FOUND' };
/** Casework: the scheme's link workers and administrators only. */
const CASEWORK: Record<Caller, Outcome> = {
  nobody: 'UNAUTHENTICATED',
  owner: 'FORBIDDEN',
  'another seeker': 'FORBIDDEN',
  'other scheme link worker': 'NOT_FOUND',
  admin: 'OK',
  volunteer: 'FORBIDDEN',
  'community builder': 'FORBIDDEN',
  'link worker': 'OK',
};

const OPERATIONS: Operation[] = [
  {
    name: 'mySupport',
    run: (client) => client.graphql(MY_SUPPORT),
    outcomes: PERSONAL,
    onSuccess: (data, f, caller) => {
      const support = data.mySupport as MySupport;
      if (caller === 'owner') {
        expect(support.aboutMe.contact.phone).toBe('07700 900123');
        expect(support.requests[0]?.queue?.inWords).toMatch(/in the queue for a befriender/);
      } else {
        // Another person sees only their own (empty) record.
        expect(support.aboutMe.name).toBe(f.another.details.displayName);
        expect(support.aboutMe.whatMattersToMe).toBeNull();
        expect(support.aboutMe.contact.phone).toBeNull();
        expect(support.requests).toEqual([]);
      }
    },
  },
  {
    name: 'updateMyAboutMe',
    run: (client) => client.graphql(UPDATE_MY_ABOUT_ME, { input: { whatMattersToMe: 'Changed by whoever called' } }),
    outcomes: PERSONAL,
  },
  {
    name: 'askForSupport',
    run: (client) => client.graphql(ASK_FOR_SUPPORT, { input: { kind: 'BEFRIENDING', contactModes: ['PHONE'], agreeToShareWithVolunteer: true } }),
    // The owner is already waiting for a befriender, so asking again is refused as bad input.
    outcomes: { ...PERSONAL, owner: 'OK' },
  },
  {
    name: 'withdrawMyRequest',
    run: (client, f) => client.graphql(WITHDRAW_MY_REQUEST, { requestId: f.request.id }),
    outcomes: OWNER_ONLY,
  },
  {
    name: 'withdrawMyConsent',
    run: (client, f) => client.graphql(WITHDRAW_MY_CONSENT, { consentId: f.consentId }),
    outcomes: OWNER_ONLY,
  },
  {
    name: 'seeker',
    run: (client, f) => client.graphql(SEEKER_QUERY, { id: f.seekerId }),
    outcomes: CASEWORK,
    onSuccess: (data) => {
      const seeker = data.seeker as SeekerRecord;
      expect(seeker.aboutMe.contact.phone).toBe('07700 900123');
      expect(seeker.aboutMe.profile.accessNeeds).toEqual(expect.arrayContaining(['TEXT_CONTACT']));
    },
  },
  {
    name: 'waitingList',
    run: (client) => client.graphql(WAITING_LIST, { schemeId: cast.scheme.id }),
    outcomes: CASEWORK,
    onSuccess: (data, f) => {
      const list = data.waitingList as Array<{ request: { id: string } }>;
      expect(list.map((e) => e.request.id)).toContain(f.request.id);
    },
  },
  {
    name: 'referPerson',
    run: (client) => client.graphql(REFER_PERSON, { input: referral(cast.scheme.id, { name: 'Referred By Whoever Called' }) }),
    outcomes: CASEWORK,
  },
  {
    name: 'recordContact',
    run: (client, f) => client.graphql(RECORD_CONTACT, { input: { seekerId: f.seekerId, method: 'PHONE', note: 'Rang to say hello' } }),
    outcomes: CASEWORK,
  },
  {
    name: 'recordConsent',
    run: (client, f) => client.graphql(RECORD_CONSENT, { input: { seekerId: f.seekerId, ...consentGiven('REFERRAL') } }),
    outcomes: CASEWORK,
  },
  {
    name: 'withdrawConsent',
    run: (client, f) => client.graphql(WITHDRAW_CONSENT, { consentId: f.consentId }),
    outcomes: CASEWORK,
  },
];

/** The owner's record as their own link worker sees it: nothing a refused call could have changed. */
async function ownerState(f: Fixture) {
  const record = await seekerRecord(cast.linkWorker.client, f.seekerId);
  // People who join the queue later do not change the owner's place, only its length.
  for (const request of record.requests) if (request.queue) request.queue.inQueue = 0;
  const list = await waitingListOf(cast.linkWorker.client, cast.scheme.id);
  return {
    record,
    referredByCaller: list.filter((e) => e.name === 'Referred By Whoever Called').length,
  };
}

describe.each(OPERATIONS)('$name', (operation) => {
  // Refusals first: negative cases before the ones that succeed.
  const callers = [...CALLERS].sort((a, b) => Number(operation.outcomes[a] === 'OK') - Number(operation.outcomes[b] === 'OK'));

  it.each(callers)('as %s', async (caller) => {
    const f = await fixture();
    const before = await ownerState(f);
    const result = await operation.run(clientOf(caller, f), f);
    const outcome = operation.outcomes[caller];

    if (outcome !== 'OK') {
      expectErrorCode(result, outcome);
      expect(result.data ?? null, 'a refusal carries no data').toBeNull();
      const after = await ownerState(f);
      expect(after.record, 'a refusal changes nothing about the person').toEqual(before.record);
      expect(after.referredByCaller, 'a refused referral saves nobody').toBe(before.referredByCaller);
      return;
    }
    if (operation.name === 'askForSupport' && caller === 'owner') {
      // Already waiting: refused as bad input, and still one open befriending request.
      expectErrorCode(result, 'BAD_USER_INPUT');
      expect((await ownerState(f)).record.requests).toHaveLength(1);
      return;
    }
    const data = expectSuccess(result);
    await operation.onSuccess?.(data, f, caller);
    if (caller === 'another seeker') {
      // Another person acting on their own record leaves the owner's alone.
      expect((await ownerState(f)).record).toEqual(before.record);
    }
  });
});
