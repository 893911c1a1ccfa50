import type { Instrument } from '../types.js';
import { options } from './options.js';

/*
 * Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS): seven statements scored 1–5, raw total 7–35,
 * converted to a metric score with Warwick's published conversion table. All seven are required; the
 * score is never prorated. Higher = better wellbeing.
 * Source: Warwick Medical School, "Collect, score, analyse and interpret WEMWBS"
 * (https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto/), and Stewart-Brown S et al. (2009)
 * "Internal construct validity of the Warwick-Edinburgh Mental Well-being Scale (WEMWBS): a Rasch analysis
 * using data from the Scottish Health Education Population Survey", Health and Quality of Life Outcomes 7:15.
 * Use needs a (free, non-commercial) licence registered with Warwick, and the notice below shown with it.
 */
const HOW_OFTEN = options(['None of the time', 1], ['Rarely', 2], ['Some of the time', 3], ['Often', 4], ['All of the time', 5]);

export const SWEMWBS_LICENCE =
  'Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS) © University of Warwick, 2006, all rights reserved.';

/** Warwick's SWEMWBS raw-to-metric conversion table, raw 7 … 35 in order. */
const METRIC_FROM_RAW_7: readonly number[] = [
  7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73,
  21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0,
];

export const SWEMWBS_RAW_MIN = 7;
export const SWEMWBS_RAW_MAX = 35;

/** The metric score for a raw total 7–35 (throws for anything else: there is no prorating). */
export function swemwbsMetric(raw: number): number {
  const metric = Number.isInteger(raw) ? METRIC_FROM_RAW_7[raw - SWEMWBS_RAW_MIN] : undefined;
  if (metric === undefined) throw new RangeError(`A SWEMWBS raw score must be a whole number from 7 to 35, not ${raw}.`);
  return metric;
}

export const SWEMWBS: Instrument = {
  id: 'SWEMWBS',
  name: 'Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS)',
  intro:
    'Below are some statements about feelings and thoughts. Please tick the box that best describes your experience of each over the last 2 weeks',
  items: [
    { id: 'OPTIMISTIC', text: "I've been feeling optimistic about the future", options: HOW_OFTEN },
    { id: 'USEFUL', text: "I've been feeling useful", options: HOW_OFTEN },
    { id: 'RELAXED', text: "I've been feeling relaxed", options: HOW_OFTEN },
    { id: 'DEALING_WITH_PROBLEMS', text: "I've been dealing with problems well", options: HOW_OFTEN },
    { id: 'THINKING_CLEARLY', text: "I've been thinking clearly", options: HOW_OFTEN },
    { id: 'CLOSE_TO_OTHERS', text: "I've been feeling close to other people", options: HOW_OFTEN },
    { id: 'OWN_MIND', text: "I've been able to make up my own mind about things", options: HOW_OFTEN },
  ],
  licence: SWEMWBS_LICENCE,
  screening: false,
  personTitle: 'Your wellbeing over the last two weeks',
};
