/**
 * Operations and helpers for the recruitment drive and volunteer pipeline tests: the GraphQL the web
 * app sends, a valid drive, and signing up through a drive's link.
 */
import { expectSuccess } from '../support/assertions.ts';
import { buildPerson, type PersonDetails, type SignedIn } from '../support/factories.ts';
import type { Person, TestKindred } from '../support/kindred.ts';
import { SIGN_UP, type Scheme, type Viewer } from '../support/operations.ts';

export const STAGE_FIELDS = 'stage label reached inProgress droppedOut medianDaysInStep';
export const PIPELINE_FIELDS = `stages { ${STAGE_FIELDS} } byArea { key label stages { ${STAGE_FIELDS} } } byDrive { key label stages { ${STAGE_FIELDS} } }`;
export const DRIVE_FIELDS = `id title message areas skills bands contactModes lookingFor status code signUpPath createdAt closedAt createdByName signUps fromSuggestion`;

export const START_DRIVE = `mutation StartDrive($input: StartDriveInput!) { startRecruitmentDrive(input: $input) { ${DRIVE_FIELDS} } }`;
export const CLOSE_DRIVE = `mutation CloseDrive($id: ID!) { closeRecruitmentDrive(id: $id) { ${DRIVE_FIELDS} } }`;
export const DRIVES = `query Drives($schemeId: ID!) { recruitmentDrives(schemeId: $schemeId) { ${DRIVE_FIELDS} } }`;
export const DRIVE = `query Drive($id: ID!) { recruitmentDrive(id: $id) { ${DRIVE_FIELDS} funnel { ${PIPELINE_FIELDS} } } }`;
export const PUBLIC_DRIVE = `query PublicDrive($code: String!) { publicDrive(code: $code) { code schemeId schemeName title message lookingFor open } }`;
export const PIPELINE = `query Pipeline($schemeId: ID!, $area: String, $driveId: ID) {
  volunteerPipeline(schemeId: $schemeId, area: $area, driveId: $driveId) { ${PIPELINE_FIELDS} } }`;

export type Stage = { stage: string; label: string; reached: number; inProgress: number; droppedOut: number; medianDaysInStep: number | null };
export type Breakdown = { key: string; label: string; stages: Stage[] };
export type Pipeline = { stages: Stage[]; byArea: Breakdown[]; byDrive: Breakdown[] };
export type DriveView = {
  id: string;
  title: string;
  message: string;
  areas: string[];
  skills: string[];
  bands: string[];
  contactModes: string[];
  lookingFor: string[];
  status: string;
  code: string;
  signUpPath: string;
  createdAt: string;
  closedAt: string | null;
  createdByName: string;
  signUps: number;
  fromSuggestion: string | null;
};
export type PublicDrive = { code: string; schemeId: string; schemeName: string; title: string; message: string; lookingFor: string[]; open: boolean };

/** A drive for drivers near LS6 on weekday evenings, as the "what would help" link would prefill it. */
export function driveFor(schemeId: string, overrides: Record<string, unknown> = {}) {
  return {
    schemeId,
    title: 'Drivers for weekday evenings near LS6',
    message: 'Do you drive, and have a free evening in the week? People near you would love some company and a lift now and then.',
    areas: ['LS6'],
    skills: ['DRIVES_CAR'],
    bands: ['WEEKDAY_EVENINGS'],
    contactModes: ['IN_PERSON', 'PHONE'],
    fromSuggestion: 'BEFRIENDING:IN_PERSON:DRIVES_CAR:LS6:WEEKDAY_EVENINGS',
    ...overrides,
  };
}

export async function startDrive(client: Person, schemeId: string, overrides: Record<string, unknown> = {}): Promise<DriveView> {
  return expectSuccess(await client.graphql<{ startRecruitmentDrive: DriveView }>(START_DRIVE, { input: driveFor(schemeId, overrides) }))
    .startRecruitmentDrive;
}

export async function driveWithFunnel(client: Person, id: string): Promise<DriveView & { funnel: Pipeline }> {
  return expectSuccess(await client.graphql<{ recruitmentDrive: DriveView & { funnel: Pipeline } }>(DRIVE, { id })).recruitmentDrive;
}

export async function pipelineOf(client: Person, schemeId: string, filter: { area?: string; driveId?: string } = {}): Promise<Pipeline> {
  return expectSuccess(await client.graphql<{ volunteerPipeline: Pipeline }>(PIPELINE, { schemeId, ...filter })).volunteerPipeline;
}

/** Signs up a volunteer of `scheme` as the /join page does, passing the drive's code. */
export async function signUpThroughDrive(
  kindred: TestKindred,
  scheme: Scheme,
  code: string | null,
  details: PersonDetails = buildPerson(),
  role: 'VOLUNTEER' | 'SEEKER' = 'VOLUNTEER',
): Promise<SignedIn> {
  const client = kindred.person(details.displayName);
  const input = { ...details, schemeId: scheme.id, role, recruitmentDriveCode: code };
  return { client, details, viewer: expectSuccess(await client.graphql<{ signUp: Viewer }>(SIGN_UP, { input })).signUp };
}

/** The counts of one stage, by id. */
export function stageOf(pipeline: { stages: Stage[] }, id: string): Stage {
  const found = pipeline.stages.find((s) => s.stage === id);
  if (!found) throw new Error(`No stage ${id}`);
  return found;
}

/** reached / inProgress / droppedOut of every stage, in order, for compact comparisons. */
export function countsOf(pipeline: { stages: Stage[] }): Array<[string, number, number, number]> {
  return pipeline.stages.map((s) => [s.stage, s.reached, s.inProgress, s.droppedOut]);
}
