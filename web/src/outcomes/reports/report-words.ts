import { SUPPRESS_BELOW } from '@kindred/shared';
import type { OutcomeReportQuery } from '../../gql/graphql';

// Staff-facing: the instruments' own names, loneliness included, are the right words here.

/** The report's shapes, as the API sends them. */
type Report = OutcomeReportQuery['outcomeReport'];
export type Change = Omit<Report['changes'][number], '__typename'>;
export type Chronic = Omit<Report['chronic'], '__typename' | 'suppressed'>;

export type SwemwbsCounts = { improved: number | null; worse: number | null; noChange: number | null };

/** Each measure's name in a sentence, and which way is good news. */
export const MEASURE_WORDS: Record<string, { name: string; short: string; meaning: string }> = {
  ONS_LONELINESS: { name: 'ONS loneliness score', short: 'ONS loneliness', meaning: 'lower means less lonely' },
  UCLA3: { name: 'UCLA score', short: 'UCLA 3-item', meaning: 'lower means less lonely' },
  CEL: { name: 'Campaign to End Loneliness score', short: 'Campaign to End Loneliness', meaning: 'lower means less lonely' },
  SWEMWBS: { name: 'SWEMWBS wellbeing score', short: 'SWEMWBS', meaning: 'higher means better wellbeing' },
  ONS4_LIFE_SATISFACTION: { name: 'life satisfaction score', short: 'Life satisfaction', meaning: 'higher is better' },
  ONS4_WORTHWHILE: { name: 'score for feeling the things they do are worthwhile', short: 'Worthwhile', meaning: 'higher is better' },
  ONS4_HAPPINESS: { name: 'happiness score', short: 'Happiness', meaning: 'higher is better' },
  ONS4_ANXIETY: { name: 'anxiety score', short: 'Anxiety', meaning: 'lower means less anxious' },
};

const wordsFor = (c: Change) => MEASURE_WORDS[c.measure] ?? { name: c.label, short: c.label, meaning: `${c.betterWhen} is better` };

/** A count that can only be missing because it is small. */
export const FEWER = `fewer than ${SUPPRESS_BELOW}`;
/** A count or mean that may be missing because it is small, or because it would give a small one away. */
export const NOT_SHOWN = 'not shown';

export const SUPPRESSION_NOTE = `Numbers under ${SUPPRESS_BELOW} are not shown, so that no one can be identified. Where one number is not shown, another may be hidden with it, so that it cannot be worked out by subtraction. Averages need at least ${SUPPRESS_BELOW} people.`;

export const CI_MEANING =
  'The 95% confidence interval (CI) is the range the true average change probably lies in: if it includes no change (0), the change could be down to chance.';

const ONE_PLACE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO_PLACES = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

export const twoPlaces = (value: number) => TWO_PLACES.format(value);
const onePlace = (value: number) => ONE_PLACE.format(Math.abs(value));

/** "41 people", or "Fewer than 5 people" when the count is withheld. */
export function people(n: number | null, capital = false): string {
  if (n === null) return `${capital ? 'Fewer' : 'fewer'} than ${SUPPRESS_BELOW} people`;
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

export function headline(measuredAtFollowUp: number | null, followUp: number): string {
  return `${people(measuredAtFollowUp, true)} answered at the start and again after ${followUp} months.`;
}

/** How the interval reads alongside "fell by" or "rose by", so both ends are said the same way. */
function interval(direction: 'fell' | 'rose', low: number, high: number): string {
  // In the direction of the change: for a fall, the interval of the fall.
  const [from, to] = direction === 'fell' ? [-high, -low] : [low, high];
  if (from >= 0) return `95% CI ${onePlace(from)} to ${onePlace(to)}`;
  const [opposite, same] = direction === 'fell' ? ['a rise', 'a fall'] : ['a fall', 'a rise'];
  return `95% CI from ${opposite} of ${onePlace(from)} to ${same} of ${onePlace(to)}`;
}

/** "On average, their UCLA score fell by 1.2 points (95% CI 0.7 to 1.7): lower means less lonely." Null when withheld. */
export function changeSentence(c: Change): string | null {
  if (c.suppressed || c.meanChange === null || c.ciLow === null || c.ciHigh === null) return null;
  const { name, meaning } = wordsFor(c);
  if (onePlace(c.meanChange) === onePlace(0)) {
    return `On average, their ${name} stayed about the same (95% CI ${signed(c.ciLow)} to ${signed(c.ciHigh)}): ${meaning}.`;
  }
  const direction = c.meanChange < 0 ? 'fell' : 'rose';
  return `On average, their ${name} ${direction} by ${onePlace(c.meanChange)} points (${interval(direction, c.ciLow, c.ciHigh)}): ${meaning}.`;
}

function signed(value: number): string {
  return value > 0 ? `+${onePlace(value)}` : value < 0 ? `−${onePlace(value)}` : onePlace(0);
}

export type Verdict = 'BETTER' | 'WORSE' | 'UNCLEAR';

/** Better or worse when the whole interval is on one side of no change; otherwise unclear. */
export function verdictOf(c: Change): Verdict | null {
  if (c.suppressed || c.ciLow === null || c.ciHigh === null) return null;
  const lowerIsBetter = c.betterWhen === 'lower';
  if (c.ciHigh < 0) return lowerIsBetter ? 'BETTER' : 'WORSE';
  if (c.ciLow > 0) return lowerIsBetter ? 'WORSE' : 'BETTER';
  return 'UNCLEAR';
}

export const VERDICT_WORDS: Record<Verdict, string> = { BETTER: 'Better', WORSE: 'Worse', UNCLEAR: 'No clear change' };

const list = (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

/** The finding across every measure: which improved, which got worse, beyond what chance would explain. */
export function changesSummary(changes: readonly Change[]): string {
  const shown = changes.filter((c) => verdictOf(c) !== null);
  if (shown.length === 0) return `Fewer than ${SUPPRESS_BELOW} people answered both times, so no averages are shown.`;
  const named = (verdict: Verdict) => shown.filter((c) => verdictOf(c) === verdict).map((c) => wordsFor(c).short);
  const better = named('BETTER');
  const worse = named('WORSE');
  const unclear = named('UNCLEAR');
  const measures = (n: number) => `${n} ${n === 1 ? 'measure' : 'measures'}`;
  const parts = [
    better.length > 0 ? `${measures(better.length)} improved by more than chance would explain (${list(better)})` : 'no measure improved by more than chance would explain',
    ...(worse.length > 0 ? [`${measures(worse.length)} got worse (${list(worse)})`] : []),
    ...(unclear.length > 0 ? [`${measures(unclear.length)} show no clear change`] : []),
  ];
  const sentence = list(parts);
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.${shown.length < changes.length ? ` ${changes.length - shown.length} had too few answers to show.` : ''}`;
}

/** "12 (40%)", or "a number not shown". */
function countOf(count: number | null, of: number | null): string {
  if (count === null) return 'a number not shown';
  return of ? `${count} (${PERCENT.format(count / of)})` : String(count);
}

export function chronicSummary(c: Chronic, followUp: number): string {
  if (c.followUpN === null) {
    return `Fewer than ${SUPPRESS_BELOW} people answered “How often do you feel lonely?” both times, so these figures are not shown.`;
  }
  const moved =
    c.movedOut === null && c.movedIn === null
      ? 'How many moved out of it or into it is not shown.'
      : `${countOf(c.movedOut, null)} moved out of it and ${countOf(c.movedIn, null)} moved into it.`;
  return (
    `Of the ${c.followUpN} people who answered “How often do you feel lonely?” both times, ${countOf(c.chronicAtBaseline, c.followUpN)} ` +
    `said “often or always” (chronic loneliness) at the start, and ${countOf(c.chronicAtFollowUp, c.followUpN)} after ${followUp} months. ` +
    `${moved.charAt(0).toUpperCase()}${moved.slice(1)}`
  );
}

export function swemwbsSummary(counts: SwemwbsCounts, n: number | null): string {
  if (n === null) return `Fewer than ${SUPPRESS_BELOW} people had a SWEMWBS score both times, so these figures are not shown.`;
  return (
    `Of the ${n} people with a SWEMWBS score both times, ${countOf(counts.improved, n)} improved by 3 points or more, ` +
    `${countOf(counts.worse, n)} got worse by 3 points or more, and ${countOf(counts.noChange, n)} changed by less than that.`
  );
}

/** A place's name in the table: the district, or the row of everyone else. */
export const areaName = (area: string | null) => area ?? 'Other areas, and postcodes not known';
