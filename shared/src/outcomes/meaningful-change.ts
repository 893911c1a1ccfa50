/*
 * Smallest change in one person's SWEMWBS metric score counted as meaningful.
 * Source: Shah N, Cader M, Andrews WP, Wijesekera D, Stewart-Brown SL (2018) "Responsiveness of the Short
 * Warwick Edinburgh Mental Well-Being Scale (SWEMWBS): evaluation a clinical sample", Health and Quality of Life
 * Outcomes 16:239, doi:10.1186/s12955-018-1060-2, the study Warwick's guidance cites: at the individual level a
 * change of between 1 and 3 points meets the thresholds for statistically important change, the stricter
 * standard (2.77 × standard error of measurement) being 2.87 points. We take the upper end, 3 points, so that
 * a person counted as improved (or worse) has changed by more than measurement error on either standard.
 */
export const SWEMWBS_MEANINGFUL_CHANGE = 3;
