/**
 * The demo's drive: Leeds North West's open call for drivers near LS6 on weekday evenings, with
 * the two volunteers it brought at different points of the pipeline (server/src/community/drives/demo.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN, type Viewer } from '../support/operations.ts';
import { countsOf, DRIVES, driveWithFunnel, PUBLIC_DRIVE, type DriveView, type PublicDrive } from './community-drives-support.ts';
import { myVolunteer } from './volunteers-support.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

async function signInAs(email: string) {
  const client = kindred.person(email);
  const viewer = expectSuccess(await client.graphql<{ signIn: Viewer }>(SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn;
  return { client, viewer };
}

describe('the demo drive', () => {
  it('is open in Leeds, aimed at drivers near LS6 free on weekday evenings, with two volunteers at different steps', async () => {
    const { client, viewer } = await signInAs('admin@example.org');
    const leeds = viewer.memberships.find((m) => m.scheme.name === 'Leeds North West Befriending')?.scheme;
    const drives = expectSuccess(await client.graphql<{ recruitmentDrives: DriveView[] }>(DRIVES, { schemeId: leeds?.id })).recruitmentDrives;
    expect(drives.map((d) => [d.status, d.areas, d.skills, d.bands, d.signUps])).toEqual([['OPEN', ['LS6'], ['DRIVES_CAR'], ['WEEKDAY_EVENINGS'], 2]]);
    const drive = await driveWithFunnel(client, drives[0]!.id);
    expect(countsOf(drive.funnel)).toEqual([
      ['APPLIED', 2, 0, 0],
      ['REFERENCES', 1, 1, 0], // Owen waits for his second reference
      ['DBS', 1, 0, 0],
      ['TRAINED', 0, 1, 0], // Nadia is doing her training
      ['APPROVED', 0, 0, 0],
      ['FIRST_MATCH', 0, 0, 0],
      ['ACTIVE_AFTER_3_MONTHS', 0, 0, 0],
    ]);
    const seen = expectSuccess(await kindred.person().graphql<{ publicDrive: PublicDrive }>(PUBLIC_DRIVE, { code: drive.code })).publicDrive;
    expect(seen.lookingFor).toEqual(['People who drive', 'Near LS6', 'Free weekday evenings', 'Meeting people in person']);
  });

  it('lets its volunteers sign in and see their vetting', async () => {
    expect((await myVolunteer((await signInAs('nadia.volunteer@example.org')).client)).vetting.stage).toBe('TRAINING');
    expect((await myVolunteer((await signInAs('owen.volunteer@example.org')).client)).vetting.stage).toBe('REFERENCES');
  });

  it('does not appear to Calder Valley’s community builder', async () => {
    const { client, viewer } = await signInAs('communitybuilder@example.org');
    const calder = viewer.memberships[0]?.scheme;
    const drives = expectSuccess(await client.graphql<{ recruitmentDrives: DriveView[] }>(DRIVES, { schemeId: calder?.id })).recruitmentDrives;
    expect(drives.some((d) => d.areas.includes('LS6'))).toBe(false);
  });
});
