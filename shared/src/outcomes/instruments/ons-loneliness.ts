import type { Instrument } from '../types.js';
import { options } from './options.js';

/*
 * ONS direct measure of loneliness: "How often do you feel lonely?" with five answers, worded as ONS recommends.
 * Sources: Office for National Statistics, "Measuring loneliness: guidance for use of the national indicators on
 * surveys" (December 2018), https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/methodologies/measuringlonelinessguidanceforuseofthenationalindicatorsonsurveys
 * and the GSS loneliness harmonised standard, https://gss.civilservice.gov.uk/policy-store/loneliness-indicators/
 * ONS reports "often/always" as chronic loneliness.
 *
 * Coding (ours; ONS publishes the answers, not a scale score): 1 = Never … 5 = Often/always, so that,
 * like the UCLA 3-item scale and the Campaign to End Loneliness tool, higher means lonelier.
 * Options are listed in ONS's order (Often/always first).
 */
export const ONS_CHRONIC_VALUE = 5;

export const ONS_LONELINESS: Instrument = {
  id: 'ONS_LONELINESS',
  name: 'ONS direct question on loneliness',
  // Adapted from ONS's suggested introduction to its loneliness questions, which counts four questions.
  intro: 'Please say how often (if at all) you feel this way.',
  items: [
    {
      id: 'HOW_OFTEN',
      text: 'How often do you feel lonely?',
      options: options(['Often/always', 5], ['Some of the time', 4], ['Occasionally', 3], ['Hardly ever', 2], ['Never', 1]),
    },
  ],
  licence: null,
  screening: false,
  personTitle: "How you've been feeling",
};
