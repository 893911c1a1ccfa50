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
    // Everything the server answers itself: the API, calendar invites, report downloads, the dev mailbox.
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/calendar': { target: api, changeOrigin: true },
      '/reports/outcomes.csv': { target: api, changeOrigin: true },
      '/me/data.json': { target: api, changeOrigin: true },
      '/dev/mail': { target: api, changeOrigin: true },
      '/dev/two-factor': { target: api, changeOrigin: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
