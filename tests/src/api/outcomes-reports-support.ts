/**
 * Operations and helpers for the outcome report tests: the report query the web app sends, and a
 * way to give a person a baseline and follow-ups with chosen scores, as a link worker would by phone
 * (referral, then the check-in engineer's mutations), with the baseline's date set by SQL (the test clock).
 */
import { INSTRUMENTS } from '@kindred/shared';
import { expectSuccess } from '../support/assertions.ts';
import type { Person, TestKindred } from '../support/kindred.ts';
import { DECLINE, RECORD_BY_PHONE, londonDaysFromToday, seekerCheckIns, sql, type Responses } from './outcomes-check-ins-support.ts';
import { refer } from './seekers-support.ts';

const CHANGE = 'measure label n suppressed meanBefore meanAfter meanChange ciLow ciHigh betterWhen';
export const OUTCOME_REPORT = `query OutcomeReport($schemeId: ID!, $area: String, $from: String!, $to: String!, $followUp: Int) {
  outcomeReport(schemeId: $schemeId, area: $area, from: $from, to: $to, followUp: $followUp) {
    schemeId area from to followUp measuredAtBaseline measuredAtFollowUp
    changes { ${CHANGE} }
    chronic { baselineN followUpN chronicAtBaseline chronicAtFollowUp movedOut movedIn suppressed }
    swemwbsImproved swemwbsWorse swemwbsNoChange
    byArea { area measuredAtFollowUp suppressed changes { ${CHANGE} } }
  }
}`;

export type MeasureChange = {
  measure: string;
  label: string;
  n: number | null;
  suppressed: boolean;
  meanBefore: number | null;
  meanAfter: number | null;
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  betterWhen: string;
};
export type OutcomeReport = {
  schemeId: string;
  area: string | null;
  from: string;
  to: string;
  followUp: number;
  measuredAtBaseline: number | null;
  measuredAtFollowUp: number | null;
  changes: MeasureChange[];
  chronic: Record<string, number | boolean | null>;
  swemwbsImproved: number | null;
  swemwbsWorse: number | null;
  swemwbsNoChange: number | null;
  byArea: Array<{ area: string | null; measuredAtFollowUp: number; suppressed: boolean; changes: MeasureChange[] }>;
};

export type ReportArgs = { schemeId: string; from: string; to: string; area?: string | null; followUp?: number };

export async function outcomeReport(client: Person, args: ReportArgs): Promise<OutcomeReport> {
  return expectSuccess(await client.graphql<{ outcomeReport: OutcomeReport }>(OUTCOME_REPORT, args)).outcomeReport;
}

export const changeOf = (report: OutcomeReport, measure: string): MeasureChange => report.changes.find((c) => c.measure === measure)!;

/** Scores to give; each instrument's answers are made to add up to them. */
export type Scores = { ons: number; ucla: number; cel: number; swemwbsRaw: number; ons4: [number, number, number, number] };
export const SOME_SCORES: Scores = { ons: 3, ucla: 6, cel: 6, swemwbsRaw: 21, ons4: [5, 5, 5, 5] };

/** Values for `items` answers between lo and hi that add up to `total`. */
function spread(total: number, items: number, lo: number, hi: number): number[] {
  const values = Array.from({ length: items }, () => lo);
  let rest = total - lo * items;
  for (let i = 0; i < items && rest > 0; i++) {
    const add = Math.min(hi - lo, rest);
    values[i]! += add;
    rest -= add;
  }
  if (rest !== 0) throw new Error(`${total} cannot be made from ${items} answers of ${lo}–${hi}`);
  return values;
}

/** Answers to all five instruments giving these scores. */
export function responsesFor(s: Partial<Scores>): Responses {
  const scores = { ...SOME_SCORES, ...s };
  const values = {
    ONS_LONELINESS: [scores.ons],
    UCLA3: spread(scores.ucla, 3, 1, 3),
    CEL: spread(scores.cel, 3, 0, 4),
    SWEMWBS: spread(scores.swemwbsRaw, 7, 1, 5),
    ONS4: scores.ons4,
  } as const;
  return (['ONS_LONELINESS', 'UCLA3', 'CEL', 'SWEMWBS', 'ONS4'] as const).map((instrument) => ({
    instrument,
    answers: INSTRUMENTS[instrument].items.map((item, i) => ({ item: item.id, value: values[instrument][i]! })),
  }));
}

export type PersonPlan = {
  name: string;
  postcode: string;
  /** When the baseline was completed: an instant, such as 2025-03-15T10:00:00Z. */
  baselineAt: string;
  baseline?: Partial<Scores>;
  /** Follow-ups answered, by months after the baseline. */
  followUps?: Record<number, Partial<Scores>>;
  /** Follow-ups the person set aside ("not now, thank you"). */
  declined?: number[];
};

/**
 * A person referred by `staff`, whose baseline (and any follow-ups) `staff` records by phone. The
 * baseline's completion is then moved to `baselineAt`, and the follow-ups made due today, so they
 * can be answered now. Returns the person's seeker id.
 */
export async function personWithCheckIns(kindred: TestKindred, staff: Person, schemeId: string, plan: PersonPlan): Promise<string> {
  const seeker = await refer(staff, schemeId, {
    name: plan.name,
    profile: { interests: ['gardening'], accessNeeds: [], contactModes: ['PHONE'], postcode: plan.postcode },
    request: { kind: 'BEFRIENDING', contactModes: ['PHONE'] },
  });
  const baseline = (await seekerCheckIns(staff, seeker.id)).find((c) => c.occasion === 'BASELINE' && c.status === 'DUE');
  if (!baseline) throw new Error(`${plan.name} has no baseline due`);
  await record(staff, baseline.id, responsesFor(plan.baseline ?? {}));
  await sql(kindred, `update check_in set completed_at = ?::timestamptz where seeker_id = ? and occasion = 'BASELINE'`, [plan.baselineAt, seeker.id]);
  await sql(kindred, `update check_in set due_on = ?::date where seeker_id = ? and occasion = 'FOLLOW_UP'`, [londonDaysFromToday(0), seeker.id]);
  const followUps = (await seekerCheckIns(staff, seeker.id)).filter((c) => c.occasion === 'FOLLOW_UP');
  const followUp = (months: number) => {
    const found = followUps.find((c) => c.monthsAfterBaseline === months);
    if (!found) throw new Error(`${plan.name} has no ${months}-month follow-up`);
    return found;
  };
  for (const [months, scores] of Object.entries(plan.followUps ?? {})) await record(staff, followUp(Number(months)).id, responsesFor(scores));
  for (const months of plan.declined ?? []) expectSuccess(await staff.graphql(DECLINE, { checkInId: followUp(months).id }));
  return seeker.id;
}

async function record(staff: Person, checkInId: string, responses: Responses): Promise<void> {
  expectSuccess(await staff.graphql(RECORD_BY_PHONE, { input: { checkInId, responses } }));
}
