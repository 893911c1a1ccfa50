/**
 * Operations and helpers for the data rights tests: the GraphQL the web app sends, a person with a
 * little of everything Kindred can hold (so an export and an erasure have every kind of row to deal
 * with), and a search of every text column of every table for what identifies them.
 */
import { expect } from 'vitest';
import type { Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import type { SignedIn } from '../support/factories.ts';
import type { Person, TestKindred } from '../support/kindred.ts';
import { approvedVolunteer, LOG_CONTACT, propose, respond, ABOUT_WALKER, REVIEW } from './matching-support.ts';
import { RECORD_CONTACT, askForBefriender, saveAboutMe } from './seekers-support.ts';
import { answersFor, myCheckIns, submit } from './outcomes-check-ins-support.ts';

export const EXPORT_MY_DATA = 'mutation ExportMyData { exportMyData }';
export const EXPORT_PERSON_DATA = 'mutation ExportPersonData($input: PersonRefInput!) { exportPersonData(input: $input) }';
export const ERASE_ME = 'mutation EraseMe($input: EraseMeInput!) { eraseMe(input: $input) }';
export const ERASE_PERSON = 'mutation ErasePerson($input: ErasePersonInput!) { erasePerson(input: $input) }';
export const MY_CONSENTS = `query MyConsents { myConsents { scheme { id name } withdrawnByName canWithdraw
  consent { id purpose lawfulBasis specialCategoryCondition agreedWords agreedOn recordedOnBehalf recordedByName recordedAt withdrawnAt } } }`;
export const SEND_MESSAGE = 'mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { id } }';
export const RAISE_CONCERN = 'mutation Raise($input: RaiseConcernInput!) { raiseConcern(input: $input) { id received } }';
export const SUGGEST = `query Suggest($requestId: ID!) { suggestMatches(requestId: $requestId, limit: 50) { suggestions { volunteerId } } }`;

/** The export document as tests read it: every section is there, whatever it holds. */
export type ExportDocument = {
  schemaVersion: number;
  kind: string;
  generatedAt: string;
  scope: { madeBy: string; everyScheme: boolean; schemes: Array<{ id: string; name: string }> };
  notIncluded: Array<{ what: string; why: string }>;
  account: { id: string; email: string; displayName: string } | null;
  [section: string]: unknown;
};

export type MyConsent = {
  scheme: { id: string; name: string };
  withdrawnByName: string | null;
  canWithdraw: boolean;
  consent: { id: string; purpose: string; lawfulBasis: string; agreedWords: string; recordedByName: string; recordedOnBehalf: boolean; withdrawnAt: string | null };
};

export async function exportMine(client: Person): Promise<ExportDocument> {
  return JSON.parse(expectSuccess(await client.graphql<{ exportMyData: string }>(EXPORT_MY_DATA)).exportMyData) as ExportDocument;
}

export async function exportPerson(staff: Person, input: { seekerId?: string; userId?: string }): Promise<ExportDocument> {
  return JSON.parse(expectSuccess(await staff.graphql<{ exportPersonData: string }>(EXPORT_PERSON_DATA, { input })).exportPersonData) as ExportDocument;
}

export async function myConsents(client: Person): Promise<MyConsent[]> {
  return expectSuccess(await client.graphql<{ myConsents: MyConsent[] }>(MY_CONSENTS)).myConsents;
}

/** What identifies the person: searched for everywhere after erasure. */
export type Identifiers = { name: string; firstName: string; surname: string; email: string; phone: string; postcode: string; address: string; words: string[] };

/**
 * A person seeking company with a little of everything: their answers (distinctive name, phone,
 * address, postcode and words), a request with notes, consents, a contact note from the link worker,
 * an answered baseline check-in, an active match with the cast's volunteer, messages both ways,
 * a contact log and a review, notifications, and a concern they raised. Returns what identifies them.
 */
export async function personWithEverything(
  cast: Cast,
  person: SignedIn,
  volunteer: SignedIn,
  tag: string,
): Promise<{ ids: Identifiers; seekerId: string; requestId: string; matchId: string; volunteerId: string }> {
  const [firstName, surname] = person.details.displayName.split(' ') as [string, string];
  const ids: Identifiers = {
    name: person.details.displayName,
    firstName,
    surname,
    email: person.details.email,
    phone: `07700 9${tag}`,
    postcode: `HX7 ${tag.slice(0, 1)}QZ`,
    address: `${tag} Quarry Row, Heptonstall`,
    words: [`pigeon racing with ${firstName}-${tag}`, `notes-${tag} about my bad knee`, `Hello ${firstName}, lovely to hear from you ${tag}`, `See you at the mill ${tag}`],
  };
  await saveAboutMe(person.client, {
    ...ABOUT_WALKER,
    whatMattersToMe: ids.words[0],
    profile: { ...ABOUT_WALKER.profile, postcode: ids.postcode },
    contact: { phone: ids.phone, address: ids.address, preferredContact: 'PHONE' },
  });
  const request = await askForBefriender(person.client, { notes: ids.words[1] });
  const staff = cast.linkWorker.client;
  const { seekerId } = await seekerOf(staff, cast.scheme.id, person.details.displayName);
  expectSuccess(await staff.graphql(RECORD_CONTACT, { input: { seekerId, method: 'PHONE', note: `Rang ${ids.name} on ${ids.phone}` } }));
  const [baseline] = await myCheckIns(person.client);
  if (baseline) await submit(person.client, baseline.id, answersFor());
  const volunteerId = await approvedVolunteer(staff, volunteer);
  const proposed = await propose(staff, request.id, volunteerId, `${firstName} would like someone near ${ids.postcode}`);
  await respond(volunteer.client, proposed.id, true);
  expect((await respond(person.client, proposed.id, true)).status).toBe('ACTIVE');
  expectSuccess(await volunteer.client.graphql(SEND_MESSAGE, { input: { matchId: proposed.id, body: ids.words[2] } }));
  expectSuccess(await person.client.graphql(SEND_MESSAGE, { input: { matchId: proposed.id, body: ids.words[3] } }));
  expectSuccess(await volunteer.client.graphql(LOG_CONTACT, { input: { matchId: proposed.id, how: 'PHONE', note: `Chatted with ${firstName} about ${ids.address}` } }));
  expectSuccess(await staff.graphql(REVIEW, { input: { matchId: proposed.id, notes: `${ids.name} is enjoying it`, continue: true } }));
  // A concern they raised, in words that do not identify them: a safeguarding record, kept.
  expectSuccess(await person.client.graphql(RAISE_CONCERN, { input: { subjectKind: 'MATCH', subjectId: proposed.id, text: 'The volunteer was twenty minutes late twice.' } }));
  return { ids, seekerId, requestId: request.id, matchId: proposed.id, volunteerId };
}

/** The seeker id of a person, as their link worker finds it on the waiting list. */
export async function seekerOf(staff: Person, schemeId: string, name: string): Promise<{ seekerId: string }> {
  const list = expectSuccess(
    await staff.graphql<{ waitingList: Array<{ seekerId: string; name: string }> }>('query W($schemeId: ID!) { waitingList(schemeId: $schemeId) { seekerId name } }', { schemeId }),
  ).waitingList;
  const entry = list.find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not on the waiting list`);
  return { seekerId: entry.seekerId };
}

type Row = Record<string, unknown>;

export function sql<T extends Row = Row>(kindred: TestKindred, query: string, params: unknown[] = []): Promise<T[]> {
  return kindred.orm.em.fork().getConnection().execute<T[]>(query, params);
}

/** A PostgreSQL array literal: the ORM would spread a JavaScript array into separate parameters. */
const pgArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

export type Hit = { table: string; column: string; needle: string; value: string };

/**
 * Searches every text, character, JSON and text-array column of every table in every schema of the
 * database (information_schema, so tables added later are searched too) for each needle, ignoring case.
 */
export async function searchEverywhere(kindred: TestKindred, needles: string[]): Promise<Hit[]> {
  const columns = await sql<{ table_schema: string; table_name: string; column_name: string; data_type: string; udt_name: string }>(
    kindred,
    `select c.table_schema, c.table_name, c.column_name, c.data_type, c.udt_name
       from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
        and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or c.udt_name in ('_text', '_varchar'))`,
  );
  expect(columns.length, 'the search reaches the tables').toBeGreaterThan(50);
  const hits: Hit[] = [];
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  for (const c of columns) {
    const value = c.data_type === 'ARRAY' ? `array_to_string("${c.column_name}", ' ')` : `"${c.column_name}"::text`;
    const rows = await sql<{ value: string; needle: string }>(
      kindred,
      `select ${value} as value, p.needle from "${c.table_schema}"."${c.table_name}", unnest(?::text[], ?::text[]) as p(needle, pattern)
        where ${value} ilike p.pattern limit 5`,
      [pgArray(needles), pgArray(patterns)],
    );
    for (const row of rows) hits.push({ table: `${c.table_schema}.${c.table_name}`, column: c.column_name, needle: row.needle, value: row.value.slice(0, 200) });
  }
  return hits;
}

/** The whole set of needles for a person: name, each part of it, email, phone, postcode, address and their words. */
export function needlesOf(ids: Identifiers): string[] {
  return [ids.name, ids.firstName, ids.surname, ids.email, ids.phone, ids.postcode, ids.address, ...ids.words];
}
