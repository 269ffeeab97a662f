// `pnpm build` (scripts/build.mjs): the self-hosted embed bundle in
// dist/widget/. `hochieu.js` is the ES module entry that registers the
// elements; everything loaded later is a lazy chunk in dist/widget/chunks/
// (document export with docgen and its font, the QR decoder, the English
// strings). A manifest (.vite/manifest.json) records which chunks are static
// and which are lazy, for the tests and the size benchmark.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Readable chunk names: `docgen` (export, lazy), `jsqr` (QR decoder, lazy),
 * `en` (English strings, lazy), `tinos-*` (fonts, lazy), `shared` (code the
 * entry and the lazy chunks share, loaded with the entry).
 */
function chunkName(name: string, facade: string | null): string {
  const id = (facade ?? '').split('\\').join('/');
  if (id.includes('/packages/docgen/src/index.')) return 'docgen';
  if (/\/jsqr\//iu.test(id)) return 'jsqr';
  if (!facade) return 'shared';
  return name;
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
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
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: (chunk) => `chunks/${chunkName(chunk.name, chunk.facadeModuleId)}-[hash].js`,
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
});
