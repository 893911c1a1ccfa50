import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../accounts/sessions.js';
import { computeOutcomeReport, type OutcomeFigures } from './compute.js';
import { assertMayReport, checkReportRequest, type OutcomeReportQuery, type OutcomeReportRequest } from './report-input.js';
import { loadReportPeople } from './report-rows.js';

export type OutcomeReport = OutcomeReportQuery & OutcomeFigures;

/**
 * A scheme's outcome report for a period (and a district, if asked): how people's answers changed
 * between their baseline and the chosen follow-up, with small numbers suppressed. For the scheme's
 * community builders, link workers and administrators; anyone else is told the scheme does not exist.
 */
export async function outcomeReport(deps: { em: EntityManager; viewer: Viewer | null }, request: OutcomeReportRequest): Promise<OutcomeReport> {
  assertMayReport(deps.viewer, request.schemeId);
  const query = checkReportRequest(request);
  const people = await loadReportPeople(deps.em, query);
  return { ...query, ...computeOutcomeReport(people) };
}
