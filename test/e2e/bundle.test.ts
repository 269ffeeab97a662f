// End-to-end tests of the built embed bundle (dist/widget/), served by a plain
// static server on 127.0.0.1 (no dev server, no build step), in headless
// Chromium, on three pages: the documented module embed, the classic loader
// embed, and a page with hostile global CSS and two instances in different
// languages. Each page completes a short journey (questionnaire answers
// carried into the form, then a PDF exported through the lazily loaded
// docgen chunk). The initial load must fetch only the entry and its static
// imports: no export, QR decoder, font or English chunk. Pages are served
// with a strict Content Security Policy with Trusted Types, which the bundle
// and the loader must satisfy. Builds dist/widget first when it is missing or
// older than the sources (`node scripts/build.mjs --widget`, a few seconds).
//
// Run: node --import tsx --test test/e2e/*.test.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWidgetBuilt, root, STRICT_CSP, widgetDist } from './build.js';
import { Browser, type Page } from './cdp.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const CSP = STRICT_CSP;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Files of the entry and its static imports, and files reached only through dynamic imports. */
function chunkSets(): { initial: Set<string>; lazy: Set<string> } {
  const manifest = JSON.parse(readFileSync(join(widgetDist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const initial = new Set<string>();
  const staticClosure = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const i of chunk.imports ?? []) staticClosure(i);
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  assert.ok(entryKey, 'manifest has an entry');
  staticClosure(entryKey);
  const lazy = new Set(Object.values(manifest).map((c) => c.file).filter((f) => !initial.has(f)));
  return { initial, lazy };
}

/** Files of the lazily loaded configuration check: the `config` chunk and its static imports. */
function configCheckFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(widgetDist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
  };
  const key = Object.keys(manifest).find((k) => manifest[k]?.file.startsWith('chunks/config-'));
  assert.ok(key, 'manifest has the configuration check chunk');
  visit(key);
  return files;
}

const served = (server: StaticServer): string[] =>
  server.requests.filter((p) => p.startsWith('/hochieu/')).map((p) => p.slice('/hochieu/'.length));

/** In-page helpers, evaluated before each journey step. */
const PRELUDE = `
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = async (fn, what, ms = 15000) => {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error('timeout waiting for ' + what);
      await sleep(25);
    }
  };
`;

async function waitForApp(page: Page, selector = 'hochieu-app'): Promise<void> {
  await page.run(`${PRELUDE}
    await until(() => customElements.get('hochieu-app'), 'definition');
    const apps = Array.from(document.querySelectorAll(${JSON.stringify(selector)}));
    for (const app of apps) {
      await until(() => app.shadowRoot && app.shadowRoot.querySelector('[role="tab"]') && app.guide && app.guide.shadowRoot && app.guide.shadowRoot.querySelector('.root'), 'render');
    }
    return true;`);
}

async function typeText(page: Page, focusExpression: string, text: string): Promise<void> {
  await page.run(`const el = ${focusExpression}; el.focus(); el.select && el.select(); return true;`);
  await page.send('Input.insertText', { text });
}

/**
 * The journey on the app matched by `selector`: answer the questionnaire,
 * open the form and check the carried answers, come back to the guide and
 * download the blank TK01 PDF (docgen loaded then). Returns the export detail.
 */
async function journey(page: Page, selector: string): Promise<{ kind: string; ok: boolean; dob: string; reason: string }> {
  const app = `document.querySelector(${JSON.stringify(selector)})`;
  const dob = `${app}.guide.shadowRoot.querySelector('#q-dob').shadowRoot`;
  await page.run(`${app}.guide.shadowRoot.querySelector('label[for="q-reason-first"]').click(); return true;`);
  await typeText(page, `${dob}.querySelector('#day')`, '17');
  await typeText(page, `${dob}.querySelector('#month')`, '05');
  await typeText(page, `${dob}.querySelector('#year')`, '1990');
  await page.run(`${dob}.querySelector('#year').blur(); return true;`);
  const carried = await page.run<{ dob: string; reason: string }>(`${PRELUDE}
    const app = ${app};
    await sleep(50);
    app.shadowRoot.querySelector('[data-action="to-form"]').click();
    const form = await until(() => app.form && app.form.shadowRoot && app.form.shadowRoot.querySelector('.root') && app.form, 'form');
    await form.updateComplete;
    const value = form.value;
    return { dob: (value.applicant && value.applicant.dateOfBirth) || '', reason: (value.request && value.request.reason) || '' };`);
  const detail = await page.run<{ kind: string; ok: boolean }>(
    `${PRELUDE}
    const app = ${app};
    app.shadowRoot.querySelector('#tab-guide').click();
    await app.updateComplete;
    const guide = app.guide;
    guide.openSection('bieu-mau', false);
    await guide.updateComplete;
    const button = await until(() => guide.shadowRoot.querySelector('#bieu-mau button'), 'download button');
    const done = new Promise((resolve) => app.addEventListener('hochieu-export', (e) => resolve(e.detail), { once: true }));
    button.click();
    return await done;`,
    60000,
  );
  return { ...detail, ...carried };
}

function pdfIn(dir: string): Buffer | null {
  const file = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  return file ? readFileSync(join(dir, file)) : null;
}

async function waitForPdf(dir: string): Promise<Buffer | null> {
  for (let i = 0; i < 100; i += 1) {
    const pdf = pdfIn(dir);
    if (pdf && pdf.length > 0) return pdf;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

describe('built embed bundle served from a static server', () => {
  let browser: Browser;
  let server: StaticServer;
  let sets: { initial: Set<string>; lazy: Set<string> };
  const downloads: string[] = [];

  before(async () => {
    await ensureWidgetBuilt();
    sets = chunkSets();
    server = await startStaticServer(
      { '/hochieu/': widgetDist, '/pages/': join(root, 'test/e2e/pages'), '/demo/': join(root, 'demo') },
      { 'content-security-policy': CSP },
    );
    browser = Browser.launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    for (const d of downloads) rmSync(d, { recursive: true, force: true });
  });

  async function open(pageName: string): Promise<{ page: Page; downloads: string }> {
    const page = await browser.newPage();
    const dir = mkdtempSync(join(tmpdir(), 'hochieu-e2e-'));
    downloads.push(dir);
    await page.allowDownloads(dir);
    server.requests.length = 0;
    await page.goto(`${server.origin}/pages/${pageName}`);
    return { page, downloads: dir };
  }

  it('the manifest has lazy chunks for docgen, jsqr, the fonts and en', () => {
    const lazy = [...sets.lazy].join(' ');
    for (const name of ['docgen', 'jsqr', 'en', 'tinos-regular']) assert.match(lazy, new RegExp(`chunks/${name}-`), name);
    assert.ok(sets.initial.has('hochieu.js'));
  });

  it('module embed: initial load fetches no lazy chunk; the journey exports a PDF', async () => {
    const { page, downloads: dir } = await open('module.html');
    await waitForApp(page);
    const initial = served(server);
    assert.ok(initial.includes('hochieu.js'));
    for (const file of initial) assert.ok(sets.initial.has(file), `initial load fetched ${file}`);
    const result = await journey(page, 'hochieu-app');
    assert.equal(result.dob, '1990-05-17');
    assert.equal(result.reason, 'first');
    assert.deepEqual({ kind: result.kind, ok: result.ok }, { kind: 'pdf', ok: true });
    assert.ok(served(server).some((f) => /^chunks\/docgen-/.test(f)), 'docgen loaded on export');
    assert.ok(!served(server).some((f) => /^chunks\/(jsqr|en)-/.test(f)), 'no QR decoder, no English');
    const pdf = await waitForPdf(dir);
    assert.ok(pdf, 'a PDF was downloaded');
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('classic loader embed: adds hochieu.js once, keeps lazy loading, applies the JSON config; the journey exports a PDF', async () => {
    const { page, downloads: dir } = await open('loader.html');
    await waitForApp(page);
    const initial = served(server);
    assert.equal(initial.filter((f) => f === 'hochieu-loader.js').length, 2);
    assert.equal(initial.filter((f) => f === 'hochieu.js').length, 1);
    // A page that gives a configuration also loads the configuration check (the `config` chunk and its imports), and only then.
    const configFiles = configCheckFiles();
    assert.ok(initial.some((f) => /^chunks\/config-/u.test(f)), 'the configuration check is loaded for a page with a configuration');
    for (const file of initial) {
      assert.ok(file === 'hochieu-loader.js' || configFiles.has(file) || sets.initial.has(file), `initial load fetched ${file}`);
    }
    const modules = await page.run<number>(`return document.querySelectorAll('script[type="module"]').length;`);
    assert.equal(modules, 1);
    const daysOff = await page.run<string[]>(`return document.querySelector('hochieu-app').effectiveConfig.daysOff;`);
    assert.deepEqual(daysOff, ['2026-11-25']);
    const result = await journey(page, 'hochieu-app');
    assert.deepEqual({ kind: result.kind, ok: result.ok }, { kind: 'pdf', ok: true });
    const pdf = await waitForPdf(dir);
    assert.equal(pdf?.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('hostile CSS with two instances: each speaks its language, keeps its styles, and the journey exports a PDF', async () => {
    const { page, downloads: dir } = await open('hostile.html');
    await waitForApp(page);
    const look = await page.run<{ vi: string; en: string; font: string; pageFont: string; tabDisplay: string }>(`
      const vi = document.getElementById('vi');
      const en = document.getElementById('en');
      const tab = vi.shadowRoot.querySelector('#tab-form');
      return {
        vi: tab.textContent.trim(),
        en: en.shadowRoot.querySelector('#tab-form').textContent.trim(),
        font: getComputedStyle(tab).fontFamily,
        pageFont: getComputedStyle(document.querySelector('.outside')).fontFamily,
        tabDisplay: getComputedStyle(tab).display,
      };`);
    assert.equal(look.vi, 'Khai tờ khai');
    assert.equal(look.en, 'Fill in the form');
    assert.match(look.font, /^system-ui/);
    assert.match(look.pageFont, /Tahoma/, 'the page keeps its own font');
    assert.equal(look.tabDisplay, 'block');
    assert.ok(served(server).some((f) => /^chunks\/en-/.test(f)), 'English strings loaded for the English instance');
    const result = await journey(page, '#vi');
    assert.equal(result.dob, '1990-05-17');
    assert.deepEqual({ kind: result.kind, ok: result.ok }, { kind: 'pdf', ok: true });
    const pdf = await waitForPdf(dir);
    assert.equal(pdf?.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
