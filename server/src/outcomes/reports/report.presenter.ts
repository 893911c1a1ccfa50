import type { OutcomeReport } from './report.service.js';
import type { OutcomeReportView } from './report.types.js';

/** The report as the API gives it: the figures in full (screens and the CSV round them, once). */
export function presentOutcomeReport(report: OutcomeReport): OutcomeReportView {
  return {
    schemeId: report.schemeId,
    area: report.area,
    from: report.from,
    to: report.to,
    followUp: report.followUp,
    measuredAtBaseline: report.measuredAtBaseline,
    measuredAtFollowUp: report.measuredAtFollowUp,
    changes: report.changes.map((c) => ({ ...c })),
    chronic: { ...report.chronic },
    swemwbsImproved: report.swemwbs.improved,
    swemwbsWorse: report.swemwbs.worse,
    swemwbsNoChange: report.swemwbs.noChange,
    byArea: report.byArea.map((a) => ({ ...a, changes: a.changes.map((c) => ({ ...c })) })),
  };
}
