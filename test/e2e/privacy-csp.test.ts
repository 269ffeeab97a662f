// Privacy and strict CSP gates (issue 8) on the built embed bundle
// (dist/widget/), served by a plain static server on 127.0.0.1 with exactly
// the strict policy of the issue (Trusted Types required), in headless
// Chromium driven over CDP. One full journey with drafts on: the guide's
// questionnaire, the form filled with core's `onlinePostal` example, the
// uploads step given generated JPEG files through the browser's own file
// input (DOM.setFileInputFiles), then every export: the declaration PDF and
// DOCX, the dossier ZIP, printing (a new window showing the PDF) and the
// guide's blank form. Then:
// - every network request is recorded from before the first byte: nothing
//   leaves the page's origin, and on that origin only the page itself and
//   the widget's own files (listed in Vite's manifest) are fetched;
//   data: and blob: URLs are local; no WebSocket; the print window shows only
//   about:blank and a blob: URL of the page's origin;
// - no cookie (CDP's cookie jar and document.cookie), localStorage and
//   sessionStorage hold only `hochieu:` keys, IndexedDB only the documented
//   database `hochieu:drafts` (which does hold the draft and the uploads, so
//   the check is not vacuous), no Cache Storage, no service worker;
// - zero CSP or Trusted Types violations, by three independent observers
//   (in-page `securitypolicyviolation` events, DevTools issues, the browser
//   log), and no console error; a control page shows each observer catching
//   a deliberate violation, so a silent observer cannot pass the gate;
// - "Xóa dữ liệu trên máy này" leaves no key in localStorage or
//   sessionStorage and no IndexedDB database, even after the draft saver's
//   delay, and a reload offers no draft.
// The same observers also watch the classic loader embed of bundle.test.ts.
//
// Run: node --import tsx --test test/e2e/privacy-csp.test.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { example } from '@hochieu/core/examples';
import { tinyJpeg } from '../support/hostile-inputs.js';
import { Browser } from './cdp.js';
import { bundleFiles, ensureWidgetBuilt, root, STRICT_CSP, widgetDist } from './build.js';
import { recordedPage, type Recorder } from './recorder.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const DRAFT_KEY = 'e2e-privacy';
/** The IndexedDB databases the widget README documents. */
const DOCUMENTED_DATABASES = ['hochieu:drafts'];

/** In-page helpers, evaluated before each step. */
const PRELUDE = `
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = async (fn, what, ms = 20000) => {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error('timeout waiting for ' + (typeof what === 'function' ? what() : what));
      await sleep(25);
    }
  };
  const app = document.querySelector('hochieu-app');
  const form = () => app.form;
  const inForm = (s) => app.form && app.form.shadowRoot && app.form.shadowRoot.querySelector(s);
  const settle = async () => { for (let i = 0; i < 3; i++) { await app.updateComplete; if (app.form) await app.form.updateComplete; await sleep(0); } };
  const summaryText = () => { const s = inForm('hochieu-error-summary'); return s && s.shadowRoot ? s.shadowRoot.textContent.replace(/\\s+/g, ' ') : ''; };
  const exported = (target) => new Promise((resolve) => target.addEventListener('hochieu-export', (e) => resolve(e.detail), { once: true }));
`;

interface ExportResult {
  kind: string;
  ok: boolean;
  reason?: string;
}

describe('privacy and strict CSP: a full journey on the built bundle', () => {
  let browser: Browser;
  let server: StaticServer;
  let rec: Recorder;
  let downloads: string;
  let files: string;
  const exportsSeen: ExportResult[] = [];

  before(async () => {
    await ensureWidgetBuilt();
    server = await startStaticServer(
      { '/hochieu/': widgetDist, '/pages/': join(root, 'test/e2e/pages') },
      { 'content-security-policy': STRICT_CSP },
    );
    browser = Browser.launch();
    downloads = mkdtempSync(join(tmpdir(), 'hochieu-e2e-privacy-'));
    files = mkdtempSync(join(tmpdir(), 'hochieu-e2e-files-'));
    writeFileSync(join(files, 'chan-dung.jpg'), tinyJpeg(600, 900));
    writeFileSync(join(files, 'mat-truoc.jpg'), tinyJpeg(856, 540));
    writeFileSync(join(files, 'mat-sau.jpg'), tinyJpeg(856, 540));
    rec = await recordedPage(browser);
    await rec.page.allowDownloads(downloads);
    server.requests.length = 0;
    await rec.page.goto(`${server.origin}/pages/privacy.html`);
    await rec.page.run(`${PRELUDE}
      await until(() => customElements.get('hochieu-app'), 'definition');
      await until(() => app.shadowRoot && app.guide && app.guide.shadowRoot && app.guide.shadowRoot.querySelector('#q-dob'), 'the guide');
      return true;`);
  });

  after(async () => {
    rec?.stop();
    await browser?.close();
    await server?.close();
    for (const d of [downloads, files]) if (d) rmSync(d, { recursive: true, force: true });
  });

  /** Chooses a file on disk in the file input `inputExpression` (in the page), as the browser's file dialog does. */
  async function chooseFile(inputExpression: string, name: string): Promise<void> {
    const result = (await rec.page.send('Runtime.evaluate', { expression: inputExpression })) as { result: { objectId?: string } };
    assert.ok(result.result.objectId, `no file input: ${inputExpression}`);
    await rec.page.send('DOM.setFileInputFiles', { files: [join(files, name)], objectId: result.result.objectId });
  }

  it('answers the guide questionnaire', async () => {
    const answers = await rec.page.run<Record<string, unknown>>(`${PRELUDE}
      const guide = app.guide;
      const answers = [];
      app.addEventListener('hochieu-guide-answers', (e) => answers.push(e.detail.answers));
      for (const id of ['q-reason-first', 'q-hasChipIdCard-true', 'q-channel-online', 'q-delivery-post']) {
        const label = guide.shadowRoot.querySelector('label[for="' + id + '"]');
        if (!label) throw new Error('no answer ' + id);
        label.click();
        await settle();
      }
      return answers.at(-1) || {};`);
    for (const [box, text] of [['day', '19'], ['month', '08'], ['year', '2005']] as const) {
      await rec.page.run(`const box = document.querySelector('hochieu-app').guide.shadowRoot.querySelector('#q-dob').shadowRoot.querySelector('#${box}'); box.focus(); return true;`);
      await rec.page.send('Input.insertText', { text });
    }
    await rec.page.run(`document.querySelector('hochieu-app').guide.shadowRoot.querySelector('#q-dob').shadowRoot.querySelector('#year').blur(); return true;`);
    assert.deepEqual(answers, { reason: 'first', hasChipIdCard: true, channel: 'online', delivery: 'post' });
  });

  it('fills the form with an example and takes generated JPEG files on the uploads step', async () => {
    const declaration = example('onlinePostal');
    await rec.page.run(`${PRELUDE}
      app.declaration = ${JSON.stringify(declaration)};
      app.shadowRoot.querySelector('[data-action="to-form"]').click();
      await until(() => inForm('[data-task="uploads"] a'), 'the task list');
      inForm('[data-task="uploads"] a').click();
      await until(() => form().step === 'uploads' && inForm('[data-upload="photo"]'), 'the uploads step');
      await settle();
      return true;`);
    const input = (slot: string) =>
      `document.querySelector('hochieu-app').form.shadowRoot.querySelector('[data-upload="${slot}"]').shadowRoot.querySelector('#picker')`;
    await chooseFile(input('photo'), 'chan-dung.jpg');
    await rec.page.run(`${PRELUDE}
      const photo = inForm('[data-upload="photo"]');
      await until(() => photo.shadowRoot.querySelector('#frame'), 'the crop frame');
      photo.shadowRoot.querySelector('#apply').click();
      await until(() => photo.shadowRoot.querySelector('#use-anyway') || form().uploadedFiles.has('photo'), 'the photo checks');
      const anyway = photo.shadowRoot.querySelector('#use-anyway');
      if (anyway) anyway.click();
      await until(() => form().uploadedFiles.has('photo'), 'the photo kept');
      return true;`);
    await chooseFile(input('idFront'), 'mat-truoc.jpg');
    await chooseFile(input('idBack'), 'mat-sau.jpg');
    const kept = await rec.page.run<string[]>(`${PRELUDE}
      await until(() => form().uploadedFiles.has('idFront') && form().uploadedFiles.has('idBack'), 'the card images');
      return [...form().uploadedFiles.keys()].sort();`);
    assert.deepEqual(kept, ['idBack', 'idFront', 'photo']);
  });

  it('passes the review and makes every export: PDF, DOCX, dossier ZIP, print, and the blank form', async () => {
    await rec.page.run(`${PRELUDE}
      inForm('[data-action="continue"]').click();
      await until(() => form().step === 'review', 'the review');
      await settle();
      inForm('[data-action="confirm"]').click();
      await settle();
      await until(() => form().step === 'export', () => 'the export step: ' + summaryText());
      return true;`);
    for (const kind of ['pdf', 'docx', 'zip', 'print']) {
      const detail = await rec.page.run<ExportResult>(
        `${PRELUDE}
        const done = exported(form());
        inForm('[data-export="${kind}"]').click();
        return await done;`,
        90000,
      );
      exportsSeen.push(detail);
    }
    const blank = await rec.page.run<ExportResult>(
      `${PRELUDE}
      app.shadowRoot.querySelector('#tab-guide').click();
      await settle();
      const guide = app.guide;
      guide.openSection('bieu-mau', false);
      await guide.updateComplete;
      const button = await until(() => guide.shadowRoot.querySelector('#bieu-mau button'), 'the blank form button');
      const done = exported(app);
      button.click();
      return await done;`,
      60000,
    );
    exportsSeen.push(blank);
    assert.deepEqual(exportsSeen, [
      { kind: 'pdf', ok: true },
      { kind: 'docx', ok: true },
      { kind: 'zip', ok: true },
      { kind: 'print', ok: true },
      { kind: 'pdf', ok: true },
    ]);
    // The downloads arrived (the browser saved them: blob: URLs of the page, nothing fetched).
    const names = await waitForFiles(downloads, 4);
    assert.deepEqual(names.sort(), ['ho-so-hochieu-TK01.zip', 'to-khai-TK01-de-trong.pdf', 'to-khai-TK01.docx', 'to-khai-TK01.pdf']);
    // The print window showed the PDF from a blob: URL of the page's origin.
    assert.ok(rec.openedUrls.some((u) => u.startsWith(`blob:${server.origin}/`)), `print window: ${rec.openedUrls.join(', ')}`);
  });

  it('sent no request outside the page’s origin, and on it fetched only the page and the widget’s own files', () => {
    const own = bundleFiles();
    const local: string[] = [];
    const foreign: string[] = [];
    const unexpected: string[] = [];
    const widget = new Set<string>();
    for (const { url } of rec.requests) {
      if (url.startsWith('data:') || url.startsWith(`blob:${server.origin}/`)) {
        local.push(url.slice(0, 40));
        continue;
      }
      const parsed = new URL(url);
      if (parsed.origin !== server.origin) {
        foreign.push(url);
        continue;
      }
      if (parsed.pathname === '/pages/privacy.html') continue;
      const file = parsed.pathname.startsWith('/hochieu/') ? parsed.pathname.slice('/hochieu/'.length) : null;
      if (file !== null && own.has(file)) widget.add(file);
      else unexpected.push(parsed.pathname);
    }
    assert.deepEqual(foreign, [], 'requests outside the origin');
    assert.deepEqual(unexpected, [], 'requests on the origin that are not the widget’s files');
    assert.deepEqual(rec.webSockets, []);
    // The journey did load the lazy parts (so the recording saw the exports happen).
    assert.ok(widget.has('hochieu.js'));
    // Under this strict policy (script-src 'self', Trusted Types) the exports ran in the export worker, not on the page.
    assert.ok([...widget].some((f) => /^chunks\/export-worker-/u.test(f)), `widget files: ${[...widget].join(', ')}`);
    // What the server saw agrees with the browser's record.
    for (const path of server.requests) assert.ok(path === '/pages/privacy.html' || path.startsWith('/hochieu/'), path);
    for (const url of rec.openedUrls) assert.ok(url === 'about:blank' || url === '' || url.startsWith(`blob:${server.origin}/`), url);
  });

  it('had zero CSP or Trusted Types violations and no console error', async () => {
    assert.deepEqual(await rec.violations(), [], 'securitypolicyviolation events');
    assert.deepEqual(rec.cspIssues, [], 'DevTools CSP issues');
    assert.deepEqual(rec.logEntries, [], 'browser log');
    assert.deepEqual(rec.page.errors, [], 'console errors');
  });

  it('set no cookie and stored only under documented keys (and did store the draft and the files)', async () => {
    const { cookies } = (await rec.page.send('Network.getAllCookies')) as { cookies: unknown[] };
    assert.deepEqual(cookies, []);
    const storage = await rec.page.run<{ cookie: string; local: string[]; session: string[]; databases: string[]; records: string[]; caches: string[]; workers: number }>(`${PRELUDE}
      await form().flushDraft();
      await sleep(400);
      const keys = (s) => Array.from({ length: s.length }, (_, i) => s.key(i));
      const databases = (await indexedDB.databases()).map((d) => d.name);
      const records = await new Promise((resolve, reject) => {
        const open = indexedDB.open('hochieu:drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          if (!names.includes('drafts')) { db.close(); resolve(names.map((n) => 'store:' + n)); return; }
          const all = db.transaction('drafts').objectStore('drafts').getAllKeys();
          all.onsuccess = () => { db.close(); resolve(all.result.map(String)); };
          all.onerror = () => { db.close(); reject(all.error); };
        };
      });
      return {
        cookie: document.cookie,
        local: keys(localStorage),
        session: keys(sessionStorage),
        databases,
        records,
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      };`);
    assert.equal(storage.cookie, '');
    for (const k of [...storage.local, ...storage.session]) assert.match(k, /^hochieu:/u);
    assert.deepEqual(storage.session, []);
    for (const name of storage.databases) assert.ok(DOCUMENTED_DATABASES.includes(name), `undocumented database ${name}`);
    assert.deepEqual(storage.records.sort(), [`hochieu:draft:${DRAFT_KEY}`, `hochieu:uploads:${DRAFT_KEY}`]);
    assert.deepEqual(storage.caches, []);
    assert.equal(storage.workers, 0);
  });

  it('"Xóa dữ liệu trên máy này" leaves nothing behind, and a reload offers no draft', async () => {
    const after = await rec.page.run<{ local: string[]; session: string[]; databases: string[]; files: number }>(`${PRELUDE}
      app.shadowRoot.querySelector('#tab-form').click();
      await settle();
      await until(() => inForm('[data-action="clear"]'), 'the clear button');
      inForm('[data-action="clear"]').click();
      await settle();
      inForm('[data-action="clear-yes"]').click();
      await until(async () => (await indexedDB.databases()).length === 0, 'the database deleted');
      // Longer than the draft saver's delay (300 ms): nothing is written back.
      await sleep(1000);
      const keys = (s) => Array.from({ length: s.length }, (_, i) => s.key(i));
      return {
        local: keys(localStorage),
        session: keys(sessionStorage),
        databases: (await indexedDB.databases()).map((d) => d.name),
        files: form().uploadedFiles.size,
      };`);
    // The form keeps only what the host page gave it (its `declaration`); the citizen's files are gone.
    assert.deepEqual(after, { local: [], session: [], databases: [], files: 0 });
    await rec.page.goto(`${server.origin}/pages/privacy.html`);
    const offered = await rec.page.run<{ offer: boolean; databases: string[] }>(`${PRELUDE}
      await until(() => customElements.get('hochieu-app') && app.shadowRoot, 'definition');
      app.shadowRoot.querySelector('#tab-form').click();
      await until(() => inForm('[data-step]'), 'the form');
      await sleep(300);
      return { offer: !!inForm('[data-step="offer"]'), databases: (await indexedDB.databases()).map((d) => d.name) };`);
    assert.equal(offered.offer, false);
    assert.ok(offered.databases.every((n) => DOCUMENTED_DATABASES.includes(n)));
    assert.deepEqual(await rec.violations(), []);
  });
});

describe('strict CSP observers', () => {
  let browser: Browser;
  let server: StaticServer;

  before(async () => {
    await ensureWidgetBuilt();
    server = await startStaticServer({ '/hochieu/': widgetDist, '/pages/': join(root, 'test/e2e/pages') }, { 'content-security-policy': STRICT_CSP });
    browser = Browser.launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('catch a deliberate inline style and a Trusted Types violation (control: the gate can fail)', async () => {
    const rec = await recordedPage(browser);
    await rec.page.goto(`${server.origin}/pages/module.html`);
    const thrown = await rec.page.run<string>(`
      document.body.setAttribute('style', 'color: red');
      try { document.body.innerHTML = '<b>x</b>'; return 'no error'; } catch (e) { return e.name; }`);
    assert.equal(thrown, 'TypeError');
    for (let i = 0; i < 40 && (rec.cspIssues.length < 2 || rec.logEntries.length < 2); i += 1) await new Promise((r) => setTimeout(r, 50));
    const directives = (await rec.violations()).map((v) => v.directive).sort();
    assert.deepEqual(directives, ['require-trusted-types-for', 'style-src-attr']);
    assert.equal(rec.cspIssues.length, 2, JSON.stringify(rec.cspIssues));
    assert.ok(rec.logEntries.length >= 2, JSON.stringify(rec.logEntries));
    rec.stop();
    await rec.page.close();
  });

  it('see no violation in the classic loader embed (the loader adds the module script under Trusted Types)', async () => {
    const rec = await recordedPage(browser);
    await rec.page.goto(`${server.origin}/pages/loader.html`);
    await rec.page.run(`
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      for (let i = 0; i < 400 && !(customElements.get('hochieu-app') && document.querySelector('hochieu-app').guide); i++) await sleep(25);
      await document.querySelector('hochieu-app').updateComplete;
      return true;`);
    assert.deepEqual(await rec.violations(), []);
    assert.deepEqual(rec.cspIssues, []);
    assert.deepEqual(rec.logEntries, []);
    assert.deepEqual(rec.page.errors, []);
    rec.stop();
    await rec.page.close();
  });
});

/** Waits until `count` finished downloads are in `dir` (Chromium writes `.crdownload` files first). */
async function waitForFiles(dir: string, count: number): Promise<string[]> {
  for (let i = 0; i < 200; i += 1) {
    const names = readdirSync(dir).filter((n) => !n.endsWith('.crdownload') && statSync(join(dir, n)).size > 0);
    if (names.length >= count) return names;
    await new Promise((r) => setTimeout(r, 50));
  }
  return readdirSync(dir);
}
