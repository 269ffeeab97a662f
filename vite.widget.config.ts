// `pnpm build` (scripts/build.mjs): the self-hosted embed bundle in
// dist/widget/. `hochieu.js` is the ES module entry that registers the
// elements of the first screen (<hochieu-app>, <hochieu-guide>); everything
// loaded later is a lazy chunk in dist/widget/chunks/ (the form and its
// fields, document export with docgen and its font, the QR decoder, the
// English strings). A manifest (.vite/manifest.json) records which chunks are
// static and which are lazy, for the tests and the size benchmark
// (`pnpm bench --check`, budgets in bench/budgets.json).
//
// Size work done here (issue 9): third-party modules that docgen never
// reaches at run time are replaced by small stand-ins (see
// packages/widget/src/entry/shims/: the WOFF2 Brotli decoder, culori's full
// colour-space registry, the HTML entity tables, the SVG/XFA parser, the
// metrics of the 14 standard PDF fonts, which cannot write Vietnamese), and
// core's message table is split per language and area (entry/core-messages.js,
// core's messages/areas.ts), so a Vietnamese page downloads no English text
// and the first screen none of the form's, the reference sections' or the
// configuration check's texts.
//
// The plugins and chunk rules themselves live in vite.shared.ts, shared with
// the demo site's build (vite.config.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { chunkName, coreMessagesPlugin, isEnglish, PURE_FUNCTIONS, shimsPlugin } from './vite.shared.js';

const root = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
  root,
  // Relative URLs: the export worker's URL is resolved from the chunk that makes it, wherever the host serves the bundle.
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [shimsPlugin(), coreMessagesPlugin()],
  // Issue 16: the export worker (components/hochieu-form/export-worker.ts,
  // created with `new Worker(new URL(...), { type: 'module' })`) is bundled
  // by Vite as its own ES module chunk beside the others, so it is served
  // from the embed's own origin (`worker-src 'self'`). It gets the same
  // stand-ins and message tables as the page's chunks; its fonts stay lazy
  // chunks of their own (`chunks/worker-tinos-*`).
  worker: {
    format: 'es',
    plugins: () => [shimsPlugin(), coreMessagesPlugin()],
    rolldownOptions: {
      treeshake: { manualPureFunctions: [...PURE_FUNCTIONS] },
      output: {
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/worker-[name]-[hash].js',
      },
    },
  },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    manifest: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { hochieu: 'packages/widget/src/entry/hochieu.ts' },
      // Core's procedure data records where each text comes from with small
      // pure helpers (procedure/provenance.ts); marked pure, the constants the
      // first screen does not use (steps, conditions, channels…) are left to
      // the lazy chunks that render them instead of the entry.
      treeshake: { manualPureFunctions: [...PURE_FUNCTIONS] },
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: (chunk) => `chunks/${chunkName(chunk.name, chunk.facadeModuleId)}-[hash].js`,
        codeSplitting: {
          groups: [
            { name: 'en', test: isEnglish, priority: 2 },
            { name: 'hochieu', tags: ['$initial'], priority: 1 },
            { name: 'hochieu', test: /rolldown[\\/]runtime/u, priority: 3 },
          ],
        },
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
});
