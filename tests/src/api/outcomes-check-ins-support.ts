/**
 * Operations and helpers for the check-in tests: the GraphQL the web app sends, answers built from
 * the shared instruments, and a way to move a check-in's dates in the database (the test clock).
 */
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from '@kindred/shared';
import { expectSuccess } from '../support/assertions.ts';
import type { Person, TestKindred } from '../support/kindred.ts';

const CHECK_IN = `id occasion monthsAfterBaseline dueOn status completedAt onBehalf personFirstName
  instruments { id personTitle intro licence items { id text options { value label } } }`;

export const MY_CHECK_INS = `query MyCheckIns { myCheckIns { ${CHECK_IN} } }`;
export const MY_PROGRESS = `query MyProgress { myProgress { occasion completedAt sentences } }`;
export const CHECK_INS_DUE = `query CheckInsDue($schemeId: ID!) { checkInsDue(schemeId: $schemeId) { ${CHECK_IN} } }`;
export const SEEKER_CHECK_INS = `query SeekerCheckIns($seekerId: ID!) { seekerCheckIns(seekerId: $seekerId) { ${CHECK_IN} } }`;
export const SUBMIT = `mutation Submit($input: CheckInAnswersInput!) { submitCheckIn(input: $input) { ${CHECK_IN} } }`;
export const RECORD_BY_PHONE = `mutation ByPhone($input: CheckInAnswersInput!) { recordCheckInByPhone(input: $input) { ${CHECK_IN} } }`;
export const DECLINE = `mutation Decline($checkInId: ID!) { declineCheckIn(checkInId: $checkInId) { ${CHECK_IN} } }`;
export const SET_SCHEDULE = `mutation SetSchedule($schemeId: ID!, $followUpMonths: [Int!]!) { setCheckInSchedule(schemeId: $schemeId, followUpMonths: $followUpMonths) }`;

export type CheckInView = {
  id: string;
  occasion: 'BASELINE' | 'FOLLOW_UP' | 'ENDING';
  monthsAfterBaseline: number | null;
  dueOn: string;
  status: 'DUE' | 'COMPLETED' | 'DECLINED';
  completedAt: string | null;
  onBehalf: boolean;
  personFirstName: string;
  instruments: Array<{ id: InstrumentId; personTitle: string; intro: string; licence: string | null; items: Array<{ id: string; text: string; options: Array<{ value: number; label: string }> }> }>;
};
export type ProgressPoint = { occasion: string; completedAt: string; sentences: string[] };

export type ItemAnswer = { item: string; value: number | null };
export type Responses = Array<{ instrument: InstrumentId; answers: ItemAnswer[] }>;

/**
 * Answers to every question, each chosen by `pick` from the published options (as listed), or
 * null to skip it. By default the first option of each.
 */
export function answersFor(pick: (instrument: InstrumentId, item: string, values: number[]) => number | null = (_i, _item, values) => values[0]!): Responses {
  return INSTRUMENT_IDS.map((instrument) => ({
    instrument,
    answers: INSTRUMENTS[instrument].items.map((item) => ({ item: item.id, value: pick(instrument, item.id, item.options.map((o) => o.value)) })),
  }));
}

/** Changes one answer in a full set of responses. */
export function withAnswer(responses: Responses, instrument: InstrumentId, item: string, value: number | null): Responses {
  return responses.map((r) => (r.instrument === instrument ? { ...r, answers: r.answers.map((a) => (a.item === item ? { item, value } : a)) } : r));
}

export async function myCheckIns(client: Person): Promise<CheckInView[]> {
  return expectSuccess(await client.graphql<{ myCheckIns: CheckInView[] }>(MY_CHECK_INS)).myCheckIns;
}

export async function myProgress(client: Person): Promise<ProgressPoint[]> {
  return expectSuccess(await client.graphql<{ myProgress: ProgressPoint[] }>(MY_PROGRESS)).myProgress;
}

export async function seekerCheckIns(staff: Person, seekerId: string): Promise<CheckInView[]> {
  return expectSuccess(await staff.graphql<{ seekerCheckIns: CheckInView[] }>(SEEKER_CHECK_INS, { seekerId })).seekerCheckIns;
}

export async function submit(client: Person, checkInId: string, responses: Responses): Promise<CheckInView> {
  return expectSuccess(await client.graphql<{ submitCheckIn: CheckInView }>(SUBMIT, { input: { checkInId, responses } })).submitCheckIn;
}

type Row = Record<string, unknown>;

/** Runs SQL on this Kindred's own database, as a test clock and to read what was stored. */
export function sql<T extends Row = Row>(kindred: TestKindred, query: string, params: unknown[] = []): Promise<T[]> {
  return kindred.orm.em.fork().getConnection().execute<T[]>(query, params);
}

/** The stored row of a check-in: answers, scores and who recorded it. */
export async function storedCheckIn(kindred: TestKindred, id: string) {
  const [row] = await sql<{ responses: Array<{ instrument: string; answers: Record<string, number | null>; score: Record<string, unknown> | null }>; recorded_by_id: string | null; on_behalf: boolean; reminded_at: Date | null; seeker_id: string }>(
    kindred,
    'select responses, recorded_by_id, on_behalf, reminded_at, seeker_id from check_in where id = ?',
    [id],
  );
  if (!row) throw new Error(`no check-in ${id}`);
  return row;
}

/**
 * The test clock: moves a person's whole check-in history back in time by whole months, as if the
 * baseline had been answered that long ago. Kindred reads the real clock, so the history moves, not the clock.
 */
export async function moveBackMonths(kindred: TestKindred, seekerId: string, months: number): Promise<void> {
  await sql(
    kindred,
    `update check_in set due_on = (due_on - make_interval(months => ?))::date,
       completed_at = completed_at - make_interval(months => ?), created_at = created_at - make_interval(months => ?)
     where seeker_id = ?`,
    [months, months, months, seekerId],
  );
}

/** A London date `days` from today, YYYY-MM-DD. */
export function londonDaysFromToday(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
}
