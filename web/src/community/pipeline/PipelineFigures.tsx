import { BarChartOf, ChartFigure, DataTable, type Column } from '../ui';
import '../drives/drives.css';
import { pipelineSummary, reachedByStage, SHORT_STAGE_NAMES, type StageRow } from './pipeline-words';

const STAGE_COLUMNS: Column<StageRow>[] = [
  { key: 'label', header: 'Step' },
  { key: 'reached', header: 'Reached', numeric: true },
  { key: 'inProgress', header: 'On their way', numeric: true },
  { key: 'droppedOut', header: 'Dropped out', numeric: true },
  { key: 'medianDaysInStep', header: 'Median days in step', numeric: true },
];

/** How many volunteers reached each step, as a chart with its words and its table. */
export function PipelineFigure({ title, stages, who, csvName, level = 2 }: { title: string; stages: readonly StageRow[]; who?: string; csvName: string; level?: 2 | 3 }) {
  const data = stages.map((s) => ({ ...s, short: SHORT_STAGE_NAMES[s.stage] }));
  return (
    <ChartFigure
      title={title}
      level={level}
      summary={pipelineSummary(stages, who)}
      chart={
        <BarChartOf data={data} category="short" series={[{ key: 'reached', label: 'Reached' }]} orientation="horizontal" />
      }
      table={<DataTable caption={`${title}, step by step`} columns={STAGE_COLUMNS} rows={stages} csvName={csvName} />}
    />
  );
}

/** One row per area or drive: how many reached each step. */
export function BreakdownTable({ caption, groupHeader, groups, csvName, empty }: {
  caption: string;
  groupHeader: string;
  groups: ReadonlyArray<{ label: string; stages: readonly StageRow[] }>;
  csvName: string;
  empty: string;
}) {
  const stages = groups[0]?.stages ?? [];
  const columns: Column<Record<string, string | number>>[] = [
    { key: 'label', header: groupHeader },
    ...stages.map((s) => ({ key: s.stage, header: SHORT_STAGE_NAMES[s.stage], numeric: true })),
  ];
  return <DataTable caption={caption} columns={columns} rows={groups.map(reachedByStage)} csvName={csvName} empty={empty} />;
}
