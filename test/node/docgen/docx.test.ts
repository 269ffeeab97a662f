/**
 * The DOCX renderer, read back by independent readers: mammoth (raw text)
 * and the package XML (unzipped with fflate) for page size, margins, fonts,
 * dotted tab leaders, check box content controls, digit boxes, the photo frame
 * and the core properties; and a comparison with the PDF's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { renderDocx, renderPdf, type DocumentModel } from '@hochieu/docgen';
import { PHOTO_PNG, SAMPLE_VALUES, VIETNAMESE_LETTERS_LINE, sampleModel } from './fixtures/sample-model.js';
import { flat, readPdf } from './support/pdf-reader.js';
import { nfd } from './support/nfd.js';

const CLOCK = () => new Date(Date.UTC(2026, 6, 15, 8, 30, 0));
const TWIPS_PER_MM = 1440 / 25.4;

async function rawText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([p]) => /\.(xml|rels)$/.test(p)).map(([p, d]) => [p, strFromU8(d)]));
}

const sampleDocx = renderDocx(sampleModel(), { clock: CLOCK });

test('mammoth reads back all 134 Vietnamese letters exactly, in NFC', async () => {
  const text = flat(await rawText(await sampleDocx));
  assert.equal(text, text.normalize('NFC'));
  assert.ok(text.includes(`Thử chữ: ${VIETNAMESE_LETTERS_LINE}`));
});

test('mammoth reads back every filled value exactly, names in capitals', async () => {
  const raw = await rawText(await sampleDocx);
  const text = flat(raw);
  for (const [key, value] of Object.entries(SAMPLE_VALUES)) {
    if (key === 'idNumber') continue; // one digit per box cell: checked below
    assert.ok(text.includes(value), `${key}: ${value}`);
  }
  assert.ok(raw.includes(`\n\n${Array.from(SAMPLE_VALUES.idNumber).join('\n\n')}\n\n`), 'the ID number, one digit per cell, in order');
  assert.ok(text.includes('1. Họ NGUYỄN'));
  assert.ok(text.includes('Lạng Sơn, ngày 15 tháng 07 năm 2026'));
});

test('the DOCX shows the same words as the PDF', async () => {
  const words = (text: string) => flat(text.replace(/[☐☒]/gu, ' ')).split(' ').filter((w) => w !== '');
  const pdfText = (await readPdf(await renderPdf(sampleModel(), { clock: CLOCK }))).pageTexts.join('\n');
  // In the DOCX the ID number is one digit per table cell (one paragraph each): join them back.
  const docxText = (await rawText(await sampleDocx)).replace(Array.from(SAMPLE_VALUES.idNumber).join('\n\n'), SAMPLE_VALUES.idNumber);
  assert.deepEqual(words(docxText), words(pdfText));
});

test('the page is A4 (11906 x 16838 twips) with the model margins', async () => {
  const doc = parts(await sampleDocx)['word/document.xml']!;
  assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
  const m = sampleModel().page.marginsMm;
  const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)?.[1] ?? '';
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    assert.match(margin, new RegExp(`w:${side}="${Math.round(m[side] * TWIPS_PER_MM)}"`), side);
  }
});

test('administrative margins (Nghị định 30/2020) are written as given: 20/15/20/30 mm', async () => {
  const model: DocumentModel = { ...sampleModel(), page: { size: 'A4', marginsMm: { top: 20, right: 15, bottom: 20, left: 30 } } };
  const doc = parts(await renderDocx(model))['word/document.xml']!;
  assert.match(doc, /<w:pgMar [^>]*w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
});

test('Times New Roman is named in the default style and in every text run', async () => {
  const p = parts(await sampleDocx);
  assert.match(p['word/styles.xml']!, /<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
  const runs = p['word/document.xml']!.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
  const textRuns = runs.filter((r) => r.includes('<w:t'));
  assert.ok(textRuns.length > 50);
  for (const run of textRuns) assert.match(run, /w:ascii="Times New Roman"/);
});

test('the language of the text is vi-VN', async () => {
  assert.match(parts(await sampleDocx)['word/styles.xml']!, /<w:lang w:val="vi-VN"\/>/);
});

test('an empty value is a tab with a dot leader to the right margin', async () => {
  const doc = parts(await sampleDocx)['word/document.xml']!;
  const m = sampleModel().page.marginsMm;
  const width = Math.round((210 - m.left - m.right) * TWIPS_PER_MM);
  const para = (doc.match(/<w:p>(?:(?!<w:p>)[\s\S])*?9\. <\/w:t>[\s\S]*?<\/w:p>/) ?? [''])[0];
  assert.match(para, new RegExp(`<w:tab w:val="right" w:pos="${width}" w:leader="dot"/>`));
  assert.match(para, /Nơi tạm trú:<\/w:t><\/w:r><w:r>[^]*?<w:tab\/><\/w:r>/);
});

test('a blank inside a row gets a dot leader to a stop after its label', async () => {
  const doc = parts(await sampleDocx)['word/document.xml']!;
  const para = (doc.match(/<w:p>(?:(?!<w:p>)[\s\S])*?13\. <\/w:t>[\s\S]*?<\/w:p>/) ?? [''])[0];
  const stops = [...para.matchAll(/<w:tab w:val="(left|right)" w:pos="(\d+)" w:leader="dot"\/>/g)].map((m) => [m[1], Number(m[2])]);
  assert.equal(stops.length, 2);
  assert.equal(stops[0]![0], 'left');
  assert.equal(stops[1]![0], 'right');
  assert.ok((stops[0]![1] as number) < (stops[1]![1] as number));
});

test('checkboxes are Word check box controls, ticked where checked', async () => {
  const doc = parts(await sampleDocx)['word/document.xml']!;
  const boxes = [...doc.matchAll(/<w14:checkbox>[\s\S]*?<w14:checked w14:val="([01])"\/>/g)].map((m) => m[1]);
  assert.deepEqual(boxes, ['0', '1', '1', '0']);
  assert.match(doc, /<w:sym w:char="2612" w:font="MS Gothic"\/>/);
  assert.match(doc, /<w:sym w:char="2610" w:font="MS Gothic"\/>/);
});

test('the ID number is a one-row table of 12 bordered cells, one digit each', async () => {
  const doc = parts(await sampleDocx)['word/document.xml']!;
  const row = (doc.match(/<w:tr>(?:(?!<w:tr>)[\s\S])*?Số định danh cá nhân:[\s\S]*?<\/w:tr>/) ?? [''])[0];
  const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
  const boxed = cells.filter((c) => /<w:top w:val="single"/.test(c));
  assert.equal(boxed.length, 12);
  assert.deepEqual(boxed.map((c) => /<w:t[^>]*>([^<]*)<\/w:t>/.exec(c)?.[1]), Array.from(SAMPLE_VALUES.idNumber));
});

test('the photo frame is a 4 x 6 cm cell and the photo exactly 40 x 60 mm (1 440 000 x 2 160 000 EMU)', async () => {
  for (const model of [sampleModel(), sampleModel(PHOTO_PNG)]) {
    const doc = parts(await renderDocx(model))['word/document.xml']!;
    assert.match(doc, /<w:gridCol w:w="2268"\/><\/w:tblGrid><w:tr><w:trPr><w:trHeight w:val="3402" w:hRule="exact"\/>/);
    assert.match(doc, /<wp:extent cx="1440000" cy="2160000"\/>/);
  }
  const empty = parts(await renderDocx(sampleModel(null)))['word/document.xml']!;
  assert.doesNotMatch(empty, /<w:drawing>/);
  assert.match(empty, /<w:trHeight w:val="3402" w:hRule="exact"\/>[\s\S]*?Ảnh<\/w:t>/);
});

test('core properties: title, subject, creator, and the clock as created and modified date', async () => {
  const core = parts(await sampleDocx)['docProps/core.xml']!;
  const model = sampleModel();
  assert.match(core, new RegExp(`<dc:title>${model.metadata.title.replace(/[()]/g, '\\$&')}</dc:title>`));
  assert.match(core, /<dc:subject>Nguyễn Thị Hồng Nhung<\/dc:subject>/);
  assert.match(core, /<dc:creator>Nguyễn Thị Hồng Nhung<\/dc:creator>/);
  // 08:30 UTC is 15:30 in Vietnam (issue 13: dates in Vietnam time, like the PDF).
  assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2026-07-15T15:30:00\+07:00<\/dcterms:created>/);
  assert.match(core, /<dcterms:modified xsi:type="dcterms:W3CDTF">2026-07-15T15:30:00\+07:00<\/dcterms:modified>/);
});

test('without a clock the core property dates are now in Vietnam time, never 1970 (issue 13)', async () => {
  const before = Date.now();
  const core = parts(await renderDocx(sampleModel()))['docProps/core.xml']!;
  const m = /<dcterms:created xsi:type="dcterms:W3CDTF">(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00<\/dcterms:created>/u.exec(core);
  assert.ok(m, core);
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]) - 7, Number(m[5]), Number(m[6]));
  assert.ok(Math.abs(utc - before) < 60_000, `${m[0]} is now`);
});

test('the same model and clock give byte-identical DOCX files (and so identical XML)', async () => {
  const a = await renderDocx(sampleModel(), { clock: CLOCK });
  const b = await renderDocx(sampleModel(), { clock: CLOCK });
  assert.deepEqual(parts(a), parts(b));
  assert.deepEqual(Buffer.from(a), Buffer.from(b));
});

test('an NFD model gives the same DOCX bytes as its NFC form', async () => {
  const a = await renderDocx(nfd(sampleModel()), { clock: CLOCK });
  assert.deepEqual(Buffer.from(a), Buffer.from(await sampleDocx));
});
