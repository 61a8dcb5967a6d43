/**
 * Builds the editor app (admin/src) into admin/dist, served by
 * src/http/admin-ui-routes.ts at /admin. Run from the repository root:
 * `npm run build` (= `vite build --config admin/vite.config.ts`).
 * `npx vite --config admin/vite.config.ts` serves it for development and
 * forwards API calls to a Herald started with `npm start`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = process.env.HERALD_DEV_BACKEND ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': backend, '/media': backend, '/p/': backend },
  },
});
