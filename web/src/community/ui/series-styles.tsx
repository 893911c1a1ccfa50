/**
 * How chart series look. Every colour has at least 3:1 contrast against white (WCAG 1.4.11), and
 * series differ by more than colour (1.4.1): lines by dash pattern and marker shape, bars by fill pattern.
 */
export type SeriesStyle = { colour: string; dash: string | undefined; marker: MarkerShape; pattern: PatternKind };
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
type PatternKind = 'solid' | 'stripes' | 'dots' | 'crosshatch';

const COLOURS = ['#1d70b8', '#a35b00', '#00703c', '#912b88', '#d4351c', '#505a5f'];
const DASHES = [undefined, '8 4', '2 3', '12 4 2 4'];
const MARKERS: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];
const PATTERNS: PatternKind[] = ['solid', 'stripes', 'dots', 'crosshatch'];

export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: COLOURS[index % COLOURS.length] ?? '#1d70b8',
    dash: DASHES[index % DASHES.length],
    marker: MARKERS[index % MARKERS.length] ?? 'circle',
    pattern: PATTERNS[index % PATTERNS.length] ?? 'solid',
  };
}

/** SVG fill patterns for bars, in an SVG of their own that both the chart and its key refer to. */
export function BarPatterns({ idPrefix, count }: { idPrefix: string; count: number }) {
  return (
    <svg className="community-chart__patterns" width="0" height="0" focusable="false">
      <defs>
      {Array.from({ length: count }, (_, index) => {
        const { colour, pattern } = seriesStyle(index);
        if (pattern === 'solid') return null;
        return (
          <pattern key={index} id={`${idPrefix}-${index}`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#fff" />
            {pattern === 'stripes' ? <path d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" stroke={colour} strokeWidth="2" /> : null}
            {pattern === 'dots' ? <circle cx="3" cy="3" r="1.6" fill={colour} /> : null}
            {pattern === 'crosshatch' ? <path d="M0,0 L6,6 M6,0 L0,6" stroke={colour} strokeWidth="1.5" /> : null}
          </pattern>
        );
      })}
      </defs>
    </svg>
  );
}

export function fillFor(idPrefix: string, index: number): string {
  const { colour, pattern } = seriesStyle(index);
  return pattern === 'solid' ? colour : `url(#${idPrefix}-${index})`;
}

/** A line's data marker in the series' shape. */
export function Marker({ cx, cy, shape, colour }: { cx?: number; cy?: number; shape: MarkerShape; colour: string }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g />;
  const r = 4;
  const common = { fill: '#fff', stroke: colour, strokeWidth: 2 };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} {...common} />;
    case 'triangle':
      return <path d={`M${cx},${cy - r - 1} L${cx + r + 1},${cy + r} L${cx - r - 1},${cy + r} Z`} {...common} />;
    case 'diamond':
      return <path d={`M${cx},${cy - r - 1} L${cx + r + 1},${cy} L${cx},${cy + r + 1} L${cx - r - 1},${cy} Z`} {...common} />;
  }
}

/** The chart's key, in HTML so that it wraps at 320px; each swatch is drawn like its series. */
export function SeriesKey({ labels, kind, idPrefix = '' }: { labels: readonly string[]; kind: 'bar' | 'line'; idPrefix?: string }) {
  return (
    <ul className="community-chart__key">
      {labels.map((label, index) => {
        const style = seriesStyle(index);
        return (
          <li key={label}>
            <svg width="32" height="16" focusable="false">
              {kind === 'bar' ? (
                <rect x="1" y="1" width="30" height="14" fill={fillFor(idPrefix, index)} stroke={style.colour} strokeWidth="1.5" />
              ) : (
                <>
                  <line x1="0" y1="8" x2="32" y2="8" stroke={style.colour} strokeWidth="2.5" strokeDasharray={style.dash} />
                  <Marker cx={16} cy={8} shape={style.marker} colour={style.colour} />
                </>
              )}
            </svg>
            {label}
          </li>
        );
      })}
    </ul>
  );
}
