import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export type Counts = { passed: number; failed: number; skipped: number };

/**
 * Writes the run's counts to a file, silently, so that .ci/run can end with a plain
 * "N passed, N failed" line. A test file that failed outside its tests (on import, or in a hook that
 * left its tests skipped) counts as one failure, so the line never reads "0 failed" for a failed run.
 */
export class CountsReporter implements Reporter {
  constructor(private readonly file: string) {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts: Counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of testModules) {
      const failedBefore = counts.failed;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && counts.failed === failedBefore) counts.failed += 1;
    }
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(counts));
  }
}
