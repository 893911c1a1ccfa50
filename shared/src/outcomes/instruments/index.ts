import type { Instrument, InstrumentId } from '../types.js';
import { CEL } from './cel.js';
import { ONS4 } from './ons4.js';
import { ONS_LONELINESS } from './ons-loneliness.js';
import { SWEMWBS } from './swemwbs.js';
import { UCLA3 } from './ucla3.js';

export const INSTRUMENTS: Record<InstrumentId, Instrument> = { ONS_LONELINESS, UCLA3, SWEMWBS, ONS4, CEL };

/**
 * Every instrument, in the order a check-in asks them. ONS recommends asking the three indirect UCLA
 * questions before its direct one, so the word itself comes late.
 */
export const INSTRUMENT_IDS: readonly InstrumentId[] = ['UCLA3', 'ONS_LONELINESS', 'CEL', 'SWEMWBS', 'ONS4'];

export { ONS_CHRONIC_VALUE } from './ons-loneliness.js';
export { SWEMWBS_LICENCE, SWEMWBS_RAW_MIN, SWEMWBS_RAW_MAX, swemwbsMetric } from './swemwbs.js';
export { ONS4_ITEMS, ons4Band } from './ons4.js';
export { CEL_NOT_FOR_SCREENING } from './cel.js';
