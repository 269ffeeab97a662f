// Structure and navigation of <hochieu-guide>: one heading per section at the
// host's level, collapsible native <details>, deep links that open and scroll
// to a section on load and on hashchange, the table of contents, and the
// language of each instance (lang="en", two instances side by side, a change
// of lang at run time).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { HochieuGuide, choose, enterDateOfBirth, guide, openSections, renderAllSections, section, settle, shadow, textOf } from './helpers.js';

const SLUGS = [
  'chuan-bi',
  'trinh-tu',
  'cach-thuc',
  'co-quan',
  'thanh-phan-ho-so',
  'thoi-han',
  'le-phi',
  'bieu-mau',
  'dieu-kien',
  'nop-truc-tuyen',
  'can-cu-phap-ly',
];

async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

describe('<hochieu-guide> structure and navigation', () => {
  let savedHash = '';
  beforeEach(() => {
    savedHash = location.hash;
  });
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', `${location.pathname}${location.search}${savedHash}`);
  });

  it('renders each section as a <details> whose summary holds one h2', async () => {
    const el = await guide();
    const sections = Array.from(shadow(el).querySelectorAll('details.section'));
    expect(sections.map((d) => d.id)).to.deep.equal(SLUGS);
    for (const d of sections) {
      const headings = d.querySelectorAll(':scope > summary h2');
      expect(headings.length, d.id).to.equal(1);
    }
    expect(textOf(section(el, 'le-phi').querySelector('summary'))).to.equal('Lệ phí');
    expect(textOf(section(el, 'thanh-phan-ho-so').querySelector('summary'))).to.equal('Thành phần hồ sơ');
    expect(textOf(section(el, 'chuan-bi').querySelector('summary'))).to.equal('Bạn cần chuẩn bị gì?');
  });

  it('starts headings at the level set by heading-level, sub-headings one level below', async () => {
    const el = await guide({ headingLevel: 3 });
    await renderAllSections(el);
    expect(shadow(el).querySelectorAll('summary h3').length).to.equal(SLUGS.length);
    expect(shadow(el).querySelectorAll('h2').length).to.equal(0);
    expect(section(el, 'trinh-tu').querySelectorAll('.section-body h4').length).to.equal(3);
  });

  it('opens only the questionnaire at first; a summary click toggles a section', async () => {
    const el = await guide();
    expect(section(el, 'chuan-bi').open).to.equal(true);
    expect(section(el, 'le-phi').open).to.equal(false);
    section(el, 'le-phi').querySelector('summary')!.click();
    expect(section(el, 'le-phi').open).to.equal(true);
  });

  it('opens and scrolls to the section of the page hash on load (#le-phi)', async () => {
    history.replaceState(null, '', '#le-phi');
    const el = await guide();
    // The section's content is loaded on first opening; the guide scrolls to it again once rendered.
    await HochieuGuide.preloadSections();
    await settle(el);
    await nextFrame();
    const fees = section(el, 'le-phi');
    expect(fees.open).to.equal(true);
    expect(fees.querySelector('tr[data-kind="issue"]'), 'the deep-linked section is rendered').to.exist;
    const top = fees.getBoundingClientRect().top;
    expect(Math.abs(top)).to.be.below(2);
    expect(shadow(el).activeElement).to.equal(fees.querySelector('summary'));
  });

  it('opens the section of a later hashchange (#thanh-phan-ho-so)', async () => {
    const el = await guide();
    expect(section(el, 'thanh-phan-ho-so').open).to.equal(false);
    location.hash = '#thanh-phan-ho-so';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await nextFrame();
    expect(section(el, 'thanh-phan-ho-so').open).to.equal(true);
  });

  it('ignores a hash that names no section', async () => {
    history.replaceState(null, '', '#khong-co');
    const el = await guide();
    expect(Array.from(shadow(el).querySelectorAll('details')).filter((d) => d.open).map((d) => d.id)).to.deep.equal(['chuan-bi']);
  });

  it('has a table of contents linking to every section', async () => {
    const el = await guide();
    const links = Array.from(shadow(el).querySelectorAll('nav.toc a')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(SLUGS.map((s) => `#${s}`));
    const toc = shadow(el).querySelector<HTMLAnchorElement>('nav.toc a[href="#co-quan"]')!;
    toc.click();
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(section(el, 'co-quan').open).to.equal(true);
  });

  it('renders English headings and texts when lang="en"', async () => {
    const el = await guide({ lang: 'en' });
    expect(textOf(section(el, 'le-phi').querySelector('summary'))).to.equal('Fee');
    expect(textOf(section(el, 'chuan-bi').querySelector('summary'))).to.equal('What do you need to prepare?');
    expect(shadow(el).querySelector('.root')?.getAttribute('lang')).to.equal('en');
    await enterDateOfBirth(el, '1990-05-10');
    await choose(el, 'reason', 'lost');
    expect(textOf(shadow(el).querySelector('.result [data-result="fee"]'))).to.contain('200,000 VND');
    expect(textOf(shadow(el).querySelector('.result [data-part="due"]'))).to.contain('4 December 2026');
  });

  it('keeps two instances in different languages correct on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <hochieu-guide lang="vi" date="2026-11-23"></hochieu-guide>
      <hochieu-guide lang="en" date="2026-11-23"></hochieu-guide>
    </div>`);
    const [vi, en] = Array.from(wrapper.querySelectorAll('hochieu-guide')) as HochieuGuide[];
    await settle(vi!);
    await settle(en!);
    await openSections(vi!, 'le-phi');
    await openSections(en!, 'le-phi');
    expect(textOf(section(vi!, 'le-phi').querySelector('summary'))).to.equal('Lệ phí');
    expect(textOf(section(en!, 'le-phi').querySelector('summary'))).to.equal('Fee');
    expect(textOf(section(vi!, 'le-phi').querySelector('tr[data-kind="issue"] td'))).to.equal('100.000 đ');
    expect(textOf(section(en!, 'le-phi').querySelector('tr[data-kind="issue"] td'))).to.equal('100,000 VND');
  });

  it('switches language when lang changes at run time, keeping the answers', async () => {
    const el = await guide();
    await enterDateOfBirth(el, '2015-06-01');
    el.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
    expect(textOf(section(el, 'le-phi').querySelector('summary'))).to.equal('Fee');
    expect(textOf(shadow(el).querySelector('.result [data-result="form"]'))).to.equal('Form TK01a');
    el.setAttribute('lang', 'vi');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
    expect(textOf(shadow(el).querySelector('.result [data-result="form"]'))).to.equal('Mẫu TK01a');
  });

  it('gets the right language when written in the HTML before the element is defined', async () => {
    // helpers.ts defined the tag already; a fresh tag name reproduces "in the page before the script".
    const tag = 'hochieu-guide-late';
    const host = document.createElement('div');
    host.innerHTML = `<${tag} lang="en" date="2026-11-23"></${tag}>`;
    document.body.append(host);
    const { HochieuGuide } = await import('./helpers.js');
    customElements.define(tag, class extends HochieuGuide {});
    const el = host.firstElementChild as HochieuGuide;
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
    expect(textOf(section(el, 'le-phi').querySelector('summary'))).to.equal('Fee');
    host.remove();
  });
});
