import {
  canShowMean,
  chronicTransitions,
  pairedChange,
  suppress,
  swemwbsChangeCategory,
  type InstrumentId,
  type InstrumentScore,
} from '@kindred/shared';
import { MEASURES, measure, scoresOf, valueIn, type Measure, type MeasureId, type StoredResponse } from './measures.js';
import { areasToList, groupsToWithhold, protectCategories, protectChronic } from './secondary.js';

/** One person in the report: their completed baseline, and their follow-up of the chosen month if they completed it. */
export type PersonOutcome = {
  seekerId: string;
  /** Postcode district ("HX7"), or null when the person gave no postcode. */
  area: string | null;
  baseline: readonly StoredResponse[];
  followUp: readonly StoredResponse[] | null;
};

export type MeasureChangeFigures = {
  measure: MeasureId;
  label: string;
  /** People with a score at both check-ins; null when under the threshold. */
  n: number | null;
  /** True when the means are withheld (too few people, or to protect another group's). */
  suppressed: boolean;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Mean of (follow-up − baseline), person by person. */
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  betterWhen: 'lower' | 'higher';
};

export type ChronicFigures = {
  /** People who answered the ONS question at the start. */
  baselineN: number | null;
  /** Of them, those who answered it at the follow-up too: the group the other counts describe. */
  followUpN: number | null;
  chronicAtBaseline: number | null;
  chronicAtFollowUp: number | null;
  movedOut: number | null;
  movedIn: number | null;
  suppressed: boolean;
};

export type SwemwbsFigures = { improved: number | null; worse: number | null; noChange: number | null; suppressed: boolean };

export type AreaFigures = {
  /** Postcode district; null for the row of everyone else (districts with fewer than 5, and unknown postcodes). */
  area: string | null;
  /** Always 5 or more: smaller districts are not listed on their own. */
  measuredAtFollowUp: number;
  /** True when any of the row's means is withheld. */
  suppressed: boolean;
  changes: MeasureChangeFigures[];
};

export type OutcomeFigures = {
  measuredAtBaseline: number | null;
  measuredAtFollowUp: number | null;
  changes: MeasureChangeFigures[];
  chronic: ChronicFigures;
  swemwbs: SwemwbsFigures;
  byArea: AreaFigures[];
};

/** The measures given district by district. */
export const AREA_MEASURES: readonly MeasureId[] = ['UCLA3', 'SWEMWBS'];

type Scored = { area: string | null; before: Map<InstrumentId, InstrumentScore>; after: Map<InstrumentId, InstrumentScore> | null };
type Pair = { before: number; after: number };

function pairsOf(people: readonly Scored[], m: Measure): Pair[] {
  return people.flatMap((p) => {
    if (!p.after) return [];
    const before = valueIn(p.before, m);
    const after = valueIn(p.after, m);
    return before !== null && after !== null ? [{ before, after }] : [];
  });
}

function changeFigures(m: Measure, pairs: readonly Pair[], withheld = false): MeasureChangeFigures {
  const stats = pairedChange(pairs);
  const show = !!stats && canShowMean(pairs.length) && !withheld;
  return {
    measure: m.id,
    label: m.label,
    n: suppress(pairs.length),
    suppressed: !show,
    meanBefore: show ? stats.meanBefore : null,
    meanAfter: show ? stats.meanAfter : null,
    meanChange: show ? stats.meanChange : null,
    ciLow: show ? stats.ci95[0] : null,
    ciHigh: show ? stats.ci95[1] : null,
    betterWhen: m.betterWhen,
  };
}

function chronicFigures(people: readonly Scored[]): ChronicFigures {
  const ons = measure('ONS_LONELINESS');
  const chronic = (scores: Map<InstrumentId, InstrumentScore>) => {
    const score = scores.get(ons.instrument);
    return score?.instrument === 'ONS_LONELINESS' ? score.chronic : null;
  };
  const answeredAtStart = people.filter((p) => chronic(p.before) !== null);
  const pairs = answeredAtStart.flatMap((p) => {
    const after = p.after ? chronic(p.after) : null;
    return after === null ? [] : [{ before: chronic(p.before)!, after }];
  });
  const shown = protectChronic(chronicTransitions(pairs));
  const baselineN = suppress(answeredAtStart.length);
  return { baselineN, ...shown, suppressed: baselineN === null || Object.values(shown).some((v) => v === null) };
}

function swemwbsFigures(people: readonly Scored[]): SwemwbsFigures {
  const counts = { improved: 0, worse: 0, noChange: 0 };
  for (const { before, after } of pairsOf(people, measure('SWEMWBS'))) {
    const category = swemwbsChangeCategory(before, after);
    if (category === 'IMPROVED') counts.improved++;
    else if (category === 'WORSE') counts.worse++;
    else counts.noChange++;
  }
  const shown = protectCategories(counts);
  return { ...shown, suppressed: Object.values(shown).some((v) => v === null) };
}

const NOT_KNOWN = '?';
const districtOrder = new Intl.Collator('en-GB', { numeric: true });

/**
 * Districts with enough people to be listed, in order, then one row (area null) for everyone else:
 * the smaller districts and people whose postcode is not known. Nothing when no district has enough.
 */
function areaFigures(people: readonly Scored[]): AreaFigures[] {
  const groups = new Map<string, Scored[]>();
  for (const p of people.filter((q) => q.after)) {
    const key = p.area ?? NOT_KNOWN;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const listed = areasToList(
    [...groups].filter(([key]) => key !== NOT_KNOWN).map(([key, members]) => ({ key, n: members.length })),
    groups.get(NOT_KNOWN)?.length ?? 0,
  );
  const rows = [...listed].sort((a, b) => districtOrder.compare(a, b)).map((key) => ({ area: key as string | null, members: groups.get(key)! }));
  const rest = [...groups].filter(([key]) => !listed.has(key)).flatMap(([, members]) => members);
  // areasToList leaves none or at least SUPPRESS_BELOW people over; with no district listed, a row of them would just be the whole.
  if (listed.size === 0) return [];
  if (rest.length > 0) rows.push({ area: null, members: rest });
  // Per measure, a row's mean may have to be withheld to protect another row's.
  const withheld = new Map(
    AREA_MEASURES.map((id) => [id, groupsToWithhold(rows.map((row, at) => ({ key: String(at), n: pairsOf(row.members, measure(id)).length })))]),
  );
  return rows.map((row, at) => {
    const changes = AREA_MEASURES.map((id) => changeFigures(measure(id), pairsOf(row.members, measure(id)), withheld.get(id)!.has(String(at))));
    return { area: row.area, measuredAtFollowUp: row.members.length, suppressed: changes.some((c) => c.suppressed), changes };
  });
}

/**
 * The report's figures from the people in it: paired changes, chronic loneliness, SWEMWBS change
 * categories and districts, with small numbers suppressed (see secondary.ts for the rule).
 */
export function computeOutcomeReport(people: readonly PersonOutcome[]): OutcomeFigures {
  const scored: Scored[] = people.map((p) => ({
    area: p.area,
    before: scoresOf(p.baseline),
    after: p.followUp ? scoresOf(p.followUp) : null,
  }));
  return {
    measuredAtBaseline: suppress(scored.length),
    measuredAtFollowUp: suppress(scored.filter((p) => p.after).length),
    changes: MEASURES.map((m) => changeFigures(m, pairsOf(scored, m))),
    chronic: chronicFigures(scored),
    swemwbs: swemwbsFigures(scored),
    byArea: areaFigures(scored),
  };
}
