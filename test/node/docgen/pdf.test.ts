/**
 * The PDF renderer, read back by independent readers: pdf.js for text,
 * metadata and drawing operators, the font inspector for a glyph-by-glyph
 * comparison with the source Tinos font, and poppler's pdffonts and qpdf
 * (command-line tools) for font embedding and file structure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPdf, type DocumentModel, type FontSet } from '@hochieu/docgen';
import { PHOTO_PNG, SAMPLE_VALUES, VIETNAMESE_LETTERS_LINE, sampleModel } from './fixtures/sample-model.js';
import { compareGlyphs, flat, readPdf, sourceFontFor } from './support/pdf-reader.js';
import { identity, multiply, type Matrix } from '../../support/pdf-matrix.js';
import { nfd } from './support/nfd.js';

const CLOCK = () => new Date(Date.UTC(2026, 6, 15, 8, 30, 0));
const MM = 72 / 25.4;

function withTempFile<T>(bytes: Uint8Array, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'hochieu-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const samplePdf = renderPdf(sampleModel(), { clock: CLOCK });

test('the page is A4 (595.28 x 841.89 pt) and the sample fits on one page', async () => {
  const pdf = await readPdf(await samplePdf);
  assert.equal(pdf.pages, 1);
  assert.equal(pdf.view[2]?.toFixed(2), '595.28');
  assert.equal(pdf.view[3]?.toFixed(2), '841.89');
});

test('a page break block starts a second page, and the text after it is on that page', async () => {
  const model = sampleModel();
  model.blocks.splice(1, 0, { kind: 'pageBreak' });
  const pdf = await readPdf(await renderPdf(model));
  assert.equal(pdf.pages, 2);
  assert.ok(flat(pdf.pageTexts[0] ?? '').includes('Độc lập - Tự do - Hạnh phúc'));
  assert.ok(flat(pdf.pageTexts[1] ?? '').includes('TỜ KHAI'));
});

test('content longer than a page flows onto the next pages, keeping every line', async () => {
  const model = sampleModel();
  const items = Array.from({ length: 70 }, (_, i) => ({ kind: 'item' as const, number: `${i + 1}.`, label: `Dòng thử số ${i + 1}:`, value: i % 2 ? null : `Giá trị ${i + 1}` }));
  model.blocks = [model.blocks[0]!, ...items];
  const pdf = await readPdf(await renderPdf(model));
  assert.equal(pdf.pages, 2);
  const all = flat(pdf.pageTexts.join('\n'));
  for (let i = 1; i <= 70; i++) assert.ok(all.includes(`${i}. Dòng thử số ${i}:`), `line ${i}`);
  assert.ok(flat(pdf.pageTexts[1] ?? '').includes('70. Dòng thử số 70:'));
});

test('pdf.js reads back all 134 Vietnamese letters exactly, in NFC', async () => {
  const pdf = await readPdf(await samplePdf);
  const text = flat(pdf.pageTexts.join('\n'));
  assert.equal(text, text.normalize('NFC'));
  assert.ok(text.includes(`Thử chữ: ${VIETNAMESE_LETTERS_LINE}`), 'letters line');
});

test('pdf.js reads back every filled value exactly, names in capitals', async () => {
  const text = flat((await readPdf(await samplePdf)).pageTexts.join('\n'));
  for (const [key, value] of Object.entries(SAMPLE_VALUES)) assert.ok(text.includes(value), `${key}: ${value}`);
  assert.ok(text.includes('1. Họ NGUYỄN'));
  assert.ok(text.includes('Lạng Sơn, ngày 15 tháng 07 năm 2026'));
  assert.ok(!text.includes('Nguyễn Chữ'), 'the surname is printed in capitals');
});

test('blanks, boxes and checkboxes are drawn, not typed: no dots or box characters in the text', async () => {
  const text = (await readPdf(await samplePdf)).pageTexts.join('\n');
  assert.doesNotMatch(text, /\.{3}|…|[☐☑☒□■]/u);
});

test('metadata: title, subject, author, keywords, producer, creator, language vi-VN, dates from the clock', async () => {
  const { info } = await readPdf(await samplePdf);
  const model = sampleModel();
  assert.equal(info['Title'], model.metadata.title);
  assert.equal(info['Subject'], model.metadata.subject);
  assert.equal(info['Author'], model.metadata.author);
  assert.equal(info['Keywords'], 'hộ chiếu TK01');
  assert.equal(info['Producer'], 'hochieu');
  assert.equal(info['Creator'], 'hochieu docgen');
  assert.equal(info['Language'], 'vi-VN');
  assert.equal(info['CreationDate'], "D:20260715153000+07'00'", 'Vietnam time with its offset');
  assert.equal(info['ModDate'], "D:20260715153000+07'00'");
});

test('without a clock the document dates are now in Vietnam time, never 1970 (issue 13)', async () => {
  const before = Date.now();
  const { info } = await readPdf(await renderPdf(sampleModel()));
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\+07'00'$/u.exec(String(info['CreationDate']));
  assert.ok(m, String(info['CreationDate']));
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]) - 7, Number(m[5]), Number(m[6]));
  assert.ok(Math.abs(utc - before) < 60_000, `${info['CreationDate']} is now`);
});

test('the same model and clock give byte-identical PDFs', async () => {
  const a = await renderPdf(sampleModel(), { clock: CLOCK });
  const b = await renderPdf(sampleModel(), { clock: CLOCK });
  assert.ok(a.length > 1000);
  assert.deepEqual(Buffer.from(a), Buffer.from(b));
});

test('another clock changes the dates only', async () => {
  const a = await renderPdf(sampleModel(), { clock: CLOCK });
  const b = await renderPdf(sampleModel(), { clock: () => new Date(Date.UTC(2027, 0, 2)) });
  assert.notDeepEqual(Buffer.from(a), Buffer.from(b));
  assert.deepEqual((await readPdf(a)).pageTexts, (await readPdf(b)).pageTexts);
});

test('an NFD model gives the same bytes as its NFC form', async () => {
  const decomposed = nfd(sampleModel());
  assert.notEqual(JSON.stringify(decomposed.metadata), JSON.stringify(sampleModel().metadata));
  const a = await renderPdf(decomposed, { clock: CLOCK });
  assert.deepEqual(Buffer.from(a), Buffer.from(await samplePdf));
});

test('glyph regression: every embedded glyph matches the source Tinos glyph of its character', async () => {
  const reports = await compareGlyphs(await samplePdf);
  assert.deepEqual(reports.map((r) => r.baseFont).sort(), ['HCHBLD+Tinos-Bold', 'HCHITA+Tinos-Italic', 'HCHREG+Tinos-Regular']);
  for (const r of reports) {
    assert.ok(r.compared > 10, `${r.baseFont} has glyphs`);
    assert.deepEqual(r.differing, [], `${r.baseFont}: glyphs that differ from the source font`);
  }
  const regular = reports.find((r) => r.baseFont.endsWith('-Regular'))!;
  for (const letter of VIETNAMESE_LETTERS_LINE.replace(/ /g, '')) assert.ok(regular.characters.has(letter), `${letter} embedded`);
});

test('glyph regression check catches a font whose glyphs are not the source glyphs', async () => {
  // Embedding Tinos Bold under the Regular name must be caught by the comparison.
  const bold = sourceFontFor('X-Bold');
  const swapped: FontSet = { family: 'Tinos', regular: async () => bold, bold: async () => bold, italic: async () => bold };
  const reports = await compareGlyphs(await renderPdf(sampleModel(), { font: swapped }));
  const regular = reports.find((r) => r.baseFont.endsWith('-Regular'))!;
  assert.ok(regular.differing.length > 100, `found ${regular.differing.length} differing glyphs`);
});

test('a host FontSet is used for the embedded fonts (here the full, unsubset Tinos files)', async () => {
  const full: FontSet = {
    family: 'TinosFull',
    regular: async () => sourceFontFor('X-Regular'),
    bold: async () => sourceFontFor('X-Bold'),
    italic: async () => sourceFontFor('X-Italic'),
  };
  const bytes = await renderPdf(sampleModel(), { font: full });
  const reports = await compareGlyphs(bytes);
  assert.deepEqual(reports.map((r) => r.baseFont).sort(), ['HCHBLD+TinosFull-Bold', 'HCHITA+TinosFull-Italic', 'HCHREG+TinosFull-Regular']);
  for (const r of reports) assert.deepEqual(r.differing, []);
});

test('qpdf --check finds no structural error', async () => {
  const out = withTempFile(await samplePdf, (file) => execFileSync('qpdf', ['--check', file], { encoding: 'utf8' }));
  assert.match(out, /No syntax or stream encoding errors found/);
});

test('pdffonts: three embedded subset fonts with a Unicode map', async () => {
  const out = withTempFile(await samplePdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  const rows = out.trim().split('\n').slice(2);
  assert.equal(rows.length, 3);
  for (const row of rows) assert.match(row, /^HCH[A-Z]{3}\+Tinos-(Regular|Bold|Italic)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
});

/** Where each image is painted (its transformation matrix) and whether a clip is active. */
async function paintedImages(bytes: Uint8Array): Promise<{ matrix: Matrix; clipped: boolean }[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const list = await page.getOperatorList();
  const found: { matrix: Matrix; clipped: boolean }[] = [];
  let ctm: Matrix = identity();
  let clipped = false;
  const stack: { ctm: Matrix; clipped: boolean }[] = [];
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i];
    if (fn === OPS.save) stack.push({ ctm, clipped });
    else if (fn === OPS.restore) ({ ctm, clipped } = stack.pop() ?? { ctm, clipped });
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.clip) clipped = true;
    else if (fn === OPS.paintImageXObject) found.push({ matrix: ctm, clipped });
  });
  await doc.destroy();
  return found;
}

test('a 2:3 JPEG photo is placed at exactly 40 x 60 mm at the right margin', async () => {
  const images = await paintedImages(await samplePdf);
  assert.equal(images.length, 1);
  const [a, , , d, e] = images[0]!.matrix;
  assert.equal((a / MM).toFixed(2), '40.00');
  assert.equal((d / MM).toFixed(2), '60.00');
  const right = sampleModel().page.marginsMm.right;
  assert.equal(((e + a) / MM).toFixed(2), (210 - right).toFixed(2));
});

test('a photo of another shape is scaled to cover the 40 x 60 mm frame and clipped, not stretched', async () => {
  const images = await paintedImages(await renderPdf(sampleModel(PHOTO_PNG)));
  assert.equal(images.length, 1);
  const { matrix, clipped } = images[0]!;
  assert.equal(clipped, true);
  // 40 x 64 px: the width fills 40 mm, the height is 64 mm, aspect kept.
  assert.equal((matrix[0] / MM).toFixed(2), '40.00');
  assert.equal((matrix[3] / MM).toFixed(2), '64.00');
});

test('a long value wraps inside the margins instead of running off the page', async () => {
  const long = 'Thôn Bản Chắt, xã Đình Lập, tỉnh Lạng Sơn, '.repeat(6).trim();
  const model: DocumentModel = { ...sampleModel(), blocks: [{ kind: 'item', number: '8.', label: 'Nơi thường trú:', value: long }] };
  const pdf = await readPdf(await renderPdf(model));
  const lines = (pdf.pageTexts[0] ?? '').split('\n').filter((l) => l.trim() !== '');
  assert.ok(lines.length >= 3, `wrapped into ${lines.length} lines`);
  assert.equal(flat(pdf.pageTexts[0] ?? ''), `8. Nơi thường trú: ${long}`);
});

test('a blank form (every value empty, no photo) stays on one page with its labels and the frame label', async () => {
  const model = sampleModel(null);
  model.blocks = model.blocks.map((b) => {
    if (b.kind === 'item') return { ...b, value: null };
    if (b.kind === 'placeDate') return { ...b, place: null, day: null, month: null, year: null };
    if (b.kind === 'signature') return { ...b, name: null };
    if (b.kind === 'digitBoxes') return { ...b, value: null };
    if (b.kind === 'photoBox') return { ...b, beside: b.beside.map((inner) => (inner.kind === 'digitBoxes' || inner.kind === 'item' ? { ...inner, value: null } : inner)) };
    return b;
  });
  const pdf = await readPdf(await renderPdf(model));
  assert.equal(pdf.pages, 1);
  const lines = (pdf.pageTexts[0] ?? '').split('\n').map(flat);
  assert.ok(lines.includes(', ngày tháng năm'), 'the empty place and date line is one line');
  assert.ok(lines.some((l) => l.startsWith('Ảnh')), 'the empty frame shows its label');
  const text = flat(pdf.pageTexts[0] ?? '');
  assert.ok(!text.includes(SAMPLE_VALUES.idNumber) && !text.includes(SAMPLE_VALUES.signatureName) && !text.includes('Thử chữ: à'));
  assert.ok(text.includes('9. Nơi tạm trú:') && text.includes('4. Số định danh cá nhân:'));
});
