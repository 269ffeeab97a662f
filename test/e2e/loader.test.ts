// End-to-end tests of the classic loader hochieu-loader.js (issue 14): it
// finds itself when document.currentScript is not the loader (a CMS adding it
// with jQuery's `.append('<script src>')`, which evaluates the code through an
// inline script of its own), honours `data-hochieu-base` when the loader is
// served from another folder than the bundle, and in a browser that lacks
// what the bundle needs shows a plain message in each element (in its
// language) and loads nothing. Built bundle, static server, headless Chromium.
//
// Run: node --import tsx --test test/e2e/loader.test.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ensureWidgetBuilt, root, STRICT_CSP, widgetDist } from './build.js';
import { Browser } from './cdp.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const RENDERED = `
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const end = Date.now() + 20000;
  for (;;) {
    const app = document.querySelector('hochieu-app');
    if (customElements.get('hochieu-app') && app.shadowRoot && app.shadowRoot.querySelector('[role="tab"]')) return true;
    if (Date.now() > end) throw new Error('hochieu-app did not render');
    await sleep(25);
  }`;

describe('classic loader', () => {
  let browser: Browser;
  let strict: StaticServer;
  let open: StaticServer;

  before(async () => {
    await ensureWidgetBuilt();
    const mounts = {
      '/hochieu/': widgetDist,
      '/elsewhere/': widgetDist,
      '/pages/': join(root, 'test/e2e/pages'),
      '/vendor/': join(root, 'test/node_modules/jquery/dist'),
    };
    strict = await startStaticServer(mounts, { 'content-security-policy': STRICT_CSP });
    // jQuery evaluates fetched scripts inline, which a strict policy forbids: that page is served without one.
    open = await startStaticServer(mounts);
    browser = Browser.launch();
  });

  after(async () => {
    await browser?.close();
    await strict?.close();
    await open?.close();
  });

  it('finds itself when jQuery .append adds it (document.currentScript is not the loader)', async () => {
    const page = await browser.newPage();
    open.requests.length = 0;
    await page.goto(`${open.origin}/pages/loader-jquery.html`);
    assert.equal(await page.run<boolean>(RENDERED, 30000), true);
    assert.ok(open.requests.includes('/hochieu/hochieu.js'), `hochieu.js requested: ${open.requests.join(' ')}`);
    assert.equal(await page.run<number>('return document.querySelectorAll("script[data-hochieu-module]").length;'), 1);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('loads the bundle from data-hochieu-base, not from its own folder', async () => {
    const page = await browser.newPage();
    strict.requests.length = 0;
    await page.goto(`${strict.origin}/pages/loader-base.html`);
    assert.equal(await page.run<boolean>(RENDERED, 30000), true);
    assert.ok(strict.requests.includes('/elsewhere/hochieu-loader.js'));
    assert.ok(strict.requests.includes('/hochieu/hochieu.js'));
    assert.ok(!strict.requests.includes('/elsewhere/hochieu.js'), 'the bundle came from the loader folder');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('in a browser older than the support matrix: a plain message in each element, in its language, and nothing loaded', async () => {
    const page = await browser.newPage();
    strict.requests.length = 0;
    await page.goto(`${strict.origin}/pages/loader-old-browser.html`);
    const notices = await page.run<{ tag: string; text: string }[]>(`
      await new Promise((r) => setTimeout(r, 300));
      return Array.from(document.querySelectorAll('[data-hochieu-old-browser]')).map((n) => ({
        tag: n.parentElement.localName, text: n.textContent }));`);
    assert.equal(notices.length, 2);
    assert.equal(notices[0]?.tag, 'hochieu-app');
    assert.match(notices[0]?.text ?? '', /^Trình duyệt này quá cũ/u);
    assert.equal(notices[1]?.tag, 'hochieu-guide');
    assert.match(notices[1]?.text ?? '', /^This browser is too old\./u);
    assert.ok(!strict.requests.some((p) => p.endsWith('/hochieu.js')), 'the bundle was not requested');
    assert.equal(await page.run<boolean>('return customElements.get("hochieu-app") === undefined;'), true);
    await page.close();
  });
});
