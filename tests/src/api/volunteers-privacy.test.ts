/**
 * The privacy matrix: every query and mutation of volunteering and vetting, tried as nobody, the
 * owner, another volunteer, a link worker of another scheme and an admin (and, because they are
 * there, a link worker and others of the same scheme). Refusals come first and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { errorCodes, expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import type { GraphQLResult, Person } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  ADD_MY_REFEREES,
  APPROVE_VOLUNTEER,
  CONFIRM_SKILL,
  MY_VOLUNTEERING,
  myVolunteer,
  PAUSE_MY_VOLUNTEERING,
  READY_PROFILE,
  recentDate,
  RECORD_DBS_CHECK,
  RECORD_REFERENCE,
  RECORD_TRAINING,
  REMOVE_MY_REFEREE,
  RESUME_MY_VOLUNTEERING,
  SEND_MY_APPLICATION,
  sendApplication,
  TWO_REFEREES,
  UPDATE_MY_PROFILE,
  VERIFY_REFERENCE,
  vetUpToApproval,
  VETTING_QUEUE,
  VOLUNTEER,
  type VolunteerView,
} from './volunteers-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
});
afterAll(() => kindred.close());

const ACTORS = ['nobody', 'owner', 'anotherVolunteer', 'otherSchemeLinkWorker', 'admin', 'linkWorker', 'communityBuilder', 'seeker'] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/** The volunteer whose record is at stake, and how far their vetting has got. */
type Target = { owner: SignedIn; record: VolunteerView };
type Stage = 'new' | 'filled' | 'sent' | 'ready';

async function target(stage: Stage): Promise<Target> {
  const owner = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Olga Owner' }), cast.scheme);
  let record = await myVolunteer(owner.client);
  if (stage === 'filled') {
    expectSuccess(await owner.client.graphql(UPDATE_MY_PROFILE, { volunteerId: record.id, input: READY_PROFILE }));
    record = expectSuccess(await owner.client.graphql<{ addMyReferees: VolunteerView }>(ADD_MY_REFEREES, { volunteerId: record.id, referees: TWO_REFEREES }))
      .addMyReferees;
  }
  if (stage === 'sent' || stage === 'ready') record = await sendApplication(owner);
  if (stage === 'ready') record = await vetUpToApproval(cast.linkWorker.client, record);
  return { owner, record };
}

function clientOf(actor: Actor, t: Target): Person {
  switch (actor) {
    case 'nobody':
      return cast.nobody;
    case 'owner':
      return t.owner.client;
    case 'anotherVolunteer':
      return cast.anotherVolunteer.client;
    default:
      return cast[actor].client;
  }
}

const OWNER_ONLY: Record<Actor, Outcome> = {
  nobody: 'UNAUTHENTICATED',
  owner: 'OK',
  anotherVolunteer: 'NOT_FOUND',
  otherSchemeLinkWorker: 'FORBIDDEN',
  admin: 'FORBIDDEN',
  linkWorker: 'FORBIDDEN',
  communityBuilder: 'FORBIDDEN',
  seeker: 'FORBIDDEN',
};

const STAFF_OF_SCHEME: Record<Actor, Outcome> = {
  nobody: 'UNAUTHENTICATED',
  owner: 'FORBIDDEN',
  anotherVolunteer: 'FORBIDDEN',
  otherSchemeLinkWorker: 'NOT_FOUND',
  admin: 'OK',
  linkWorker: 'OK',
  communityBuilder: 'FORBIDDEN',
  seeker: 'FORBIDDEN',
};

type Operation = {
  name: string;
  stage: Stage;
  outcomes: Record<Actor, Outcome>;
  run: (client: Person, t: Target) => Promise<GraphQLResult<Record<string, unknown>>>;
};

const volunteerId = (t: Target) => t.record.id;
const firstReference = (t: Target) => t.record.references[0]?.id;

const OPERATIONS: Operation[] = [
  { name: 'updateMyVolunteerProfile', stage: 'new', outcomes: OWNER_ONLY, run: (c, t) => c.graphql(UPDATE_MY_PROFILE, { volunteerId: volunteerId(t), input: { capacity: 4, gender: 'Changed' } }) },
  { name: 'addMyReferees', stage: 'new', outcomes: OWNER_ONLY, run: (c, t) => c.graphql(ADD_MY_REFEREES, { volunteerId: volunteerId(t), referees: [TWO_REFEREES[0]] }) },
  { name: 'removeMyReferee', stage: 'sent', outcomes: OWNER_ONLY, run: (c, t) => c.graphql(REMOVE_MY_REFEREE, { referenceId: firstReference(t) }) },
  { name: 'sendMyVolunteerApplication', stage: 'filled', outcomes: OWNER_ONLY, run: (c, t) => c.graphql(SEND_MY_APPLICATION, { volunteerId: volunteerId(t) }) },
  { name: 'pauseMyVolunteering', stage: 'new', outcomes: OWNER_ONLY, run: (c, t) => c.graphql(PAUSE_MY_VOLUNTEERING, { volunteerId: volunteerId(t), reason: 'A break' }) },
  { name: 'resumeMyVolunteering', stage: 'new', outcomes: OWNER_ONLY, run: (c, t) => c.graphql(RESUME_MY_VOLUNTEERING, { volunteerId: volunteerId(t) }) },
  { name: 'volunteer', stage: 'sent', outcomes: STAFF_OF_SCHEME, run: (c, t) => c.graphql(VOLUNTEER, { id: volunteerId(t) }) },
  { name: 'recordReference', stage: 'sent', outcomes: STAFF_OF_SCHEME, run: (c, t) => c.graphql(RECORD_REFERENCE, { referenceId: firstReference(t) }) },
  { name: 'verifyReference', stage: 'sent', outcomes: STAFF_OF_SCHEME, run: (c, t) => c.graphql(VERIFY_REFERENCE, { referenceId: firstReference(t) }) },
  {
    name: 'recordDbsCheck',
    stage: 'sent',
    outcomes: STAFF_OF_SCHEME,
    run: (c, t) => c.graphql(RECORD_DBS_CHECK, { input: { volunteerId: volunteerId(t), level: 'ENHANCED', issuedOn: recentDate(1), certificateNumber: '111122223333' } }),
  },
  {
    name: 'recordTraining',
    stage: 'sent',
    outcomes: STAFF_OF_SCHEME,
    run: (c, t) => c.graphql(RECORD_TRAINING, { input: { volunteerId: volunteerId(t), module: 'SAFEGUARDING', completedOn: recentDate(1) } }),
  },
  { name: 'approveVolunteer', stage: 'ready', outcomes: STAFF_OF_SCHEME, run: (c, t) => c.graphql(APPROVE_VOLUNTEER, { volunteerId: volunteerId(t) }) },
  {
    name: 'confirmVolunteerSkill',
    stage: 'sent',
    outcomes: STAFF_OF_SCHEME,
    run: (c, t) => c.graphql(CONFIRM_SKILL, { input: { volunteerId: volunteerId(t), skill: 'DRIVES_CAR', confirmed: true } }),
  },
];

/** What the owner sees of their record. */
const snapshot = async (t: Target) => JSON.stringify(await myVolunteer(t.owner.client));

const refusals = (op: Operation) => ACTORS.filter((a) => op.outcomes[a] !== 'OK').map((actor) => ({ actor, code: op.outcomes[actor] }));
const successes = (op: Operation) => ACTORS.filter((a) => op.outcomes[a] === 'OK');

describe.each(OPERATIONS)('$name', (op) => {
  it.each(refusals(op))('refuses $actor with $code, reveals nothing and changes nothing', async ({ actor, code }) => {
    const t = await target(op.stage);
    const before = await snapshot(t);
    const result = await op.run(clientOf(actor, t), t);
    expectErrorCode(result, code);
    expect(result.data?.[op.name] ?? null).toBeNull();
    expect(result.text, 'no name of the volunteer in a refusal').not.toContain('Olga Owner');
    expect(await snapshot(t)).toBe(before);
  });

  it.each(successes(op))('lets %s do it', async (actor) => {
    const t = await target(op.stage);
    const result = await op.run(clientOf(actor, t), t);
    expect(errorCodes(result)).toEqual([]);
    expect((result.data?.[op.name] as VolunteerView | undefined)?.id).toBe(t.record.id);
  });
});

describe('myVolunteering', () => {
  it.each([
    ['nobody', 'UNAUTHENTICATED'],
    ['otherSchemeLinkWorker', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
    ['linkWorker', 'FORBIDDEN'],
    ['seeker', 'FORBIDDEN'],
  ] as const)('refuses %s with %s', async (actor, code) => {
    const t = await target('new');
    expectErrorCode(await clientOf(actor, t).graphql(MY_VOLUNTEERING), code);
  });

  it('gives the owner their own record, and another volunteer only theirs', async () => {
    const t = await target('sent');
    expect((await myVolunteer(t.owner.client)).id).toBe(t.record.id);
    const theirs = await myVolunteer(cast.anotherVolunteer.client);
    expect(theirs.id).not.toBe(t.record.id);
    expect(JSON.stringify(theirs)).not.toContain('Ann Lee');
  });
});

describe('vettingQueue', () => {
  it.each([
    ['nobody', 'UNAUTHENTICATED'],
    ['owner', 'FORBIDDEN'],
    ['anotherVolunteer', 'FORBIDDEN'],
    ['otherSchemeLinkWorker', 'NOT_FOUND'],
    ['communityBuilder', 'FORBIDDEN'],
    ['seeker', 'FORBIDDEN'],
  ] as const)('refuses %s with %s for the scheme', async (actor, code) => {
    const t = await target('sent');
    const result = await clientOf(actor, t).graphql(VETTING_QUEUE, { schemeId: cast.scheme.id });
    expectErrorCode(result, code);
    expect(result.text).not.toContain('Olga Owner');
  });

  it.each(['admin', 'linkWorker'] as const)('shows %s the scheme’s volunteers', async (actor) => {
    const t = await target('sent');
    const result = expectSuccess(await clientOf(actor, t).graphql<{ vettingQueue: Array<{ id: string }> }>(VETTING_QUEUE, { schemeId: cast.scheme.id }));
    expect(result.vettingQueue.map((v) => v.id)).toContain(t.record.id);
  });

  it('answers a made-up scheme id as not found', async () => {
    expectErrorCode(await cast.linkWorker.client.graphql(VETTING_QUEUE, { schemeId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expectErrorCode(await cast.linkWorker.client.graphql(VETTING_QUEUE, { schemeId: 'not-a-uuid' }), 'NOT_FOUND');
  });
});

describe('ids that do not exist look like ids that are not yours', () => {
  it('for the owner and for staff', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectErrorCode(await cast.volunteer.client.graphql(SEND_MY_APPLICATION, { volunteerId: unknown }), 'NOT_FOUND');
    expectErrorCode(await cast.volunteer.client.graphql(REMOVE_MY_REFEREE, { referenceId: 'nonsense' }), 'NOT_FOUND');
    expectErrorCode(await cast.linkWorker.client.graphql(VOLUNTEER, { id: unknown }), 'NOT_FOUND');
    expectErrorCode(await cast.linkWorker.client.graphql(VERIFY_REFERENCE, { referenceId: unknown }), 'NOT_FOUND');
  });
});

describe('mass assignment', () => {
  it('ignores fields an input does not declare, such as approval', async () => {
    const t = await target('new');
    const result = await t.owner.client.graphql(UPDATE_MY_PROFILE, { volunteerId: t.record.id, input: { capacity: 2, approvedAt: '2026-01-01' } });
    expectErrorCode(result, 'BAD_USER_INPUT');
    expect((await myVolunteer(t.owner.client)).approvedOn).toBeNull();
  });
});
