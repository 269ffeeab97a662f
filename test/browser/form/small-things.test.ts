// Issue 13, item 7 (the widget's part): the suggestion count follows the
// language's plural rules ("1 suggestion", not "1 suggestions"); the hint
// under the back of the ID card does not talk about the front's QR code;
// the century read from a personal ID is written as the register writes it.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import '@hochieu/widget/define';
import { form, type HochieuForm } from './helpers.js';
import { toUploads, uploadInput } from './upload-helpers.js';

type Combobox = HTMLElement & { suggest: (text: string) => { value: string }[]; open: boolean; updateComplete: Promise<unknown> };

async function comboboxStatus(lang: 'vi' | 'en', options: string[]): Promise<string> {
  const el = await fixture<Combobox>(html`<hochieu-combobox lang=${lang} label="Place"></hochieu-combobox>`);
  el.suggest = () => options.map((value) => ({ value }));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
  await sendKeys({ type: 'a' });
  await waitUntil(() => el.open, 'the list did not open');
  await el.updateComplete;
  return (el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').trim();
}

describe('small things of the citizen journey (issue 13, item 7)', () => {
  afterEach(() => fixtureCleanup());

  it('counts suggestions with the plural rules of the language', async () => {
    expect(await comboboxStatus('en', ['Hà Nội'])).to.match(/^1 suggestion;/u);
    expect(await comboboxStatus('en', ['Hà Nội', 'Hà Giang'])).to.match(/^2 suggestions;/u);
    expect(await comboboxStatus('vi', ['Hà Nội'])).to.match(/^1 gợi ý;/u);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`the hint under the back of the ID card says nothing about the front or its QR code (${lang})`, async () => {
      const el: HochieuForm = await form({ lang, declaration: example('minimalAdult') as DeclarationDraft });
      await toUploads(el);
      const back = uploadInput(el, 'idBack');
      const front = uploadInput(el, 'idFront');
      expect(back.hint).to.not.match(/QR|trước|front/u);
      expect(front.hint).to.match(/QR/u);
    });
  }
});
