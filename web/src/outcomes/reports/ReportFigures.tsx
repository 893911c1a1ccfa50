import { dateInWords, SWEMWBS_LICENCE } from '@kindred/shared';
import type { ReactNode } from 'react';
import { BarChartOf, ChartFigure, DataTable, type Column } from '../../community/ui';
import { ChangeChart, type ChangeBar } from './ChangeChart';
import './outcome-report.css';
import type { OutcomeReportQuery } from '../../gql/graphql';
import {
  areaName,
  changeSentence,
  changesSummary,
  chronicSummary,
  CI_MEANING,
  FEWER,
  headline,
  MEASURE_WORDS,
  NOT_SHOWN,
  people,
  SUPPRESSION_NOTE,
  swemwbsSummary,
  twoPlaces,
  VERDICT_WORDS,
  verdictOf,
  type Change,
} from './report-words';

type Report = OutcomeReportQuery['outcomeReport'];

/** Keeps a chart within the page while it measures the screen. */
const Chart = ({ children }: { children: ReactNode }) => <div className="outcomes-chart">{children}</div>;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * A column of a mean or an interval end: two decimals on screen, the number itself in the CSV (so a
 * spreadsheet can use it), and "not shown" when the change is withheld.
 */
function meanColumn<T>(key: string, header: string, pick: (row: T) => { change: Change | undefined; value: number | null }): Column<T> {
  const shown = (row: T) => {
    const { change, value } = pick(row);
    return change && !change.suppressed && value !== null ? value : null;
  };
  return {
    key,
    header,
    numeric: true,
    render: (row) => {
      const value = shown(row);
      return value === null ? NOT_SHOWN : twoPlaces(value);
    },
    value: (row) => {
      const value = shown(row);
      return value === null ? NOT_SHOWN : round2(value);
    },
  };
}

const meaningOf = (c: Change) => MEASURE_WORDS[c.measure]?.meaning ?? `${c.betterWhen} is better`;

const barsOf = (changes: ReadonlyArray<{ name: string; change: Change }>): ChangeBar[] =>
  changes.flatMap(({ name, change: c }) =>
    !c.suppressed && c.meanChange !== null && c.ciLow !== null && c.ciHigh !== null ? [{ name, meanChange: c.meanChange, ciLow: c.ciLow, ciHigh: c.ciHigh }] : [],
  );

export function ReportFigures({ report }: { report: Report }) {
  const ucla = report.changes.find((c) => c.measure === 'UCLA3');
  const uclaSentence = ucla ? changeSentence(ucla) : null;
  const where = report.area ? ` in ${report.area}` : '';
  return (
    <>
      <h2 className="heading-m">Summary</h2>
      <p className="lead">
        {headline(report.measuredAtFollowUp, report.followUp)} {uclaSentence ?? 'There are too few answers to the UCLA questions to show an average.'}
      </p>
      <p>
        {`${people(report.measuredAtBaseline, true)} answered their first check-in between ${dateInWords(report.from)} and ${dateInWords(report.to)}${where}.`}
      </p>
      <p>{CI_MEANING}</p>
      <Changes report={report} />
      <ChronicLoneliness report={report} />
      <SwemwbsChange report={report} />
      <ByArea report={report} />
      <p>{SUPPRESSION_NOTE}</p>
    </>
  );
}

function Changes({ report }: { report: Report }) {
  const after = `After ${report.followUp} months`;
  const columns: Column<Change>[] = [
    { key: 'label', header: 'Measure' },
    { key: 'n', header: 'People', numeric: true, value: (c) => c.n ?? FEWER },
    meanColumn<Change>('meanBefore', 'At the start', (c) => ({ change: c, value: c.meanBefore })),
    meanColumn<Change>('meanAfter', after, (c) => ({ change: c, value: c.meanAfter })),
    meanColumn<Change>('meanChange', 'Change', (c) => ({ change: c, value: c.meanChange })),
    meanColumn<Change>('ciLow', '95% CI from', (c) => ({ change: c, value: c.ciLow })),
    meanColumn<Change>('ciHigh', '95% CI to', (c) => ({ change: c, value: c.ciHigh })),
    { key: 'betterWhen', header: 'Which way is better', value: meaningOf },
    { key: 'verdict', header: 'Verdict', value: (c) => (verdictOf(c) ? VERDICT_WORDS[verdictOf(c)!] : NOT_SHOWN) },
  ];
  const bars = barsOf(report.changes.map((c) => ({ name: MEASURE_WORDS[c.measure]?.short ?? c.label, change: c })));
  return (
    <ChartFigure
      title="Change in each measure"
      summary={changesSummary(report.changes)}
      chart={bars.length > 0 ? <Chart><ChangeChart bars={bars} /></Chart> : null}
      table={
        <DataTable
          caption={`Average scores at the start and after ${report.followUp} months, with the change and its 95% confidence interval`}
          columns={columns}
          rows={report.changes}
          csvName={`outcomes-changes-${report.followUp}-months`}
        />
      }
    />
  );
}

type CountRow = { label: string; count: number | null; share: string; missing: string };

function countColumns(): Column<CountRow>[] {
  return [
    { key: 'label', header: 'People' },
    { key: 'count', header: 'Number', numeric: true, value: (r) => r.count ?? r.missing },
    { key: 'share', header: 'Share', numeric: true },
  ];
}

const shareOf = (count: number | null, of: number | null) =>
  count === null || !of ? '' : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(count / of);

function ChronicLoneliness({ report }: { report: Report }) {
  const c = report.chronic;
  const after = `after ${report.followUp} months`;
  const rows: CountRow[] = [
    { label: 'Answered “How often do you feel lonely?” at the start', count: c.baselineN, share: '', missing: FEWER },
    { label: `Answered it at the start and ${after}`, count: c.followUpN, share: '', missing: FEWER },
    { label: 'Of them, often or always lonely at the start', count: c.chronicAtBaseline, share: shareOf(c.chronicAtBaseline, c.followUpN), missing: NOT_SHOWN },
    { label: `Of them, often or always lonely ${after}`, count: c.chronicAtFollowUp, share: shareOf(c.chronicAtFollowUp, c.followUpN), missing: NOT_SHOWN },
    { label: 'Moved out of chronic loneliness', count: c.movedOut, share: shareOf(c.movedOut, c.followUpN), missing: NOT_SHOWN },
    { label: 'Moved into chronic loneliness', count: c.movedIn, share: shareOf(c.movedIn, c.followUpN), missing: NOT_SHOWN },
  ];
  // Charted only when every bar can be shown: a missing bar would look like nobody.
  const bars = [
    { when: 'At the start', people: c.chronicAtBaseline },
    { when: `After ${report.followUp} months`, people: c.chronicAtFollowUp },
  ];
  return (
    <ChartFigure
      title="Chronic loneliness"
      summary={chronicSummary(c, report.followUp)}
      chart={
        bars.every((b) => b.people !== null) ? (
          <Chart>
            <BarChartOf data={bars} category="when" series={[{ key: 'people', label: 'Often or always lonely' }]} height={220} />
          </Chart>
        ) : null
      }
      table={
        <DataTable
          caption={`Chronic loneliness (ONS “often or always”) at the start and ${after}`}
          columns={countColumns()}
          rows={rows}
          csvName={`outcomes-chronic-loneliness-${report.followUp}-months`}
        />
      }
    />
  );
}

function SwemwbsChange({ report }: { report: Report }) {
  const n = report.changes.find((c) => c.measure === 'SWEMWBS')?.n ?? null;
  const counts = { improved: report.swemwbsImproved, worse: report.swemwbsWorse, noChange: report.swemwbsNoChange };
  const rows: CountRow[] = [
    { label: 'Improved by 3 points or more', count: counts.improved, share: shareOf(counts.improved, n), missing: NOT_SHOWN },
    { label: 'Changed by less than 3 points', count: counts.noChange, share: shareOf(counts.noChange, n), missing: NOT_SHOWN },
    { label: 'Worse by 3 points or more', count: counts.worse, share: shareOf(counts.worse, n), missing: NOT_SHOWN },
  ];
  const bars = [
    { category: 'Improved', people: counts.improved },
    { category: 'Less than 3', people: counts.noChange },
    { category: 'Worse', people: counts.worse },
  ];
  return (
    <>
      <ChartFigure
        title="Wellbeing: meaningful change in SWEMWBS"
        summary={swemwbsSummary(counts, n)}
        chart={
          bars.every((b) => b.people !== null) ? (
            <Chart>
              <BarChartOf data={bars} category="category" series={[{ key: 'people', label: 'People' }]} height={220} />
            </Chart>
          ) : null
        }
        table={
          <DataTable
            caption={`Change in each person’s SWEMWBS wellbeing score after ${report.followUp} months (3 points or more is meaningful)`}
            columns={countColumns()}
            rows={rows}
            csvName={`outcomes-swemwbs-change-${report.followUp}-months`}
          />
        }
      />
      <p className="hint">{SWEMWBS_LICENCE}</p>
    </>
  );
}

type AreaRow = Report['byArea'][number] & { name: string; ucla: Change | undefined; swemwbs: Change | undefined };

function ByArea({ report }: { report: Report }) {
  if (report.byArea.length === 0) {
    return (
      <>
        <h2 className="heading-m">By postcode district</h2>
        <p>No postcode district has 5 or more people who answered both times, so figures by district are not shown.</p>
      </>
    );
  }
  const rows: AreaRow[] = report.byArea.map((a) => ({
    ...a,
    name: areaName(a.area),
    ucla: a.changes.find((c) => c.measure === 'UCLA3'),
    swemwbs: a.changes.find((c) => c.measure === 'SWEMWBS'),
  }));
  const columns: Column<AreaRow>[] = [
    { key: 'name', header: 'Area' },
    { key: 'measuredAtFollowUp', header: 'People answering both times', numeric: true },
    meanColumn<AreaRow>('uclaChange', 'UCLA change', (r) => ({ change: r.ucla, value: r.ucla?.meanChange ?? null })),
    meanColumn<AreaRow>('uclaLow', 'UCLA 95% CI from', (r) => ({ change: r.ucla, value: r.ucla?.ciLow ?? null })),
    meanColumn<AreaRow>('uclaHigh', 'UCLA 95% CI to', (r) => ({ change: r.ucla, value: r.ucla?.ciHigh ?? null })),
    meanColumn<AreaRow>('swemwbsChange', 'SWEMWBS change', (r) => ({ change: r.swemwbs, value: r.swemwbs?.meanChange ?? null })),
    meanColumn<AreaRow>('swemwbsLow', 'SWEMWBS 95% CI from', (r) => ({ change: r.swemwbs, value: r.swemwbs?.ciLow ?? null })),
    meanColumn<AreaRow>('swemwbsHigh', 'SWEMWBS 95% CI to', (r) => ({ change: r.swemwbs, value: r.swemwbs?.ciHigh ?? null })),
  ];
  const bars = barsOf(rows.flatMap((r) => (r.ucla ? [{ name: r.area ?? 'Other areas', change: r.ucla }] : [])));
  const shownAreas = bars.map((b) => (b.name === 'Other areas' ? 'the other areas together' : b.name));
  return (
    <ChartFigure
      title="UCLA change by postcode district"
      summary={
        shownAreas.length > 0
          ? `The average change in the UCLA score (lower means less lonely) in ${new Intl.ListFormat('en-GB').format(shownAreas)}, each with its 95% confidence interval. Districts with fewer than 5 people are counted together as other areas.`
          : 'No district has enough people with UCLA scores both times to show an average.'
      }
      chart={bars.length > 0 ? <Chart><ChangeChart bars={bars} /></Chart> : null}
      table={<DataTable caption="Changes by postcode district" columns={columns} rows={rows} csvName={`outcomes-by-district-${report.followUp}-months`} />}
    />
  );
}
