// The blank-form download of the "Biểu mẫu" section loads @hochieu/docgen
// only when the button is pressed: no docgen module is fetched while the
// guide renders, exactly one import happens on click, and the result (a file
// from docgen) is shown in a status line and sent as hochieu-export.
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { docgenLoader } from '../../../packages/widget/src/components/hochieu-guide/blank-form.js';
import type { ExportDetail } from '../../../packages/widget/src/events.js';
import { guide, openSections, settle, shadow, textOf } from './helpers.js';

/** URLs of docgen modules the page has fetched so far. */
function docgenFetched(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes('/packages/docgen/'));
}

describe('<hochieu-guide> blank form download', () => {
  const original = docgenLoader.load;
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    docgenLoader.load = () => {
      calls += 1;
      return original();
    };
  });
  afterEach(() => {
    docgenLoader.load = original;
    fixtureCleanup();
  });

  it('does not load docgen while rendering, and loads it once on click', async () => {
    const el = await guide();
    await openSections(el, 'bieu-mau');
    expect(calls).to.equal(0);
    expect(docgenFetched()).to.deep.equal([]);

    const button = shadow(el).querySelector<HTMLButtonElement>('button[data-download="TK01"]')!;
    expect(textOf(button)).to.equal('Tải mẫu TK01 để in (PDF, để trống)');
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'hochieu-export')) as CustomEvent<ExportDetail>;
    await settle(el);
    expect(calls).to.equal(1);
    expect(docgenFetched().length).to.be.greaterThan(0);

    const status = textOf(shadow(el).querySelector('#download-status-TK01'));
    expect(event.detail).to.deep.equal({ kind: 'pdf', ok: true });
    expect(status).to.contain('to-khai-TK01-de-trong.pdf');
  });

  it('hands the form and the date to docgen and offers the file it returns', async () => {
    const received: unknown[] = [];
    docgenLoader.load = () => {
      calls += 1;
      return Promise.resolve({
        buildBlankFormPdf: (options: { form: 'TK01' | 'TK01a'; date?: string }) => {
          received.push(options);
          return Promise.resolve(new TextEncoder().encode('%PDF-1.7 test bytes'));
        },
      });
    };
    const el = await guide({ date: '2026-11-23' });
    await openSections(el, 'bieu-mau');
    const button = shadow(el).querySelector<HTMLButtonElement>('button[data-download="TK01a"]')!;
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'hochieu-export')) as CustomEvent<ExportDetail>;
    await settle(el);
    expect(calls).to.equal(1);
    expect(received).to.deep.equal([{ form: 'TK01a', date: '2026-11-23', config: {} }], 'the host configuration goes along (a pin picks the version)');
    expect(event.detail.ok).to.equal(true);
    expect(textOf(shadow(el).querySelector('#download-status-TK01a'))).to.equal('Đã tạo tệp to-khai-TK01a-de-trong.pdf.');
  });

  it('says the download failed when docgen cannot be loaded', async () => {
    docgenLoader.load = () => Promise.reject(new Error('offline'));
    const consoleError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => void logged.push(args);
    const el = await guide({ lang: 'en' });
    await openSections(el, 'bieu-mau');
    const button = shadow(el).querySelector<HTMLButtonElement>('button[data-download="TK01"]')!;
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'hochieu-export')) as CustomEvent<ExportDetail>;
    await settle(el);
    expect(event.detail).to.deep.equal({ kind: 'pdf', ok: false, reason: 'guide.forms.failed' });
    console.error = consoleError;
    expect(textOf(shadow(el).querySelector('#download-status-TK01'))).to.equal('The PDF file could not be made. Please try again.');
    expect(logged.length).to.equal(1);
  });
});
