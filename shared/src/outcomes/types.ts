/** The five instruments Kindred asks at check-ins (issue 6). */
export type InstrumentId = 'ONS_LONELINESS' | 'UCLA3' | 'SWEMWBS' | 'ONS4' | 'CEL';

/** One question, worded exactly as published, with its published answer options and their scoring values. */
export type InstrumentItem = {
  id: string;
  /** Published wording: never reword it, or the answers stop being comparable with anyone else's. */
  text: string;
  /** In the published order, which is the order to show them in. */
  options: ReadonlyArray<{ value: number; label: string }>;
};

export type Instrument = {
  id: InstrumentId;
  /** The instrument's own name, for staff and reports. */
  name: string;
  /** Published instructions where the instrument has them (see each definition). */
  intro: string;
  items: readonly InstrumentItem[];
  /** A notice that must be shown with the questions, or null when there is none. */
  licence: string | null;
  /** None of these may be used to screen people in or out of support. */
  screening: false;
  /** Kind words for the person answering: never "lonely". */
  personTitle: string;
};

/** Item id → chosen value; null means the person skipped the question. */
export type Answers = Record<string, number | null>;

export type Ons4Item = 'LIFE_SATISFACTION' | 'WORTHWHILE' | 'HAPPINESS' | 'ANXIETY';

export type InstrumentScore =
  /** `value` 1 = Never … 5 = Often/always (higher = lonelier); often/always = chronic loneliness. */
  | { instrument: 'ONS_LONELINESS'; value: number; label: string; chronic: boolean }
  /** 3–9, higher = lonelier. */
  | { instrument: 'UCLA3'; total: number }
  /** Raw 7–35 and the metric score from Warwick's conversion table; higher = better wellbeing. */
  | { instrument: 'SWEMWBS'; raw: number; metric: number }
  /** Each item on its own with ONS's band; never summed. */
  | { instrument: 'ONS4'; items: Array<{ item: Ons4Item; value: number; band: string }> }
  /** 0–12, higher = lonelier. */
  | { instrument: 'CEL'; total: number };
