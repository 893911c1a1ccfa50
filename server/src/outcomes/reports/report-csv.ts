import type { MeasureChangeFigures } from './compute.js';
import type { OutcomeReport } from './report.service.js';

type Cell = string | number | null;

/** Two decimals: as precise as these instruments are. */
const round2 = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

// A cell starting with one of these would be run as a formula by a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers as they are, text quoted, a formula-looking start defused with an apostrophe. */
function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

const line = (cells: readonly Cell[]) => cells.map(cell).join(',');

/** A withheld count or mean: said in words, so a spreadsheet never reads it as a zero. */
const WITHHELD = 'not shown';
const count = (n: number | null): Cell => n ?? WITHHELD;

function changeCells(c: MeasureChangeFigures): Cell[] {
  const mean = (value: number | null) => (c.suppressed ? WITHHELD : round2(value));
  return [c.label, count(c.n), mean(c.meanBefore), mean(c.meanAfter), mean(c.meanChange), mean(c.ciLow), mean(c.ciHigh), `${c.betterWhen} is better`];
}

/**
 * The whole report as one CSV file: a few lines saying what it is, then one table after another
 * (changes, chronic loneliness, SWEMWBS change, districts), each with its own header row.
 */
export function outcomeReportCsv(report: OutcomeReport, schemeName: string): string {
  const lines = [
    line(['Outcome report', schemeName]),
    line(['Baselines completed from', report.from]),
    line(['to', report.to]),
    line(['Area', report.area ?? 'All areas']),
    line(['Follow-up (months after baseline)', report.followUp]),
    line(['People measured at baseline', count(report.measuredAtBaseline)]),
    line(['People measured at baseline and follow-up', count(report.measuredAtFollowUp)]),
    line(['"not shown": fewer than 5 people, or a figure from which a number under 5 could be worked out']),
    '',
    line(['Measure', 'People', 'Mean at baseline', 'Mean at follow-up', 'Mean change', '95% CI low', '95% CI high', 'Direction']),
    ...report.changes.map((c) => line(changeCells(c))),
    '',
    line(['Chronic loneliness (ONS often/always)', 'People']),
    line(['Answered the ONS question at baseline', count(report.chronic.baselineN)]),
    line(['Answered it at baseline and follow-up', count(report.chronic.followUpN)]),
    line(['Of them, chronic at baseline', count(report.chronic.chronicAtBaseline)]),
    line(['Of them, chronic at follow-up', count(report.chronic.chronicAtFollowUp)]),
    line(['Moved out of chronic loneliness', count(report.chronic.movedOut)]),
    line(['Moved into chronic loneliness', count(report.chronic.movedIn)]),
    '',
    line(['SWEMWBS change (3 points or more is meaningful)', 'People']),
    line(['Improved', count(report.swemwbs.improved)]),
    line(['No meaningful change', count(report.swemwbs.noChange)]),
    line(['Worse', count(report.swemwbs.worse)]),
    '',
    line(['Area', 'People followed up', 'Measure', 'People', 'Mean at baseline', 'Mean at follow-up', 'Mean change', '95% CI low', '95% CI high', 'Direction']),
    ...report.byArea.flatMap((a) =>
      a.changes.map((c) => line([a.area ?? 'Other areas and unknown postcodes', a.measuredAtFollowUp, ...changeCells(c)])),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
