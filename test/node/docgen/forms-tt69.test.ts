// Issue 17, "Done when": the documents of the forms of Thông tư 69/2026/TT-BCA
// read back by independent readers. The filled TK01 of a November 2026
// submission shows item 10 ("Nơi ở hiện tại") and item 15 (the fee-refund
// account) with their values, on one PDF page (pdf.js) and in the DOCX
// (mammoth, and no page break in its XML); the blank TK01a of a December 2026
// date cites 69/2026; version 1 QR codes still decode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { toPrintedCapitals } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import {
  base45Encode,
  buildBlankFormDocx,
  buildBlankFormPdf,
  buildDeclarationDocx,
  buildDeclarationPdf,
  crc32,
  decodeDeclarationQr,
  encodeDeclarationQr,
  qrFieldOrder,
} from '@hochieu/docgen';
import { flat, readPdf } from './support/pdf-reader.js';

const clock = () => new Date('2026-11-10T03:00:00Z');
const DATE = '2026-11-10';

function november() {
  const d = structuredClone(example('fullAdult'));
  d.submission.date = '2026-11-16';
  return d;
}

const docxText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

test('filled TK01 of 69/2026 (PDF): items 10 and 15 with their values, on one page, header citing 69/2026', async () => {
  const d = november();
  const pdf = await readPdf(await buildDeclarationPdf(d, { date: DATE, clock }));
  assert.equal(pdf.pages, 1);
  const text = flat(pdf.pageTexts[0]!);
  for (const s of [
    'Ban hành kèm theo Thông tư số 69/2026/TT-BCA',
    '10. Nơi ở hiện tại',
    d.applicant.currentAddress!,
    '15. Số tài khoản hoàn lệ phí (nếu có)',
    d.feeRefund!.accountNumber,
    'Tên chủ tài khoản',
    toPrintedCapitals(d.feeRefund!.accountHolder),
    'Tên ngân hàng',
    d.feeRefund!.bankName,
    '16. Nội dung đề nghị',
  ]) {
    assert.ok(text.includes(flat(s)), `PDF shows "${s}"`);
  }
  assert.ok(!text.includes('31/2023'));
});

test('filled TK01 of 69/2026 (DOCX): mammoth reads items 10 and 15 and every value; one page (no break)', async () => {
  const d = november();
  const bytes = await buildDeclarationDocx(d, { date: DATE, clock });
  const text = flat(await docxText(bytes));
  for (const s of ['Thông tư số 69/2026/TT-BCA', 'Nơi ở hiện tại', d.applicant.currentAddress!, 'Số tài khoản hoàn lệ phí (nếu có)', d.feeRefund!.accountNumber, toPrintedCapitals(d.feeRefund!.accountHolder), d.feeRefund!.bankName]) {
    assert.ok(text.includes(flat(s)), `DOCX shows "${s}"`);
  }
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  assert.ok(!/w:br w:type="page"|w:pageBreakBefore/u.test(xml), 'no page break');
});

test('the same declaration submitted on 15/6/2026, or pinned to 31/2023, prints the 31/2023 TK01 without items 10 and 15', async () => {
  const june = november();
  june.submission.date = '2026-06-15';
  const before = flat((await readPdf(await buildDeclarationPdf(june, { date: '2026-06-10', clock }))).pageTexts.join('\n'));
  const pinned = flat((await readPdf(await buildDeclarationPdf(november(), { date: DATE, clock, config: { pinnedFormVersion: 'TT31_2023' } }))).pageTexts.join('\n'));
  for (const text of [before, pinned]) {
    assert.ok(text.includes(flat('Thông tư số 31/2023/TT-BCA')));
    assert.ok(!text.includes('Nơi ở hiện tại') && !text.includes(november().feeRefund!.accountNumber));
  }
});

test('blank TK01a of a December 2026 date cites 69/2026 (pdf.js and mammoth), one page, with the new items', async () => {
  const options = { form: 'TK01a' as const, date: '2026-12-15', clock };
  const pdf = await readPdf(await buildBlankFormPdf(options));
  assert.equal(pdf.pages, 1);
  const text = flat(pdf.pageTexts[0]!);
  assert.ok(text.includes(flat('Mẫu TK01a')));
  assert.ok(text.includes(flat('Ban hành kèm theo Thông tư số 69/2026/TT-BCA ngày 22 tháng 5 năm 2026 của Bộ Công an')));
  assert.ok(text.includes(flat('dành cho người chưa đủ 14 tuổi')));
  assert.ok(text.includes(flat('10. Nơi ở hiện tại')) && text.includes(flat('13. Số tài khoản hoàn lệ phí (nếu có)')));
  const docx = flat(await docxText(await buildBlankFormDocx(options)));
  assert.ok(docx.includes(flat('Thông tư số 69/2026/TT-BCA')) && docx.includes(flat('Mẫu TK01a')));
});

test('filled TK01a of 69/2026: the child\'s current address and refund account read back; one page with the QR', async () => {
  const d = structuredClone(example('child'));
  d.applicant.currentAddress = 'Số 8 ngõ 3 đường Bắc Sơn, phường Lương Văn Tri, tỉnh Lạng Sơn';
  d.feeRefund = { accountNumber: '19035566778899', accountHolder: 'Lê Thị Hoa', bankName: 'Ngân hàng TMCP Kỹ thương Việt Nam' };
  const pdfBytes = await buildDeclarationPdf(d, { date: '2026-11-21', clock, qr: true });
  const pdf = await readPdf(pdfBytes);
  assert.equal(pdf.pages, 1);
  const text = flat(pdf.pageTexts[0]!);
  for (const s of [d.applicant.currentAddress, d.feeRefund.accountNumber, 'LÊ THỊ HOA', d.feeRefund.bankName]) assert.ok(text.includes(flat(s)), s);
  const decoded = decodeDeclarationQr(encodeDeclarationQr(d, 'TK01a@TT69_2026'));
  assert.deepEqual(decoded.feeRefund, d.feeRefund);
  assert.equal(decoded.applicant.currentAddress, d.applicant.currentAddress);
});

/** A version 1 code, built from the wire format independently of the encoder. */
function v1(values: string[], key: string): string {
  const body = strToU8(['1', key, ...values].join('|'));
  const packed = deflateSync(body, { level: 9 });
  const payload = new Uint8Array(packed.length + 4);
  payload.set(packed);
  new DataView(payload.buffer).setUint32(packed.length, crc32(body));
  return `HCVN1:${base45Encode(payload)}`;
}

test('QR: new codes are version 2; version 1 codes of the three old versions still decode; v1 cannot name the new TK01a', () => {
  const d = november();
  assert.match(encodeDeclarationQr(d, 'TK01@TT69_2026'), /^HCVN2:/u);
  // The value order of a version 1 code of TK01 69/2026, as version 1 defined it (frozen here).
  const V1_TK01_TT69 = [
    'applicant.familyName', 'applicant.givenNames', 'applicant.sex', 'applicant.dateOfBirth', 'applicant.placeOfBirth',
    'applicant.personalId', 'applicant.ethnicity', 'applicant.religion', 'applicant.phone', 'applicant.email',
    'applicant.permanentAddress', 'applicant.temporaryAddress', 'applicant.currentAddress', 'applicant.occupation', 'applicant.employer',
    'family.father.fullName', 'family.father.dateOfBirth', 'family.mother.fullName', 'family.mother.dateOfBirth',
    'family.spouse.fullName', 'family.spouse.dateOfBirth', 'previousPassport.number', 'previousPassport.issueDate',
    'feeRefund.accountNumber', 'feeRefund.accountHolder', 'feeRefund.bankName',
    'request.reason', 'request.details', 'request.chip',
    'submission.date', 'submission.channel', 'submission.office', 'submission.delivery', 'submission.postalAddress', 'submission.place',
    'form',
  ];
  assert.deepEqual(qrFieldOrder('TK01@TT69_2026'), V1_TK01_TT69, 'the order of the old versions must not change, or version 1 codes break');
  const values = V1_TK01_TT69.map((path) => {
    const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], d);
    return typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'string' && !(path === 'submission.postalAddress' && d.submission.delivery !== 'post') ? v : '';
  });
  const decoded = decodeDeclarationQr(v1(values, 'TK01@TT69_2026'));
  assert.deepEqual(decoded.feeRefund, d.feeRefund);
  assert.equal(decoded.applicant.currentAddress, d.applicant.currentAddress);
  assert.throws(() => decodeDeclarationQr(v1(qrFieldOrder('TK01a@TT69_2026').map(() => ''), 'TK01a@TT69_2026')), /unknownFormVersion/u);
});
