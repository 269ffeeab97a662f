// docgen is DOM-free and must render the same documents inside the citizen's
// browser: the sample model as PDF (read back with pdf.js in Chromium) and as
// DOCX (checked by its XML), with the same bytes as in Node for equal input.
import { expect } from '@esm-bundle/chai';
import { strFromU8, unzipSync } from 'fflate';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { renderDocx, renderPdf } from '@hochieu/docgen';
import { SAMPLE_VALUES, VIETNAMESE_LETTERS_LINE, sampleModel } from '../../node/docgen/fixtures/sample-model.js';

// pdf.js runs its worker code in this page ("fake worker") when given the module.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const CLOCK = () => new Date(Date.UTC(2026, 6, 15, 8, 30, 0));
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string; info: Record<string, unknown>; view: number[] }> {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  }
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const result = { pages: doc.numPages, text, info, view: page.view };
  await doc.destroy();
  return result;
}

describe('@hochieu/docgen in Chromium', () => {
  it('renders the sample PDF: one A4 page whose text pdf.js reads back exactly', async () => {
    const bytes = await renderPdf(sampleModel(), { clock: CLOCK });
    const pdf = await pdfText(bytes);
    expect(pdf.pages).to.equal(1);
    expect(pdf.view[2]?.toFixed(2)).to.equal('595.28');
    expect(pdf.view[3]?.toFixed(2)).to.equal('841.89');
    const text = flat(pdf.text);
    expect(text).to.contain(`Thử chữ: ${VIETNAMESE_LETTERS_LINE}`);
    for (const value of Object.values(SAMPLE_VALUES)) expect(text).to.contain(value);
    expect(pdf.info['Language']).to.equal('vi-VN');
    expect(pdf.info['Producer']).to.equal('hochieu');
    expect(pdf.info['CreationDate']).to.equal("D:20260715153000+07'00'");
  });

  it('gives identical PDF bytes for the same model twice and for its NFD form', async () => {
    const a = await renderPdf(sampleModel(), { clock: CLOCK });
    const b = await renderPdf(sampleModel(), { clock: CLOCK });
    expect(Array.from(a)).to.deep.equal(Array.from(b));
    const model = sampleModel();
    model.blocks.push({ kind: 'item', label: 'Tên'.normalize('NFD'), value: 'Nguyễn Thị Ánh'.normalize('NFD') });
    const nfc = sampleModel();
    nfc.blocks.push({ kind: 'item', label: 'Tên', value: 'Nguyễn Thị Ánh' });
    expect(Array.from(await renderPdf(model, { clock: CLOCK }))).to.deep.equal(Array.from(await renderPdf(nfc, { clock: CLOCK })));
  });

  it('renders the sample DOCX: A4, Times New Roman, every value in the document XML', async () => {
    const bytes = await renderDocx(sampleModel(), { clock: CLOCK });
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).to.match(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).to.contain('w:ascii="Times New Roman"');
    const texts = [...doc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const value of Object.values(SAMPLE_VALUES)) expect(texts).to.contain(value);
    expect(texts).to.contain(VIETNAMESE_LETTERS_LINE);
    // Written in Vietnam time (issue 13): 08:30 UTC is 15:30 at UTC+7.
    expect(strFromU8(files['docProps/core.xml']!)).to.contain('2026-07-15T15:30:00+07:00');
    const again = await renderDocx(sampleModel(), { clock: CLOCK });
    expect(Array.from(again)).to.deep.equal(Array.from(bytes));
  });
});
