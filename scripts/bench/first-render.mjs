// Time to the first paint of <hochieu-app>'s guide in headless Chromium, as
// a first visit sees it (issue 16): the built embed (dist/widget) served from
// 127.0.0.1 to a page holding only `<hochieu-app>` (so the page's first
// contentful paint is the guide's), each load in a new browser context (empty
// cache, no code cache, nothing from an earlier load), at 1× and at 4× CPU
// (Emulation.setCPUThrottlingRate, a cheap phone). Each load reports the
// time from the start of the request for hochieu.js (Resource Timing) to the
// first contentful paint, the same from the start of navigation, the
// `hochieu-app:rendered` mark (the render before layout and paint), and the
// size of the DOM (elements counted through every shadow root).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticServer } from './chromium.mjs';
import { stats } from './stats.mjs';

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>hochieu bench: first render</title>
<script type="module" src="/hochieu/hochieu.js"></script></head>
<body><hochieu-app date="2026-11-23" no-drafts></hochieu-app></body></html>`;

const MEASURE = `(() => {
  const mark = performance.getEntriesByName('hochieu-app:rendered', 'mark')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  if (!mark || !paint) return null;
  const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/hochieu/hochieu.js'));
  const count = (root) => {
    let n = 0;
    for (const el of root.querySelectorAll('*')) {
      n += 1;
      if (el.shadowRoot) n += count(el.shadowRoot);
    }
    return n;
  };
  const start = script ? script.startTime : 0;
  return { fromScript: paint.startTime - start, fromNavigation: paint.startTime, renderedFromScript: mark.startTime - start, elements: count(document), requests: performance.getEntriesByType('resource').length };
})()`;

/** One load in a new browser context at `rate`× CPU; the context is disposed of afterwards. */
async function freshLoad(chrome, url, rate) {
  const { browserContextId } = await chrome.send('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await chrome.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await chrome.send('Target.attachToTarget', { targetId, flatten: true });
  try {
    await chrome.send('Page.enable', {}, sessionId);
    await chrome.send('Runtime.enable', {}, sessionId);
    await chrome.send('Emulation.setCPUThrottlingRate', { rate }, sessionId);
    await chrome.goto(sessionId, url);
    return await chrome.until(sessionId, MEASURE);
  } finally {
    await chrome.send('Target.closeTarget', { targetId }).catch(() => undefined);
    await chrome.send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
  }
}

export async function firstRenderFigures(root, chrome, loads = 12) {
  const dir = mkdtempSync(join(tmpdir(), 'hochieu-bench-first-'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  const server = await staticServer({ '/hochieu/': join(root, 'dist/widget'), '/': dir });
  try {
    const out = { loads };
    for (const rate of [1, 4]) {
      const samples = [];
      // Interleaved with nothing else; one load first to start the browser's own processes.
      if (rate === 1) await freshLoad(chrome, `${server.origin}/index.html?warm`, 1);
      for (let i = 0; i < loads; i += 1) samples.push(await freshLoad(chrome, `${server.origin}/index.html?load=${rate}-${i}`, rate));
      const last = samples[samples.length - 1];
      out[`cpu${rate}x`] = {
        fromScript: stats(samples.map((s) => s.fromScript)),
        fromNavigation: stats(samples.map((s) => s.fromNavigation)),
        renderedFromScript: stats(samples.map((s) => s.renderedFromScript)),
      };
      out.domElements = last.elements;
      out.requests = last.requests;
    }
    return out;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
