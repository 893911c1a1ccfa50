import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { BarPatterns, fillFor, Marker, SeriesKey, seriesStyle } from './series-styles';

/** One series of figures: `key` is the property of each data row, `label` is what the legend calls it. */
export type ChartSeries = { key: string; label: string };

const AXIS_TEXT = { fill: '#484949', fontSize: 13 };
const GRID = '#b1b4b6';

type BarChartOfProps<T> = {
  data: readonly T[];
  /** The property of each row that names its category (an area, a blocker). */
  category: string;
  series: readonly ChartSeries[];
  /** 'vertical' (the default): columns rising from the bottom. 'horizontal': bars running left to right, categories listed down the side — best for long names or many categories. */
  orientation?: 'vertical' | 'horizontal';
  /** Stack the series in one bar per category instead of side by side. */
  stacked?: boolean;
  /** Pixels; by default it fits the number of categories. */
  height?: number;
};

/**
 * A bar chart of categories by one or more series. It is decoration for sighted readers: put it in a
 * ChartFigure, whose summary and table carry the same figures for everyone.
 */
export function BarChartOf<T extends object>({ data, category, series, orientation = 'vertical', stacked = false, height }: BarChartOfProps<T>) {
  const patternId = `bars${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const across = orientation === 'horizontal';
  const perCategory = stacked ? 28 : 12 + 18 * series.length;
  const size = height ?? (across ? Math.max(160, data.length * perCategory + 80) : 300);
  const categoryAxis = { dataKey: category, type: 'category' as const, tick: AXIS_TEXT, interval: 0 as const };
  const valueAxis = { type: 'number' as const, tick: AXIS_TEXT, allowDecimals: false };
  return (
    <div className="community-chart">
      <BarPatterns idPrefix={patternId} count={series.length} />
      {series.length > 1 ? <SeriesKey kind="bar" idPrefix={patternId} labels={series.map((s) => s.label)} /> : null}
      <ResponsiveContainer width="100%" height={size}>
        <BarChart
          data={data as T[]}
          layout={across ? 'vertical' : 'horizontal'}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={across} horizontal={!across} />
          {across ? (
            <>
              <XAxis {...valueAxis} />
              <YAxis {...categoryAxis} width={96} />
            </>
          ) : (
            <>
              <XAxis {...categoryAxis} interval="preserveStartEnd" />
              <YAxis {...valueAxis} width={40} />
            </>
          )}
          {series.map((s, index) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={fillFor(patternId, index)}
              stroke={seriesStyle(index).colour}
              strokeWidth={1.5}
              stackId={stacked ? 'all' : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

type LineChartOfProps<T> = {
  data: readonly T[];
  /** The property of each row along the bottom axis, such as 'weekStarting'. */
  x: string;
  series: readonly ChartSeries[];
  /** How an x value is written on the axis, such as a date as "3 Mar". */
  formatX?: (value: string) => string;
  height?: number;
};

/** A line chart over time (weeks × series); lines differ by colour, dash pattern and marker shape. */
export function LineChartOf<T extends object>({ data, x, series, formatX, height = 300 }: LineChartOfProps<T>) {
  return (
    <div className="community-chart">
      {series.length > 1 ? <SeriesKey kind="line" labels={series.map((s) => s.label)} /> : null}
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data as T[]} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={x} tick={AXIS_TEXT} interval="preserveStartEnd" tickFormatter={formatX} minTickGap={16} />
          <YAxis tick={AXIS_TEXT} allowDecimals={false} width={40} />
          {series.map((s, index) => {
            const style = seriesStyle(index);
            return (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                type="linear"
                stroke={style.colour}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
                dot={(props) => (
                  <Marker key={props.index} cx={props.cx} cy={props.cy} shape={style.marker} colour={style.colour} />
                )}
                activeDot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
