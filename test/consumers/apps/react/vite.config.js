import { defineConfig } from 'vite';

// No React plugin needed to build: Vite compiles TSX with the automatic JSX runtime.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
