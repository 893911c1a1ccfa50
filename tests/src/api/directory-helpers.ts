/** Operations, inputs and Open Referral helpers for the directory's API and browser tests. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { expectSuccess } from '../support/assertions.ts';
import type { Person } from '../support/graphql-client.ts';

const SESSION = 'date startTime endTime startsAt summary';
export const ACTIVITY_FIELDS = `id schemeId title organiserName description interests isFree cost needsChecking lastCheckedAt lastCheckedBy canManage
  venue { name addressLine1 addressLine2 town postcode latitude longitude features accessNotes }
  schedules { frequency interval byDay { day nth } byMonthDay startTime endTime startsOn endsOn exceptions description summary }
  nextSessions { ${SESSION} }
  firstVisit { mode bookingDetails whoToAsk whatToExpect }
  contact { name phone email website }`;

export const SEARCH = `query Search($input: ActivitySearchInput!) {
  activities(input: $input) { totalCount nextCursor searchedFrom results { distanceKm distance activity { ${ACTIVITY_FIELDS} } } } }`;
export const ACTIVITY = `query Activity($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`;
export const CREATE = `mutation Create($schemeId: ID!, $input: ActivityInput!) { createActivity(schemeId: $schemeId, input: $input) { ${ACTIVITY_FIELDS} } }`;
export const UPDATE = `mutation Update($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { ${ACTIVITY_FIELDS} } }`;
export const MARK_CHECKED = `mutation Check($id: ID!) { markActivityChecked(id: $id) { id needsChecking lastCheckedAt lastCheckedBy } }`;
export const REMOVE = 'mutation Remove($id: ID!) { removeActivity(id: $id) }';

const IMPORT_FIELDS = `id status fileName totalBytes receivedBytes recordsTotal recordsChecked recordsImported created updated problemCount failure
  problems { recordType recordId recordName field message } skipped { recordType recordId recordName field message }`;
export const START_IMPORT = `mutation Start($input: StartOpenReferralImportInput!) { startOpenReferralImport(input: $input) { ${IMPORT_FIELDS} } }`;
export const ADD_PART = `mutation Part($input: OpenReferralImportPartInput!) { addOpenReferralImportPart(input: $input) { ${IMPORT_FIELDS} } }`;
export const FINISH_IMPORT = `mutation Finish($id: ID!) { finishOpenReferralImport(importId: $id) { ${IMPORT_FIELDS} } }`;
export const IMPORT_STATUS = `query Import($id: ID!) { openReferralImport(id: $id) { ${IMPORT_FIELDS} } }`;
export const EXPORT = 'query Export($schemeId: ID!) { openReferralExport(schemeId: $schemeId) }';

export type Session = { date: string; startTime: string; endTime: string; startsAt: string; summary: string };
export type ActivityJson = {
  id: string;
  title: string;
  interests: string[];
  needsChecking: boolean;
  lastCheckedAt: string | null;
  lastCheckedBy: string | null;
  canManage: boolean;
  venue: { name: string; postcode: string; features: string[]; accessNotes: string[]; latitude: number; longitude: number };
  schedules: Array<Record<string, unknown> & { summary: string }>;
  nextSessions: Session[];
  firstVisit: { mode: string | null; whoToAsk: string | null };
  [key: string]: unknown;
};
export type SearchPage = {
  totalCount: number;
  nextCursor: string | null;
  searchedFrom: string | null;
  results: Array<{ distanceKm: number | null; distance: string | null; activity: ActivityJson }>;
};
export type ImportProblem = { recordType: string; recordId: string | null; recordName: string | null; field: string | null; message: string };
export type ImportJob = {
  id: string;
  status: 'RECEIVING' | 'CHECKING' | 'IMPORTING' | 'DONE' | 'FAILED';
  recordsTotal: number;
  recordsChecked: number;
  recordsImported: number;
  created: number;
  updated: number;
  problemCount: number;
  failure: string | null;
  problems: ImportProblem[];
  skipped: ImportProblem[];
};

const weekly = (day: string, startTime: string, endTime: string) => ({ frequency: 'WEEKLY', interval: 1, byDay: [{ day }], startTime, endTime });

/** A valid listing: a step-free Tuesday-afternoon arts group in Hebden Bridge. Override what a test is about. */
export function activityInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Tuesday Art Group',
    organiserName: 'Upper Calder Arts',
    description: 'Painting and drawing for adults of all abilities. Materials provided.',
    interests: ['painting', 'crafts'],
    venueName: 'Birchcliffe Centre',
    addressLine1: 'Birchcliffe Road',
    town: 'Hebden Bridge',
    postcode: 'HX7 8DG',
    features: ['STEP_FREE', 'ACCESSIBLE_TOILET'],
    accessNotes: ['Level entrance from the car park at the back.'],
    cost: 'Free, with tea and biscuits',
    isFree: true,
    firstVisit: 'DROP_IN',
    whoToAsk: 'Jean',
    whatToExpect: 'About a dozen people, chatting while they paint.',
    contactName: 'Jean Ackroyd',
    contactPhone: '01422 845 210',
    schedules: [weekly('TUE', '13:30', '15:30')],
    ...overrides,
  };
}
export { weekly };

export async function createActivity(client: Person, schemeId: string, overrides: Record<string, unknown> = {}): Promise<ActivityJson> {
  return expectSuccess(await client.graphql<{ createActivity: ActivityJson }>(CREATE, { schemeId, input: activityInput(overrides) })).createActivity;
}

export async function search(client: Person, input: Record<string, unknown>): Promise<SearchPage> {
  return expectSuccess(await client.graphql<{ activities: SearchPage }>(SEARCH, { input })).activities;
}

export const FIXTURE = readFileSync(new URL('./directory-fixtures/calder-valley-open-referral.json', import.meta.url), 'utf8');
export const fixtureDocument = () => JSON.parse(FIXTURE) as { contents: Array<Record<string, unknown>> };

/** Sends a file as the web app does: start, parts in order, finish. Returns the import as finishing left it. */
export async function uploadFile(client: Person, schemeId: string, text: string, partBytes = 48 * 1024): Promise<ImportJob> {
  const bytes = Buffer.from(text, 'utf8');
  const start = expectSuccess(
    await client.graphql<{ startOpenReferralImport: ImportJob }>(START_IMPORT, { input: { schemeId, fileName: 'directory.json', totalBytes: bytes.length } }),
  ).startOpenReferralImport;
  for (let index = 0, offset = 0; offset < bytes.length; index++, offset += partBytes) {
    const content = bytes.subarray(offset, offset + partBytes).toString('base64');
    expectSuccess(await client.graphql(ADD_PART, { input: { importId: start.id, index, content } }));
  }
  return expectSuccess(await client.graphql<{ finishOpenReferralImport: ImportJob }>(FINISH_IMPORT, { id: start.id })).finishOpenReferralImport;
}

/** Polls an import until it is done or failed, keeping every answer seen on the way. */
export async function waitForImport(client: Person, id: string, timeoutMs = 60_000): Promise<{ job: ImportJob; seen: ImportJob[] }> {
  const seen: ImportJob[] = [];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = expectSuccess(await client.graphql<{ openReferralImport: ImportJob }>(IMPORT_STATUS, { id })).openReferralImport;
    seen.push(job);
    if (job.status === 'DONE' || job.status === 'FAILED') return { job, seen };
    expect(Date.now(), `import ${id} still ${job.status}`).toBeLessThan(until);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function importFile(client: Person, schemeId: string, text: string): Promise<ImportJob> {
  const started = await uploadFile(client, schemeId, text);
  return (await waitForImport(client, started.id)).job;
}

export async function exportDirectory(client: Person, schemeId: string): Promise<{ contents: Array<Record<string, unknown>> }> {
  return JSON.parse(expectSuccess(await client.graphql<{ openReferralExport: string }>(EXPORT, { schemeId })).openReferralExport);
}
