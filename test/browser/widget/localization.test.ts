// Per-element localization: each element takes its language from its own
// `lang`, else the nearest ancestor's (across shadow roots), else Vietnamese;
// two elements in different languages coexist on one page; elements follow
// changes of `lang`; an element written in the HTML before its definition
// gets the right language; core's message ids are said in the same language.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '@hochieu/widget/define';
import { HochieuDateInput, HochieuElement, HochieuTextField, matchLocale } from '@hochieu/widget';
import { formatMessage } from '@hochieu/core';
import { parts, shadowOf } from './helpers.js';

/** Lets a `lang` change on an ancestor reach the element (a MutationObserver microtask), then waits for its render. */
async function settle(el: Element): Promise<void> {
  await Promise.resolve();
  await (el as HochieuElement).updateComplete;
}

function boxLabels(el: Element): string[] {
  return Array.from(shadowOf(el).querySelectorAll('label')).map((l) => l.textContent?.trim() ?? '');
}

function errorText(el: Element): string {
  return shadowOf(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
}

/** A tiny element that renders a widget string and a core message, to test the controller itself. */
class LocaleProbe extends HochieuElement {
  protected override render(): unknown {
    return html`<p class="root">
      <span id="widget">${this.l10n.t('errorSummary.heading')}</span>
      <span id="core">${this.l10n.tCore({ id: 'error.text.tooLong', params: { field: 'Họ', max: 40 } })}</span>
    </p>`;
  }
}
customElements.define('test-locale-probe', LocaleProbe);

describe('per-element localization', () => {
  afterEach(() => fixtureCleanup());

  it('shows two date inputs in Vietnamese and English at the same time', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <hochieu-date-input lang="vi" label="Ngày sinh" error="Nhập ngày sinh"></hochieu-date-input>
      <hochieu-date-input lang="en" label="Date of birth" error="Enter your date of birth"></hochieu-date-input>
    </div>`);
    const [vi, en] = Array.from(wrap.querySelectorAll('hochieu-date-input'));
    await vi!.updateComplete;
    await en!.updateComplete;
    expect(boxLabels(vi!)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    expect(boxLabels(en!)).to.deep.equal(['Day', 'Month', 'Year']);
    expect(errorText(vi!)).to.equal('Lỗi: Nhập ngày sinh');
    expect(errorText(en!)).to.equal('Error: Enter your date of birth');
    expect(shadowOf(vi!).querySelector('.root')?.getAttribute('lang')).to.equal('vi');
    expect(shadowOf(en!).querySelector('.root')?.getAttribute('lang')).to.equal('en');
  });

  it('switches language when its lang attribute changes, without touching the other element', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <hochieu-date-input id="a" lang="vi" label="x"></hochieu-date-input>
      <hochieu-date-input id="b" lang="vi" label="x"></hochieu-date-input>
    </div>`);
    const a = wrap.querySelector<HochieuDateInput>('#a')!;
    const b = wrap.querySelector<HochieuDateInput>('#b')!;
    a.setAttribute('lang', 'en');
    await a.updateComplete;
    expect(boxLabels(a)).to.deep.equal(['Day', 'Month', 'Year']);
    expect(boxLabels(b)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    a.setAttribute('lang', 'vi');
    await a.updateComplete;
    expect(boxLabels(a)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
  });

  it('inherits the language of the nearest ancestor and follows its changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><section><hochieu-date-input label="x"></hochieu-date-input></section></div>`);
    const el = wrap.querySelector<HochieuDateInput>('hochieu-date-input')!;
    await el.updateComplete;
    expect(boxLabels(el)).to.deep.equal(['Day', 'Month', 'Year']);
    wrap.setAttribute('lang', 'vi-VN');
    await settle(el);
    expect(el.locale).to.equal('vi');
    expect(boxLabels(el)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    // A closer ancestor that gains a lang takes over.
    wrap.querySelector('section')!.setAttribute('lang', 'en-GB');
    await settle(el);
    expect(boxLabels(el)).to.deep.equal(['Day', 'Month', 'Year']);
  });

  it('inherits the language across a shadow root boundary', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><hochieu-date-input label="x"></hochieu-date-input></div>';
    const el = root.querySelector<HochieuDateInput>('hochieu-date-input')!;
    await el.updateComplete;
    expect(boxLabels(el)).to.deep.equal(['Day', 'Month', 'Year']);
    root.firstElementChild!.setAttribute('lang', 'vi');
    await settle(el);
    expect(boxLabels(el)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
  });

  it('speaks Vietnamese when no ancestor says otherwise, and for unsupported languages', async () => {
    const html_ = document.documentElement;
    const saved = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    try {
      const el = await fixture<HochieuDateInput>(html`<hochieu-date-input label="x"></hochieu-date-input>`);
      expect(boxLabels(el)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(el.locale).to.equal('vi');
      el.setAttribute('lang', 'EN-us');
      await el.updateComplete;
      expect(el.locale).to.equal('en');
    } finally {
      if (saved === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', saved);
    }
  });

  it('gets the right language when the element is in the HTML before its definition', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `
      <hochieu-late-date lang="en" label="Date of birth" error="Enter your date of birth"></hochieu-late-date>
      <hochieu-late-date lang="vi" label="Ngày sinh"></hochieu-late-date>`;
    const [en, vi] = Array.from(wrap.querySelectorAll('hochieu-late-date'));
    expect(en!.shadowRoot).to.equal(null);
    customElements.define('hochieu-late-date', class extends HochieuDateInput {});
    await (en as HochieuDateInput).updateComplete;
    await (vi as HochieuDateInput).updateComplete;
    expect(boxLabels(en!)).to.deep.equal(['Day', 'Month', 'Year']);
    expect(errorText(en!)).to.equal('Error: Enter your date of birth');
    expect(boxLabels(vi!)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    en!.setAttribute('lang', 'vi');
    await (en as HochieuDateInput).updateComplete;
    expect(boxLabels(en!)).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
  });

  it("formats core's message ids in the element's own language", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <test-locale-probe lang="vi"></test-locale-probe><test-locale-probe lang="en"></test-locale-probe>
    </div>`);
    const [vi, en] = Array.from(wrap.querySelectorAll<LocaleProbe>('test-locale-probe'));
    await vi!.updateComplete;
    await en!.updateComplete;
    const text = (el: Element, id: string): string => shadowOf(el).getElementById(id)?.textContent ?? '';
    expect(text(vi!, 'widget')).to.equal('Có lỗi cần sửa');
    expect(text(en!, 'widget')).to.equal('There is a problem');
    expect(text(vi!, 'core')).to.equal(formatMessage('error.text.tooLong', { field: 'Họ', max: 40 }, 'vi'));
    expect(text(en!, 'core')).to.equal(formatMessage('error.text.tooLong', { field: 'Họ', max: 40 }, 'en'));
    expect(text(vi!, 'core')).to.not.equal(text(en!, 'core'));
  });

  it('passes its language to widget elements rendered inside it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="vi"><test-nest-probe></test-nest-probe></div>`);
    const outer = wrap.querySelector<NestProbe>('test-nest-probe')!;
    await outer.updateComplete;
    const inner = shadowOf(outer).querySelector<HochieuTextField>('hochieu-text-field')!;
    await inner.updateComplete;
    expect(inner.locale).to.equal('vi');
    outer.setAttribute('lang', 'en');
    await outer.updateComplete;
    await settle(inner);
    expect(inner.locale).to.equal('en');
    expect(errorText(inner)).to.equal('Error: x');
  });

  it('maps BCP 47 tags to the languages it speaks', () => {
    expect(matchLocale('vi')).to.equal('vi');
    expect(matchLocale('vi-VN')).to.equal('vi');
    expect(matchLocale('en_GB')).to.equal('en');
    expect(matchLocale('fr')).to.equal(null);
    expect(matchLocale('')).to.equal(null);
    expect(matchLocale(null)).to.equal(null);
  });

  it('renders the English date labels in the parts a user sees', async () => {
    const el = await fixture<HochieuDateInput>(html`<hochieu-date-input lang="en" label="Date of issue"></hochieu-date-input>`);
    expect(parts(el, 'box-label').map((l) => l.textContent?.trim())).to.deep.equal(['Day', 'Month', 'Year']);
  });
});

/** An element that renders a field inside its own shadow root (as the form will). */
class NestProbe extends HochieuElement {
  protected override render(): unknown {
    return html`<div class="root" lang=${this.locale}><hochieu-text-field label="Họ" error="x"></hochieu-text-field></div>`;
  }
}
customElements.define('test-nest-probe', NestProbe);
