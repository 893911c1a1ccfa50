/**
 * Operations and helpers for the volunteers and vetting tests: the GraphQL the web app sends, and
 * short ways to bring a volunteer to a given point in vetting through the API.
 */
import { expect } from 'vitest';
import { expectSuccess } from '../support/assertions.ts';
import type { SignedIn } from '../support/factories.ts';
import type { Person } from '../support/kindred.ts';

export const VOLUNTEER_FIELDS = `
  id displayName email capacity gender ageBand offers applicationSentOn approvedOn approvedBy paused pausedOn pauseReason
  scheme { id name }
  skills { skill confirmed confirmedOn confirmedBy }
  profile { interests contactModes languages availabilityMask postcode area travelRadiusKm weeklyAvailability { day part } }
  vetting { stage nextStep nextActor eligibleForNewMatches approvalNeeds steps { step status } }
  references { id refereeName relationship contact status receivedOn receivedBy verifiedOn verifiedBy }
  dbsCheck { level issuedOn recheckDueOn certificateEnding current recordedBy recordedOn }
  training { module completedOn recordedBy }`;

export const MY_VOLUNTEERING = `query MyVolunteering { myVolunteering { ${VOLUNTEER_FIELDS} } }`;
export const UPDATE_MY_PROFILE = `mutation UpdateMyVolunteerProfile($volunteerId: ID!, $input: VolunteerProfileInput!) {
  updateMyVolunteerProfile(volunteerId: $volunteerId, input: $input) { ${VOLUNTEER_FIELDS} } }`;
export const ADD_MY_REFEREES = `mutation AddMyReferees($volunteerId: ID!, $referees: [RefereeInput!]!) {
  addMyReferees(volunteerId: $volunteerId, referees: $referees) { ${VOLUNTEER_FIELDS} } }`;
export const REMOVE_MY_REFEREE = `mutation RemoveMyReferee($referenceId: ID!) { removeMyReferee(referenceId: $referenceId) { ${VOLUNTEER_FIELDS} } }`;
export const SEND_MY_APPLICATION = `mutation SendMyVolunteerApplication($volunteerId: ID!) {
  sendMyVolunteerApplication(volunteerId: $volunteerId) { ${VOLUNTEER_FIELDS} } }`;
export const PAUSE_MY_VOLUNTEERING = `mutation PauseMyVolunteering($volunteerId: ID!, $reason: String) {
  pauseMyVolunteering(volunteerId: $volunteerId, reason: $reason) { ${VOLUNTEER_FIELDS} } }`;
export const RESUME_MY_VOLUNTEERING = `mutation ResumeMyVolunteering($volunteerId: ID!) {
  resumeMyVolunteering(volunteerId: $volunteerId) { ${VOLUNTEER_FIELDS} } }`;

export const VETTING_QUEUE = `query VettingQueue($schemeId: ID!) {
  vettingQueue(schemeId: $schemeId) { id displayName area stage nextStep waitingSince paused } }`;
export const VOLUNTEER = `query Volunteer($id: ID!) { volunteer(id: $id) { ${VOLUNTEER_FIELDS} } }`;
export const RECORD_REFERENCE = `mutation RecordReference($referenceId: ID!) { recordReference(referenceId: $referenceId) { ${VOLUNTEER_FIELDS} } }`;
export const VERIFY_REFERENCE = `mutation VerifyReference($referenceId: ID!) { verifyReference(referenceId: $referenceId) { ${VOLUNTEER_FIELDS} } }`;
export const RECORD_DBS_CHECK = `mutation RecordDbsCheck($input: DbsCheckInput!) { recordDbsCheck(input: $input) { ${VOLUNTEER_FIELDS} } }`;
export const RECORD_TRAINING = `mutation RecordTraining($input: TrainingInput!) { recordTraining(input: $input) { ${VOLUNTEER_FIELDS} } }`;
export const APPROVE_VOLUNTEER = `mutation ApproveVolunteer($volunteerId: ID!) { approveVolunteer(volunteerId: $volunteerId) { ${VOLUNTEER_FIELDS} } }`;
export const CONFIRM_SKILL = `mutation ConfirmVolunteerSkill($input: SkillConfirmationInput!) {
  confirmVolunteerSkill(input: $input) { ${VOLUNTEER_FIELDS} } }`;

export type VolunteerView = {
  id: string;
  displayName: string;
  email: string;
  capacity: number;
  gender: string | null;
  ageBand: string | null;
  offers: string[];
  applicationSentOn: string | null;
  approvedOn: string | null;
  approvedBy: string | null;
  paused: boolean;
  pausedOn: string | null;
  pauseReason: string | null;
  scheme: { id: string; name: string };
  skills: Array<{ skill: string; confirmed: boolean; confirmedOn: string | null; confirmedBy: string | null }>;
  profile: {
    interests: string[];
    contactModes: string[];
    languages: string[];
    availabilityMask: number;
    postcode: string | null;
    area: string | null;
    travelRadiusKm: number | null;
    weeklyAvailability: Array<{ day: string; part: string }>;
  };
  vetting: {
    stage: string;
    nextStep: string;
    nextActor: string | null;
    eligibleForNewMatches: boolean;
    approvalNeeds: string[];
    steps: Array<{ step: string; status: string }>;
  };
  references: Array<{
    id: string;
    refereeName: string;
    relationship: string;
    contact: string;
    status: string;
    receivedOn: string | null;
    receivedBy: string | null;
    verifiedOn: string | null;
    verifiedBy: string | null;
  }>;
  dbsCheck: {
    level: string;
    issuedOn: string;
    recheckDueOn: string;
    certificateEnding: string | null;
    current: boolean;
    recordedBy: string | null;
    recordedOn: string;
  } | null;
  training: Array<{ module: string; completedOn: string | null; recordedBy: string | null }>;
};

export type ToCheck = { id: string; displayName: string; area: string | null; stage: string; nextStep: string; waitingSince: string; paused: boolean };

/** A profile that is enough to send an application: befriending by phone and in person, around Hebden Bridge. */
export const READY_PROFILE = {
  offers: ['BEFRIENDING', 'FIRST_SESSION_COMPANION'],
  skills: ['DRIVES_CAR'],
  capacity: 2,
  profile: {
    interests: ['walking', 'baking'],
    contactModes: ['IN_PERSON', 'PHONE'],
    languages: ['en'],
    weeklyAvailability: [
      { day: 'TUE', part: 'AFTERNOON' },
      { day: 'SAT', part: 'MORNING' },
    ],
    postcode: 'HX7 8AF',
    travelRadiusKm: 8,
  },
};

export const TWO_REFEREES = [
  { name: 'Ann Lee', relationship: 'My manager at the library', contact: 'ann.lee@example.org' },
  { name: 'Brian Shaw', relationship: 'Neighbour for ten years', contact: '01422 845000' },
];

export const REQUIRED_MODULES = ['SAFEGUARDING', 'BOUNDARIES', 'COMMUNICATION_SUPPORT'];

/** The signed-in volunteer's record in their (one) scheme, made on first look. */
export async function myVolunteer(client: Person): Promise<VolunteerView> {
  const mine = expectSuccess(await client.graphql<{ myVolunteering: VolunteerView[] }>(MY_VOLUNTEERING)).myVolunteering;
  expect(mine, 'one volunteering record').toHaveLength(1);
  return mine[0] as VolunteerView;
}

/** Fills in a ready profile and two referees, and sends the application. */
export async function sendApplication(volunteer: SignedIn): Promise<VolunteerView> {
  const { id } = await myVolunteer(volunteer.client);
  expectSuccess(await volunteer.client.graphql(UPDATE_MY_PROFILE, { volunteerId: id, input: READY_PROFILE }));
  expectSuccess(await volunteer.client.graphql(ADD_MY_REFEREES, { volunteerId: id, referees: TWO_REFEREES }));
  return expectSuccess(await volunteer.client.graphql<{ sendMyVolunteerApplication: VolunteerView }>(SEND_MY_APPLICATION, { volunteerId: id }))
    .sendMyVolunteerApplication;
}

/** Staff verify both references, record a current DBS check and every training module: ready for approval. */
export async function vetUpToApproval(staff: Person, volunteer: VolunteerView, issuedOn = recentDate(60)): Promise<VolunteerView> {
  for (const reference of volunteer.references) expectSuccess(await staff.graphql(VERIFY_REFERENCE, { referenceId: reference.id }));
  expectSuccess(await staff.graphql(RECORD_DBS_CHECK, { input: { volunteerId: volunteer.id, level: 'ENHANCED', issuedOn } }));
  let latest: VolunteerView | undefined;
  for (const module of REQUIRED_MODULES) {
    const input = { volunteerId: volunteer.id, module, completedOn: recentDate(10) };
    latest = expectSuccess(await staff.graphql<{ recordTraining: VolunteerView }>(RECORD_TRAINING, { input })).recordTraining;
  }
  return latest as VolunteerView;
}

/** The date `days` ago, YYYY-MM-DD. */
export function recentDate(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
