import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // Read @kindred/shared's TypeScript source, so the web never waits for a shared build.
  resolve: { conditions: ['@kindred/source', ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true } },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
