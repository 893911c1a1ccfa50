import { useId, type ReactNode } from 'react';

type ChartFigureProps = {
  title: string;
  /** One or two sentences saying in words what the chart shows: the finding, not a description of the axes. */
  summary: string;
  /** A chart (BarChartOf, LineChartOf, or any recharts element). Hidden from assistive technology. */
  chart: ReactNode;
  /** The same figures as a DataTable: the accessible alternative, always shown. */
  table: ReactNode;
  /** Heading level of the title; 2 unless the figure sits under a section heading. */
  level?: 2 | 3;
};

/**
 * A chart with its words and its table. The chart is decoration for sighted readers: the summary and
 * the table below carry the same information for everyone, so the chart is hidden from screen readers.
 */
export function ChartFigure({ title, summary, chart, table, level = 2 }: ChartFigureProps) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <figure className="community-figure" aria-labelledby={titleId}>
      <Heading className={level === 2 ? 'heading-m' : 'heading-s'} id={titleId}>
        {title}
      </Heading>
      <p>{summary}</p>
      {/* inert: nothing inside the chart can take focus or be read out. */}
      <div className="community-figure__chart" aria-hidden="true" inert>
        {chart}
      </div>
      {table}
    </figure>
  );
}
