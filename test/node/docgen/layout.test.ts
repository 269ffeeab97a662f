// The layout review of issue 3, as checks: page counts of every form version
// (filled and blank), typed values printed in bold apart from the labels,
// the first items set beside the photo frame, the Thông tư 69/2026 items
// printed on that version only (the date's, or a pin), a checkbox never parted
// from its caption, balanced title lines, and reproducible DOCX XML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { example, validExamples, type ValidExampleName } from '@hochieu/core/examples';
import type { HostConfig } from '@hochieu/core';
import {
  buildBlankFormDocx,
  buildBlankFormPdf,
  buildDeclarationDocx,
  buildDeclarationPdf,
  declarationModel,
  type Block,
} from '@hochieu/docgen';
import { balancedLines, breakLines, type Atom, type Measure } from '../../../packages/docgen/src/pdf/inline.js';
import { flat, readPdf } from './support/pdf-reader.js';

const DATE = '2026-11-21';
const clock = () => new Date('2026-11-21T03:00:00Z');
const TT69: HostConfig = { pinnedFormVersion: 'TT69_2026' };
const TT31: HostConfig = { pinnedFormVersion: 'TT31_2023' };

/** Each text run of page 1 with the PostScript name of its font. */
async function runsWithFonts(pdf: Uint8Array): Promise<{ str: string; font: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  await page.getOperatorList(); // loads the fonts into commonObjs
  const content = await page.getTextContent();
  const out: { str: string; font: string }[] = [];
  for (const item of content.items) {
    if ('str' in item && item.str.trim() !== '') out.push({ str: item.str, font: String((page.commonObjs.get(item.fontName) as { name: string }).name) });
  }
  await doc.destroy();
  return out;
}

for (const name of Object.keys(validExamples) as ValidExampleName[]) {
  test(`${name}: one A4 page, as the official form`, async () => {
    const pdf = await buildDeclarationPdf(example(name), { date: DATE, clock });
    assert.equal((await readPdf(pdf)).pages, 1);
  });
}

test('TK01 and TK01a of both circulars, blank and filled (with the QR), are one page each', async () => {
  for (const config of [TT31, TT69]) {
    for (const form of ['TK01', 'TK01a'] as const) {
      assert.equal((await readPdf(await buildBlankFormPdf({ form, date: DATE, clock, config }))).pages, 1, `blank ${form} ${config.pinnedFormVersion}`);
    }
    for (const name of ['fullAdult', 'child', 'childWithoutId'] as const) {
      const pdf = await buildDeclarationPdf(example(name), { date: DATE, clock, config, qr: true });
      assert.equal((await readPdf(pdf)).pages, 1, `${name} ${config.pinnedFormVersion}`);
    }
  }
});

test('typed values are printed in bold, the labels in regular', async () => {
  const d = example('fullAdult');
  const runs = await runsWithFonts(await buildDeclarationPdf(d, { date: DATE, clock }));
  const fontOf = (s: string) => runs.find((r) => r.str.includes(s))?.font ?? 'missing';
  assert.match(fontOf('Tày'), /Tinos-Bold$/u, 'ethnicity value');
  assert.match(fontOf(d.applicant.phone), /Tinos-Bold$/u, 'phone value');
  assert.match(fontOf('Dân tộc'), /Tinos-Regular$/u, 'label');
  assert.match(fontOf('Nơi thường trú'), /Tinos-Regular$/u, 'label');
  const docx = strFromU8(unzipSync(await buildDeclarationDocx(d, { date: DATE, clock }))['word/document.xml']!);
  const run = /<w:r>(?:(?!<\/w:r>).)*?<w:t[^>]*>Tày<\/w:t>/su.exec(docx)?.[0] ?? '';
  assert.match(run, /<w:b\/>/u, 'the DOCX value run is bold too');
});

test('the title and the first items stand beside the photo frame, filling its height', () => {
  for (const name of ['fullAdult', 'child'] as const) {
    const model = declarationModel(example(name), { date: DATE }).model;
    const photo = model.blocks.find((b): b is Extract<Block, { kind: 'photoBox' }> => b.kind === 'photoBox');
    assert.ok(photo);
    assert.equal(photo.beside[0]?.kind, 'title');
    assert.ok(photo.beside.length >= 5, `${name}: at least four lines beside the frame (got ${photo.beside.length - 1})`);
    assert.notEqual(photo.beside[photo.beside.length - 1]?.kind, 'sectionHeading', 'a heading never ends the column');
  }
});

test('the 69/2026 TK01 (the date\'s version) prints "Nơi ở hiện tại" and the refund account; a pin to 31/2023 does not', async () => {
  const d = example('fullAdult');
  const on = flat((await readPdf(await buildDeclarationPdf(d, { date: DATE, clock }))).pageTexts.join('\n'));
  for (const s of ['Nơi ở hiện tại', d.applicant.currentAddress!, 'Số tài khoản hoàn lệ phí (nếu có)', d.feeRefund!.accountNumber, 'Tên ngân hàng', d.feeRefund!.bankName, '69/2026']) {
    assert.ok(on.includes(flat(s)), `TT69 prints "${s}"`);
  }
  const off = flat((await readPdf(await buildDeclarationPdf(d, { date: DATE, clock, config: TT31 }))).pageTexts.join('\n'));
  assert.ok(!off.includes('Nơi ở hiện tại'));
  assert.ok(!off.includes(d.feeRefund!.accountNumber));
  assert.ok(off.includes('31/2023'));
  const blank = flat((await readPdf(await buildBlankFormPdf({ form: 'TK01', date: DATE, clock, config: TT69 }))).pageTexts.join('\n'));
  assert.ok(blank.includes('Nơi ở hiện tại') && blank.includes('Tên chủ tài khoản'));
});

const measure: Measure = (text, _style, size) => text.length * size * 0.5;

test('a checkbox never starts a line apart from its caption', () => {
  const atoms: Atom[] = [
    { t: 'text', text: 'Giới tính: Nam ', style: 'regular', size: 10 },
    { t: 'checkbox', checked: false, size: 8, glue: true },
    { t: 'text', text: ' Nữ ', style: 'regular', size: 10 },
    { t: 'checkbox', checked: true, size: 8, glue: true },
  ];
  // Wide enough for everything up to "Nữ" but not for its box.
  const width = measure('Giới tính: Nam ', 'regular', 10) + 8 + measure(' Nữ', 'regular', 10) + 2;
  const lines = breakLines(atoms, width, measure);
  assert.equal(lines.length, 2);
  const second = lines[1]!.items.map((p) => (p.atom.t === 'text' ? p.atom.text.trim() : p.atom.t));
  assert.deepEqual(second.filter((s) => s !== ''), ['Nữ', 'checkbox']);
  // Without the glue the box alone would wrap.
  const loose = breakLines(atoms.map((a) => (a.t === 'checkbox' ? { ...a, glue: false } : a)), width, measure);
  assert.equal(loose[1]!.items[0]!.atom.t, 'checkbox');
});

test('a centred title breaks into lines of even length, never one orphan word', () => {
  const text = 'Đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người từ 14 tuổi trở lên';
  const atoms: Atom[] = [{ t: 'text', text, style: 'bold', size: 10 }];
  const width = measure(text, 'bold', 10) * 0.9;
  const greedy = breakLines(atoms, width, measure);
  const balanced = balancedLines(atoms, width, measure);
  assert.equal(balanced.length, greedy.length);
  const widths = balanced.map((l) => l.width);
  assert.ok(Math.max(...widths) - Math.min(...widths) < measure('trở lên ', 'bold', 10) * 2, `even lines: ${widths.join(', ')}`);
  assert.ok(greedy[1]!.width < greedy[0]!.width / 4, 'the greedy break leaves a short last line');
});

test('the same declaration and clock give identical DOCX XML (filled and blank)', async () => {
  const parts = async () => unzipSync(await buildDeclarationDocx(example('child'), { date: DATE, clock, qr: true }));
  const [a, b] = [await parts(), await parts()];
  assert.deepEqual(Object.keys(a), Object.keys(b));
  for (const name of Object.keys(a)) assert.equal(strFromU8(a[name]!), strFromU8(b[name]!), name);
  const blankA = await buildBlankFormDocx({ form: 'TK01a', date: DATE, clock });
  const blankB = await buildBlankFormDocx({ form: 'TK01a', date: DATE, clock });
  assert.deepEqual(blankA, blankB);
});
