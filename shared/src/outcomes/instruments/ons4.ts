import type { Instrument, Ons4Item } from '../types.js';
import { options } from './options.js';

/*
 * ONS personal well-being (ONS4): four questions answered 0–10, where 0 is "not at all" and 10 is
 * "completely". Reported item by item, never summed, with ONS's thresholds:
 * life satisfaction, worthwhile, happiness: 0–4 Low, 5–6 Medium, 7–8 High, 9–10 Very high;
 * anxiety: 0–1 Very low, 2–3 Low, 4–5 Medium, 6–10 High.
 * Sources: Office for National Statistics, "Personal well-being user guidance"
 * (https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/methodologies/personalwellbeingsurveyuserguide),
 * for the questions and thresholds; the GSS personal well-being harmonised standard
 * (https://analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/) for the suggested introduction.
 */
const ZERO_TO_TEN = options(
  ['0 – not at all', 0],
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), n] as const),
  ['10 – completely', 10],
);

export const ONS4_ITEMS: readonly Ons4Item[] = ['LIFE_SATISFACTION', 'WORTHWHILE', 'HAPPINESS', 'ANXIETY'];

/** [lowest value in the band, band] from the top down. */
const POSITIVE_BANDS = [[9, 'Very high'], [7, 'High'], [5, 'Medium'], [0, 'Low']] as const;
const ANXIETY_BANDS = [[6, 'High'], [4, 'Medium'], [2, 'Low'], [0, 'Very low']] as const;

/** ONS's band for one answer 0–10. */
export function ons4Band(item: Ons4Item, value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 10) throw new RangeError(`An ONS4 answer must be a whole number from 0 to 10, not ${value}.`);
  const bands = item === 'ANXIETY' ? ANXIETY_BANDS : POSITIVE_BANDS;
  return bands.find(([from]) => value >= from)![1];
}

export const ONS4: Instrument = {
  id: 'ONS4',
  name: 'ONS personal well-being (ONS4)',
  intro:
    "Next I would like to ask you four questions about your feelings on aspects of your life. There are no right or wrong answers. For each of these questions I'd like you to give an answer on a scale of 0 to 10, where 0 is 'not at all' and 10 is 'completely'.",
  items: [
    { id: 'LIFE_SATISFACTION', text: 'Overall, how satisfied are you with your life nowadays?', options: ZERO_TO_TEN },
    { id: 'WORTHWHILE', text: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?', options: ZERO_TO_TEN },
    { id: 'HAPPINESS', text: 'Overall, how happy did you feel yesterday?', options: ZERO_TO_TEN },
    { id: 'ANXIETY', text: 'Overall, how anxious did you feel yesterday?', options: ZERO_TO_TEN },
  ],
  licence: null,
  screening: false,
  personTitle: 'How your life is going',
};
