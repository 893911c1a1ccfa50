/** The tables `pnpm load` prints. */
import { table } from '../bench/report.ts';
import type { Run, Sample, Scenario, Target } from './driver.ts';
import { figures, fixed, millis, problems, type Figures } from './stats.ts';

function row(label: string, share: string, f: Figures, seconds: number): Record<string, string | number> {
  return {
    scenario: label,
    share,
    requests: f.requests,
    'answered ok/s': fixed((f.requests - f.errors) / seconds),
    p50: millis(f.p50),
    p95: millis(f.p95),
    p99: millis(f.p99),
    max: millis(f.max),
    errors: f.errors,
  };
}

/** One row per scenario, then the whole mix, then the yardstick measured at the same rate. */
export function printMixTable(title: string, run: Run, scenarios: Scenario[], bare?: Run): Figures {
  const totalWeight = scenarios.reduce((sum, s) => sum + s.weight, 0);
  const rows = scenarios.map((s, i) =>
    row(s.name, `${fixed((100 * s.weight) / totalWeight)}%`, figures(run.samples.filter((x) => x.scenario === i), run.seconds), run.seconds),
  );
  const all = figures(run.samples, run.seconds);
  rows.push(row('all (mixed)', '100%', all, run.seconds));
  if (bare) rows.push(row('bare GraphQL endpoint, same rate', '—', figures(bare.samples, bare.seconds), bare.seconds));
  table(title, rows);
  printProblems(run.samples);
  for (const [name, times] of run.exhausted) console.log(`  (${name}: nothing left to send ${times} times)`);
  return all;
}

export function printProblems(samples: Sample[], indent = '  '): void {
  for (const [problem, times] of problems(samples).slice(0, 12)) console.log(`${indent}${times} × ${problem}`);
}

/** "12.3×" for a over b, or "1.2%" when a is the smaller share. */
export function ratio(a: number, b: number): string {
  const r = a / Math.max(b, 0.001);
  return r >= 1 ? `${r.toFixed(1)}×` : `${(100 * r).toFixed(1)}%`;
}

/** Per process: what it answered, and what failed because it was killed (counted apart: expected). */
export function printKillTable(run: Run, targets: Target[], killedIndex: number, killedAtMs: number): void {
  const rows = targets.map((target, index) => {
    const samples = run.samples.filter((s) => s.target === index);
    const failed = samples.filter((s) => !s.ok);
    // A request to the killed process fails for that reason if it had no answer or ended after the kill.
    const fromKill = index === killedIndex ? failed.filter((s) => s.network || s.endedAt >= killedAtMs) : [];
    const f = figures(samples.filter((s) => s.ok), run.seconds);
    return {
      process: target.name + (index === killedIndex ? ' (killed)' : ''),
      requests: samples.length,
      answered: samples.length - failed.length,
      'sent after the kill': samples.filter((s) => s.startedAt >= killedAtMs).length,
      'failed: process killed (expected)': fromKill.length,
      errors: failed.length - fromKill.length,
      'p99 answered': millis(f.p99),
    };
  });
  table(`One API process killed with SIGKILL at ${(killedAtMs / 1_000).toFixed(1)} s; round robin goes on sending it its share`, rows);
  printProblems(run.samples);
}

/** After an overload, waits until both processes answer their health check quickly again (at most a minute). */
export async function waitUntilIdle(origins: string[]): Promise<void> {
  const until = Date.now() + 60_000;
  let quick = 0;
  while (quick < 3 && Date.now() < until) {
    const started = performance.now();
    const ok = await Promise.all(origins.map((o) => fetch(`${o}/healthz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false)));
    quick = ok.every(Boolean) && performance.now() - started < 50 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
