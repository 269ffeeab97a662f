// The machine-readable QR code (HCVN2): Base45 and CRC-32 against published
// vectors, the text encoding round trip for every core example (only what the
// form version shows is carried), the refusals and size limits of the
// decoder, and the real round trip: the PDF page rasterized by
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
import { deflateSync, strToU8, unzipSync } from 'fflate';
import { example, validExamples, type ValidExampleName } from '@hochieu/core/examples';
import { fieldsOf, formVersions, normalizeDeep, readPath, type Declaration, type FormVersionKey } from '@hochieu/core';
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
  QR_MAX_BODY_BYTES,
  QR_MAX_TEXT_LENGTH,
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

/**
 * What each form version has no item for (read from the paper forms: TK01 has
 * no legal representative, TK01a no email, current address, work or spouse,
 * only the forms of Thông tư 69/2026 have the current address and the refund
 * account), plus the postal address unless the passport is sent by post.
 */
const NOT_ON_FORM: Record<FormVersionKey, readonly string[]> = {
  'TK01@TT31_2023': ['representative', 'feeRefund', 'applicant.currentAddress'],
  'TK01a@TT31_2023': ['feeRefund', 'applicant.email', 'applicant.currentAddress', 'applicant.occupation', 'applicant.employer', 'family.spouse'],
  'TK01@TT69_2026': ['representative'],
  'TK01a@TT69_2026': ['applicant.email', 'applicant.occupation', 'applicant.employer', 'family.spouse'],
};

/** The declaration as a form version shows it: what its QR code gives back. */
function shownOn(declaration: Declaration, key: FormVersionKey): Declaration {
  const d = structuredClone(normalizeDeep(declaration)) as unknown as Record<string, Record<string, unknown>>;
  const drop = (path: string) => {
    const [group, name] = path.split('.') as [string, string | undefined];
    if (name === undefined) delete d[group];
    else if (d[group]) delete d[group][name];
  };
  for (const path of NOT_ON_FORM[key]) drop(path);
  if (d['submission']?.['delivery'] !== 'post') drop('submission.postalAddress');
  return d as unknown as Declaration;
}

/** A QR text around any body, with a valid checksum (the encoder's wire format, built independently). */
function qrTextOf(body: Uint8Array): string {
  const packed = deflateSync(body, { level: 9 });
  const payload = new Uint8Array(packed.length + 4);
  payload.set(packed);
  new DataView(payload.buffer).setUint32(packed.length, crc32(body));
  return `HCVN2:${base45Encode(payload)}`;
}

function refusalOf(text: string): string {
  try {
    decodeDeclarationQr(text);
  } catch (e) {
    assert.ok(isDocgenError(e), 'a DocgenError');
    return e.issues[0]!.id;
  }
  return 'decoded';
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

test('the field order of a version is its own fields as printed, then the form and the chip choice', () => {
  for (const key of ['TK01@TT31_2023', 'TK01a@TT31_2023', 'TK01@TT69_2026'] as const) {
    const order = qrFieldOrder(key);
    const own = fieldsOf(formVersions[key]).map((f) => f.id);
    assert.deepEqual(order.slice(0, own.length), own, key);
    assert.equal(new Set(order).size, order.length, `${key}: each value once`);
    for (const path of order) assert.ok(QR_FIELDS.includes(path), `${key}: ${path} is one of QR_FIELDS`);
  }
  assert.deepEqual(qrFieldOrder('TK01@TT31_2023').slice(-1), ['form'], 'TK01 has a chip field of its own');
  assert.deepEqual(qrFieldOrder('TK01a@TT31_2023').slice(-2), ['form', 'request.chip'], 'TK01a has no chip boxes, but the chip choice is checked (false)');
  assert.equal(qrFieldOrder('TK01a@TT31_2023')[0], 'representative.fullName', 'TK01a starts with part A, the representative');
  assert.equal(qrFieldOrder('TK01@TT31_2023')[0], 'applicant.familyName');
  assert.ok(!qrFieldOrder('TK01@TT31_2023').some((p) => p.startsWith('representative.') || p.startsWith('feeRefund.')), 'TK01 of 31/2023 carries neither');
  assert.ok(!qrFieldOrder('TK01@TT69_2026').some((p) => p.startsWith('representative.')));
});

for (const name of names) {
  test(`${name}: the QR text decodes back to the same declaration`, () => {
    const d = example(name);
    const text = encodeDeclarationQr(d, versionOf(d));
    assert.match(text, /^HCVN2:[0-9A-Z $%*+\-./:]+$/u, 'prefix, then only QR alphanumeric characters');
    assert.deepEqual(decodeDeclarationQr(text), shownOn(d, versionOf(d)));
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
  assert.deepEqual(decoded, shownOn(d, 'TK01@TT31_2023'), 'the same normalization as the printed form (core normalizeDeep)');
});

test('on the version of their date (69/2026) the examples lose nothing; fullAdult printed on TK01 of 31/2023 loses the new items', () => {
  const changed = names.filter((name) => JSON.stringify(shownOn(example(name), versionOf(example(name)))) !== JSON.stringify(normalizeDeep(example(name))));
  assert.deepEqual(changed, [], 'every example fits the form of its submission date');
  assert.ok(names.every((name) => versionOf(example(name)).endsWith('@TT69_2026')), 'the examples are submitted after 1/7/2026');
  const decoded = decodeDeclarationQr(encodeDeclarationQr(example('fullAdult'), 'TK01@TT31_2023'));
  assert.equal(decoded.feeRefund, undefined);
  assert.equal(decoded.applicant.currentAddress, undefined);
});

test('a TK01 QR carries no legal representative, even when the declaration holds one', () => {
  const plain = example('fullAdult');
  const withRepresentative = { ...plain, representative: example('child').representative };
  const text = encodeDeclarationQr(withRepresentative, 'TK01@TT31_2023');
  assert.equal(text, encodeDeclarationQr(plain, 'TK01@TT31_2023'), 'the representative changes nothing in the code');
  assert.equal(decodeDeclarationQr(text).representative, undefined);
  assert.equal(decodeDeclarationQr(encodeDeclarationQr(withRepresentative, 'TK01@TT69_2026')).representative, undefined, 'nor the TK01 of 69/2026');
});

test('a field hidden by its condition is carried empty: the postal address when the passport is collected at the office', () => {
  const d = example('minimalAdult');
  const withAddress = { ...d, submission: { ...d.submission, postalAddress: 'Số 1 đường Trần Phú' } };
  const text = encodeDeclarationQr(withAddress, 'TK01@TT31_2023');
  assert.equal(text, encodeDeclarationQr(d, 'TK01@TT31_2023'));
  assert.equal(decodeDeclarationQr(text).submission.postalAddress, undefined);
  const byPost = { ...withAddress, submission: { ...withAddress.submission, delivery: 'post' as const } };
  assert.equal(decodeDeclarationQr(encodeDeclarationQr(byPost, 'TK01@TT31_2023')).submission.postalAddress, 'Số 1 đường Trần Phú', 'shown, so carried');
});

test('a crafted code with a value in a hidden field decodes without it', () => {
  const order = qrFieldOrder('TK01@TT31_2023');
  const d = normalizeDeep(example('minimalAdult'));
  const values = order.map((path) => {
    if (path === 'submission.postalAddress') return 'HIDDEN';
    const v = readPath(d, path);
    return typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'string' ? v : '';
  });
  const decoded = decodeDeclarationQr(qrTextOf(strToU8(['1', 'TK01@TT31_2023', ...values].join('|'))));
  assert.equal(decoded.submission.delivery, 'office');
  assert.equal(decoded.submission.postalAddress, undefined);
  assert.deepEqual(decoded, d, 'everything else as encoded');
});

test(`a text longer than a QR code holds (${QR_MAX_TEXT_LENGTH} characters) is refused before any decoding`, () => {
  const longest = `HCVN2:${'0'.repeat(QR_MAX_TEXT_LENGTH - 6)}`;
  assert.equal(longest.length, QR_MAX_TEXT_LENGTH);
  assert.notEqual(refusalOf(longest), 'docgen.qr.tooLong', 'the longest QR text is read');
  assert.notEqual(refusalOf(`\n ${longest}\r\n`), 'docgen.qr.tooLong', 'white space around it is not counted');
  assert.throws(() => decodeDeclarationQr(`${longest}0`), refusedWith('docgen.qr.tooLong'));
  const started = performance.now();
  assert.throws(() => decodeDeclarationQr(`HCVN2:${'A'.repeat(300_000)}`), refusedWith('docgen.qr.tooLong'));
  assert.ok(performance.now() - started < 100, 'a 300 kB text is refused at once');
});

test(`the body may inflate to ${QR_MAX_BODY_BYTES} bytes, not one more`, () => {
  const head = '1|TK01@TT31_2023|';
  const body = (size: number) => strToU8(head + 'A'.repeat(size - head.length));
  assert.equal(body(QR_MAX_BODY_BYTES).length, QR_MAX_BODY_BYTES);
  assert.equal(refusalOf(qrTextOf(body(QR_MAX_BODY_BYTES))), 'docgen.qr.malformed', 'at the limit: inflated, then refused for its field count');
  assert.throws(() => decodeDeclarationQr(qrTextOf(body(QR_MAX_BODY_BYTES + 1))), refusedWith('docgen.qr.tooLarge'));
});

test('a deflate bomb that fits in a QR code is refused as too large, quickly', () => {
  const bomb = qrTextOf(strToU8(`1|TK01@TT31_2023|${'A'.repeat(2_800_000)}`));
  assert.ok(bomb.length <= QR_MAX_TEXT_LENGTH, `fits a QR code (${bomb.length})`);
  const started = performance.now();
  assert.throws(() => decodeDeclarationQr(bomb), refusedWith('docgen.qr.tooLarge'));
  assert.ok(performance.now() - started < 200, `refused in ${Math.round(performance.now() - started)} ms`);
});

test('the body limit is far above the largest declaration the schema allows', () => {
  for (const key of ['TK01@TT31_2023', 'TK01a@TT31_2023', 'TK01@TT69_2026'] as const) {
    // Every value at its length limit, 3 UTF-8 bytes a character, each escaped (doubled), with its separator.
    const worst = fieldsOf(formVersions[key]).reduce((n, f) => n + (f.maxLength ?? 20) * 3 * 2 + 1, 64);
    assert.ok(worst * 2 < QR_MAX_BODY_BYTES, `${key}: ${worst} bytes at most`);
  }
});

test('the decoder refuses a wrong prefix, an unknown version, bad Base45, a changed character and a wrong checksum', () => {
  const text = encodeDeclarationQr(example('minimalAdult'), 'TK01@TT31_2023');
  const payload = text.slice('HCVN2:'.length);
  assert.throws(() => decodeDeclarationQr(`HC1:${payload}`), refusedWith('docgen.qr.wrongPrefix'));
  assert.throws(() => decodeDeclarationQr('https://example.vn/'), refusedWith('docgen.qr.wrongPrefix'));
  assert.throws(() => decodeDeclarationQr(`HCVN3:${payload}`), refusedWith('docgen.qr.unsupportedVersion'));
  assert.throws(() => decodeDeclarationQr(`HCVN0:${payload}`), refusedWith('docgen.qr.unsupportedVersion'));
  assert.throws(() => decodeDeclarationQr(`HCVN2:${payload}a`), refusedWith('docgen.qr.malformed'));
  // The last four bytes are the CRC-32: flip one bit of it.
  const bytes = base45Decode(payload)!;
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  assert.throws(() => decodeDeclarationQr(`HCVN2:${base45Encode(bytes)}`), refusedWith('docgen.qr.checksum'));
  // A change inside the compressed data is caught too (by the inflater or by the checksum).
  const middle = base45Decode(payload)!;
  middle[10] = (middle[10] ?? 0) ^ 0x40;
  assert.throws(() => decodeDeclarationQr(`HCVN2:${base45Encode(middle)}`), (err: unknown) => isDocgenError(err) && ['docgen.qr.checksum', 'docgen.qr.malformed'].includes(err.issues[0]!.id));
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
    assert.ok(text.startsWith('HCVN2:'));
    assert.deepEqual(decodeDeclarationQr(text), shownOn(d, versionOf(d)));
  });
}

test('the TK01 of Thông tư 69/2026 carries its version key and the refund account through the QR', async () => {
  const d = example('fullAdult');
  const pdf = await buildDeclarationPdf(d, { date: DATE, clock, qr: true, config: { enabledFormVersions: ['TT69_2026'] } });
  const text = decodePng(rasterize(pdf, 150));
  assert.ok(text);
  const decoded = decodeDeclarationQr(text);
  assert.deepEqual(decoded, d);
  assert.equal(decoded.feeRefund?.accountNumber, d.feeRefund?.accountNumber);
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
