import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';

const AXIS_TEXT = { fill: '#484949', fontSize: 13 };
const GRID = '#b1b4b6';
const BAR = '#1d70b8';

export type ChangeBar = { name: string; meanChange: number; ciLow: number; ciHigh: number };

/** An axis from below the lowest to above the highest value, including 0, in about six round steps. */
export function axisTicks(low: number, high: number): number[] {
  const span = Math.max(high - low, 0.5);
  const step = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10].find((s) => span / s <= 6) ?? 10;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  return Array.from({ length: last - first + 1 }, (_, i) => Math.round((first + i) * step * 100) / 100);
}

/**
 * Mean changes as bars from no change, each with its 95% confidence interval as a whisker. Decoration
 * for sighted readers inside a ChartFigure: the summary and the table carry the same figures.
 */
export function ChangeChart({ bars }: { bars: readonly ChangeBar[] }) {
  const data = bars.map((b) => ({ ...b, interval: [b.meanChange - b.ciLow, b.ciHigh - b.meanChange] }));
  const ticks = axisTicks(Math.min(0, ...bars.map((b) => b.ciLow)), Math.max(0, ...bars.map((b) => b.ciHigh)));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 44 + 60)}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[ticks[0]!, ticks.at(-1)!]} ticks={ticks} interval={0} tick={AXIS_TEXT} allowDataOverflow />
        <YAxis type="category" dataKey="name" tick={AXIS_TEXT} width={120} interval={0} />
        <ReferenceLine x={0} stroke="#0b0c0c" strokeWidth={2} />
        <Bar dataKey="meanChange" name="Mean change" fill={BAR} stroke={BAR} barSize={18} isAnimationActive={false}>
          <ErrorBar dataKey="interval" direction="x" width={8} strokeWidth={2} stroke="#0b0c0c" isAnimationActive={false} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
