/** Figures from a run's samples: throughput, latency percentiles and errors. */
import { percentile } from '../bench/report.ts';
import type { Sample } from './driver.ts';

export type Figures = { requests: number; perSecond: number; p50: number; p95: number; p99: number; max: number; errors: number };

export function figures(samples: Sample[], seconds: number): Figures {
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) => (latencies.length ? percentile(latencies, p) : 0);
  return {
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: latencies.at(-1) ?? 0,
    errors: samples.filter((s) => !s.ok).length,
  };
}

/** Each distinct problem with how often it was seen, most frequent first. */
export function problems(samples: Sample[]): Array<[string, number]> {
  const seen = new Map<string, number>();
  for (const s of samples) if (!s.ok) seen.set(s.problem ?? '?', (seen.get(s.problem ?? '?') ?? 0) + 1);
  return [...seen].sort((a, b) => b[1] - a[1]);
}

export const fixed = (n: number, digits = 1) => n.toFixed(digits);
export const millis = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
