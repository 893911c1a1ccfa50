import { hasRoleIn, INSIGHT_ROLES } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { assertValid, notFound } from '../../graphql/errors.js';

/** What a report is asked for, as it arrives (from GraphQL or the CSV address). */
export type OutcomeReportRequest = { schemeId: string; area?: string | null; from: string; to: string; followUp?: number | null };

/** The same, checked: a real period of at most MAX_YEARS, a district or none, a follow-up month. */
export type OutcomeReportQuery = { schemeId: string; area: string | null; from: string; to: string; followUp: number };

export const MAX_YEARS = 5;
export const DEFAULT_FOLLOW_UP = 3;
/** As the schedule allows (setCheckInSchedule: 1–24 months). */
export const FOLLOW_UP_MONTHS = { min: 1, max: 24 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** Community builders, link workers and administrators of the scheme; anyone else is told it does not exist. */
export function assertMayReport(viewer: Viewer | null, schemeId: string): void {
  if (!UUID.test(schemeId) || !hasRoleIn(viewer, schemeId, ...INSIGHT_ROLES)) throw notFound('That scheme');
}

/** A calendar date as a UTC day number, or null when it is not a real YYYY-MM-DD date. */
function dayOf(text: string): Date | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function addYears(date: Date, years: number): Date {
  const later = new Date(date);
  later.setUTCFullYear(date.getUTCFullYear() + years);
  return later;
}

/** Checks the request, naming every field that is wrong (BAD_USER_INPUT). Call after assertMayReport. */
export function checkReportRequest(request: OutcomeReportRequest): OutcomeReportQuery {
  const from = dayOf(request.from);
  const to = dayOf(request.to);
  const area = (request.area ?? '').trim().toUpperCase().replace(/\s+/g, '');
  const followUp = request.followUp ?? DEFAULT_FOLLOW_UP;
  assertValid({
    from: from ? null : 'Enter the start of the period as a real date, like 2026-01-31',
    to: !to
      ? 'Enter the end of the period as a real date, like 2026-12-31'
      : from && to < from
        ? 'The end of the period must be the same as or after its start'
        : from && to > addYears(from, MAX_YEARS)
          ? `Choose a period of ${MAX_YEARS} years or less`
          : null,
    area: area === '' || DISTRICT.test(area) ? null : 'Enter a postcode district, like HX7, or leave it empty for every area',
    followUp:
      Number.isInteger(followUp) && followUp >= FOLLOW_UP_MONTHS.min && followUp <= FOLLOW_UP_MONTHS.max
        ? null
        : `Choose a follow-up from ${FOLLOW_UP_MONTHS.min} to ${FOLLOW_UP_MONTHS.max} months after the start`,
  });
  return { schemeId: request.schemeId, area: area === '' ? null : area, from: request.from, to: request.to, followUp };
}
