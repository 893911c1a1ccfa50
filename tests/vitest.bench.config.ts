import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { resolveLikeNode } from './src/support/node-resolution.ts';

/** `pnpm bench`: benchmarks that print tables of figures; never part of `pnpm test`, never timed assertions. */
export default defineConfig({
  resolve: { conditions: ['@kindred/source', ...defaultServerConditions] },
  plugins: [resolveLikeNode(['graphql'])],
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    globalSetup: ['./src/support/global-setup.ts'],
    environment: 'node',
    include: ['src/bench/**/*.bench.ts'],
    fileParallelism: false,
    hookTimeout: 600_000,
    testTimeout: 600_000,
  },
});
