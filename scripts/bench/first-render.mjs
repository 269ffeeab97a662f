// Time to the first rendered <hochieu-app> in headless Chromium: the built
// embed (dist/widget) served from 127.0.0.1 to a page holding
// `<hochieu-app>`, loaded LOADS times after one warm-up load with the HTTP
// cache off. Each load reports the time from the start of the request for
// hochieu.js (Resource Timing) to the `hochieu-app:rendered` performance mark
// that the app sets when it and its guide have first rendered, the same from
// the start of navigation, and the size of the DOM then (elements counted
// through every shadow root).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticServer } from './chromium.mjs';
import { stats } from './stats.mjs';

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>hochieu bench: first render</title>
<script type="module" src="/hochieu/hochieu.js"></script></head>
<body><h1>Cấp hộ chiếu phổ thông ở trong nước</h1><hochieu-app date="2026-11-23" no-drafts></hochieu-app></body></html>`;

const MEASURE = `(() => {
  const mark = performance.getEntriesByName('hochieu-app:rendered', 'mark')[0];
  if (!mark) return null;
  const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/hochieu/hochieu.js'));
  const count = (root) => {
    let n = 0;
    for (const el of root.querySelectorAll('*')) {
      n += 1;
      if (el.shadowRoot) n += count(el.shadowRoot);
    }
    return n;
  };
  return { fromScript: mark.startTime - (script ? script.startTime : 0), fromNavigation: mark.startTime, elements: count(document), requests: performance.getEntriesByType('resource').length };
})()`;

export async function firstRenderFigures(root, chrome, loads = 12) {
  const dir = mkdtempSync(join(tmpdir(), 'hochieu-bench-first-'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  const server = await staticServer({ '/hochieu/': join(root, 'dist/widget'), '/': dir });
  try {
    const session = await chrome.newPage();
    await chrome.send('Network.enable', {}, session);
    await chrome.send('Network.setCacheDisabled', { cacheDisabled: true }, session);
    const samples = [];
    for (let i = 0; i <= loads; i += 1) {
      await chrome.goto(session, `${server.origin}/index.html?load=${i}`);
      const m = await chrome.until(session, MEASURE);
      if (i > 0) samples.push(m);
    }
    const last = samples[samples.length - 1];
    return {
      loads,
      fromScript: stats(samples.map((s) => s.fromScript)),
      fromNavigation: stats(samples.map((s) => s.fromNavigation)),
      domElements: last.elements,
      requests: last.requests,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
