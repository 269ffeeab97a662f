// The machine-readable QR code (HCVN1): Base45 and CRC-32 against published
// vectors, the text encoding round trip for every core example, the refusals
// of the decoder, and the real round trip: the PDF page rasterized by
// poppler (pdftoppm) and the DOCX picture, each read by an independent QR
// decoder (jsQR), then decoded back to the declaration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { unzipSync } from 'fflate';
import { example, validExamples, type ValidExampleName } from '@hochieu/core/examples';
import { normalizeDeep, type Declaration, type FormVersionKey } from '@hochieu/core';
import {
  buildBlankFormPdf,
  buildDeclarationDocx,
  buildDeclarationPdf,
  declarationModel,
  decodeDeclarationQr,
  describeIssues,
  encodeDeclarationQr,
  isDocgenError,
  qrFieldOrder,
  QR_FIELDS,
  base45Decode,
  base45Encode,
  crc32,
} from '@hochieu/docgen';
import { flat, readPdf } from './support/pdf-reader.js';

const DATE = '2026-11-21';
const clock = () => new Date('2026-11-21T03:00:00Z');
const names = Object.keys(validExamples) as ValidExampleName[];

function versionOf(d: Declaration): FormVersionKey {
  return declarationModel(d, { date: DATE }).version.id;
}

function decodePng(bytes: Uint8Array): string | null {
  const png = PNG.sync.read(Buffer.from(bytes));
  const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return found ? found.data : null;
}

function rasterize(pdf: Uint8Array, dpi: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'hochieu-qr-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', join(dir, 'in.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function refusedWith(id: string): (err: unknown) => boolean {
  return (err) => {
    assert.ok(isDocgenError(err), 'a DocgenError');
    assert.equal(err.issues[0]?.id, id);
    assert.ok(describeIssues(err.issues, 'en')[0]!.length > 10, 'a sentence, not the bare id');
    return true;
  };
}

test('Base45 matches the examples of RFC 9285 and refuses invalid text', () => {
  const enc = (s: string) => base45Encode(new TextEncoder().encode(s));
  assert.equal(enc('AB'), 'BB8');
  assert.equal(enc('Hello!!'), '%69 VD92EX0');
  assert.equal(enc('base-45'), 'UJCLQE7W581');
  assert.equal(new TextDecoder().decode(base45Decode('QED8WEX0')!), 'ietf!');
  assert.equal(base45Decode('GGW'), null, 'a triple above 65535');
  assert.equal(base45Decode('ZZZZ'), null, 'a length of 3n+1');
  assert.equal(base45Decode('ab'), null, 'lower case is outside the alphabet');
});

test('Base45 round-trips any bytes (property)', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => assert.deepEqual(base45Decode(base45Encode(bytes)), bytes)));
});

test('CRC-32 gives the standard check value', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  assert.equal(crc32(new Uint8Array(0)), 0);
});

test('the field order is fixed by the form version and covers every QR field once', () => {
  for (const key of ['TK01@TT31_2023', 'TK01a@TT31_2023', 'TK01@TT69_2026'] as const) {
    const order = qrFieldOrder(key);
    assert.equal(order.length, QR_FIELDS.length);
    assert.equal(new Set(order).size, order.length);
  }
  assert.equal(qrFieldOrder('TK01a@TT31_2023')[0], 'representative.fullName', 'TK01a starts with part A, the representative');
  assert.equal(qrFieldOrder('TK01@TT31_2023')[0], 'applicant.familyName');
});

for (const name of names) {
  test(`${name}: the QR text decodes back to the same declaration`, () => {
    const d = example(name);
    const text = encodeDeclarationQr(d, versionOf(d));
    assert.match(text, /^HCVN1:[0-9A-Z $%*+\-./:]+$/u, 'prefix, then only QR alphanumeric characters');
    assert.deepEqual(decodeDeclarationQr(text), d);
  });
}

test('values holding the separator and the escape character survive; text is normalized as it is printed', () => {
  const d = example('fullAdult');
  d.applicant.employer = 'Công ty A|B \\ C || \\|';
  d.request.details = 'dòng 1\ndòng 2 | ghi chú';
  d.applicant.occupation = 'Giáo vie\u0302n'; // NFD
  const decoded = decodeDeclarationQr(encodeDeclarationQr(d, 'TK01@TT31_2023'));
  assert.equal(decoded.applicant.employer, 'Công ty A|B \\ C || \\|');
  assert.equal(decoded.applicant.occupation, 'Giáo viên'.normalize('NFC'));
  assert.deepEqual(decoded, normalizeDeep(d), 'the same normalization as the printed form (core normalizeDeep)');
});

test('the decoder refuses a wrong prefix, an unknown version, bad Base45, a changed character and a wrong checksum', () => {
  const text = encodeDeclarationQr(example('minimalAdult'), 'TK01@TT31_2023');
  const payload = text.slice('HCVN1:'.length);
  assert.throws(() => decodeDeclarationQr(`HC1:${payload}`), refusedWith('docgen.qr.wrongPrefix'));
  assert.throws(() => decodeDeclarationQr('https://example.vn/'), refusedWith('docgen.qr.wrongPrefix'));
  assert.throws(() => decodeDeclarationQr(`HCVN2:${payload}`), refusedWith('docgen.qr.unsupportedVersion'));
  assert.throws(() => decodeDeclarationQr(`HCVN1:${payload}a`), refusedWith('docgen.qr.malformed'));
  // The last four bytes are the CRC-32: flip one bit of it.
  const bytes = base45Decode(payload)!;
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  assert.throws(() => decodeDeclarationQr(`HCVN1:${base45Encode(bytes)}`), refusedWith('docgen.qr.checksum'));
  // A change inside the compressed data is caught too (by the inflater or by the checksum).
  const middle = base45Decode(payload)!;
  middle[10] = (middle[10] ?? 0) ^ 0x40;
  assert.throws(() => decodeDeclarationQr(`HCVN1:${base45Encode(middle)}`), (err: unknown) => isDocgenError(err) && ['docgen.qr.checksum', 'docgen.qr.malformed'].includes(err.issues[0]!.id));
});

test('the QR is off by default: no QR block, and the same bytes as before', async () => {
  const plain = declarationModel(example('fullAdult'), { date: DATE }).model;
  assert.ok(!plain.blocks.some((b) => b.kind === 'qrCode'));
  const withQr = declarationModel(example('fullAdult'), { date: DATE, qr: true }).model;
  assert.equal(withQr.blocks.filter((b) => b.kind === 'qrCode').length, 1);
  const a = await buildDeclarationPdf(example('fullAdult'), { date: DATE, clock });
  const b = await buildDeclarationPdf(example('fullAdult'), { date: DATE, clock, qr: true });
  assert.notDeepEqual(a, b);
  assert.equal(decodePng(rasterize(a, 150)), null, 'no QR symbol on the default form');
});

for (const name of ['fullAdult', 'child', 'childWithoutId'] as const) {
  test(`${name}: the QR read from the rasterized PDF page decodes to the input declaration`, async () => {
    const d = example(name);
    const pdf = await buildDeclarationPdf(d, { date: DATE, clock, qr: true });
    const read = await readPdf(pdf);
    assert.equal(read.pages, 1, 'the QR keeps the form on one page');
    assert.ok(flat(read.pageTexts.join('\n')).includes('Mã QR chứa dữ liệu của tờ khai'), 'caption');
    const text = decodePng(rasterize(pdf, 150));
    assert.ok(text, 'jsQR finds the symbol on the 150 dpi page');
    assert.ok(text.startsWith('HCVN1:'));
    assert.deepEqual(decodeDeclarationQr(text), d);
  });
}

test('the TK01 of Thông tư 69/2026 carries its version key and the refund account through the QR', async () => {
  const d = example('fullAdult');
  const pdf = await buildDeclarationPdf(d, { date: DATE, clock, qr: true, config: { enabledFormVersions: ['TT69_2026'] } });
  const text = decodePng(rasterize(pdf, 150));
  assert.ok(text);
  const decoded = decodeDeclarationQr(text);
  assert.deepEqual(decoded, d);
  assert.equal(decoded.refundAccount?.accountNumber, d.refundAccount?.accountNumber);
});

test('the DOCX holds the same QR as a PNG picture that an independent decoder reads', async () => {
  const d = example('lostPassport');
  const docx = await buildDeclarationDocx(d, { date: DATE, clock, qr: true });
  const parts = unzipSync(docx);
  const pngs = Object.keys(parts).filter((p) => p.startsWith('word/media/') && p.endsWith('.png'));
  assert.equal(pngs.length, 1);
  const text = decodePng(parts[pngs[0]!]!);
  assert.ok(text);
  assert.deepEqual(decodeDeclarationQr(text), d);
  const again = await buildDeclarationDocx(d, { date: DATE, clock, qr: true });
  assert.deepEqual(again, docx, 'deterministic with the QR too');
});

test('a blank form never carries a QR code', async () => {
  const pdf = await buildBlankFormPdf({ form: 'TK01', date: DATE, clock });
  assert.equal(decodePng(rasterize(pdf, 150)), null);
});
