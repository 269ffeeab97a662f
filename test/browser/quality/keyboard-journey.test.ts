// Keyboard-only journey (WCAG 2.1.1 Keyboard, 2.4.3 Focus Order): a TK01 is
// completed in <hochieu-app> from the top of the page to an exported PDF
// with only Tab, Shift+Tab, Enter, Space, arrow keys (and Escape to close a
// suggestion list) and typed text: no click, no property set on the widget,
// no element focused by script. The form tab is opened with the arrow keys
// (the form loads then), every field is reached with Tab, radios are chosen
// with the arrows or Space, a place is picked from the suggestion list with
// ArrowDown and Enter, a failed "Tiếp tục" is corrected by going back with
// Shift+Tab, and each step's buttons are pressed with Enter or Space. The PDF
// handed to the download link is read back with pdf.js and must hold the
// typed values. Focus must land on each new step's heading.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import '@hochieu/widget/define';
import type { ExportDetail, HochieuApp, StepChangeDetail } from '@hochieu/widget';
import { captureDownloads, deepActive, describe as describeEl, hostsOf, key, settleDeep, shiftTab, tabTo, textOf, type, until } from './helpers.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

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

/** The declaration path of the form field an element belongs to (its `data-field` host), or ''. */
function fieldOf(el: Element): string {
  for (const host of [el, ...hostsOf(el)]) {
    const id = (host as HTMLElement).dataset?.['field'];
    if (id) return id;
  }
  return '';
}

function isField(path: string, box?: string): (el: Element) => boolean {
  return (el) => fieldOf(el) === path && (box === undefined || el.id === box);
}

function isButton(attr: string, value: string): (el: Element) => boolean {
  return (el) => el.localName === 'button' && el.getAttribute(attr) === value;
}

describe('keyboard-only journey', () => {
  afterEach(() => fixtureCleanup());

  it('completes a TK01 in <hochieu-app> with the keyboard alone and exports a PDF holding the typed values', async function () {
    this.timeout(120000);
    const app = await fixture<HochieuApp>('<hochieu-app lang="vi" date="2026-11-23" no-drafts></hochieu-app>');
    await settleDeep(app);
    const settle = () => settleDeep(app);
    const steps: string[] = [];
    const headingFocus: string[] = [];
    app.addEventListener('hochieu-step-change', (e: Event) => {
      steps.push((e as CustomEvent<StepChangeDetail>).detail.to);
    });
    const exports: ExportDetail[] = [];
    app.addEventListener('hochieu-export', (e: Event) => exports.push((e as CustomEvent<ExportDetail>).detail));

    // Nothing focused: the keyboard user starts at the top of the page.
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo((el) => el.id === 'tab-guide', 'the guide tab', { max: 3 });
    await key('ArrowRight');
    await settle();
    expect(deepActive()?.id).to.equal('tab-form');
    const form = await until(() => app.form, 'the form to load');
    await until(() => form.shadowRoot?.querySelector('[data-action="start"]'), 'the task list');
    await settle();

    /** After a step change, focus must be on the new step's heading. */
    const onStep = async (id: string): Promise<void> => {
      await settle();
      await until(() => form.step === id, `step ${id}`, 3000).catch((error: Error) => {
        const summary = textOf(form.shadowRoot?.querySelector('hochieu-error-summary')?.shadowRoot ?? null);
        throw new Error(`${error.message} (still on ${form.step}: ${summary})`);
      });
      await until(() => deepActive()?.localName === 'h2', `focus on the heading of ${id}`, 3000);
      headingFocus.push(`${id}:${textOf(deepActive())}`);
    };

    const typeField = async (path: string, text: string, box?: string): Promise<void> => {
      await tabTo(isField(path, box), `${path}${box ? ` ${box}` : ''}`, { settle });
      await type(text);
    };

    const chooseRadio = async (path: string, value: string): Promise<void> => {
      await tabTo((el) => fieldOf(el) === path && (el as HTMLInputElement).type === 'radio', `${path} radios`, { settle });
      for (let i = 0; i < 12; i += 1) {
        const radio = deepActive() as HTMLInputElement;
        if (radio.value === value && radio.checked) break;
        if (radio.value === value) await key('Space');
        else await key('ArrowDown');
        await settle();
      }
      const chosen = deepActive() as HTMLInputElement;
      expect(`${chosen.value}:${chosen.checked}`, path).to.equal(`${value}:true`);
    };

    const pressButton = async (attr: string, value: string, how: 'Enter' | 'Space' = 'Enter'): Promise<void> => {
      await tabTo(isButton(attr, value), `the ${value} button`, { settle, max: 80 });
      await key(how);
      await settle();
    };

    await pressButton('data-action', 'start');
    await onStep('identity');

    // Identity: the given names are left out on purpose; "Tiếp tục" fails.
    await typeField('applicant.familyName', 'Nguyễn');
    await chooseRadio('applicant.sex', 'male');
    await typeField('applicant.dateOfBirth', '12', 'day');
    await key('Tab');
    await type('05');
    await key('Tab');
    await type('1990');
    // Place of birth: typed without accents, taken from the list with the arrow key and Enter.
    await typeField('applicant.placeOfBirth', 'lang son');
    await settle();
    await key('ArrowDown');
    await settle();
    await key('Enter');
    await settle();
    await pressButton('data-action', 'continue', 'Space');
    expect(form.step).to.equal('identity');
    // Focus goes to the error summary; its link leads to the field; Enter follows it.
    const summaryFocus = deepActive();
    expect(hostsOf(summaryFocus).some((h) => h.localName === 'hochieu-error-summary'), describeEl(summaryFocus)).to.equal(true);
    await tabTo((el) => el.localName === 'a' && (el.getAttribute('href') ?? '').includes('givenNames'), 'the summary link', { settle });
    await key('Enter');
    await settle();
    expect(fieldOf(deepActive()!)).to.equal('applicant.givenNames');
    await type('Văn An');
    // Back with Shift+Tab to check the sex radios kept their answer, then forward again.
    await tabTo((el) => fieldOf(el) === 'applicant.familyName', 'the family name, backwards', { backwards: true, settle });
    expect((deepActive() as HTMLInputElement).value).to.equal('Nguyễn');
    await pressButton('data-action', 'continue');
    await onStep('idContacts');

    await typeField('applicant.personalId', '020090123456');
    await typeField('applicant.ethnicity', 'Kinh');
    await key('Escape');
    // Religion is prefilled with "Không"; the phone comes next.
    await typeField('applicant.phone', '0912345678');
    await pressButton('data-action', 'continue');
    await onStep('addresses');

    await typeField('applicant.permanentAddress', 'Số 12 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn');
    await pressButton('data-action', 'continue');
    await onStep('work');

    await typeField('applicant.occupation', 'Giáo viên');
    await pressButton('data-action', 'continue');
    await onStep('family');

    await typeField('family.mother.fullName', 'Trần Thị Bích');
    // A parent's date of birth may be a year alone.
    await typeField('family.mother.dateOfBirth', '1965', 'year');
    await pressButton('data-action', 'continue');
    await onStep('previousPassport');
    await pressButton('data-action', 'continue');
    // Thông tư 69/2026 (in force on 23/11/2026): the optional fee-refund account, left empty.
    await onStep('feeRefund');
    await pressButton('data-action', 'continue');
    await onStep('request');

    await chooseRadio('request.reason', 'first');
    await chooseRadio('request.chip', 'true');
    await pressButton('data-action', 'continue');
    await onStep('submission');

    await typeField('submission.date', '23', 'day');
    await key('Tab');
    await type('11');
    await key('Tab');
    await type('2026');
    await chooseRadio('submission.channel', 'in-person');
    await chooseRadio('submission.delivery', 'office');
    await pressButton('data-action', 'continue');
    await onStep('uploads');
    // Uploads never block: "Tiếp tục" moves on to the review.
    await pressButton('data-action', 'continue');
    await onStep('review');
    expect(textOf(form.shadowRoot!.querySelector('[data-answer="applicant.givenNames"]'))).to.equal('VĂN AN');
    expect(textOf(form.shadowRoot!.querySelector('[data-answer="applicant.placeOfBirth"]'))).to.equal('Lạng Sơn');
    await pressButton('data-action', 'confirm');
    await onStep('export');

    const capture = captureDownloads();
    let bytes: Uint8Array;
    try {
      await pressButton('data-export', 'pdf');
      await until(() => exports.length > 0, 'the export', 60000);
      expect(exports[0]).to.deep.equal({ kind: 'pdf', ok: true });
      const download = await until(() => capture.downloads[0], 'the download');
      expect(download.name).to.equal('to-khai-TK01.pdf');
      bytes = new Uint8Array(await download.blob.arrayBuffer());
    } finally {
      capture.restore();
    }
    const text = await pdfText(bytes);
    for (const value of ['NGUYỄN', 'VĂN AN', 'Lạng Sơn', 'Kinh', 'Giáo viên', 'Trần Thị Bích', 'Số 12 đường Lê Lợi']) {
      expect(text, value).to.contain(value);
    }
    expect(text.replace(/\s+/gu, '')).to.contain('020090123456');
    expect(steps).to.deep.equal([
      'identity',
      'idContacts',
      'addresses',
      'work',
      'family',
      'previousPassport',
      'feeRefund',
      'request',
      'submission',
      'uploads',
      'review',
      'export',
    ]);
    expect(headingFocus.length).to.equal(steps.length);
  });
});
