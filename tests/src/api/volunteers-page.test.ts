/**
 * The volunteering page (myVolunteering) is read as plain rows in one statement, while the answer
 * to each of the volunteer's own changes is presented from the loaded record: the two must show
 * the record identically, from the first visit (which makes the record) to approval, with the
 * names of the staff who recorded each check and confirmed each skill.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred, type Person } from '../support/kindred.ts';
import { approvedVolunteer } from './matching-support.ts';
import { CONFIRM_SKILL, MY_VOLUNTEERING, PAUSE_MY_VOLUNTEERING, RESUME_MY_VOLUNTEERING, type VolunteerView } from './volunteers-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
afterAll(() => kindred.close());

let cast: Cast;

const page = async (client: Person) => expectSuccess(await client.graphql<{ myVolunteering: VolunteerView[] }>(MY_VOLUNTEERING)).myVolunteering;
/** The record as the answer to a change presents it: resuming when not paused changes nothing. */
const asAnswered = async (client: Person, volunteerId: string) =>
  expectSuccess(await client.graphql<{ resumeMyVolunteering: VolunteerView }>(RESUME_MY_VOLUNTEERING, { volunteerId })).resumeMyVolunteering;

beforeAll(async () => {
  cast = await buildCast(kindred);
}, 120_000);

describe('myVolunteering', () => {
  it('makes the record on the first visit, and shows it as a change would answer', async () => {
    const [first, ...others] = await page(cast.anotherVolunteer.client);
    expect(others).toEqual([]);
    expect(first).toMatchObject({ displayName: 'Vic Volunteer', references: [], dbsCheck: null, applicationSentOn: null, vetting: { stage: 'APPLICATION' } });
    expect(await page(cast.anotherVolunteer.client)).toEqual([first]);
    expect(await asAnswered(cast.anotherVolunteer.client, first!.id)).toEqual(first);
  });

  it('shows an approved volunteer’s whole vetting, with who recorded and confirmed what', async () => {
    const volunteerId = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
    expectSuccess(await cast.linkWorker.client.graphql(CONFIRM_SKILL, { input: { volunteerId, skill: 'DRIVES_CAR', confirmed: true } }));
    const [mine] = await page(cast.volunteer.client);
    expect(mine).toMatchObject({ id: volunteerId, approvedBy: 'Lin Worker', vetting: { stage: 'APPROVED' }, skills: [{ skill: 'DRIVES_CAR', confirmed: true, confirmedBy: 'Lin Worker' }] });
    expect(mine!.references.map((r) => [r.status, r.receivedBy, r.verifiedBy])).toEqual([
      ['VERIFIED', 'Lin Worker', 'Lin Worker'],
      ['VERIFIED', 'Lin Worker', 'Lin Worker'],
    ]);
    expect(mine!.dbsCheck).toMatchObject({ current: true, recordedBy: 'Lin Worker' });
    expect(mine!.training.every((t) => t.completedOn !== null && t.recordedBy === 'Lin Worker')).toBe(true);
    expect(await asAnswered(cast.volunteer.client, volunteerId)).toEqual(mine);
  });

  it('shows a pause as the pause answered it', async () => {
    const [{ id }] = (await page(cast.volunteer.client)) as [VolunteerView];
    const paused = expectSuccess(
      await cast.volunteer.client.graphql<{ pauseMyVolunteering: VolunteerView }>(PAUSE_MY_VOLUNTEERING, { volunteerId: id, reason: 'Away for a month' }),
    ).pauseMyVolunteering;
    expect(paused).toMatchObject({ paused: true, pauseReason: 'Away for a month' });
    expect(await page(cast.volunteer.client)).toEqual([paused]);
  });
});
