/**
 * What one request of each journey costs in CPU: the API process's and PostgreSQL's (the run's own
 * cluster: its postmaster and every backend), from /proc before and after a few seconds of one
 * request at a time. The sum, against the machine's cores, is the ceiling on requests per second.
 */
import { readFile, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { table } from '../bench/report.ts';
import { runClosed, type Scenario, type Target } from './driver.ts';
import type { LoadClient } from './http-client.ts';
import { figures, fixed, millis } from './stats.ts';

/** Linux counts CPU time in clock ticks of 1/100 s. */
const TICK_MS = 10;

async function stat(pid: number): Promise<string[]> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which is in parentheses and may hold spaces).
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** User and system CPU time used so far by one process, in ms. */
export async function cpuMs(pid: number): Promise<number> {
  const fields = await stat(pid);
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/**
 * The CPU time of a PostgreSQL cluster: its postmaster, every process it runs now, and those that
 * have ended (counted in the postmaster's children's time once it has reaped them).
 */
export async function clusterCpuMs(postmasterPid: number): Promise<number> {
  const own = await stat(postmasterPid);
  let total = (Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])) * TICK_MS;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = await stat(Number(entry)).catch(() => null);
    if (fields && Number(fields[1]) === postmasterPid) total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }
  return total;
}

/** The postmaster behind a connection: the parent of the backend serving it. */
export async function postmasterOf(backendPid: number): Promise<number> {
  return Number((await stat(backendPid))[1]);
}

export async function printCpuCost(
  client: LoadClient,
  journeys: Scenario[],
  target: Target,
  pids: { api: number; postmaster: number },
  /** Measured and shown first, outside the mix: what any request costs before Kindred's own work. */
  yardsticks: Scenario[] = [],
): Promise<{ mixMs: number; ceilingPerSecond: number }> {
  const rows = [];
  let weighted = 0;
  const totalWeight = journeys.reduce((sum, j) => sum + j.weight, 0);
  for (const journey of [...yardsticks, ...journeys]) {
    const inMix = journeys.includes(journey);
    const [api0, pg0] = [await cpuMs(pids.api), await clusterCpuMs(pids.postmaster)];
    const run = await runClosed(client, { concurrency: 1, seconds: 2, scenarios: [journey], targets: [target] });
    const n = Math.max(1, run.samples.length);
    const api = ((await cpuMs(pids.api)) - api0) / n;
    const postgres = ((await clusterCpuMs(pids.postmaster)) - pg0) / n;
    if (inMix) weighted += ((api + postgres) * journey.weight) / totalWeight;
    rows.push({
      journey: inMix ? journey.name : `${journey.name} (not in the mix)`,
      requests: run.samples.length,
      'wall p50, alone': millis(figures(run.samples, run.seconds).p50),
      'API CPU / request': millis(api),
      'PostgreSQL CPU / request': millis(postgres),
    });
  }
  const cores = availableParallelism();
  const ceilingPerSecond = (cores * 1_000) / Math.max(weighted, 0.001);
  table(`CPU per request, one request at a time to API ${target.name} (the load generator's own CPU not counted)`, rows);
  console.log(
    `[load] the mix costs ${fixed(weighted)} ms of CPU a request (API and PostgreSQL): ${cores} cores allow at most about ${ceilingPerSecond.toFixed(0)} requests/s, before the load generator takes its share`,
  );
  return { mixMs: weighted, ceilingPerSecond };
}
