import type { Instrument } from '../types.js';
import { options } from './options.js';

/*
 * Campaign to End Loneliness Measurement Tool: three statements with five-point agreement, scored
 * Strongly disagree 4, Disagree 3, Neutral 2, Agree 1, Strongly agree 0; total 0–12, higher = lonelier.
 * Source: Campaign to End Loneliness (2015) "Measuring your impact on loneliness in later life"
 * (https://www.campaigntoendloneliness.org/wp-content/uploads/Loneliness-Measurement-Guidance1.pdf); summarised
 * with the statements, the answers and their order at https://measure-wellbeing.org/measures-bank/cel-loneliness/
 * The guidance alternates the direction of the answers to avoid a "response set" (the same answer given by rote):
 * statements 1 and 3 start from "Strongly disagree", statement 2 from "Strongly agree". The options below keep
 * that order, so show them as listed.
 *
 * NOT A SCREENING TOOL. The Campaign designed it to measure the impact of services, and says it must not be
 * used to decide who gets support. Never use its score for screening, eligibility or priority.
 */
export const CEL_NOT_FOR_SCREENING =
  'The Campaign to End Loneliness Measurement Tool measures the impact of a service. It must never be used to screen people or decide who is eligible for support.';

const DISAGREE_FIRST = options(['Strongly disagree', 4], ['Disagree', 3], ['Neutral', 2], ['Agree', 1], ['Strongly agree', 0]);
const AGREE_FIRST = [...DISAGREE_FIRST].reverse();

export const CEL: Instrument = {
  id: 'CEL',
  name: 'Campaign to End Loneliness Measurement Tool',
  // Ours: the guidance gives no wording to read out before the statements.
  intro: 'Please say how much you agree or disagree with each of these statements.',
  items: [
    { id: 'CONTENT_WITH_RELATIONSHIPS', text: 'I am content with my friendships and relationships', options: DISAGREE_FIRST },
    { id: 'ENOUGH_PEOPLE_FOR_HELP', text: 'I have enough people I feel comfortable asking for help at any time', options: AGREE_FIRST },
    { id: 'RELATIONSHIPS_SATISFYING', text: 'My relationships are as satisfying as I would want them to be', options: DISAGREE_FIRST },
  ],
  licence: null,
  screening: false,
  personTitle: 'Your friendships and connections',
};
