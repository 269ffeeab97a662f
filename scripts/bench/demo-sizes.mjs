// Sizes of the demo site's first page (issue 16: "the demo page's sizes
// beside the embed's"): the demo is built by Vite with its own configuration
// (vite.config.ts) into bench/.out/demo with a manifest, and the page's
// first load (the entry of demo/index.html and its static imports) and its
// export (the export worker chunk and its fonts, or the docgen chunk) are
// measured as gzip -9, like the embed's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function gz(dir, files) {
  let gzip = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files].sort(), raw, gzip };
}

export async function demoSizeFigures(root) {
  const outDir = join(root, 'bench/.out/demo');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  if (!key) throw new Error('demo manifest has no index.html entry');
  const initial = new Set();
  const visit = (k) => {
    const c = manifest[k];
    if (!c || initial.has(c.file)) return;
    initial.add(c.file);
    for (const css of c.css ?? []) initial.add(css);
    for (const i of c.imports ?? []) visit(i);
  };
  visit(key);
  const assets = existsSync(join(outDir, 'assets')) ? readdirSync(join(outDir, 'assets')) : [];
  const worker = assets.filter((f) => /export-worker.*\.js$/u.test(f) || /^worker-.*tinos/u.test(f) || /^tinos-.*\.js$/u.test(f)).map((f) => `assets/${f}`);
  return { initial: gz(outDir, initial), export: worker.length > 0 ? gz(outDir, worker) : null };
}
