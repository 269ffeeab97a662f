// Isolation of <hochieu-app> on a host page: two instances in different
// languages at once, an element written in the HTML before its definition,
// aggressive global CSS of an old CMS theme (`*`, `input`, `table`,
// `!important`) that must not change the computed styles of key inner
// elements, nothing of ours leaking out to the page, theming through
// `--hochieu-*` custom properties and the `contrast` preset, and axe.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { HochieuApp } from '@hochieu/widget';
import { app, appMarkup, captureConsoleErrors, q, settle, shadow, textOf } from './helpers.js';

/**
 * Rules an old CMS theme (NukeViet, Liferay era) might ship. A font size on
 * the root element (`html { font-size: 62.5% }`) is tested on its own below:
 * the widget keeps its own base.
 */
const HOSTILE_CSS = `
  * { font-family: "Comic Sans MS", cursive !important; color: #f0f !important;
      line-height: 1 !important; letter-spacing: 3px !important; text-transform: uppercase !important;
      box-sizing: content-box !important; margin: 7px; }
  body { background: #ffc; text-align: center; font-size: 12px !important; }
  div, p, section { padding: 9px !important; border: 1px dotted red; }
  button { background: lime !important; border: 5px solid orange !important; border-radius: 0 !important; width: 300px; }
  input, select, textarea { background: #000 !important; color: #0f0 !important; height: 14px !important; border: 0 !important; }
  table { width: 100% !important; border: 3px double blue !important; }
  a { color: red !important; text-decoration: none !important; }
  summary, details { display: inline !important; }
  [role="tab"], .tabs, .root { display: none !important; }
`;

interface Probe {
  readonly name: string;
  readonly find: (el: HochieuApp) => Element | null | undefined;
}

const PROBES: readonly Probe[] = [
  { name: 'tab', find: (el) => shadow(el).querySelector('#tab-guide') },
  { name: 'to-form button', find: (el) => shadow(el).querySelector('[data-action="to-form"]') },
  { name: 'guide summary', find: (el) => el.guide?.shadowRoot?.querySelector('summary') },
  { name: 'guide link', find: (el) => el.guide?.shadowRoot?.querySelector('.toc a') },
  { name: 'date box', find: (el) => el.guide?.shadowRoot?.querySelector('#q-dob')?.shadowRoot?.querySelector('input') },
  { name: 'radio label', find: (el) => el.guide?.shadowRoot?.querySelector('.questions label') },
];

const PROPERTIES = [
  'font-family',
  'font-size',
  'color',
  'background-color',
  'line-height',
  'letter-spacing',
  'text-transform',
  'display',
  'border-top-width',
  'border-top-style',
  'padding-top',
  'margin-top',
  'box-sizing',
  'height',
];

function snapshot(el: HochieuApp): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const probe of PROBES) {
    const node = probe.find(el);
    if (!node) throw new Error(`probe ${probe.name} not found`);
    const style = getComputedStyle(node);
    out[probe.name] = Object.fromEntries(PROPERTIES.map((p) => [p, style.getPropertyValue(p)]));
  }
  return out;
}

function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe('<hochieu-app> isolation', () => {
  afterEach(() => fixtureCleanup());

  it('two instances in different languages on one page speak their own language at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div>${appMarkup({ lang: 'vi' }).replace('no-drafts', 'no-drafts id="a"')}${appMarkup({ lang: 'en' }).replace('no-drafts', 'no-drafts id="b"')}</div>`,
    );
    const a = wrapper.querySelector<HochieuApp>('#a')!;
    const b = wrapper.querySelector<HochieuApp>('#b')!;
    await settle(a);
    await settle(b);
    expect(textOf(q(a, '#tab-form'))).to.equal('Khai tờ khai');
    expect(textOf(q(b, '#tab-form'))).to.equal('Fill in the form');
    expect(a.guide?.locale).to.equal('vi');
    expect(b.guide?.locale).to.equal('en');
    // Switching one does not switch the other, nor the page.
    a.setAttribute('lang', 'en');
    await settle(a);
    b.setAttribute('lang', 'vi');
    await settle(b);
    expect(textOf(q(a, '#tab-form'))).to.equal('Fill in the form');
    expect(textOf(q(b, '#tab-form'))).to.equal('Khai tờ khai');
  });

  it('an element in the HTML before its definition resolves its language and configuration when upgraded', async () => {
    const tag = 'hochieu-app-late';
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en"><${tag} date="2026-11-23" no-drafts><script type="application/json">{"province":"ho-chi-minh"}</script></${tag}></div>`,
    );
    const late = wrapper.querySelector(tag)!;
    expect(late.shadowRoot, 'not upgraded yet').to.equal(null);
    customElements.define(tag, class extends HochieuApp {});
    const el = late as HochieuApp;
    await settle(el);
    expect(textOf(q(el, '#tab-guide'))).to.equal('Guide');
    expect(el.effectiveConfig.province?.province).to.equal('ho-chi-minh');
    wrapper.setAttribute('lang', 'vi');
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(textOf(q(el, '#tab-guide'))).to.equal('Hướng dẫn');
  });

  it('hostile global CSS of an old CMS does not change the computed styles of key inner elements', async () => {
    const clean = snapshot(await app());
    fixtureCleanup();
    const style = addStyle(HOSTILE_CSS);
    try {
      const hostile = snapshot(await app());
      expect(hostile).to.deep.equal(clean);
    } finally {
      style.remove();
    }
  });

  it('the app stays visible and laid out under hostile CSS', async () => {
    const style = addStyle(HOSTILE_CSS);
    try {
      const el = await app();
      expect(getComputedStyle(el).display).to.equal('block');
      expect(q(el, '#tab-form').getBoundingClientRect().height).to.be.greaterThan(30);
      expect(getComputedStyle(q(el, '.root')).display).to.equal('block');
    } finally {
      style.remove();
    }
  });

  it('nothing of ours leaks to the page: an element outside keeps its styles, no global style or element is added', async () => {
    const outside = await fixture<HTMLParagraphElement>('<p class="outside"><button type="button">Nút của trang</button><a href="#x">link</a></p>');
    const button = outside.querySelector('button')!;
    const link = outside.querySelector('a')!;
    const styles = (): string[] => [outside, button, link].map((n) => JSON.stringify(PROPERTIES.map((p) => getComputedStyle(n).getPropertyValue(p))));
    const before = styles();
    const langBefore = document.documentElement.getAttribute('lang');
    const headCount = document.head.children.length;
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const bodyChildren = document.body.children.length;
    const el = await app({ theme: 'contrast' });
    await el.show('form');
    await settle(el);
    const after = styles();
    expect(after).to.deep.equal(before);
    expect(document.head.children.length).to.equal(headCount);
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    // The fixture container holds the app; nothing else was appended to the body.
    expect(document.body.children.length).to.equal(bodyChildren + 1);
    expect(document.documentElement.getAttribute('lang'), 'the page language is untouched').to.equal(langBefore);
  });
});

describe('<hochieu-app> theming', () => {
  afterEach(() => fixtureCleanup());

  function buttonColor(el: HochieuApp): string {
    return getComputedStyle(q(el, '[data-action="to-form"]')).backgroundColor;
  }

  it('--hochieu-color-primary set on the host changes the button colour', async () => {
    const plain = await app();
    expect(buttonColor(plain)).to.equal('rgb(29, 79, 145)');
    fixtureCleanup();
    const themed = await app({ attrs: 'style="--hochieu-color-primary: rgb(120, 20, 40)"' });
    expect(buttonColor(themed)).to.equal('rgb(120, 20, 40)');
    // It reaches the inner guide too (custom properties inherit into shadow roots).
    const link = themed.guide?.shadowRoot?.querySelector('.toc a');
    expect(getComputedStyle(link!).color).to.equal('rgb(120, 20, 40)');
  });

  it('the contrast preset sets the tokens, and a page value still wins over it', async () => {
    const contrast = await app({ theme: 'contrast' });
    expect(buttonColor(contrast)).to.equal('rgb(0, 0, 0)');
    fixtureCleanup();
    const both = await app({ theme: 'contrast', attrs: 'style="--hochieu-color-primary: rgb(0, 80, 0)"' });
    expect(buttonColor(both)).to.equal('rgb(0, 80, 0)');
  });

  it('::part(tab) and ::part(button) style the app from the page', async () => {
    const style = addStyle('hochieu-app::part(tab) { text-transform: uppercase; } hochieu-app::part(button) { border-radius: 0px; }');
    try {
      const el = await app();
      expect(getComputedStyle(q(el, '#tab-guide')).textTransform).to.equal('uppercase');
      expect(getComputedStyle(q(el, '[data-action="to-form"]')).borderTopLeftRadius).to.equal('0px');
    } finally {
      style.remove();
    }
  });

  it('on a page with a 62.5 % root font size keeps its own 16 px base: text, guide headings and spacing (issue 13)', async () => {
    const root = document.documentElement;
    const previous = root.style.fontSize;
    try {
      const plain = await app();
      const sizes = (el: HochieuApp) => {
        const guide = shadow(el).querySelector('hochieu-guide')!;
        const heading = shadow(guide).querySelector<HTMLElement>('h2, h3, summary')!;
        return {
          text: getComputedStyle(q(el, '.root')).fontSize,
          heading: getComputedStyle(heading).fontSize,
          tab: getComputedStyle(q(el, '#tab-guide')).paddingInlineStart,
        };
      };
      const normal = sizes(plain);
      fixtureCleanup();
      root.style.fontSize = '62.5%';
      const el = await app();
      expect(sizes(el)).to.deep.equal(normal);
      expect(normal.text).to.equal('16px');
    } finally {
      root.style.fontSize = previous;
    }
  });

  it('--hochieu-font-size sets another base, and headings follow it', async () => {
    const small = await app();
    const guideHeading = (el: HochieuApp): number => {
      const guide = shadow(el).querySelector('hochieu-guide')!;
      return parseFloat(getComputedStyle(shadow(guide).querySelector<HTMLElement>('h2, h3, summary')!).fontSize);
    };
    const before = guideHeading(small);
    fixtureCleanup();
    const el = await app({ attrs: 'style="--hochieu-font-size: 20px"' });
    expect(getComputedStyle(q(el, '.root')).fontSize).to.equal('20px');
    expect(guideHeading(el)).to.be.closeTo((before * 20) / 16, 0.6);
  });
});

describe('<hochieu-app> accessibility', () => {
  afterEach(() => fixtureCleanup());

  it('has no axe violations in Vietnamese', async () => {
    const el = await app();
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in English', async () => {
    const el = await app({ lang: 'en' });
    await expect(el).to.be.accessible();
  });

  it('has no axe violations with the form tab open and with the configuration notice', async () => {
    let el: HochieuApp | undefined;
    await captureConsoleErrors(async () => {
      el = await app({ view: 'form', script: '{"qr": 1}' });
    });
    expect(shadow(el!).querySelector('[data-notice="config"]')).to.exist;
    await expect(el!).to.be.accessible();
  });
});
