// Shared by the quality end-to-end tests (privacy, strict CSP): makes sure
// dist/widget/ is built and current (the same rule as bundle.test.ts: built
// when missing or older than the sources and the Vite configurations), with a
// lock directory so two test files running at once never build it together,
// and lists the bundle's files from Vite's manifest (the widget's own assets,
// the only files a page may fetch from the widget's origin).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const widgetDist = join(root, 'dist/widget');

/** The policy every e2e page is served with (issue 8: exactly this). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

function isCurrent(): boolean {
  const sources = Math.max(
    ...['packages/core/src', 'packages/docgen/src', 'packages/widget/src'].map((d) => newestMtime(join(root, d))),
    statSync(join(root, 'vite.widget.config.ts')).mtimeMs,
    statSync(join(root, 'vite.loader.config.ts')).mtimeMs,
  );
  return ['hochieu.js', 'hochieu-loader.js', '.vite/manifest.json'].every((f) => {
    const path = join(widgetDist, f);
    return existsSync(path) && statSync(path).mtimeMs >= sources;
  });
}

/** Builds dist/widget when missing or stale; waits for a build another test file started. */
export async function ensureWidgetBuilt(): Promise<void> {
  const lock = join(root, 'test/.out/widget-build.lock');
  mkdirSync(join(root, 'test/.out'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another file is building; a lock older than 3 minutes is left over from a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another build of dist/widget');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (isCurrent()) return;
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--widget'], { cwd: root, stdio: 'inherit' });
    assert.equal(r.status, 0, 'building dist/widget failed');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Every file of the built bundle, as served under /hochieu/ (`hochieu.js`,
 * `chunks/…`): the manifest's files, and the export worker's own lazy chunks
 * (`chunks/worker-*`, built by Vite's separate worker build, not listed in the manifest).
 */
export function bundleFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(widgetDist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[]; assets?: string[] }>;
  const files = new Set<string>(['hochieu-loader.js']);
  for (const chunk of Object.values(manifest)) {
    files.add(chunk.file);
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
  }
  for (const f of readdirSync(join(widgetDist, 'chunks'))) if (f.startsWith('worker-')) files.add(`chunks/${f}`);
  return files;
}
