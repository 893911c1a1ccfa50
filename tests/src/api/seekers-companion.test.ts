/** Asking for a companion to a first session of an activity in the scheme's directory. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createScheme, signUp, theAdmin, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { ASK_FOR_SUPPORT, mySupport, waitingListOf, type SupportRequest } from './seekers-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

const CREATE_ACTIVITY = `mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {
  createActivity(schemeId: $schemeId, input: $input) { id title nextSessions { startsAt summary } } }`;
type Activity = { id: string; title: string; nextSessions: Array<{ startsAt: string; summary: string }> };

let scheme: Scheme;
let linkWorker: SignedIn;
let choir: Activity;

async function addActivity(where: Scheme, by: SignedIn, title: string): Promise<Activity> {
  const input = {
    title,
    organiserName: 'Calder Valley Voices',
    venueName: 'Hope Chapel',
    addressLine1: 'Hope Street',
    town: 'Hebden Bridge',
    postcode: 'HX7 8AF',
    features: ['STEP_FREE', 'HEARING_LOOP'],
    isFree: true,
    schedules: [{ frequency: 'WEEKLY', interval: 1, byDay: [{ day: 'TUE' }], startTime: '13:30', endTime: '15:30' }],
  };
  return expectSuccess(await by.client.graphql<{ createActivity: Activity }>(CREATE_ACTIVITY, { schemeId: where.id, input })).createActivity;
}

beforeAll(async () => {
  await theAdmin(kindred);
  scheme = await createScheme(kindred, 'Calder Valley Connect');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
  choir = await addActivity(scheme, linkWorker, 'Tuesday afternoon singing group');
});

const ask = (person: SignedIn, input: Record<string, unknown>) =>
  person.client.graphql<{ askForSupport: SupportRequest }>(ASK_FOR_SUPPORT, {
    input: { kind: 'FIRST_SESSION_COMPANION', contactModes: ['PHONE'], agreeToShareWithVolunteer: true, ...input },
  });

describe('a companion for a first visit', () => {
  it('is asked for one session of a directory activity, and waits in its own queue', async () => {
    const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Joan' }), scheme);
    const session = choir.nextSessions[1]!;
    const request = expectSuccess(await ask(person, { activityId: choir.id, sessionStartsAt: session.startsAt })).askForSupport;
    expect(request).toMatchObject({
      kind: 'FIRST_SESSION_COMPANION',
      status: 'WAITING',
      activityId: choir.id,
      activityTitle: 'Tuesday afternoon singing group',
      sessionStartsAt: session.startsAt,
      queue: { position: 1, inWords: 'You are next in the queue for a companion for a first visit.' },
    });
    // A companion request does not stop the person asking for a befriender as well, nor for another session.
    const another = await ask(person, { activityId: choir.id, sessionStartsAt: choir.nextSessions[2]!.startsAt });
    expectSuccess(another);
    expect((await mySupport(person.client)).requests).toHaveLength(2);
    const listed = (await waitingListOf(linkWorker.client, scheme.id)).find((e) => e.request.id === request.id);
    expect(listed?.request.activityTitle).toBe('Tuesday afternoon singing group');
  });

  it('must be for a time the activity actually meets', async () => {
    const person = await signUp(kindred, 'SEEKER', buildPerson(), scheme);
    const wrongTime = new Date(new Date(choir.nextSessions[0]!.startsAt).getTime() + 60 * 60 * 1000).toISOString();
    expectFieldProblem(await ask(person, { activityId: choir.id, sessionStartsAt: wrongTime }), 'sessionStartsAt');
    expectFieldProblem(await ask(person, { activityId: choir.id, sessionStartsAt: new Date(Date.now() - 86_400_000).toISOString() }), 'sessionStartsAt');
    expect((await mySupport(person.client)).requests).toEqual([]);
  });

  it('must be for an activity in the person’s own scheme', async () => {
    const elsewhere = await createScheme(kindred, 'Leeds North West Befriending');
    const leedsWorker = await appoint(kindred, 'LINK_WORKER', elsewhere, 'Tom Lister');
    const leedsChoir = await addActivity(elsewhere, leedsWorker, 'Headingley community choir');
    const person = await signUp(kindred, 'SEEKER', buildPerson(), scheme);
    const result = await ask(person, { activityId: leedsChoir.id, sessionStartsAt: leedsChoir.nextSessions[0]!.startsAt });
    expectFieldProblem(result, 'activityId');
  });
});
