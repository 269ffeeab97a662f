// <hochieu-app>: the guide and the form under two tabs (WAI-ARIA tabs
// pattern), keyboard navigation between them, and the questionnaire answers
// carried from the guide into the form's initial declaration (without the
// date of birth reaching the page unless the host opts in).
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GuideAnswersDetail } from '@hochieu/widget';
import { choose, enterDateOfBirth } from '../guide/helpers.js';
import { app, deepFocus, q, settle, shadow, textOf, type HochieuApp } from './helpers.js';

function tabs(el: HochieuApp): HTMLButtonElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]'));
}

function panel(el: HochieuApp, view: 'guide' | 'form'): HTMLElement {
  return q<HTMLElement>(el, `#panel-${view}`);
}

describe('<hochieu-app> tabs', () => {
  afterEach(() => fixtureCleanup());

  it('renders a tab list with "Hướng dẫn" and "Khai tờ khai", the guide open', async () => {
    const el = await app();
    const [guideTab, formTab] = tabs(el);
    expect(q(el, '[role="tablist"]').getAttribute('aria-label')).to.equal('Các phần của dịch vụ');
    expect(textOf(guideTab)).to.equal('Hướng dẫn');
    expect(textOf(formTab)).to.equal('Khai tờ khai');
    expect(guideTab?.getAttribute('aria-selected')).to.equal('true');
    expect(formTab?.getAttribute('aria-selected')).to.equal('false');
    expect(guideTab?.getAttribute('aria-controls')).to.equal('panel-guide');
    expect(panel(el, 'guide').getAttribute('aria-labelledby')).to.equal('tab-guide');
    expect(panel(el, 'guide').hidden).to.equal(false);
    expect(panel(el, 'form').hidden).to.equal(true);
    expect(el.guide, 'the guide is rendered').to.exist;
    expect(el.form, 'the form waits until its tab is opened').to.equal(null);
  });

  it('keeps only the selected tab in the Tab order (roving tabindex)', async () => {
    const el = await app();
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1]);
    await el.show('form');
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0]);
  });

  it('clicking "Khai tờ khai" shows the form panel and renders the form', async () => {
    const el = await app();
    tabs(el)[1]?.click();
    await settle(el);
    expect(el.view).to.equal('form');
    expect(el.getAttribute('view')).to.equal('form');
    expect(panel(el, 'form').hidden).to.equal(false);
    expect(panel(el, 'guide').hidden).to.equal(true);
    expect(el.form).to.exist;
    expect(el.form?.shadowRoot?.querySelector('.root')).to.exist;
  });

  it('moves between tabs with the arrow keys, Home and End, focus following', async () => {
    const el = await app();
    tabs(el)[0]?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view).to.equal('form');
    expect(deepFocus()?.id).to.equal('tab-form');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.view, 'wraps around').to.equal('guide');
    expect(deepFocus()?.id).to.equal('tab-guide');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.view).to.equal('form');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.view).to.equal('guide');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.view).to.equal('form');
  });

  it('Tab from the selected tab goes into its panel, not to the other tab', async () => {
    const el = await app();
    tabs(el)[0]?.focus();
    await sendKeys({ press: 'Tab' });
    const inApp = shadow(el).activeElement;
    expect(inApp, 'focus stays inside the app').to.exist;
    expect(inApp?.id).to.not.equal('tab-form');
    expect(panel(el, 'guide').contains(inApp), 'focus is in the guide panel').to.equal(true);
    expect(deepFocus()?.localName).to.be.oneOf(['a', 'summary', 'button', 'input']);
  });

  it('the view attribute opens the form first; the form tab keeps its state when switching back and forth', async () => {
    const el = await app({ view: 'form' });
    expect(panel(el, 'form').hidden).to.equal(false);
    const form = el.form;
    expect(form).to.exist;
    await el.show('guide');
    await el.show('form');
    expect(el.form).to.equal(form);
  });

  it('"Tiếp tục: khai tờ khai" opens the form and moves focus to its panel', async () => {
    const el = await app();
    q<HTMLButtonElement>(el, '[data-action="to-form"]').click();
    await settle(el);
    expect(el.view).to.equal('form');
    expect(deepFocus()?.id).to.equal('panel-form');
  });

  it('speaks English with lang="en"', async () => {
    const el = await app({ lang: 'en' });
    expect(tabs(el).map((t) => textOf(t))).to.deep.equal(['Guide', 'Fill in the form']);
    expect(q(el, '.root').getAttribute('lang')).to.equal('en');
    expect(el.guide?.locale).to.equal('en');
  });
});

describe('<hochieu-app> carries the questionnaire answers into the form', () => {
  afterEach(() => fixtureCleanup());

  it('fills date of birth, reason, channel and delivery of the form from the guide', async () => {
    const el = await app();
    const guide = el.guide!;
    await enterDateOfBirth(guide, '1990-05-17');
    await choose(guide, 'reason', 'renewal');
    await choose(guide, 'channel', 'online');
    await choose(guide, 'delivery', 'post');
    await settle(el);
    q<HTMLButtonElement>(el, '[data-action="to-form"]').click();
    await settle(el);
    const value = el.form!.value;
    expect(value.applicant?.dateOfBirth).to.equal('1990-05-17');
    expect(value.request?.reason).to.equal('renewal');
    expect(value.submission?.channel).to.equal('online');
    expect(value.submission?.delivery).to.equal('post');
  });

  it('re-sends the answers from the app without the date of birth', async () => {
    const el = await app();
    const seen: { target: EventTarget | null; detail: GuideAnswersDetail }[] = [];
    const listener = (e: Event) => seen.push({ target: e.target, detail: (e as CustomEvent<GuideAnswersDetail>).detail });
    document.addEventListener('hochieu-guide-answers', listener);
    try {
      await enterDateOfBirth(el.guide!, '1990-05-17');
      await choose(el.guide!, 'reason', 'first');
      await settle(el);
    } finally {
      document.removeEventListener('hochieu-guide-answers', listener);
    }
    expect(seen.length).to.be.greaterThan(0);
    const last = seen[seen.length - 1]!;
    expect(last.target).to.equal(el);
    expect(last.detail.answers.reason).to.equal('first');
    expect(last.detail.answers.ageGroup).to.equal('14orOver');
    expect(last.detail.answers).to.not.have.property('dateOfBirth');
    expect(JSON.stringify(seen.map((s) => s.detail))).to.not.contain('1990');
    expect(el.answers).to.not.have.property('dateOfBirth');
  });

  it('includes the date of birth in the event when the host sets share-date-of-birth', async () => {
    const el = await app({ attrs: 'share-date-of-birth' });
    let detail: GuideAnswersDetail | null = null;
    el.addEventListener('hochieu-guide-answers', (e) => (detail = e.detail));
    await enterDateOfBirth(el.guide!, '1990-05-17');
    expect((detail as GuideAnswersDetail | null)?.answers.dateOfBirth).to.equal('1990-05-17');
  });

  it('answers never replace what the citizen typed in the form', async () => {
    const el = await app();
    await choose(el.guide!, 'reason', 'renewal');
    await el.show('form');
    await settle(el);
    expect(el.form!.value.request?.reason).to.equal('renewal');
    // A sample applicant (the `declaration` property) wins over the answers.
    el.declaration = { request: { reason: 'lost' } };
    await settle(el);
    expect(el.form!.value.request?.reason, 'already filled: kept').to.equal('renewal');
  });

  it('a declaration given before the form opens fills it', async () => {
    const el = await app();
    el.declaration = { applicant: { familyName: 'Nguyễn', givenNames: 'Văn An' } };
    await el.show('form');
    await settle(el);
    expect(el.form!.value.applicant?.familyName).to.equal('Nguyễn');
    expect(el.form!.value.applicant?.givenNames).to.equal('Văn An');
  });
});
