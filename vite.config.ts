// Vite serves the demo page (`pnpm start`) from demo/, with the workspace
// packages resolved from their TypeScript sources.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
