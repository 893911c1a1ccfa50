import { scoreIfComplete, type Answers, type InstrumentId, type InstrumentScore, type Ons4Item } from '@kindred/shared';

/** What a check-in keeps of one instrument (the `responses` column): the answers are the source of truth. */
export type StoredResponse = { instrument: string; answers: Answers; score?: unknown };

export type MeasureId =
  | 'ONS_LONELINESS'
  | 'UCLA3'
  | 'CEL'
  | 'SWEMWBS'
  | 'ONS4_LIFE_SATISFACTION'
  | 'ONS4_WORTHWHILE'
  | 'ONS4_HAPPINESS'
  | 'ONS4_ANXIETY';

export type Measure = {
  id: MeasureId;
  instrument: InstrumentId;
  /** The measure as staff know it, with its range, for tables and CSV. */
  label: string;
  /** Which way is good news: the instruments' published direction. */
  betterWhen: 'lower' | 'higher';
  valueOf(score: InstrumentScore): number | null;
};

const ons4 = (item: Ons4Item) => (score: InstrumentScore) =>
  score.instrument === 'ONS4' ? (score.items.find((i) => i.item === item)?.value ?? null) : null;

/** Every measure the report gives a change for, in the order the check-in asks them. */
export const MEASURES: readonly Measure[] = [
  {
    id: 'ONS_LONELINESS',
    instrument: 'ONS_LONELINESS',
    label: 'ONS loneliness question (1 never to 5 often or always)',
    betterWhen: 'lower',
    valueOf: (s) => (s.instrument === 'ONS_LONELINESS' ? s.value : null),
  },
  {
    id: 'UCLA3',
    instrument: 'UCLA3',
    label: 'UCLA 3-item loneliness score (3 to 9)',
    betterWhen: 'lower',
    valueOf: (s) => (s.instrument === 'UCLA3' ? s.total : null),
  },
  {
    id: 'CEL',
    instrument: 'CEL',
    label: 'Campaign to End Loneliness score (0 to 12)',
    betterWhen: 'lower',
    valueOf: (s) => (s.instrument === 'CEL' ? s.total : null),
  },
  {
    id: 'SWEMWBS',
    instrument: 'SWEMWBS',
    label: 'SWEMWBS wellbeing metric score (7 to 35)',
    betterWhen: 'higher',
    valueOf: (s) => (s.instrument === 'SWEMWBS' ? s.metric : null),
  },
  { id: 'ONS4_LIFE_SATISFACTION', instrument: 'ONS4', label: 'ONS life satisfaction (0 to 10)', betterWhen: 'higher', valueOf: ons4('LIFE_SATISFACTION') },
  { id: 'ONS4_WORTHWHILE', instrument: 'ONS4', label: 'ONS things done are worthwhile (0 to 10)', betterWhen: 'higher', valueOf: ons4('WORTHWHILE') },
  { id: 'ONS4_HAPPINESS', instrument: 'ONS4', label: 'ONS happiness yesterday (0 to 10)', betterWhen: 'higher', valueOf: ons4('HAPPINESS') },
  { id: 'ONS4_ANXIETY', instrument: 'ONS4', label: 'ONS anxiety yesterday (0 to 10)', betterWhen: 'lower', valueOf: ons4('ANXIETY') },
];

export const measure = (id: MeasureId): Measure => MEASURES.find((m) => m.id === id)!;

/**
 * A check-in's scores, worked out again from the answers (so a report always uses today's scoring
 * rules). Skipped questions give no score; an answer the rules reject (which submission prevents)
 * counts as not answered rather than failing the whole report.
 */
export function scoresOf(responses: readonly StoredResponse[]): Map<InstrumentId, InstrumentScore> {
  const scores = new Map<InstrumentId, InstrumentScore>();
  for (const response of responses) {
    const id = response.instrument as InstrumentId;
    try {
      const score = scoreIfComplete(id, response.answers ?? {});
      if (score) scores.set(id, score);
    } catch {
      // Not a known instrument, or answers out of range: no score.
    }
  }
  return scores;
}

/** The value of one measure in a check-in's scores, or null when it was not (fully) answered. */
export function valueIn(scores: ReadonlyMap<InstrumentId, InstrumentScore>, m: Measure): number | null {
  const score = scores.get(m.instrument);
  return score ? m.valueOf(score) : null;
}
