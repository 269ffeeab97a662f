#!/usr/bin/env node
// `pnpm bench`: figures, not tests; nothing here asserts a time.
// 1. Bundle sizes: minified, gzip and brotli sizes of what each package entry
//    pulls in, bundled by Vite (Rolldown) as an ES module.
// 2. Document generation (issue 3): PDF and DOCX of the fullest example
//    (`example('fullAdult')`) with a photo of about 1 MB, in Node and in
//    headless Chromium (Debian /usr/bin/chromium or CHROME_PATH): median,
//    min and max of RUNS runs after WARMUP warm-up runs. The photo is a noisy
//    JPEG drawn by Chromium's canvas (no real person); without a browser a
//    synthetic JPEG padded to 1 MB is used and the browser figures are skipped.
//    Chromium is driven over the DevTools protocol on a pipe
//    (--remote-debugging-pipe), so no extra dependency is needed; the page
//    loads a Vite build of docgen served from a temporary directory.
// `--json` prints the figures as JSON.
import { build } from 'vite';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { extname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const asJson = process.argv.includes('--json');
const RUNS = 12;
const WARMUP = 2;
const PHOTO_TARGET_BYTES = 1024 * 1024;

const entries = [
  { name: '@hochieu/core', entry: 'packages/core/src/index.ts' },
  { name: '@hochieu/docgen', entry: 'packages/docgen/src/index.ts' },
];

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

// ---------------------------------------------------------------- timing

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (n) => Math.round(n * 10) / 10;
  return { runs: sorted.length, medianMs: round(median), minMs: round(sorted[0]), maxMs: round(sorted[sorted.length - 1]) };
}

/** The code timed in both environments (stringified into the browser page too). */
async function timeDocuments(docgen, declaration, photo, runs, warmup) {
  const options = { date: '2026-11-21', photo: { bytes: photo, mediaType: 'image/jpeg' }, clock: () => new Date('2026-11-21T03:00:00Z') };
  const out = {};
  for (const [kind, fn] of [['pdf', docgen.buildDeclarationPdf], ['docx', docgen.buildDeclarationDocx]]) {
    const samples = [];
    let bytes = 0;
    for (let i = 0; i < warmup + runs; i++) {
      const t0 = performance.now();
      const result = await fn(declaration, options);
      const t1 = performance.now();
      bytes = result.length;
      if (i >= warmup) samples.push(t1 - t0);
    }
    out[kind] = { samples, bytes };
  }
  return out;
}

/** A grey baseline JPEG (ITU-T T.81) padded with comment segments to about `target` bytes. */
function syntheticJpeg(target) {
  const u16 = (n) => [(n >> 8) & 0xff, n & 0xff];
  const w = 1200;
  const h = 1800;
  const head = [0xff, 0xd8, 0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const pad = [];
  while (head.length + pad.length + 65535 < target) pad.push(0xff, 0xfe, ...u16(65533), ...new Array(65531).fill(0x20));
  const one = [1, ...new Array(15).fill(0), 0];
  const tail = [0xff, 0xdb, ...u16(67), 0, ...new Array(64).fill(1), 0xff, 0xc0, ...u16(11), 8, ...u16(h), ...u16(w), 1, 1, 0x11, 0];
  tail.push(0xff, 0xc4, ...u16(20), 0x00, ...one, 0xff, 0xc4, ...u16(20), 0x10, ...one, 0xff, 0xda, ...u16(8), 1, 1, 0, 0, 63, 0);
  const bits = (w / 8) * (h / 8) * 2;
  tail.push(...new Array(bits / 8).fill(0), 0xff, 0xd9);
  return Uint8Array.from([...head, ...pad, ...tail]);
}

// ---------------------------------------------------------------- Chromium over the DevTools pipe

class Chromium {
  static async launch(executable) {
    const profile = mkdtempSync(join(tmpdir(), 'hochieu-bench-chrome-'));
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'];
    const proc = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    const c = new Chromium(proc, profile);
    await c.send('Target.setDiscoverTargets', { discover: true });
    return c;
  }

  constructor(proc, profile) {
    this.proc = proc;
    this.profile = profile;
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = '';
    proc.stderr.resume();
    proc.stdio[4].on('data', (chunk) => {
      this.buffer += chunk.toString('utf8');
      let end;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 1);
        const waiter = message.id !== undefined && this.pending.get(message.id);
        if (waiter) {
          this.pending.delete(message.id);
          if (message.error) waiter.reject(new Error(message.error.message));
          else waiter.resolve(message.result);
        }
      }
    });
    this.exited = new Promise((resolve) => proc.on('exit', resolve));
  }

  send(method, params = {}, sessionId) {
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.proc.stdio[3].write(message + '\0');
    });
  }

  async evaluate(sessionId, expression) {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  async close() {
    try {
      await Promise.race([this.send('Browser.close'), new Promise((r) => setTimeout(r, 3000))]);
    } catch {
      // already gone
    }
    if (this.proc.exitCode === null) this.proc.kill();
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 3000))]);
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A page with docgen built by Vite; returns { chrome, session, stop }. */
async function browserPage(executable) {
  const outDir = mkdtempSync(join(tmpdir(), 'hochieu-bench-page-'));
  const entry = join(outDir, 'bench-entry.ts');
  writeFileSync(
    entry,
    [
      `import * as docgen from ${JSON.stringify(join(root, 'packages/docgen/src/index.ts'))};`,
      `import { example } from ${JSON.stringify(join(root, 'packages/core/src/examples/index.ts'))};`,
      `(globalThis as any).hochieuBench = { docgen, example };`,
    ].join('\n'),
  );
  const dist = join(outDir, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: dist, emptyOutDir: true, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'bench' } },
  });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><meta charset="utf-8"><title>hochieu bench</title><script type="module" src="./bench.js"></script>');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const file = join(dist, decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  const chrome = await Chromium.launch(executable);
  const { targetId } = await chrome.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await chrome.send('Target.attachToTarget', { targetId, flatten: true });
  await chrome.send('Page.enable', {}, sessionId);
  await chrome.send('Page.navigate', { url }, sessionId);
  for (let i = 0; i < 200; i++) {
    if (await chrome.evaluate(sessionId, 'typeof globalThis.hochieuBench === "object"')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    await chrome.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
  return { chrome, sessionId, stop, version: (await chrome.send('Browser.getVersion')).product };
}

/** A noisy 1200 x 1800 JPEG of about 1 MB from the page's canvas, as base64. */
const PHOTO_IN_PAGE = `(async () => {
  const c = new OffscreenCanvas(1200, 1800);
  const g = c.getContext('2d');
  const img = g.createImageData(1200, 1800);
  let s = 12345;
  for (let i = 0; i < img.data.length; i += 4) {
    s = (s * 1103515245 + 12345) >>> 0;
    const p = i / 4, x = p % 1200, y = (p / 1200) | 0;
    const n = (s >>> 24) % 48;
    img.data[i] = 120 + ((x / 10) | 0) % 80 + n; img.data[i + 1] = 100 + ((y / 14) | 0) % 90 + n; img.data[i + 2] = 140 + n; img.data[i + 3] = 255;
  }
  g.putImageData(img, 0, 0);
  let q = 0.92, blob;
  do { blob = await c.convertToBlob({ type: 'image/jpeg', quality: q }); q -= 0.04; } while (blob.size > ${PHOTO_TARGET_BYTES * 1.15} && q > 0.3);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = ''; for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
})()`;

async function generationFigures() {
  const executable = process.env.CHROME_PATH || '/usr/bin/chromium';
  let page = null;
  let photo;
  let photoSource;
  let browserError = null;
  if (existsSync(executable)) {
    try {
      page = await browserPage(executable);
      photo = Uint8Array.from(Buffer.from(await page.chrome.evaluate(page.sessionId, PHOTO_IN_PAGE), 'base64'));
      photoSource = 'Chromium canvas (noise), JPEG';
    } catch (err) {
      browserError = err instanceof Error ? err.message : String(err);
      if (page) await page.stop();
      page = null;
    }
  } else browserError = `no browser at ${executable}`;
  if (!photo) {
    photo = syntheticJpeg(PHOTO_TARGET_BYTES);
    photoSource = 'synthetic grey JPEG padded with comments';
  }

  const { register } = await import('tsx/esm/api');
  const unregister = register();
  const docgen = await import('../packages/docgen/src/index.ts');
  const { example } = await import('../packages/core/src/examples/index.ts');
  const node = await timeDocuments(docgen, example('fullAdult'), photo, RUNS, WARMUP);
  await unregister();

  let browser = null;
  if (page) {
    try {
      const expression = `(async () => {
        const { docgen, example } = globalThis.hochieuBench;
        const photo = Uint8Array.from(atob(${JSON.stringify(Buffer.from(photo).toString('base64'))}), (c) => c.charCodeAt(0));
        const timeDocuments = ${timeDocuments.toString()};
        return timeDocuments(docgen, example('fullAdult'), photo, ${RUNS}, ${WARMUP});
      })()`;
      const result = await page.chrome.evaluate(page.sessionId, expression);
      browser = { version: page.version, pdf: { ...stats(result.pdf.samples), bytes: result.pdf.bytes }, docx: { ...stats(result.docx.samples), bytes: result.docx.bytes } };
    } catch (err) {
      browserError = err instanceof Error ? err.message : String(err);
    } finally {
      await page.stop();
    }
  }
  return {
    example: 'fullAdult',
    photo: { bytes: photo.length, source: photoSource },
    node: { version: process.version, pdf: { ...stats(node.pdf.samples), bytes: node.pdf.bytes }, docx: { ...stats(node.docx.samples), bytes: node.docx.bytes } },
    browser,
    ...(browserError ? { browserError } : {}),
  };
}

// ---------------------------------------------------------------- report

const rows = [];
for (const e of entries) rows.push(await bundleSize(e));
const generation = await generationFigures();

if (asJson) {
  console.log(JSON.stringify({ sizes: rows, generation }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log('Bundle sizes (ES module, minified)');
  console.log('name'.padEnd(24), 'minified'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
  for (const r of rows) console.log(r.name.padEnd(24), kb(r.minified).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10));
  console.log('');
  console.log(`Declaration generation: example '${generation.example}', photo ${kb(generation.photo.bytes)} (${generation.photo.source}), ${RUNS} runs after ${WARMUP} warm-up`);
  console.log('where'.padEnd(28), 'file'.padEnd(6), 'median'.padStart(10), 'min'.padStart(10), 'max'.padStart(10), 'size'.padStart(10));
  const line = (where, kind, s) => console.log(where.padEnd(28), kind.padEnd(6), `${s.medianMs} ms`.padStart(10), `${s.minMs} ms`.padStart(10), `${s.maxMs} ms`.padStart(10), kb(s.bytes).padStart(10));
  line(`Node ${generation.node.version}`, 'PDF', generation.node.pdf);
  line(`Node ${generation.node.version}`, 'DOCX', generation.node.docx);
  if (generation.browser) {
    line(generation.browser.version, 'PDF', generation.browser.pdf);
    line(generation.browser.version, 'DOCX', generation.browser.docx);
  } else console.log(`Chromium: skipped (${generation.browserError})`);
}
