import type { Instrument } from '../types.js';
import { options } from './options.js';

/*
 * Three-item loneliness scale from the UCLA Loneliness Scale.
 * Source: Hughes ME, Waite LJ, Hawkley LC, Cacioppo JT (2004) "A short scale for measuring loneliness in
 * large surveys: results from two population-based studies", Research on Aging 26(6):655–672,
 * doi:10.1177/0164027504268574. Scoring as published: hardly ever = 1, some of the time = 2, often = 3;
 * total 3–9, higher = lonelier.
 * Wording as ONS recommends it for the national indicator of loneliness in England, whose first answer is
 * "Hardly ever or never" (Hughes et al. had "Hardly ever"; the score is 1 either way): Office for National
 * Statistics, "Measuring loneliness: guidance for use of the national indicators on surveys" (2018), and the GSS
 * loneliness harmonised standard, https://gss.civilservice.gov.uk/policy-store/loneliness-indicators/
 */
const HOW_OFTEN = options(['Hardly ever or never', 1], ['Some of the time', 2], ['Often', 3]);

export const UCLA3: Instrument = {
  id: 'UCLA3',
  name: 'UCLA 3-item Loneliness Scale',
  // ONS's suggested introduction to its loneliness questions, without its count ("the next four questions").
  intro: 'The next questions are about relationships with others. For each one, please say how often (if at all) you feel that way.',
  items: [
    { id: 'LACK_COMPANIONSHIP', text: 'How often do you feel that you lack companionship?', options: HOW_OFTEN },
    { id: 'LEFT_OUT', text: 'How often do you feel left out?', options: HOW_OFTEN },
    { id: 'ISOLATED', text: 'How often do you feel isolated from others?', options: HOW_OFTEN },
  ],
  licence: null,
  screening: false,
  personTitle: 'Feeling connected to others',
};
