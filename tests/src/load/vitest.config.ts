import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { resolveLikeNode } from '../support/node-resolution.ts';

/**
 * `pnpm load`: the load run (mixed journeys against two API processes, one killed mid-run). Prints
 * its figures; fails only on wrong answers or lost writes, never on timings.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { conditions: ['@kindred/source', ...defaultServerConditions] },
  plugins: [resolveLikeNode(['graphql'])],
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    globalSetup: ['./src/support/global-setup.ts'],
    environment: 'node',
    include: ['src/load/**/*.load.ts'],
    fileParallelism: false,
    // Progress lines appear as they happen, not when the run ends.
    disableConsoleIntercept: true,
    hookTimeout: 600_000,
    testTimeout: 1_800_000,
  },
});
