/** Small helpers for printing benchmark figures as tables. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;

export function table(title: string, rows: Array<Record<string, string | number>>): void {
  const columns = Object.keys(rows[0] ?? {});
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => String(r[c]).length));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(
    [`\n${title}`, line(columns.map((c) => c.padEnd(width(c)))), line(columns.map((c) => '-'.repeat(width(c)))),
      ...rows.map((r) => line(columns.map((c) => String(r[c]).padEnd(width(c)))))].join('\n'),
  );
}
