// Vite serves the demo site (`pnpm start`) from demo/, with the workspace
// packages resolved from their TypeScript sources; `vite build` (step 5 of
// `pnpm build`) makes it a static site in dist/demo with its two pages: the
// provincial page with the playground, and the "old CMS" page with hostile
// global CSS and two instances in different languages.
//
// Issue 16: the demo is built with the embed's own size reductions
// (vite.shared.ts: stand-ins, per-language/area message tables, the English
// chunk, chunk names, pure provenance helpers, the one-line preload helper),
// its pages load the element through the embed entry, and the playground is
// a lazy chunk (demo/main.ts), so the page's first load stays within 10 kB of
// the embed's (measured by `pnpm bench --sizes`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { chunkName, coreMessagesPlugin, isEnglish, PURE_FUNCTIONS, shimsPlugin } from './vite.shared.js';

const demo = (file: string): string => fileURLToPath(new URL(`./demo/${file}`, import.meta.url));

export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [shimsPlugin(), coreMessagesPlugin()],
  // The export worker (issue 16) imports its fonts lazily: an ES module worker.
  worker: {
    format: 'es',
    plugins: () => [shimsPlugin(), coreMessagesPlugin()],
    rolldownOptions: { treeshake: { manualPureFunctions: [...PURE_FUNCTIONS] } },
  },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    // No <link rel=modulepreload> and the stand-in preload helper, as in the embed (see vite.shared.ts).
    modulePreload: false,
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        index: demo('index.html'),
        'old-cms': demo('old-cms.html'),
      },
      treeshake: { manualPureFunctions: [...PURE_FUNCTIONS] },
      output: {
        chunkFileNames: (chunk) => `assets/${chunkName(chunk.name, chunk.facadeModuleId)}-[hash].js`,
        // As in the embed: the English texts in one lazy chunk, and what a page needs before
        // anything lazy (the element's first screen, shared by both pages) in one file.
        codeSplitting: {
          groups: [
            { name: 'en', test: isEnglish, priority: 2 },
            { name: 'hochieu', tags: ['$initial'], test: /[\\/](packages|node_modules)[\\/]/u, priority: 1 },
            { name: 'hochieu', test: /rolldown[\\/]runtime/u, priority: 3 },
          ],
        },
      },
    },
  },
});
