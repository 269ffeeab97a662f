#!/usr/bin/env node
// `pnpm bench`: figures, not tests. For now: minified, gzip and brotli sizes
// of what each package entry pulls in, bundled by Vite (Rolldown) as an ES
// module. `--json` prints the figures as JSON.
import { build } from 'vite';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const asJson = process.argv.includes('--json');

const entries = [{ name: '@hochieu/core', entry: 'packages/core/src/index.ts' }];

async function bundleSize({ name, entry }) {
  const outDir = mkdtempSync(join(tmpdir(), 'hochieu-bench-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        lib: { entry: join(root, entry), formats: ['es'], fileName: 'entry' },
      },
    });
    const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    for (const f of files) {
      const bytes = readFileSync(join(outDir, f));
      raw += statSync(join(outDir, f)).size;
      gzip += gzipSync(bytes, { level: 9 }).length;
      brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    return { name, files: files.length, minified: raw, gzip, brotli };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const rows = [];
for (const e of entries) rows.push(await bundleSize(e));

if (asJson) {
  console.log(JSON.stringify({ sizes: rows }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log('Bundle sizes (ES module, minified)');
  console.log('name'.padEnd(24), 'minified'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
  for (const r of rows) console.log(r.name.padEnd(24), kb(r.minified).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10));
}
