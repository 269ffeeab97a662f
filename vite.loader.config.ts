// `pnpm build` (scripts/build.mjs): the classic loader
// dist/widget/hochieu-loader.js, a tiny IIFE that adds the module script
// hochieu.js from its own folder. It has no imports, so the IIFE format
// inlines nothing.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/widget',
    emptyOutDir: false,
    target: 'es2017',
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'packages/widget/src/entry/loader.ts',
      formats: ['iife'],
      name: 'hochieuLoader',
      fileName: () => 'hochieu-loader.js',
    },
  },
});
