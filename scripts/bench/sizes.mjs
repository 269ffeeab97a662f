// Size figures of the embed bundle (dist/widget/, built by
// `node scripts/build.mjs --widget` when missing or older than its sources,
// as test/e2e does): gzip (level 9) and brotli (quality 11) sizes of what a
// page loads before any export (the entry `hochieu.js` and its static
// imports, read from Vite's .vite/manifest.json) and of each lazy part: the
// form (opened from the "Khai tờ khai" tab), the export (docgen and the
// chunks it imports that the first screen has not loaded, with the three
// Tinos styles it embeds), the QR decoder, the English texts, the admin-unit
// tables of the address fields (issue 12), every other
// element (pages that use them alone), and each font. Deterministic for a
// given source tree.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

/** Builds dist/widget unless it is newer than every source it is made from. */
export function ensureWidgetBuilt(root, log = (line) => console.error(line)) {
  const dist = join(root, 'dist/widget');
  const entry = join(dist, 'hochieu.js');
  const sources = Math.max(
    ...['packages/core/src', 'packages/docgen/src', 'packages/widget/src'].map((d) => newestMtime(join(root, d))),
    ...['vite.widget.config.ts', 'vite.shared.ts', 'vite.loader.config.ts', 'package.json'].map((f) => statSync(join(root, f)).mtimeMs),
  );
  const fresh = (file) => existsSync(file) && statSync(file).mtimeMs >= sources;
  if (fresh(entry) && fresh(join(dist, 'hochieu-loader.js')) && existsSync(join(dist, '.vite/manifest.json'))) return false;
  log('bench: building dist/widget (node scripts/build.mjs --widget)');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--widget'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('building dist/widget failed');
  return true;
}

const compressed = new Map();
function sizesOf(dist, file) {
  let s = compressed.get(file);
  if (!s) {
    const bytes = readFileSync(join(dist, file));
    s = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
    };
    compressed.set(file, s);
  }
  return s;
}

function total(dist, files) {
  const out = { files: [...files].sort(), raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizesOf(dist, f);
    out.raw += s.raw;
    out.gzip += s.gzip;
    out.brotli += s.brotli;
  }
  return out;
}

/** The manifest key of the chunk whose file name starts with `chunks/<name>-`. */
function keyOf(manifest, name) {
  return Object.keys(manifest).find((k) => manifest[k].file.startsWith(`chunks/${name}-`));
}

/** Files a chunk loads statically (itself and its static imports, recursively). */
function closure(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const i of chunk.imports ?? []) closure(manifest, i, into);
  return into;
}

/** Size figures of dist/widget; `compress` = false skips nothing (kept for symmetry). */
export function sizeFigures(root) {
  compressed.clear();
  const dist = join(root, 'dist/widget');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('dist/widget/.vite/manifest.json has no entry');
  const initial = closure(manifest, entryKey);
  /** A lazy part: the named chunk and what it imports that the first screen has not loaded. */
  const lazy = (name, extra = []) => {
    const key = keyOf(manifest, name);
    if (!key) return null;
    const files = new Set([...closure(manifest, key)].filter((f) => !initial.has(f)));
    for (const e of extra) for (const f of closure(manifest, e)) if (!initial.has(f)) files.add(f);
    return total(dist, files);
  };
  const fontKeys = Object.keys(manifest).filter((k) => /^chunks\/tinos-(regular|bold|italic)-/u.test(manifest[k].file));
  // Issue 16: exports run in the export worker, a separate Vite build (listed as an
  // asset of the form's chunk): its own chunk and its three Tinos chunks are what the
  // first export downloads. The page's docgen chunk is only the fallback for hosts
  // that forbid workers (and the guide's blank form), reported beside it.
  const chunkFiles = readdirSync(join(dist, 'chunks'));
  const workerFile = chunkFiles.find((f) => /^export-worker-.*\.js$/u.test(f));
  const workerFonts = chunkFiles.filter((f) => /^worker-tinos-(regular|bold|italic)-.*\.js$/u.test(f));
  const fonts = {};
  for (const k of fontKeys) fonts[manifest[k].file.replace(/^chunks\/(tinos-[a-z]+)-.*$/u, '$1')] = total(dist, [manifest[k].file]);
  return {
    initial: total(dist, initial),
    lazy: {
      form: lazy('form'),
      export: workerFile ? total(dist, [`chunks/${workerFile}`, ...workerFonts.map((f) => `chunks/${f}`)]) : lazy('docgen', fontKeys),
      exportOnPage: lazy('docgen', fontKeys),
      qr: lazy('jsqr'),
      en: lazy('en'),
      elements: lazy('elements'),
      addresses: lazy('addresses'),
    },
    fonts,
    loader: total(dist, ['hochieu-loader.js']),
  };
}
