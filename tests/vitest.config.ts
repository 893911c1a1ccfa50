import { fileURLToPath } from 'node:url';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { findChromium, INSTALL_HINT } from './src/support/chromium.ts';
import { CountsReporter } from './src/support/counts-reporter.ts';
import { resolveLikeNode } from './src/support/node-resolution.ts';

/** Where the run's pass/fail counts go (read by .ci/run). */
const COUNTS_FILE = fileURLToPath(new URL('.artifacts/test-counts.json', import.meta.url));

const inCi = process.env.CI === 'true';
// Without Chromium a developer still gets the other projects; CI must never silently skip them.
const runBrowserTests = inCi || findChromium() !== undefined;
if (!runBrowserTests) {
  console.warn(
    [
      '',
      '!'.repeat(78),
      '!! SKIPPING the browser project: no Chromium found.',
      `!! ${INSTALL_HINT}`,
      '!! (With CI=true a missing Chromium fails the run instead.)',
      '!'.repeat(78),
      '',
    ].join('\n'),
  );
}

export default defineConfig({
  // Test files import @kindred/server and @kindred/shared as Node does, from their compiled dist/
  // (the package's `test` script builds them first). Colocated unit tests are read from source by
  // Vite, whose oxc transform emits the decorator metadata type-graphql and MikroORM need.
  resolve: { conditions: ['@kindred/source', ...defaultServerConditions] },
  // One copy of graphql for the server's source and the libraries Node loads (see node-resolution.ts).
  plugins: [resolveLikeNode(['graphql'])],
  // Colocated unit tests are outside server/tsconfig.json's include, so the decorator settings are stated here too.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    // One PostgreSQL for the whole run; each test file makes its own database on it.
    globalSetup: ['./src/support/global-setup.ts'],
    environment: 'node',
    // The counts let .ci/run end with a plain "N passed, N failed" line; vitest's own summary is unchanged.
    reporters: ['default', new CountsReporter(COUNTS_FILE)],
    maxWorkers: 2,
    hookTimeout: 60_000,
    testTimeout: 20_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['../shared/src/**/*.test.ts', '../server/src/**/*.test.ts', '../web/src/**/*.test.ts'],
        },
      },
      { test: { name: 'api', include: ['src/api/**/*.test.ts'] } },
      ...(runBrowserTests
        ? [{ test: { name: 'browser', include: ['src/browser/**/*.test.ts'], testTimeout: 60_000 } }]
        : []),
    ],
  },
});
