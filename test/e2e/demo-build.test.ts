// Issue 16: the demo site's build (vite.config.ts) uses the embed's size
// reductions (vite.shared.ts). The demo is built into a temporary folder,
// its first page's first load (the files index.html names and their static
// imports, from the build manifest) is compared with the embed's first load
// (dist/widget's entry and its static imports), both as gzip -9, against the
// issue's budget "within 10 kB of the embed's"; then the built page is opened
// in Chromium: the element renders its guide and the lazily loaded
// playground fills its sample list, without any page error.
// Run: node --import tsx --test test/e2e/demo-build.test.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWidgetBuilt, root, widgetDist } from './build.js';
import { Browser } from './cdp.js';
import { startStaticServer, type StaticServer } from './static-server.js';

/** The budget: the demo page's first load at most this many bytes (gzip) above the embed's. */
const DEMO_OVER_EMBED_BYTES = 10 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;

/** Files of a manifest entry and its static imports (with their CSS). */
function firstLoad(manifest: Manifest, key: string): Set<string> {
  const files = new Set<string>();
  const visit = (k: string): void => {
    const chunk = manifest[k];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(key);
  return files;
}

const gzipBytes = (dir: string, files: Iterable<string>): number =>
  [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);

describe('demo site built with the embed size reductions', () => {
  let outDir: string;
  let manifest: Manifest;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    await ensureWidgetBuilt();
    outDir = mkdtempSync(join(tmpdir(), 'hochieu-demo-'));
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
    manifest = readManifest(outDir);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it("the demo page's first load is within 10 kB (gzip) of the embed's, and the playground is lazy", () => {
    const demoKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('index.html'));
    assert.ok(demoKey, 'the demo manifest has the index.html entry');
    const demoFiles = firstLoad(manifest, demoKey);
    // Every file the built page names itself is part of that first load.
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const [, src] of html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/gu)) assert.ok(demoFiles.has(src!), `index.html loads ${src} outside the measured first load`);
    const playground = Object.values(manifest).find((c) => /playground-/u.test(c.file));
    assert.ok(playground, 'the playground is a chunk of its own');
    assert.ok(!demoFiles.has(playground.file), 'the playground is not in the first load');
    assert.ok(![...demoFiles].some((f) => /(docgen|jsqr|tinos|en|form|addresses)-/u.test(f)), `no lazy part in the first load: ${[...demoFiles].join(', ')}`);

    const widgetManifest = readManifest(widgetDist);
    const embedKey = Object.keys(widgetManifest).find((k) => widgetManifest[k]!.isEntry && widgetManifest[k]!.file === 'hochieu.js');
    assert.ok(embedKey, 'the embed manifest has hochieu.js');
    const embed = gzipBytes(widgetDist, firstLoad(widgetManifest, embedKey));
    const demo = gzipBytes(outDir, demoFiles);
    assert.ok(demo <= embed + DEMO_OVER_EMBED_BYTES, `demo first load ${demo} B gzip, embed ${embed} B: ${demo - embed} B over, budget ${DEMO_OVER_EMBED_BYTES}`);
  });

  it('the built demo page renders the element and its lazily loaded playground, without errors', async () => {
    server = await startStaticServer({ '/': outDir });
    browser = Browser.launch();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    const result = await page.run<{ tabs: number; examples: number; snippet: string }>(`
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const until = async (fn, what, ms = 20000) => {
        const end = Date.now() + ms;
        for (;;) { const v = await fn(); if (v) return v; if (Date.now() > end) throw new Error('timeout waiting for ' + what); await sleep(25); }
      };
      const app = document.querySelector('hochieu-app');
      await until(() => app.shadowRoot && app.shadowRoot.querySelector('[role="tab"]') && app.guide && app.guide.shadowRoot && app.guide.shadowRoot.querySelector('.root'), 'render');
      await until(() => document.querySelectorAll('#examples button').length > 0, 'playground');
      return { tabs: app.shadowRoot.querySelectorAll('[role="tab"]').length, examples: document.querySelectorAll('#examples button').length, snippet: document.getElementById('pg-snippet').textContent };
    `, 30000);
    assert.ok(result.tabs >= 2, `tabs: ${result.tabs}`);
    assert.equal(result.examples, 6);
    assert.match(result.snippet, /<hochieu-app lang="vi"/u);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
