// Vite serves the demo site (`pnpm start`) from demo/, with the workspace
// packages resolved from their TypeScript sources; `vite build` (step 5 of
// `pnpm build`) makes it a static site in dist/demo with its two pages: the
// provincial page with the playground, and the "old CMS" page with hostile
// global CSS and two instances in different languages.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demo = (file: string): string => fileURLToPath(new URL(`./demo/${file}`, import.meta.url));

export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  // The export worker (issue 16) imports its fonts lazily: an ES module worker.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        index: demo('index.html'),
        'old-cms': demo('old-cms.html'),
      },
    },
  },
});
