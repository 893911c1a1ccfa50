/**
 * The privacy matrix for every check-in query and mutation: each is tried as nobody, the owner,
 * another person seeking company, a volunteer, a community builder, the scheme's link worker, a link
 * worker of another scheme, an administrator of another scheme only, and the scheme's administrator.
 * A refusal carries no data and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createAdmin, signUp, type Admin, type SignedIn } from '../support/factories.ts';
import type { GraphQLResult, Person } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  answersFor,
  CHECK_INS_DUE,
  DECLINE,
  MY_CHECK_INS,
  MY_PROGRESS,
  moveBackMonths,
  myCheckIns,
  RECORD_BY_PHONE,
  SEEKER_CHECK_INS,
  SET_SCHEDULE,
  sql,
  submit,
  SUBMIT,
  type CheckInView,
  type ProgressPoint,
} from './outcomes-check-ins-support.ts';
import { askForBefriender, saveAboutMe } from './seekers-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
afterAll(() => kindred.close());

let cast: Cast;
let otherAdmin: Admin;
beforeAll(async () => {
  cast = await buildCast(kindred);
  otherAdmin = await createAdmin(kindred, buildPerson({ displayName: 'Ada Otheradmin' }));
}, 120_000);

/** A fresh owner for each case: a baseline answered three months ago and the follow-up due today. */
type Fixture = { owner: SignedIn; seekerId: string; checkIn: CheckInView };

async function fixture(): Promise<Fixture> {
  const owner = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Olive Owner' }), cast.scheme);
  await saveAboutMe(owner.client);
  await askForBefriender(owner.client);
  const [baseline] = await myCheckIns(owner.client);
  await submit(owner.client, baseline!.id, answersFor());
  const [row] = await sql<{ seeker_id: string }>(kindred, 'select seeker_id from check_in where id = ?', [baseline!.id]);
  await moveBackMonths(kindred, row!.seeker_id, 3);
  const [checkIn] = await myCheckIns(owner.client);
  return { owner, seekerId: row!.seeker_id, checkIn: checkIn! };
}

type Caller = 'nobody' | 'owner' | 'another seeker' | 'volunteer' | 'community builder' | 'link worker' | 'other scheme link worker' | 'other scheme admin' | 'admin';
const CALLERS: Caller[] = ['nobody', 'owner', 'another seeker', 'volunteer', 'community builder', 'link worker', 'other scheme link worker', 'other scheme admin', 'admin'];
type Outcome = 'OK' | 'EMPTY' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

function clientOf(caller: Caller, f: Fixture): Person {
  switch (caller) {
    case 'nobody':
      return cast.nobody;
    case 'owner':
      return f.owner.client;
    case 'another seeker':
      return cast.anotherSeeker.client;
    case 'volunteer':
      return cast.volunteer.client;
    case 'community builder':
      return cast.communityBuilder.client;
    case 'link worker':
      return cast.linkWorker.client;
    case 'other scheme link worker':
      return cast.otherSchemeLinkWorker.client;
    case 'other scheme admin':
      return otherAdmin.client;
    case 'admin':
      return cast.admin.client;
  }
}

/** The person's own: anyone signed in may ask, and sees only their own (nothing, for anyone else). */
const OWN_LIST: Record<Caller, Outcome> = {
  nobody: 'UNAUTHENTICATED',
  owner: 'OK',
  'another seeker': 'EMPTY',
  volunteer: 'EMPTY',
  'community builder': 'EMPTY',
  'link worker': 'EMPTY',
  'other scheme link worker': 'EMPTY',
  'other scheme admin': 'EMPTY',
  admin: 'EMPTY',
};
/** Acting on the owner's check-in as the person: only the owner; to anyone else it does not exist. */
const OWNER_ONLY: Record<Caller, Outcome> = {
  nobody: 'UNAUTHENTICATED',
  owner: 'OK',
  'another seeker': 'NOT_FOUND',
  volunteer: 'NOT_FOUND',
  'community builder': 'NOT_FOUND',
  'link worker': 'NOT_FOUND',
  'other scheme link worker': 'NOT_FOUND',
  'other scheme admin': 'NOT_FOUND',
  admin: 'NOT_FOUND',
};
/** Casework: the scheme's link workers and administrators only. */
const CASEWORK: Record<Caller, Outcome> = {
  nobody: 'UNAUTHENTICATED',
  owner: 'FORBIDDEN',
  'another seeker': 'FORBIDDEN',
  volunteer: 'FORBIDDEN',
  'community builder': 'FORBIDDEN',
  'link worker': 'OK',
  'other scheme link worker': 'NOT_FOUND',
  'other scheme admin': 'NOT_FOUND',
  admin: 'OK',
};

type Operation = {
  name: string;
  run: (client: Person, f: Fixture) => Promise<GraphQLResult<Record<string, unknown>>>;
  outcomes: Record<Caller, Outcome>;
  /** The list or object in a successful answer. */
  result: (data: Record<string, unknown>) => unknown;
  onSuccess?: (value: unknown, f: Fixture) => void;
};

const OPERATIONS: Operation[] = [
  {
    name: 'myCheckIns',
    run: (client) => client.graphql(MY_CHECK_INS),
    outcomes: OWN_LIST,
    result: (data) => data.myCheckIns,
    onSuccess: (value, f) => expect((value as CheckInView[]).map((c) => c.id)).toEqual([f.checkIn.id]),
  },
  {
    name: 'myProgress',
    run: (client) => client.graphql(MY_PROGRESS),
    outcomes: OWN_LIST,
    result: (data) => data.myProgress,
    // The owner has answered only the baseline so far: nothing to compare yet.
    onSuccess: (value) => expect(value as ProgressPoint[]).toEqual([]),
  },
  {
    name: 'checkInsDue',
    run: (client) => client.graphql(CHECK_INS_DUE, { schemeId: cast.scheme.id }),
    outcomes: CASEWORK,
    result: (data) => data.checkInsDue,
    onSuccess: (value, f) => expect((value as CheckInView[]).map((c) => c.id)).toContain(f.checkIn.id),
  },
  {
    name: 'seekerCheckIns',
    run: (client, f) => client.graphql(SEEKER_CHECK_INS, { seekerId: f.seekerId }),
    outcomes: CASEWORK,
    result: (data) => data.seekerCheckIns,
    onSuccess: (value) => expect((value as CheckInView[]).map((c) => c.occasion)).toEqual(['BASELINE', 'FOLLOW_UP', 'FOLLOW_UP']),
  },
  {
    name: 'submitCheckIn',
    run: (client, f) => client.graphql(SUBMIT, { input: { checkInId: f.checkIn.id, responses: answersFor() } }),
    outcomes: OWNER_ONLY,
    result: (data) => data.submitCheckIn,
    onSuccess: (value) => expect(value).toMatchObject({ status: 'COMPLETED', onBehalf: false }),
  },
  {
    name: 'recordCheckInByPhone',
    run: (client, f) => client.graphql(RECORD_BY_PHONE, { input: { checkInId: f.checkIn.id, responses: answersFor() } }),
    outcomes: CASEWORK,
    result: (data) => data.recordCheckInByPhone,
    onSuccess: (value) => expect(value).toMatchObject({ status: 'COMPLETED', onBehalf: true }),
  },
  {
    name: 'declineCheckIn',
    run: (client, f) => client.graphql(DECLINE, { checkInId: f.checkIn.id }),
    // The person, or staff of their scheme; to anyone else it does not exist.
    outcomes: { ...OWNER_ONLY, 'link worker': 'OK', admin: 'OK' },
    result: (data) => data.declineCheckIn,
    onSuccess: (value) => expect(value).toMatchObject({ status: 'DECLINED' }),
  },
  {
    name: 'setCheckInSchedule',
    run: (client) => client.graphql(SET_SCHEDULE, { schemeId: cast.scheme.id, followUpMonths: [3, 6] }),
    outcomes: { ...CASEWORK, 'link worker': 'FORBIDDEN', 'other scheme link worker': 'FORBIDDEN' },
    result: (data) => data.setCheckInSchedule,
    onSuccess: (value) => expect(value).toBe(true),
  },
];

/** Everything a refused call could have changed about the owner's check-ins. */
async function ownerState(f: Fixture) {
  return sql(
    kindred,
    `select id, status, completed_at, recorded_by_id, on_behalf, responses from check_in where seeker_id = ? order by created_at, months_after_baseline`,
    [f.seekerId],
  );
}

describe.each(OPERATIONS)('$name', (operation) => {
  // Refusals first: negative cases before the ones that succeed.
  const callers = [...CALLERS].sort((a, b) => Number(operation.outcomes[a] === 'OK') - Number(operation.outcomes[b] === 'OK'));

  it.each(callers)('as %s', async (caller) => {
    const f = await fixture();
    const before = await ownerState(f);
    const result = await operation.run(clientOf(caller, f), f);
    const outcome = operation.outcomes[caller];

    if (outcome === 'OK') {
      operation.onSuccess?.(operation.result(expectSuccess(result)), f);
      return;
    }
    if (outcome === 'EMPTY') {
      expect(operation.result(expectSuccess(result)), 'someone else sees nothing of the owner’s').toEqual([]);
    } else {
      expectErrorCode(result, outcome);
      expect(result.data ?? null, 'a refusal carries no data').toBeNull();
    }
    expect(await ownerState(f), 'a refusal changes nothing').toEqual(before);
  });
});
