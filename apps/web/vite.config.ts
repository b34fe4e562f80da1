import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The web UI: Preact pages built into dist/web and served by the API under /app/ (one origin, so
 * the API token or OIDC access token goes to the same server and no CORS is needed).
 */
export default defineConfig({
  root: here('.'),
  base: '/app/',
  // The API client generated from the contract (libs/api-client), shared with every other caller.
  resolve: { alias: { '@gov/api-client': here('../../libs/api-client/src/index.ts') } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // ECharts is the biggest part; it gets its own chunk, loaded with the pages that draw charts.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npx vite apps/web` during development: API calls go to the running API.
    proxy: Object.fromEntries(
      ['/programs', '/cohorts', '/tasks', '/me', '/persons', '/organizations', '/audit', '/activities', '/ui', '/calendar', '/health'].map((p) => [
        p,
        process.env.API_URL ?? 'http://localhost:3000',
      ]),
    ),
  },
});
