/**
 * Drives scenarios at API processes and records every request: open loop at a fixed arrival rate
 * (requests keep arriving whatever the server does, as people do), or closed loop with a fixed
 * number of clients each waiting for its answer (to find the most a setup can serve).
 * Requests are spread over the targets in turn, as a round-robin load balancer would.
 */
import type { Answer, LoadClient } from './http-client.ts';

/** A write the server said it made, to look for in PostgreSQL afterwards. */
export type Ack = { kind: 'accept' | 'contact' | 'session' | 'message'; key: string };
export type Verdict = { ok: true; ack?: Ack } | { ok: false; problem: string };
export type Shot = { body: string; cookie?: string; localAddress?: string; judge(answer: Answer): Verdict };
export type Scenario = { name: string; weight: number; next(): Shot | undefined };
export type Target = { name: string; origin: string };

export type Sample = {
  scenario: number;
  target: number;
  /** ms since the run started. */
  startedAt: number;
  endedAt: number;
  ms: number;
  ok: boolean;
  problem?: string;
  /** No HTTP answer at all (refused, reset, timed out). */
  network: boolean;
};

export type Run = { seconds: number; samples: Sample[]; acks: Ack[]; exhausted: Map<string, number> };

type Event = { atSecond: number; run(): void };

/** Smooth weighted round robin: scenarios interleaved in proportion to their weights. */
function interleave(scenarios: Scenario[]): () => number {
  const current = scenarios.map(() => 0);
  const total = scenarios.reduce((sum, s) => sum + s.weight, 0);
  return () => {
    let best = 0;
    for (let i = 0; i < scenarios.length; i++) {
      current[i]! += scenarios[i]!.weight;
      if (current[i]! > current[best]!) best = i;
    }
    current[best]! -= total;
    return best;
  };
}

class Recorder {
  readonly samples: Sample[] = [];
  readonly acks: Ack[] = [];
  readonly exhausted = new Map<string, number>();
  private turn = 0;
  private readonly pick: () => number;
  readonly started = performance.now();

  constructor(
    private readonly client: LoadClient,
    private readonly scenarios: Scenario[],
    private readonly targets: Target[],
  ) {
    this.pick = interleave(scenarios);
  }

  /** Sends the next request of the mix; resolves when it is answered or has failed (false: nothing left to send). */
  async fire(): Promise<boolean> {
    const scenario = this.pick();
    const shot = this.scenarios[scenario]!.next();
    if (!shot) {
      const name = this.scenarios[scenario]!.name;
      this.exhausted.set(name, (this.exhausted.get(name) ?? 0) + 1);
      return false;
    }
    const target = this.turn++ % this.targets.length;
    const startedAt = performance.now() - this.started;
    const answer = await this.client.postGraphQL(this.targets[target]!.origin, shot.body, { cookie: shot.cookie, localAddress: shot.localAddress });
    const verdict = shot.judge(answer);
    if (verdict.ok && verdict.ack) this.acks.push(verdict.ack);
    this.samples.push({
      scenario,
      target,
      startedAt,
      endedAt: startedAt + answer.ms,
      ms: answer.ms,
      ok: verdict.ok,
      network: answer.status === 0,
      ...(verdict.ok ? {} : { problem: verdict.problem }),
    });
    return true;
  }

  result(seconds: number): Run {
    return { seconds, samples: this.samples, acks: this.acks, exhausted: this.exhausted };
  }
}

/** Open loop: `ratePerSecond` requests a second for `seconds`, whatever the answers; waits for stragglers. */
export async function runOpen(
  client: LoadClient,
  options: { ratePerSecond: number; seconds: number; scenarios: Scenario[]; targets: Target[]; events?: Event[] },
): Promise<Run> {
  const recorder = new Recorder(client, options.scenarios, options.targets);
  const inFlight = new Set<Promise<boolean>>();
  const events = [...(options.events ?? [])].sort((a, b) => a.atSecond - b.atSecond);
  const total = Math.round(options.ratePerSecond * options.seconds);
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = (performance.now() - recorder.started) / 1_000;
      while (events.length > 0 && events[0]!.atSecond <= elapsed) events.shift()!.run();
      const due = Math.min(total, Math.floor(elapsed * options.ratePerSecond));
      for (; sent < due; sent++) {
        const request = recorder.fire();
        inFlight.add(request);
        void request.finally(() => inFlight.delete(request));
      }
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(inFlight);
  return recorder.result(options.seconds);
}

/** Closed loop: `concurrency` clients, each sending its next request as soon as the last is answered. */
export async function runClosed(
  client: LoadClient,
  options: { concurrency: number; seconds: number; scenarios: Scenario[]; targets: Target[] },
): Promise<Run> {
  const recorder = new Recorder(client, options.scenarios, options.targets);
  const until = recorder.started + options.seconds * 1_000;
  const worker = async () => {
    while (performance.now() < until) {
      // A scenario with nothing left answers at once: yield, or the loop would starve the sockets.
      if (!(await recorder.fire())) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return recorder.result((performance.now() - recorder.started) / 1_000);
}
