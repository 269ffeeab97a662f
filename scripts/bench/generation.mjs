// Document generation timings, ours and the peers', in Node (sources through
// tsx) and in headless Chromium (a page built by Vite with the embed
// bundle's own configuration, vite.widget.config.ts, so the browser runs the
// same module stand-ins as the shipped bundle; pdfmake's browser build is
// loaded beside it). The photo is a noisy 1200 x 1800 JPEG of about 1 MB
// drawn by Chromium's canvas (no real person); without a browser a synthetic
// JPEG padded to 1 MB is used and the browser figures are skipped.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { staticServer } from './chromium.mjs';
import { PDFMAKE_FONTS } from './peers.mjs';
import { stats } from './stats.mjs';
import { exportFigures, rendererPeak } from './export-in-page.mjs';

const PHOTO_TARGET_BYTES = 1024 * 1024;

/** A grey baseline JPEG (ITU-T T.81) padded with comment segments to about `target` bytes. */
export function syntheticJpeg(target, w = 1200, h = 1800) {
  const u16 = (n) => [(n >> 8) & 0xff, n & 0xff];
  const head = [0xff, 0xd8, 0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const pad = [];
  while (head.length + pad.length + 65535 < target) pad.push(0xff, 0xfe, ...u16(65533), ...new Array(65531).fill(0x20));
  const one = [1, ...new Array(15).fill(0), 0];
  const tail = [0xff, 0xdb, ...u16(67), 0, ...new Array(64).fill(1), 0xff, 0xc0, ...u16(11), 8, ...u16(h), ...u16(w), 1, 1, 0x11, 0];
  tail.push(0xff, 0xc4, ...u16(20), 0x00, ...one, 0xff, 0xc4, ...u16(20), 0x10, ...one, 0xff, 0xda, ...u16(8), 1, 1, 0, 0, 63, 0);
  tail.push(...new Array(Math.ceil((Math.ceil(w / 8) * Math.ceil(h / 8) * 2) / 8)).fill(0), 0xff, 0xd9);
  return Uint8Array.from([...head, ...pad, ...tail]);
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

function summarize(raw) {
  const out = {};
  for (const [k, v] of Object.entries(raw)) {
    out[k] = { ...stats(v.samples, k === 'docxOverPdf' ? 2 : 1), bytes: v.bytes, ...(v.coldMs != null ? { coldMs: Math.round(v.coldMs * 10) / 10 } : {}), ...(v.placeholders ? { placeholders: v.placeholders } : {}) };
  }
  return out;
}

/** Builds the bench page (bench/.out/page) with Vite and the widget configuration. */
async function buildPage(root) {
  const src = join(root, 'bench/.out/page-src');
  const dist = join(root, 'bench/.out/page');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'bench-page.ts'),
    [
      `import * as docgen from ${JSON.stringify(join(root, 'packages/docgen/src/index.ts'))};`,
      `import { example } from ${JSON.stringify(join(root, 'packages/core/src/examples/index.ts'))};`,
      `import { runWorkloads } from ${JSON.stringify(join(root, 'scripts/bench/workloads.mjs'))};`,
      `import Docxtemplater from 'docxtemplater';`,
      `import PizZip from 'pizzip';`,
      `import * as exportAdapter from ${JSON.stringify(join(root, 'packages/widget/src/components/hochieu-form/export-adapter.ts'))};`,
      `(globalThis as any).hochieuBench = { docgen, example, runWorkloads, Docxtemplater, PizZip, exportAdapter };`,
    ].join('\n'),
  );
  const { build } = await import('vite');
  await build({
    configFile: join(root, 'vite.widget.config.ts'),
    logLevel: 'silent',
    build: { outDir: dist, emptyOutDir: true, manifest: false, rollupOptions: { input: { bench: join(src, 'bench-page.ts') } } },
  });
  const require = createRequire(join(root, 'package.json'));
  copyFileSync(require.resolve('pdfmake/build/pdfmake.min.js'), join(dist, 'pdfmake.min.js'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>hochieu bench</title><script src="./pdfmake.min.js"></script><script type="module" src="./bench.js"></script>',
  );
  return dist;
}

async function nodeFigures(root, photo, runs, warmup) {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const docgen = await import(join(root, 'packages/docgen/src/index.ts'));
    const { example } = await import(join(root, 'packages/core/src/examples/index.ts'));
    const { runWorkloads } = await import('./workloads.mjs');
    const require = createRequire(join(root, 'package.json'));
    const pdfmake = require('pdfmake');
    const files = { regular: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italic: 'Tinos-Italic.ttf' };
    for (const [style, file] of Object.entries(files)) pdfmake.virtualfs.writeFileSync(file, Buffer.from(await docgen.tinosFontSet[style]()));
    pdfmake.setFonts(PDFMAKE_FONTS);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    const raw = await runWorkloads({ docgen, example, photo, pdfmake, Docxtemplater: require('docxtemplater'), PizZip: require('pizzip') }, runs, warmup);
    return { version: `Node ${process.version}`, ...summarize(raw) };
  } finally {
    await unregister();
  }
}

const BROWSER_RUN = (photoBase64, runs, warmup) => `(async () => {
  const { docgen, example, runWorkloads, Docxtemplater, PizZip } = globalThis.hochieuBench;
  const photo = Uint8Array.from(atob(${JSON.stringify(photoBase64)}), (c) => c.charCodeAt(0));
  const b64 = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode(...u8.subarray(i, i + 0x8000)); return btoa(s); };
  const pdfmake = globalThis.pdfMake;
  pdfmake.addVirtualFileSystem({
    'Tinos-Regular.ttf': b64(await docgen.tinosFontSet.regular()),
    'Tinos-Bold.ttf': b64(await docgen.tinosFontSet.bold()),
    'Tinos-Italic.ttf': b64(await docgen.tinosFontSet.italic()),
  });
  pdfmake.setFonts(${JSON.stringify(PDFMAKE_FONTS)});
  const raw = await runWorkloads({ docgen, example, photo, pdfmake, Docxtemplater, PizZip }, ${runs}, ${warmup});
  const out = {};
  for (const [k, v] of Object.entries(raw)) out[k] = { samples: v.samples, bytes: v.bytes, coldMs: v.coldMs, placeholders: v.placeholders };
  return out;
})()`;

/** Generation figures in Node and (when `chrome` is given) in Chromium. */
export async function generationFigures(root, chrome, runs = 12, warmup = 3) {
  let photo = null;
  let photoSource = 'synthetic grey JPEG padded with comments';
  let browser = null;
  let exportInPage = null;
  let browserError = chrome ? null : 'no browser';
  let server = null;
  let session = null;
  if (chrome) {
    try {
      const dist = await buildPage(root);
      server = await staticServer({ '/': dist });
      session = await chrome.newPage();
      await chrome.goto(session, `${server.origin}/index.html`);
      await chrome.until(session, 'typeof globalThis.hochieuBench === "object" && typeof globalThis.pdfMake === "object"');
      photo = Uint8Array.from(Buffer.from(await chrome.evaluate(session, PHOTO_IN_PAGE), 'base64'));
      photoSource = 'Chromium canvas (noise), JPEG';
    } catch (err) {
      browserError = err instanceof Error ? err.message : String(err);
      session = null;
    }
  }
  photo ??= syntheticJpeg(PHOTO_TARGET_BYTES);
  const node = await nodeFigures(root, photo, runs, warmup);
  if (session) {
    try {
      const raw = await chrome.evaluate(session, BROWSER_RUN(Buffer.from(photo).toString('base64'), runs, warmup));
      browser = { version: chrome.version, ...summarize(raw) };
    } catch (err) {
      browserError = err instanceof Error ? err.message : String(err);
    }
    try {
      const photoExpression = `globalThis.hochieuBenchPhoto = Uint8Array.from(atob(${JSON.stringify(Buffer.from(photo).toString('base64'))}), (c) => c.charCodeAt(0)); true`;
      await chrome.evaluate(session, photoExpression);
      exportInPage = await exportFigures(chrome, session, `${server.origin}/index.html`, photoExpression);
    } catch (err) {
      exportInPage = { error: err instanceof Error ? err.message : String(err) };
    }
  }
  await server?.close();
  return {
    example: 'fullAdult',
    photo: { bytes: photo.length, source: photoSource },
    runs,
    warmup,
    node,
    browser,
    exportInPage,
    ...(browserError ? { browserError } : {}),
  };
}

/** Only the Chromium renderer's peak for a 50 MB dossier (`pnpm bench --memory`), `rounds` times, each in a new context. */
export async function rendererMemoryFigures(root, chrome, rounds = 3) {
  const dist = await buildPage(root);
  const server = await staticServer({ '/': dist });
  try {
    const photo = syntheticJpeg(PHOTO_TARGET_BYTES);
    const photoExpression = `globalThis.hochieuBenchPhoto = Uint8Array.from(atob(${JSON.stringify(Buffer.from(photo).toString('base64'))}), (c) => c.charCodeAt(0)); true`;
    const out = [];
    for (let i = 0; i < rounds; i += 1) out.push(await rendererPeak(chrome, `${server.origin}/index.html`, photoExpression));
    return out;
  } finally {
    await server.close();
  }
}
