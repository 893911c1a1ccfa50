import { afterAll, describe, expect, it } from 'vitest';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, theAdmin } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { GRANT_ROLE, REVOKE_ROLE } from '../support/operations.ts';
import {
  ADD_MY_REFEREES,
  MY_VOLUNTEERING,
  myVolunteer,
  PAUSE_MY_VOLUNTEERING,
  READY_PROFILE,
  REMOVE_MY_REFEREE,
  RESUME_MY_VOLUNTEERING,
  SEND_MY_APPLICATION,
  sendApplication,
  TWO_REFEREES,
  UPDATE_MY_PROFILE,
  type VolunteerView,
} from './volunteers-support.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

type Update = { updateMyVolunteerProfile: VolunteerView };

describe('a volunteer’s own record', () => {
  it('is made the first time they look, once, at the start of vetting', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const [first, second] = await Promise.all([myVolunteer(volunteer.client), myVolunteer(volunteer.client)]);
    expect(first.id).toBe(second.id);
    expect(first).toMatchObject({
      displayName: volunteer.details.displayName,
      email: volunteer.details.email,
      capacity: 1,
      offers: [],
      paused: false,
      vetting: { stage: 'APPLICATION', nextActor: 'VOLUNTEER', eligibleForNewMatches: false },
    });
    expect(first.vetting.steps.map((s) => [s.step, s.status])).toEqual([
      ['APPLICATION', 'NOT_STARTED'],
      ['REFERENCES', 'NOT_STARTED'],
      ['DBS_CHECK', 'NOT_STARTED'],
      ['TRAINING', 'NOT_STARTED'],
      ['APPROVAL', 'CANNOT_START_YET'],
    ]);
    expect(first.training.map((t) => t.module)).toEqual(['SAFEGUARDING', 'BOUNDARIES', 'COMMUNICATION_SUPPORT']);
  });

  it('is not made for someone looking for company', async () => {
    const seeker = await signUp(kindred, 'SEEKER');
    expectErrorCode(await seeker.client.graphql(MY_VOLUNTEERING), 'FORBIDDEN');
  });

  it('is one per scheme for someone who volunteers with two', async () => {
    const { client: admin, scheme } = await theAdmin(kindred);
    const details = buildPerson();
    const volunteer = await signUp(kindred, 'VOLUNTEER', details);
    const other = expectSuccess(
      await admin.graphql<{ createScheme: { id: string } }>('mutation($input: CreateSchemeInput!) { createScheme(input: $input) { id } }', {
        input: { name: `Second scheme ${details.email}`, area: 'Todmorden' },
      }),
    ).createScheme;
    expectSuccess(await admin.graphql(GRANT_ROLE, { input: { email: details.email, schemeId: other.id, role: 'VOLUNTEER' } }));
    const mine = expectSuccess(await volunteer.client.graphql<{ myVolunteering: VolunteerView[] }>(MY_VOLUNTEERING)).myVolunteering;
    expect(mine.map((v) => v.scheme.id).sort()).toEqual([scheme.id, other.id].sort());

    // Once the role in a scheme is taken away, that volunteering is no longer theirs to see or change.
    expectSuccess(await admin.graphql(REVOKE_ROLE, { input: { email: details.email, schemeId: other.id, role: 'VOLUNTEER' } }));
    const after = expectSuccess(await volunteer.client.graphql<{ myVolunteering: VolunteerView[] }>(MY_VOLUNTEERING)).myVolunteering;
    expect(after.map((v) => v.scheme.id)).toEqual([scheme.id]);
    const gone = mine.find((v) => v.scheme.id === other.id);
    expectErrorCode(await volunteer.client.graphql(UPDATE_MY_PROFILE, { volunteerId: gone?.id, input: { capacity: 2 } }), 'NOT_FOUND');
  });
});

describe('what a volunteer tells us', () => {
  it('saves what they offer, skills, capacity, interests, languages, availability, place, gender and age band', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    const input = { ...READY_PROFILE, gender: '  Woman ', ageBand: 'AGE_55_64', profile: { ...READY_PROFILE.profile, languages: ['en', 'pl'] } };
    const saved = expectSuccess(await volunteer.client.graphql<Update>(UPDATE_MY_PROFILE, { volunteerId: id, input })).updateMyVolunteerProfile;
    expect(saved).toMatchObject({
      offers: ['BEFRIENDING', 'FIRST_SESSION_COMPANION'],
      capacity: 2,
      gender: 'Woman',
      ageBand: 'AGE_55_64',
      skills: [{ skill: 'DRIVES_CAR', confirmed: false, confirmedOn: null, confirmedBy: null }],
      profile: { interests: ['walking', 'baking'], contactModes: ['IN_PERSON', 'PHONE'], languages: ['en', 'pl'], postcode: 'HX7 8AF', area: 'HX7', travelRadiusKm: 8 },
    });
    expect(saved.profile.weeklyAvailability).toEqual([
      { day: 'TUE', part: 'AFTERNOON' },
      { day: 'SAT', part: 'MORNING' },
    ]);
    expect(saved.vetting.steps[0]).toEqual({ step: 'APPLICATION', status: 'IN_PROGRESS' });

    // Omitted fields stay; an empty gender and a null age band take them away.
    const cleared = expectSuccess(
      await volunteer.client.graphql<Update>(UPDATE_MY_PROFILE, { volunteerId: id, input: { gender: '', ageBand: null } }),
    ).updateMyVolunteerProfile;
    expect(cleared).toMatchObject({ gender: null, ageBand: null, capacity: 2, offers: ['BEFRIENDING', 'FIRST_SESSION_COMPANION'] });
  });

  it.each([
    [{ capacity: 0 }, 'capacity'],
    [{ capacity: 6 }, 'capacity'],
    [{ gender: 'x'.repeat(61) }, 'gender'],
    [{ gender: 'Wo\u202Eman' }, 'gender'],
    [{ profile: { postcode: 'not a postcode' } }, 'profile.postcode'],
    [{ profile: { travelRadiusKm: 500 } }, 'profile.travelRadiusKm'],
    [{ profile: { interests: ['skydiving-with-cats'] } }, 'profile.interests'],
  ])('refuses %j, naming the field, and changes nothing', async (input, field) => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    expectFieldProblem(await volunteer.client.graphql(UPDATE_MY_PROFILE, { volunteerId: id, input }), field);
    expect(await myVolunteer(volunteer.client)).toMatchObject({ capacity: 1, gender: null, profile: { postcode: null, interests: [] } });
  });

  it('refuses an unknown offer or skill at the door', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    const result = await volunteer.client.graphql(UPDATE_MY_PROFILE, { volunteerId: id, input: { skills: ['JUGGLING'] } });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect((await myVolunteer(volunteer.client)).skills).toEqual([]);
  });
});

describe('referees', () => {
  it('takes two referees, refuses a third, and lets a referee not yet heard from be removed', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    const added = expectSuccess(
      await volunteer.client.graphql<{ addMyReferees: VolunteerView }>(ADD_MY_REFEREES, { volunteerId: id, referees: TWO_REFEREES }),
    ).addMyReferees;
    expect(added.references.map((r) => [r.refereeName, r.relationship, r.contact, r.status])).toEqual([
      ['Ann Lee', 'My manager at the library', 'ann.lee@example.org', 'REQUESTED'],
      ['Brian Shaw', 'Neighbour for ten years', '01422 845000', 'REQUESTED'],
    ]);

    const third = await volunteer.client.graphql(ADD_MY_REFEREES, { volunteerId: id, referees: [TWO_REFEREES[0]] });
    expect(expectFieldProblem(third, 'referees')).toMatch(/already given 2 referees/);

    const removed = expectSuccess(
      await volunteer.client.graphql<{ removeMyReferee: VolunteerView }>(REMOVE_MY_REFEREE, { referenceId: added.references[1]?.id }),
    ).removeMyReferee;
    expect(removed.references.map((r) => r.refereeName)).toEqual(['Ann Lee']);
  });

  it('names each missing part of each referee', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    const result = await volunteer.client.graphql(ADD_MY_REFEREES, {
      volunteerId: id,
      referees: [{ name: 'Ann Lee', relationship: '', contact: 'ann@example.org' }, { name: ' ', relationship: 'Friend', contact: '' }],
    });
    expectFieldProblem(result, 'referees.0.relationship');
    expectFieldProblem(result, 'referees.1.name');
    expectFieldProblem(result, 'referees.1.contact');
    expect((await myVolunteer(volunteer.client)).references).toEqual([]);
  });
});

describe('sending the application', () => {
  it('says everything that is missing, by field, and does not send', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    const result = await volunteer.client.graphql(SEND_MY_APPLICATION, { volunteerId: id });
    for (const field of ['offers', 'contactModes', 'weeklyAvailability', 'postcode', 'referees']) expectFieldProblem(result, field);
    expect((await myVolunteer(volunteer.client)).applicationSentOn).toBeNull();
  });

  it('sends a complete application, after which staff act next', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const sent = await sendApplication(volunteer);
    expect(sent.applicationSentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.vetting).toMatchObject({ stage: 'REFERENCES', nextActor: 'STAFF' });
    expect(sent.vetting.nextStep).toMatch(/referees/);
    // Sending again changes nothing.
    const again = expectSuccess(await volunteer.client.graphql<{ sendMyVolunteerApplication: VolunteerView }>(SEND_MY_APPLICATION, { volunteerId: sent.id }));
    expect(again.sendMyVolunteerApplication.applicationSentOn).toBe(sent.applicationSentOn);
  });
});

describe('pausing', () => {
  it('pauses with a reason, says so, and resumes', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    const paused = expectSuccess(
      await volunteer.client.graphql<{ pauseMyVolunteering: VolunteerView }>(PAUSE_MY_VOLUNTEERING, { volunteerId: id, reason: 'Looking after my mum for a few weeks' }),
    ).pauseMyVolunteering;
    expect(paused).toMatchObject({ paused: true, pauseReason: 'Looking after my mum for a few weeks' });
    expect(paused.vetting.nextStep).toMatch(/paused/);

    const resumed = expectSuccess(await volunteer.client.graphql<{ resumeMyVolunteering: VolunteerView }>(RESUME_MY_VOLUNTEERING, { volunteerId: id }))
      .resumeMyVolunteering;
    expect(resumed).toMatchObject({ paused: false, pausedOn: null, pauseReason: null });
  });

  it('refuses a reason that is too long', async () => {
    const volunteer = await signUp(kindred, 'VOLUNTEER');
    const { id } = await myVolunteer(volunteer.client);
    expectFieldProblem(await volunteer.client.graphql(PAUSE_MY_VOLUNTEERING, { volunteerId: id, reason: 'x'.repeat(301) }), 'reason');
    expect((await myVolunteer(volunteer.client)).paused).toBe(false);
  });
});
