// <hochieu-address-field> in Chromium with the real keyboard and mouse: the
// admin-unit tables load only on the first focus; a former ward typed and
// left shows its current unit, and choosing it writes the address (the form
// submits it); "keep" leaves the text; a split gives every candidate; the
// province picker + commune combobox (accent-insensitive) + street line
// write the printed style; axe finds nothing in vi and en, notice and picker
// shown.
import { expect, fixture, html } from '@open-wc/testing';
import '@hochieu/widget/define';
import { clickOn, part, press, shadowOf, tabAway, typeInto } from './helpers.js';

type AddressField = HTMLElement & { value: string; updateComplete: Promise<unknown> };

const OLD = 'Số 15 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn';

async function mount(lang: 'vi' | 'en' = 'vi'): Promise<{ form: HTMLFormElement; el: AddressField }> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <hochieu-address-field lang=${lang} name="address" .label=${lang === 'vi' ? 'Nơi thường trú' : 'Permanent residence'} .hint=${'Ghi như trên giấy tờ'}></hochieu-address-field>
  </form>`);
  const el = form.querySelector('hochieu-address-field') as AddressField;
  await el.updateComplete;
  return { form, el };
}

async function until<T>(probe: () => T | null | undefined, what: string, ms = 10000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const got = probe();
    if (got) return got;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const tablesRequested = (): boolean =>
  performance.getEntriesByType('resource').some((e) => e.name.includes('places/generated/admin-units'));

describe('<hochieu-address-field>', () => {
  it('loads the unit tables only on first focus, then offers the current unit of a former ward', async () => {
    const { form, el } = await mount();
    expect(tablesRequested(), 'not loaded before focus').to.equal(false);
    await typeInto(part(el, 'input'), OLD);
    await until(() => tablesRequested(), 'the tables');
    await tabAway();
    const notice = await until(() => shadowOf(el).querySelector('[data-former]'), 'the notice');
    expect(notice.textContent).to.contain('Phường Chi Lăng (cũ) nay thuộc Phường Lương Văn Tri, Tỉnh Lạng Sơn');
    // never replaced without a choice
    expect(el.value).to.equal(OLD);
    expect(new FormData(form).get('address')).to.equal(OLD);
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push(el.value));
    await clickOn(shadowOf(el).querySelector('[data-candidate="05983"]')!);
    await el.updateComplete;
    const chosen = 'Số 15 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn';
    expect(el.value).to.equal(chosen);
    expect(changes).to.deep.equal([chosen]);
    expect(new FormData(form).get('address')).to.equal(chosen);
    expect(shadowOf(el).querySelector('[data-former]')).to.equal(null);
    expect(shadowOf(el).activeElement).to.equal(part(el, 'input'));
  });

  it('keeps the text as written when the citizen says so', async () => {
    const { el } = await mount();
    await typeInto(part(el, 'input'), 'phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn');
    await tabAway();
    await until(() => shadowOf(el).querySelector('[data-keep]'), 'the keep button');
    await clickOn(shadowOf(el).querySelector('[data-keep]')!);
    await el.updateComplete;
    expect(shadowOf(el).querySelector('[data-former]')).to.equal(null);
    expect(el.value).to.equal('phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn');
  });

  it('a split former ward lists every current candidate', async () => {
    const { el } = await mount();
    await typeInto(part(el, 'input'), 'Số 1 phố Kim Mã, phường Kim Mã, quận Ba Đình, Hà Nội');
    await tabAway();
    const notice = await until(() => shadowOf(el).querySelector('[data-former]'), 'the notice');
    expect(notice.textContent).to.contain('đã được chia cho nhiều đơn vị mới');
    expect(notice.querySelectorAll('[data-candidate]').length).to.be.greaterThan(1);
  });

  it('writes the address from the province picker, the commune combobox and the street line', async () => {
    const { el } = await mount();
    await clickOn(shadowOf(el).querySelector('[data-pick]')!);
    const select = await until(() => shadowOf(el).querySelector<HTMLSelectElement>('#province'), 'the province picker');
    expect(select.options.length).to.equal(35);
    select.value = '20';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const commune = shadowOf(el).querySelector('#commune') as HTMLElement & { updateComplete: Promise<unknown> };
    await commune.updateComplete;
    await typeInto(part(commune, 'input'), 'luong van');
    await commune.updateComplete;
    const options = Array.from(shadowOf(commune).querySelectorAll('[role="option"]')).map((o) => o.textContent?.trim());
    expect(options[0]).to.equal('Phường Lương Văn Tri');
    await press('ArrowDown');
    await press('Enter');
    await typeInto(shadowOf(el).querySelector<HTMLInputElement>('#street')!, 'Số 8 ngõ 12 đường Bà Triệu');
    await clickOn(shadowOf(el).querySelector('[data-apply]')!);
    await el.updateComplete;
    expect(el.value).to.equal('Số 8 ngõ 12 đường Bà Triệu, phường Lương Văn Tri, tỉnh Lạng Sơn');
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`passes axe in ${lang} with the notice and the picker shown`, async () => {
      const { el } = await mount(lang);
      await typeInto(part(el, 'input'), OLD);
      await tabAway();
      await until(() => shadowOf(el).querySelector('[data-former]'), 'the notice');
      await clickOn(shadowOf(el).querySelector('[data-pick]')!);
      await until(() => shadowOf(el).querySelector('#province'), 'the picker');
      if (lang === 'en') expect(shadowOf(el).querySelector('[data-former]')!.textContent).to.contain('is now part of');
      await expect(el).to.be.accessible();
    });
  }
});
