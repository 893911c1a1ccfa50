/**
 * The demo's volunteers are at the points of vetting the README promises, and the hourly lapsed-DBS
 * check runs when Kindred starts: Gareth's lapsed check is told to him and to Calder's link worker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN, type Viewer } from '../support/operations.ts';
import { myVolunteer, VETTING_QUEUE, VOLUNTEER, type ToCheck, type VolunteerView } from './volunteers-support.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

async function signInAs(email: string) {
  const client = kindred.person(email);
  const viewer = expectSuccess(await client.graphql<{ signIn: Viewer }>(SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn;
  return { client, viewer };
}

describe('demo volunteers', () => {
  it('are at different stages of vetting in Calder Valley', async () => {
    const { client, viewer } = await signInAs('linkworker@example.org');
    const calder = viewer.memberships.find((m) => m.scheme.name === 'Calder Valley Connect')?.scheme;
    const queue = expectSuccess(await client.graphql<{ vettingQueue: ToCheck[] }>(VETTING_QUEUE, { schemeId: calder?.id })).vettingQueue;
    const stageOf = (name: string) => queue.find((v) => v.displayName === name)?.stage;
    expect(stageOf('Helen Brooke')).toBe('REFERENCES');
    expect(stageOf('Arthur Pickles')).toBe('APPROVED');
    expect(stageOf('Aisha Rahman')).toBe('APPROVED');
    expect(stageOf('Gareth Evans')).toBe('LAPSED');
    expect(queue.every((v) => v.area === 'HX7' || v.area === 'OL14')).toBe(true);

    const aisha = queue.find((v) => v.displayName === 'Aisha Rahman');
    const record = expectSuccess(await client.graphql<{ volunteer: VolunteerView }>(VOLUNTEER, { id: aisha?.id })).volunteer;
    expect(record.skills.filter((s) => s.confirmed).map((s) => s.skill)).toEqual(expect.arrayContaining(['SIGNS_BSL', 'DRIVES_CAR']));
    expect(record.vetting.eligibleForNewMatches).toBe(true);
  });

  it('show Helen her application waiting for references', async () => {
    const { client } = await signInAs('volunteer@example.org');
    const helen = await myVolunteer(client);
    expect(helen.vetting.stage).toBe('REFERENCES');
    expect(helen.references.map((r) => r.status)).toEqual(['RECEIVED', 'REQUESTED']);
  });

  it('tell Gareth and the link worker about his lapsed DBS check when Kindred starts', async () => {
    const toGareth = await kindred.mail.waitForMail('gareth.volunteer@example.org');
    expect(toGareth.subject).toBe('Your DBS check needs renewing');
    const toSam = await kindred.mail.waitForMail('linkworker@example.org');
    expect(toSam.text).toContain('Gareth Evans');
  });
});
