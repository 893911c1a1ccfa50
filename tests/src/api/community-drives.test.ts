/**
 * Recruitment drives: a community builder starts one aimed at a gap, shares its public link, and
 * sees the volunteers it brings move through the pipeline. The link never stops anyone signing up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectFieldProblem, expectRejected, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  CLOSE_DRIVE,
  countsOf,
  DRIVE,
  DRIVES,
  driveFor,
  driveWithFunnel,
  PUBLIC_DRIVE,
  signUpThroughDrive,
  START_DRIVE,
  startDrive,
  stageOf,
  type DriveView,
  type PublicDrive,
} from './community-drives-support.ts';
import { propose, respond, waitingWalker } from './matching-support.ts';
import {
  APPROVE_VOLUNTEER,
  myVolunteer,
  RECORD_DBS_CHECK,
  RECORD_TRAINING,
  recentDate,
  REQUIRED_MODULES,
  sendApplication,
  VERIFY_REFERENCE,
} from './volunteers-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let otherBuilder: SignedIn;
beforeAll(async () => {
  cast = await buildCast(kindred);
  otherBuilder = await appoint(kindred, 'COMMUNITY_BUILDER', cast.otherScheme, 'Olive Otherbuilder');
}, 120_000);
afterAll(() => kindred.close());

const publicDrive = async (code: string) =>
  expectSuccess(await cast.nobody.graphql<{ publicDrive: PublicDrive }>(PUBLIC_DRIVE, { code })).publicDrive;
const signUpsOf = async (client = cast.communityBuilder.client, id: string) => (await driveWithFunnel(client, id)).signUps;

describe('starting a drive', () => {
  it('gives the community builder a drive with a public link, its areas tidied and what it seeks in words', async () => {
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id, { areas: ['ls 6', 'LS7', 'ls6'] });
    expect(drive).toMatchObject({
      title: 'Drivers for weekday evenings near LS6',
      areas: ['LS6', 'LS7'],
      skills: ['DRIVES_CAR'],
      bands: ['WEEKDAY_EVENINGS'],
      status: 'OPEN',
      closedAt: null,
      createdByName: 'Cam Builder',
      signUps: 0,
      signUpPath: `/join/${drive.code}`,
      fromSuggestion: 'BEFRIENDING:IN_PERSON:DRIVES_CAR:LS6:WEEKDAY_EVENINGS',
    });
    expect(drive.lookingFor).toEqual([
      'People who drive',
      'Near LS6 or LS7',
      'Free weekday evenings',
      'Meeting people in person',
      'Keeping in touch by phone',
    ]);
    const listed = expectSuccess(await cast.communityBuilder.client.graphql<{ recruitmentDrives: DriveView[] }>(DRIVES, { schemeId: cast.scheme.id }));
    expect(listed.recruitmentDrives.map((d) => d.id)).toContain(drive.id);
  });

  it('names every wrong field at once, and starts nothing', async () => {
    const before = expectSuccess(await cast.communityBuilder.client.graphql<{ recruitmentDrives: DriveView[] }>(DRIVES, { schemeId: cast.scheme.id }));
    const input = driveFor(cast.scheme.id, { title: '  ', message: 'Too short', areas: ['LS6', 'Leeds 6'] });
    const result = await cast.communityBuilder.client.graphql(START_DRIVE, { input });
    expect(expectFieldProblem(result, 'title')).toBe('Enter a title for the drive');
    expect(expectFieldProblem(result, 'message')).toMatch(/at least 20 characters/);
    expect(expectFieldProblem(result, 'areas')).toMatch(/LEEDS6.*like LS6/);
    expectFieldProblem(await cast.communityBuilder.client.graphql(START_DRIVE, { input: driveFor(cast.scheme.id, { message: 'x'.repeat(1001) }) }), 'message');
    expectFieldProblem(await cast.communityBuilder.client.graphql(START_DRIVE, { input: driveFor(cast.scheme.id, { title: 'x'.repeat(121) }) }), 'title');
    // A skill or time that is not in the vocabulary is refused before anything runs.
    const juggling = await cast.communityBuilder.client.graphql(START_DRIVE, { input: driveFor(cast.scheme.id, { skills: ['JUGGLING'] }) });
    expectErrorCode(juggling, 'BAD_USER_INPUT');
    expect(juggling.data ?? null).toBeNull();
    const after = expectSuccess(await cast.communityBuilder.client.graphql<{ recruitmentDrives: DriveView[] }>(DRIVES, { schemeId: cast.scheme.id }));
    expect(after.recruitmentDrives).toHaveLength(before.recruitmentDrives.length);
  });

  it('gives every drive its own code that cannot be guessed from another', async () => {
    const drives = await Promise.all(Array.from({ length: 12 }, () => startDrive(cast.admin.client, cast.scheme.id)));
    const codes = drives.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // Nothing shared between consecutive codes, as a counter or a timestamp would leave.
    const prefixes = new Set(codes.map((c) => c.slice(0, 3)));
    expect(prefixes.size).toBeGreaterThan(10);
    // A code one character away from a real one is not a drive.
    const [first] = codes as [string];
    const neighbour = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');
    expectErrorCode(await cast.nobody.graphql(PUBLIC_DRIVE, { code: neighbour }), 'NOT_FOUND');
  });
});

describe('the public page', () => {
  it('shows anyone, signed out, the scheme, the message and what is sought, and nothing internal', async () => {
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
    const seen = await publicDrive(drive.code);
    expect(seen).toEqual({
      code: drive.code,
      schemeId: cast.scheme.id,
      schemeName: cast.scheme.name,
      title: drive.title,
      message: drive.message,
      lookingFor: drive.lookingFor,
      open: true,
    });
    const text = JSON.stringify(seen);
    expect(text).not.toContain(drive.id);
    expect(text).not.toContain('Cam Builder');
    expect(text).not.toContain('BEFRIENDING:IN_PERSON');
  });

  it('cannot be asked who made the drive or for its id', async () => {
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
    expectRejected(await cast.nobody.graphql(`query { publicDrive(code: "${drive.code}") { createdByName } }`));
    expectRejected(await cast.nobody.graphql(`query { publicDrive(code: "${drive.code}") { id } }`));
  });

  it('says an unknown or malformed code is not found', async () => {
    for (const code of ['AAAAAAAAAAAAAAAA', '../../etc/passwd', '', 'x'.repeat(300)]) {
      expectErrorCode(await cast.nobody.graphql(PUBLIC_DRIVE, { code }), 'NOT_FOUND');
    }
  });

  it('says when a drive has closed, and still shows its message', async () => {
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
    expectSuccess(await cast.communityBuilder.client.graphql(CLOSE_DRIVE, { id: drive.id }));
    expect(await publicDrive(drive.code)).toMatchObject({ open: false, message: drive.message });
  });
});

describe('signing up through the link', () => {
  it('attributes a new volunteer to the drive: one sign-up, and one more applied in its funnel', async () => {
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
    const volunteer = await signUpThroughDrive(kindred, cast.scheme, drive.code);
    expect(volunteer.viewer.memberships).toEqual([{ role: 'VOLUNTEER', scheme: cast.scheme }]);
    const seen = await driveWithFunnel(cast.communityBuilder.client, drive.id);
    expect(seen.signUps).toBe(1);
    expect(stageOf(seen.funnel, 'APPLIED').reached).toBe(1);
    expect(seen.funnel.byDrive.map((b) => [b.key, b.stages[0]?.reached])).toEqual([[drive.id, 1]]);
    // The volunteer goes on as anyone else does: their volunteering record is there, at the start of vetting.
    expect((await myVolunteer(volunteer.client)).vetting.stage).toBe('APPLICATION');
  });

  it('does not attribute a drive of another scheme, but the sign-up goes ahead', async () => {
    const elsewhere = await startDrive(otherBuilder.client, cast.otherScheme.id);
    const volunteer = await signUpThroughDrive(kindred, cast.scheme, elsewhere.code);
    expect(volunteer.viewer.memberships).toEqual([{ role: 'VOLUNTEER', scheme: cast.scheme }]);
    expect(await signUpsOf(otherBuilder.client, elsewhere.id)).toBe(0);
  });

  it('does not attribute a closed drive, but the sign-up goes ahead', async () => {
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
    await signUpThroughDrive(kindred, cast.scheme, drive.code);
    expectSuccess(await cast.communityBuilder.client.graphql(CLOSE_DRIVE, { id: drive.id }));
    const late = await signUpThroughDrive(kindred, cast.scheme, drive.code);
    expect(late.viewer.memberships).toEqual([{ role: 'VOLUNTEER', scheme: cast.scheme }]);
    expect(await signUpsOf(cast.communityBuilder.client, drive.id)).toBe(1);
  });

  it('never fails because of the link: a malformed code, or someone looking for company', async () => {
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
    for (const code of ['x'.repeat(500), '<script>alert(1)</script>', '', `${drive.code.slice(0, -1)}!`]) {
      const person = await signUpThroughDrive(kindred, cast.scheme, code);
      expect(person.viewer.memberships).toEqual([{ role: 'VOLUNTEER', scheme: cast.scheme }]);
    }
    const seeker = await signUpThroughDrive(kindred, cast.scheme, drive.code, buildPerson(), 'SEEKER');
    expect(seeker.viewer.memberships).toEqual([{ role: 'SEEKER', scheme: cast.scheme }]);
    expect(await signUpsOf(cast.communityBuilder.client, drive.id)).toBe(0);
  });
});

describe('closing and listing', () => {
  it('closes a drive once, and lists open drives first with their sign-ups', async () => {
    const admin = cast.admin.client;
    const scheme = cast.otherScheme;
    const older = await startDrive(admin, scheme.id, { title: 'Older drive' });
    const newer = await startDrive(admin, scheme.id, { title: 'Newer drive' });
    await signUpThroughDrive(kindred, scheme, older.code);
    await signUpThroughDrive(kindred, scheme, older.code);
    const closed = expectSuccess(await admin.graphql<{ closeRecruitmentDrive: DriveView }>(CLOSE_DRIVE, { id: newer.id })).closeRecruitmentDrive;
    expect(closed).toMatchObject({ status: 'CLOSED', signUps: 0 });
    expect(closed.closedAt).not.toBeNull();
    const again = expectSuccess(await admin.graphql<{ closeRecruitmentDrive: DriveView }>(CLOSE_DRIVE, { id: newer.id })).closeRecruitmentDrive;
    expect(again.closedAt).toBe(closed.closedAt);
    const list = expectSuccess(await admin.graphql<{ recruitmentDrives: DriveView[] }>(DRIVES, { schemeId: scheme.id })).recruitmentDrives;
    const mine = list.filter((d) => d.id === older.id || d.id === newer.id);
    expect(mine.map((d) => [d.title, d.status, d.signUps])).toEqual([
      ['Older drive', 'OPEN', 2],
      ['Newer drive', 'CLOSED', 0],
    ]);
    expect(list.findIndex((d) => d.status === 'CLOSED')).toBeGreaterThan(list.findLastIndex((d) => d.status === 'OPEN'));
  });
});

describe('the funnel', () => {
  it('follows a volunteer through references, DBS, training, approval and a first match', async () => {
    const staff = cast.linkWorker.client;
    const drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
    const volunteer = await signUpThroughDrive(kindred, cast.scheme, drive.code, buildPerson({ displayName: 'Dee Dunwell' }));
    const funnel = async () => (await driveWithFunnel(cast.communityBuilder.client, drive.id)).funnel;
    const reachedUpTo = async () => countsOf(await funnel()).map(([stage, reached]) => `${stage}:${reached}`);

    const sent = await sendApplication(volunteer);
    expect(await reachedUpTo()).toEqual(['APPLIED:1', 'REFERENCES:0', 'DBS:0', 'TRAINED:0', 'APPROVED:0', 'FIRST_MATCH:0', 'ACTIVE_AFTER_3_MONTHS:0']);
    expect(stageOf(await funnel(), 'REFERENCES')).toMatchObject({ inProgress: 1, droppedOut: 0 });

    const [firstReference, secondReference] = sent.references;
    expectSuccess(await staff.graphql(VERIFY_REFERENCE, { referenceId: firstReference?.id }));
    expect(stageOf(await funnel(), 'REFERENCES').reached).toBe(0);
    expectSuccess(await staff.graphql(VERIFY_REFERENCE, { referenceId: secondReference?.id }));
    expect(stageOf(await funnel(), 'REFERENCES')).toMatchObject({ reached: 1, inProgress: 0, medianDaysInStep: 0 });

    expectSuccess(await staff.graphql(RECORD_DBS_CHECK, { input: { volunteerId: sent.id, level: 'ENHANCED', issuedOn: recentDate(20) } }));
    expect(stageOf(await funnel(), 'DBS').reached).toBe(1);

    for (const [index, module] of REQUIRED_MODULES.entries()) {
      expect(stageOf(await funnel(), 'TRAINED').reached, `before ${module}`).toBe(0);
      expectSuccess(await staff.graphql(RECORD_TRAINING, { input: { volunteerId: sent.id, module, completedOn: recentDate(5 - index) } }));
    }
    expect(stageOf(await funnel(), 'TRAINED').reached).toBe(1);

    expectSuccess(await staff.graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id }));
    expect(await reachedUpTo()).toEqual(['APPLIED:1', 'REFERENCES:1', 'DBS:1', 'TRAINED:1', 'APPROVED:1', 'FIRST_MATCH:0', 'ACTIVE_AFTER_3_MONTHS:0']);

    const seeker = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Wendy Walker' }), cast.scheme);
    const match = await propose(staff, await waitingWalker(seeker), sent.id);
    await respond(volunteer.client, match.id, true);
    expect(stageOf(await funnel(), 'FIRST_MATCH').reached, 'offered and accepted is not yet started').toBe(0);
    await respond(seeker.client, match.id, true);
    const after = await funnel();
    expect(countsOf(after).map(([stage, reached]) => `${stage}:${reached}`)).toEqual([
      'APPLIED:1', 'REFERENCES:1', 'DBS:1', 'TRAINED:1', 'APPROVED:1', 'FIRST_MATCH:1', 'ACTIVE_AFTER_3_MONTHS:0',
    ]);
    // Three months have not passed since the first match: on their way, not dropped out.
    expect(stageOf(after, 'ACTIVE_AFTER_3_MONTHS')).toMatchObject({ inProgress: 1, droppedOut: 0, medianDaysInStep: null });
    // Counts only: no names or people's ids anywhere in the funnel.
    expect(JSON.stringify(after)).not.toMatch(/Dee|Dunwell|Wendy|Walker/);
    expect(JSON.stringify(after)).not.toContain(sent.id);
  });
});

describe('who may', () => {
  let drive: DriveView;
  beforeAll(async () => {
    drive = await startDrive(cast.communityBuilder.client, cast.scheme.id);
  });
  const operations = [
    ['startRecruitmentDrive', () => START_DRIVE, () => ({ input: driveFor(cast.scheme.id) })],
    ['closeRecruitmentDrive', () => CLOSE_DRIVE, () => ({ id: drive.id })],
    ['recruitmentDrives', () => DRIVES, () => ({ schemeId: cast.scheme.id })],
    ['recruitmentDrive', () => DRIVE, () => ({ id: drive.id })],
  ] as const;

  describe.each(operations)('%s refuses', (_name, operation, variables) => {
    it('nobody signed in', async () => expectErrorCode(await cast.nobody.graphql(operation(), variables()), 'UNAUTHENTICATED'));
    it('volunteers, people looking for company and link workers', async () => {
      for (const who of [cast.volunteer, cast.seeker, cast.linkWorker, cast.otherSchemeLinkWorker]) {
        expectErrorCode(await who.client.graphql(operation(), variables()), 'FORBIDDEN');
      }
    });
    it('a community builder of another scheme, as if it did not exist', async () => {
      expectErrorCode(await otherBuilder.client.graphql(operation(), variables()), 'NOT_FOUND');
    });
  });

  it('ids that are not ids are not found', async () => {
    expectErrorCode(await cast.communityBuilder.client.graphql(DRIVE, { id: 'not-an-id' }), 'NOT_FOUND');
    expectErrorCode(await cast.communityBuilder.client.graphql(CLOSE_DRIVE, { id: 'not-an-id' }), 'NOT_FOUND');
    expectErrorCode(await cast.communityBuilder.client.graphql(DRIVES, { schemeId: 'not-an-id' }), 'NOT_FOUND');
    expectErrorCode(await cast.communityBuilder.client.graphql(START_DRIVE, { input: driveFor('not-an-id') }), 'NOT_FOUND');
  });

  it('the drive is still open after every refusal, and the scheme’s admin sees it', async () => {
    const seen = expectSuccess(await cast.admin.client.graphql<{ recruitmentDrive: DriveView }>(DRIVE, { id: drive.id })).recruitmentDrive;
    expect(seen.status).toBe('OPEN');
  });

  it('publicDrive is open to everyone, signed in or not', async () => {
    for (const who of [cast.nobody, cast.seeker.client, cast.volunteer.client, cast.otherSchemeLinkWorker.client]) {
      expect(expectSuccess(await who.graphql<{ publicDrive: PublicDrive }>(PUBLIC_DRIVE, { code: drive.code })).publicDrive.title).toBe(drive.title);
    }
  });
});
