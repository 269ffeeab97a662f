// The address field inside <hochieu-form>: typing a former address in "Nơi
// thường trú" shows the current unit to choose; choosing it fills the field;
// the review and the PDF (read back with pdf.js) show the chosen text; an
// address kept as written stays as written.
import { expect, fixtureCleanup } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { example } from '@hochieu/core/examples';
import type { DeclarationDraft } from '@hochieu/core';
import type { ExportDetail } from '@hochieu/widget';
import { clickOn, tabAway, typeInto } from '../widget/helpers.js';
import { field, fillStep, form, next, press, q, settle, shadow, textOf, type HochieuForm } from './helpers.js';
import { captureDownloads } from './upload-helpers.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const OLD = 'Số 12 đường Lê Lợi, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn';
const CHOSEN = 'Số 12 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
  }
  await doc.destroy();
  return text.replace(/\s+/gu, ' ');
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

async function toAddresses(el: HochieuForm, data: DeclarationDraft): Promise<void> {
  await press(el, 'start');
  for (let guard = 0; guard < 5 && el.step !== 'addresses'; guard += 1) {
    await fillStep(el, data);
    await next(el);
  }
  expect(el.step).to.equal('addresses');
}

async function finish(el: HochieuForm, data: DeclarationDraft): Promise<void> {
  for (let guard = 0; guard < 20 && el.step !== 'review'; guard += 1) {
    await fillStep(el, data);
    await next(el);
  }
  expect(el.step).to.equal('review');
}

describe('<hochieu-form> addresses in today’s units', () => {
  afterEach(() => fixtureCleanup());

  it('a former ward typed in Nơi thường trú: the current name is offered, chosen, reviewed and printed', async function () {
    this.timeout(120000);
    const data = example('minimalAdult') as DeclarationDraft;
    const el = await form();
    await toAddresses(el, data);
    const address = field(el, 'applicant.permanentAddress');
    expect(address.localName).to.equal('hochieu-address-field');
    await typeInto(shadow(address).querySelector<HTMLInputElement>('#input')!, OLD);
    await tabAway();
    await settle(el);
    const notice = await until(() => shadow(address).querySelector('[data-former]'), 'the former-unit notice');
    expect(textOf(notice)).to.contain('Phường Chi Lăng (cũ) nay thuộc Phường Lương Văn Tri, Tỉnh Lạng Sơn');
    expect((el.value as { applicant: { permanentAddress: string } }).applicant.permanentAddress).to.equal(OLD);
    await clickOn(shadow(address).querySelector('[data-candidate="05983"]')!);
    await settle(el);
    expect(address.value).to.equal(CHOSEN);
    expect((el.value as { applicant: { permanentAddress: string } }).applicant.permanentAddress).to.equal(CHOSEN);

    await finish(el, data);
    expect(textOf(q(el, '[data-answer="applicant.permanentAddress"]'))).to.equal(CHOSEN);
    await press(el, 'confirm');
    const capture = captureDownloads();
    try {
      const done = new Promise<ExportDetail>((resolve) => el.addEventListener('hochieu-export', (e) => resolve(e.detail), { once: true }));
      await press(el, 'pdf');
      expect(await done).to.deep.equal({ kind: 'pdf', ok: true });
      const bytes = new Uint8Array(await capture.downloads[0]!.blob.arrayBuffer());
      const text = await pdfText(bytes);
      expect(text).to.contain(CHOSEN);
      expect(text).not.to.contain('Chi Lăng');
    } finally {
      capture.restore();
    }
  });

  it('an address kept as written is printed as written (a warning, never an error)', async function () {
    this.timeout(120000);
    const data = example('minimalAdult') as DeclarationDraft;
    const el = await form();
    await toAddresses(el, data);
    const address = field(el, 'applicant.permanentAddress');
    await typeInto(shadow(address).querySelector<HTMLInputElement>('#input')!, OLD);
    await tabAway();
    await settle(el);
    await clickOn(await until(() => shadow(address).querySelector('[data-keep]'), 'the keep button'));
    await settle(el);
    expect(address.error).to.equal('');
    await finish(el, { ...data, applicant: { ...data.applicant, permanentAddress: OLD } } as DeclarationDraft);
    expect(textOf(q(el, '[data-answer="applicant.permanentAddress"]'))).to.equal(OLD);
  });
});
