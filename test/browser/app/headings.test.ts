// Issue 13, item 8: <hochieu-app> on a page like the demo's (an h1 of the
// police site, then the element) has a heading of its own level (h2 by
// default, or the host's `heading-level`), so the guide's section headings
// follow without a skipped level; axe is clean with every guide section open.
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { HochieuApp } from '@hochieu/widget';
import { appMarkup, settle, shadow } from './helpers.js';

/** Every heading level in document order, through open shadow roots. */
function headingLevels(root: Node): number[] {
  const levels: number[] = [];
  const walk = (node: Node): void => {
    if (node instanceof HTMLElement) {
      if (node.hidden) return;
      const m = /^H([1-6])$/u.exec(node.tagName);
      if (m) levels.push(Number(m[1]));
      else if (node.getAttribute('role') === 'heading') levels.push(Number(node.getAttribute('aria-level') ?? 2));
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return levels;
}

async function page(attrs = ''): Promise<{ main: HTMLElement; el: HochieuApp }> {
  const main = await fixture<HTMLElement>(`<main><h1>Công an tỉnh Lạng Sơn</h1>${appMarkup({ attrs })}</main>`);
  const el = main.querySelector<HochieuApp>('hochieu-app')!;
  await settle(el);
  return { main, el };
}

async function openEverySection(el: HochieuApp): Promise<void> {
  const guide = shadow(el).querySelector('hochieu-guide')!;
  const all = () => Array.from(shadow(guide).querySelectorAll<HTMLDetailsElement>('details'));
  expect(all().length).to.be.greaterThan(3);
  for (const d of all()) d.open = true;
  await waitUntil(() => all().every((d) => d.querySelectorAll('p, li, table').length > 0), 'sections did not render', { timeout: 10000 });
  await settle(el);
}

describe('<hochieu-app> heading levels (issue 13)', () => {
  afterEach(() => fixtureCleanup());

  it('has an h2 of its own under the page h1, and no heading level is skipped with every section open', async () => {
    const { main, el } = await page();
    expect(shadow(el).querySelector('h2#app-title')?.textContent?.trim()).to.equal('Cấp hộ chiếu phổ thông ở trong nước');
    await openEverySection(el);
    const levels = headingLevels(main);
    expect(levels[0]).to.equal(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `heading ${i} (h${level} after h${levels[i - 1]})`).to.be.at.most(1);
    });
  });

  it('follows the host heading-level', async () => {
    const { el } = await page('heading-level="3"');
    expect(shadow(el).querySelector('h3#app-title')).to.not.equal(null);
    const guide = shadow(el).querySelector('hochieu-guide')!;
    expect(guide.getAttribute('heading-level')).to.equal('4');
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`has no axe violations on the page with every guide section open (${lang})`, async function () {
      this.timeout(60000);
      const main = await fixture<HTMLElement>(`<main><h1>Công an tỉnh Lạng Sơn</h1>${appMarkup({ lang })}</main>`);
      const el = main.querySelector<HochieuApp>('hochieu-app')!;
      await settle(el);
      await openEverySection(el);
      await expect(main).to.be.accessible();
    });
  }
});
