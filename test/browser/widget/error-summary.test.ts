// <hochieu-error-summary>: the GOV.UK error summary. It takes focus when it
// appears, its links move focus into the named field's input, it has no
// role="alert", it speaks both languages and passes axe.
import { expect, fixture, html } from '@open-wc/testing';
import '@hochieu/widget/define';
import type { HochieuDateInput, HochieuErrorSummary, HochieuTextField } from '@hochieu/widget';
import { clickOn, findAx, part, parts, press, shadowOf } from './helpers.js';

const items = [
  { target: 'hoTen', text: 'Nhập họ, chữ đệm và tên' },
  { target: 'ngaySinh', text: 'Ngày sinh phải là một ngày có thật' },
];

async function page(): Promise<{ wrap: HTMLElement; summary: HochieuErrorSummary }> {
  const wrap = await fixture<HTMLElement>(html`<main>
    <hochieu-error-summary></hochieu-error-summary>
    <button id="continue">Tiếp tục</button>
    <hochieu-text-field id="hoTen" label="Họ, chữ đệm và tên" error="Nhập họ, chữ đệm và tên"></hochieu-text-field>
    <div style="height: 150vh"></div>
    <hochieu-date-input id="ngaySinh" label="Ngày sinh" error="Ngày sinh phải là một ngày có thật"></hochieu-date-input>
  </main>`);
  const summary = wrap.querySelector('hochieu-error-summary')!;
  await summary.updateComplete;
  return { wrap, summary };
}

describe('<hochieu-error-summary>', () => {
  it('renders nothing while there are no errors', async () => {
    const { summary } = await page();
    expect(shadowOf(summary).querySelector('[part="summary"]')).to.equal(null);
    expect(summary.getBoundingClientRect().height).to.equal(0);
  });

  it('takes focus when errors appear, with its heading and links', async () => {
    const { wrap, summary } = await page();
    wrap.querySelector<HTMLButtonElement>('#continue')!.focus();
    summary.items = items;
    await summary.updateComplete;
    const box = part(summary, 'summary');
    expect(document.activeElement).to.equal(summary);
    expect(shadowOf(summary).activeElement).to.equal(box);
    expect(part(summary, 'heading').textContent?.trim()).to.equal('Có lỗi cần sửa');
    expect(parts(summary, 'link').map((a) => a.textContent?.trim())).to.deep.equal(items.map((i) => i.text));
    const region = await findAx((n) => n.role === 'region' && n.name === 'Có lỗi cần sửa');
    expect(region?.focused).to.equal(true);
  });

  it('has no role="alert" (focus is enough)', async () => {
    const { summary } = await page();
    summary.items = items;
    await summary.updateComplete;
    expect(shadowOf(summary).querySelector('[role="alert"], [aria-live]')).to.equal(null);
  });

  it('moves focus to the named field input when a link is clicked', async () => {
    const { wrap, summary } = await page();
    summary.items = items;
    await summary.updateComplete;
    await clickOn(parts(summary, 'link')[1]!);
    const date = wrap.querySelector<HochieuDateInput>('#ngaySinh')!;
    expect(document.activeElement).to.equal(date);
    expect(shadowOf(date).activeElement).to.equal(parts(date, 'input')[0]);
    const label = shadowOf(date).querySelector('legend')!;
    const r = label.getBoundingClientRect();
    expect(r.top).to.be.at.least(0);
    expect(r.bottom).to.be.at.most(window.innerHeight);
  });

  it('moves focus to the field with the keyboard (Tab, Enter)', async () => {
    const { wrap, summary } = await page();
    summary.items = items;
    await summary.updateComplete;
    expect(shadowOf(summary).activeElement).to.equal(part(summary, 'summary'));
    await press('Tab');
    expect(shadowOf(summary).activeElement).to.equal(parts(summary, 'link')[0]);
    await press('Enter');
    const name = wrap.querySelector<HochieuTextField>('#hoTen')!;
    expect(document.activeElement).to.equal(name);
    expect(shadowOf(name).activeElement).to.equal(part(name, 'input'));
    expect(location.hash).to.equal('');
  });

  it('can be focused again by the form, e.g. on a second "Tiếp tục"', async () => {
    const { wrap, summary } = await page();
    summary.items = items;
    await summary.updateComplete;
    wrap.querySelector<HTMLButtonElement>('#continue')!.focus();
    summary.focus();
    expect(shadowOf(summary).activeElement).to.equal(part(summary, 'summary'));
  });

  it('keeps focus where it is with no-autofocus', async () => {
    const { wrap, summary } = await page();
    summary.setAttribute('no-autofocus', '');
    const button = wrap.querySelector<HTMLButtonElement>('#continue')!;
    button.focus();
    summary.items = items;
    await summary.updateComplete;
    expect(document.activeElement).to.equal(button);
  });

  it('finds fields in its own shadow root (as inside the form element)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<hochieu-error-summary></hochieu-error-summary><hochieu-text-field id="email" label="Email" error="Nhập địa chỉ email"></hochieu-text-field>`;
    const summary = root.querySelector('hochieu-error-summary')!;
    summary.items = [{ target: 'email', text: 'Nhập địa chỉ email' }];
    await summary.updateComplete;
    await clickOn(part(summary, 'link'));
    const field = root.querySelector('hochieu-text-field')!;
    expect(root.activeElement).to.equal(field);
    expect(shadowOf(field).activeElement).to.equal(part(field, 'input'));
  });

  it('says its heading in English in an English page part', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><hochieu-error-summary></hochieu-error-summary></div>`);
    const summary = wrap.querySelector('hochieu-error-summary')!;
    summary.items = [{ target: 'x', text: 'Enter your full name' }];
    await summary.updateComplete;
    expect(part(summary, 'heading').textContent?.trim()).to.equal('There is a problem');
  });

  it('passes axe', async () => {
    const { wrap, summary } = await page();
    summary.items = items;
    await summary.updateComplete;
    await expect(wrap).to.be.accessible();
  });
});
