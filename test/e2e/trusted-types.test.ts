// Trusted Types allow-lists (issue 15, item 9) on the built embed bundle: a
// host that enforces Trusted Types with an allow-list (`trusted-types …`) must
// allow the policies the bundle creates, and the README names them. Checked
// three ways: the names in the built files equal the names in the README's
// embedding section; with `trusted-types lit-html hochieu-loader` both embeds
// (module and classic loader) render with no violation; without `lit-html`
// nothing renders (so the list is not longer than needed, and the README's
// warning is true). The demo, which enforces its own policy, assigns no HTML
// strings (checked on its sources).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from './cdp.js';
import { ensureWidgetBuilt, root, STRICT_CSP, widgetDist } from './build.js';
import { recordedPage } from './recorder.js';
import { startStaticServer, type StaticServer } from './static-server.js';

const ALLOW = `${STRICT_CSP}; trusted-types lit-html hochieu-loader hochieu-export-worker`;
const WITHOUT_LIT = `${STRICT_CSP}; trusted-types hochieu-loader hochieu-export-worker`;

function builtFiles(): string[] {
  return [
    ...readdirSync(widgetDist).filter((f) => f.endsWith('.js')).map((f) => join(widgetDist, f)),
    ...readdirSync(join(widgetDist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(widgetDist, 'chunks', f)),
  ];
}

/** Names passed to trustedTypes.createPolicy in the built files. */
function policyNames(): string[] {
  const names = new Set<string>();
  for (const file of builtFiles()) {
    for (const m of readFileSync(file, 'utf8').matchAll(/createPolicy\(\s*[`'"]([^`'"]+)[`'"]/gu)) names.add(m[1]!);
  }
  return [...names].sort();
}

/** Renders (true) or not, on a page served with `policy`. */
async function renders(browser: Browser, server: StaticServer, page: string): Promise<{ rendered: boolean; violations: string[]; errors: string[] }> {
  const rec = await recordedPage(browser);
  await rec.page.goto(`${server.origin}/pages/${page}`);
  const rendered = await rec.page.run<boolean>(`
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < 400; i++) {
      const app = document.querySelector('hochieu-app');
      const guide = app && app.guide;
      if (customElements.get('hochieu-app') && guide && guide.shadowRoot && guide.shadowRoot.textContent.includes('hộ chiếu')) return true;
      await sleep(25);
    }
    return false;`);
  const violations = (await rec.violations()).map((v) => `${v.directive} ${v.sample}`);
  const errors = [...rec.page.errors];
  rec.stop();
  await rec.page.close();
  return { rendered, violations, errors };
}

describe('Trusted Types allow-lists', () => {
  let browser: Browser;
  let allowing: StaticServer;
  let withoutLit: StaticServer;

  before(async () => {
    await ensureWidgetBuilt();
    const dirs = { '/hochieu/': widgetDist, '/pages/': join(root, 'test/e2e/pages') };
    allowing = await startStaticServer(dirs, { 'content-security-policy': ALLOW });
    withoutLit = await startStaticServer(dirs, { 'content-security-policy': WITHOUT_LIT });
    browser = Browser.launch();
  });

  after(async () => {
    await browser?.close();
    await allowing?.close();
    await withoutLit?.close();
  });

  it('the README names exactly the policies the built bundle creates', () => {
    const names = policyNames();
    assert.deepEqual(names, ['hochieu-export-worker', 'hochieu-loader', 'lit-html']);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const line = /trusted-types ([a-z0-9 '-]+)/u.exec(readme);
    assert.ok(line, 'the README gives a trusted-types directive');
    for (const name of names) assert.ok(line[1]!.split(/\s+/u).includes(name), `the README's trusted-types directive names ${name}`);
  });

  for (const page of ['module.html', 'loader.html']) {
    it(`${page}: with "trusted-types lit-html hochieu-loader hochieu-export-worker" the app renders with no violation`, async () => {
      const r = await renders(browser, allowing, page);
      assert.equal(r.rendered, true, JSON.stringify(r));
      assert.deepEqual(r.violations, []);
      assert.deepEqual(r.errors, []);
    });
  }

  it('without lit-html in the allow-list nothing renders (the README warns hosts)', async () => {
    const r = await renders(browser, withoutLit, 'module.html');
    assert.equal(r.rendered, false);
    assert.ok(r.violations.some((v) => v.startsWith('trusted-types')) || r.errors.length > 0, JSON.stringify(r));
  });

  it("the demo enforces Trusted Types and its scripts assign no HTML strings (api-table.ts builds DOM nodes)", () => {
    const index = readFileSync(join(root, 'demo/index.html'), 'utf8');
    assert.match(index, /<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html hochieu-loader/u);
    for (const file of readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(root, 'demo', file), 'utf8');
      assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment/u, file);
    }
  });
});
