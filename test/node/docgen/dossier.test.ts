// The dossier ZIP read back by independent tools: Debian's unzip (listing,
// test, extraction), a central-directory reader written for the test,
// node:crypto for SHA-256 and pdf.js for the checklist text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { formatMessage } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { buildDossier, buildDossierWithManifest, isDocgenError, type DossierManifest } from '@hochieu/docgen';
import { ONLINE_RENEWAL_ENTRIES, centralDirectory, makeJpeg, makePdf, makePng, onlineFiles, onlineRenewal } from './dossier-support.js';
import { flat, readPdf } from './support/pdf-reader.js';

const DATE = '2026-11-21';
const clock = () => new Date('2026-11-21T03:00:00Z');

function withZip<T>(zip: Uint8Array, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  try {
    const path = join(dir, 'dossier.zip');
    writeFileSync(path, zip);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function unzipList(zip: Uint8Array): string[] {
  return withZip(zip, (p) =>
    execFileSync('unzip', ['-Z1', p], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l !== ''),
  );
}

function unzipEntry(zip: Uint8Array, name: string): Buffer {
  return withZip(zip, (p) => execFileSync('unzip', ['-p', p, name], { maxBuffer: 200 * 1024 * 1024 }));
}

function manifestOf(zip: Uint8Array): DossierManifest {
  return JSON.parse(unzipEntry(zip, 'manifest.json').toString('utf8')) as DossierManifest;
}

/** The portrait of `onlineFiles()` (the same bytes). */
const photo = makeJpeg(400, 600);

let onlineZip: Promise<Uint8Array> | null = null;
function online(): Promise<Uint8Array> {
  onlineZip ??= buildDossier(onlineRenewal(), onlineFiles(), { date: DATE, clock });
  return onlineZip;
}

test('Debian unzip tests the archive without error and lists the expected ASCII entries in order', async () => {
  const zip = await online();
  withZip(zip, (p) => assert.match(execFileSync('unzip', ['-t', p], { encoding: 'utf8' }), /No errors detected/));
  const names = unzipList(zip);
  assert.deepEqual(names, ONLINE_RENEWAL_ENTRIES);
  for (const n of names) assert.match(n, /^[A-Za-z0-9.-]+$/u, `entry name ${n} is plain ASCII`);
});

test('every file in the manifest has the size and SHA-256 of its entry, and only manifest.json is not listed', async () => {
  const zip = await online();
  const manifest = manifestOf(zip);
  const names = unzipList(zip);
  assert.deepEqual(manifest.files.map((f) => f.name), names.filter((n) => n !== 'manifest.json'));
  for (const f of manifest.files) {
    const bytes = unzipEntry(zip, f.name);
    assert.equal(f.size, bytes.length, `${f.name} size`);
    assert.equal(f.sha256, createHash('sha256').update(bytes).digest('hex'), `${f.name} sha256`);
  }
});

test('the manifest carries the versions, channel, delivery, declaration data and Vietnamese titles in NFC', async () => {
  const manifest = manifestOf(await online());
  assert.equal(manifest.schemaVersion, 1);
  assert.equal(manifest.generatedAt, '2026-11-21T03:00:00.000Z');
  assert.equal(manifest.form, 'TK01');
  assert.equal(manifest.formVersion, 'TK01@TT69_2026', 'the version of the submission date (23/11/2026)');
  assert.deepEqual(manifest.submission, { date: '2026-11-23', channel: 'online', delivery: 'post' });
  assert.equal(manifest.declaration.applicant.personalId, '079305001122');
  assert.equal(manifest.declaration.previousPassport?.number, 'C1234567');
  const photoEntry = manifest.files.find((f) => f.name === 'anh-chan-dung.jpg');
  assert.equal(photoEntry?.title, 'Ảnh chân dung'.normalize('NFC'));
  assert.equal(photoEntry?.mediaType, 'image/jpeg');
  const passport = manifest.files.find((f) => f.role === 'previousPassport');
  assert.equal(passport?.title, formatMessage('procedure.doc.previousPassport.title'));
  assert.equal(passport?.originalName, 'hộ chiếu cũ.pdf'.normalize('NFC'));
  for (const f of manifest.files) assert.equal(f.title, f.title.normalize('NFC'));
  assert.deepEqual(manifest.warnings, []);
  assert.ok(manifest.components.every((c) => c.status === 'included'), JSON.stringify(manifest.components));
});

test('JPEG, PNG, PDF and DOCX entries are stored, the others deflated (central directory and unzip -v agree)', async () => {
  const zip = await online();
  const entries = centralDirectory(zip);
  assert.ok(entries.some((e) => e.name.endsWith('.docx')), 'the dossier carries the DOCX');
  for (const e of entries) {
    const expected = /\.(jpg|png|pdf|docx)$/u.test(e.name) ? 0 : 8;
    assert.equal(e.method, expected, `${e.name} method`);
  }
  const listing = withZip(zip, (p) => execFileSync('unzip', ['-v', p], { encoding: 'utf8' }));
  assert.match(listing, /Stored\s+\d+\s+0%\s+\S+\s+\S+\s+\w+\s+anh-chan-dung\.jpg/u);
  assert.match(listing, /Defl:N\s+\d+\s+\d+%\s+\S+\s+\S+\s+\w+\s+manifest\.json/u);
});

test('every entry carries the clock as a Vietnam-time DOS date, and the same input and clock give the same bytes', async () => {
  const zip = await online();
  for (const e of centralDirectory(zip)) {
    // 2026-11-21 03:00 UTC is 10:00 in Vietnam.
    assert.equal(e.dosDate, ((2026 - 1980) << 9) | (11 << 5) | 21, e.name);
    assert.equal(e.dosTime, 10 << 11, e.name);
  }
  const again = await buildDossier(onlineRenewal(), onlineFiles(), { date: DATE, clock });
  assert.deepEqual(again, zip);
  const later = await buildDossier(onlineRenewal(), onlineFiles(), { date: DATE, clock: () => new Date('2026-11-21T04:00:00Z') });
  assert.notDeepEqual(later, zip);
});

test('the archive bytes do not depend on the time zone of the machine', async () => {
  const zip = await online();
  const script = `
    import { createHash } from 'node:crypto';
    import { buildDossier } from '@hochieu/docgen';
    import { onlineFiles, onlineRenewal } from './node/docgen/dossier-support.ts';
    const zip = await buildDossier(onlineRenewal(), onlineFiles(), { date: '${DATE}', clock: () => new Date('2026-11-21T03:00:00Z') });
    console.log(createHash('sha256').update(zip).digest('hex'));`;
  const testDir = new URL('../../', import.meta.url).pathname;
  const digest = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: testDir,
    env: { ...process.env, TZ: 'America/Los_Angeles' },
    encoding: 'utf8',
  }).trim();
  assert.equal(digest, createHash('sha256').update(zip).digest('hex'));
});

test('the declaration PDF in the ZIP holds the portrait photo (its JPEG bytes as an image stream)', async () => {
  const zip = await online();
  const pdf = unzipEntry(zip, 'to-khai-TK01.pdf');
  assert.ok(pdf.indexOf(Buffer.from(photo)) >= 0, 'the JPEG is embedded unchanged (DCTDecode)');
  const doc = await PDFDocument.load(new Uint8Array(pdf));
  assert.equal(doc.getPageCount(), 1);
  const docx = unzipEntry(zip, 'to-khai-TK01.docx');
  const media = withZip(new Uint8Array(docx), (p) => execFileSync('unzip', ['-Z1', p], { encoding: 'utf8' }));
  assert.match(media, /word\/media\//u, 'the DOCX has the photo as a picture part');
});

test('the online checklist read by pdf.js has the components, fee, due date, office and the portal steps with file names', async () => {
  const zip = await online();
  const text = flat((await readPdf(new Uint8Array(unzipEntry(zip, 'danh-muc-ho-so.pdf')))).pageTexts.join('\n'));
  for (const id of ['procedure.doc.declaration.title', 'procedure.doc.photo.title', 'procedure.doc.previousPassport.title', 'procedure.doc.idCardImages.title'] as const) {
    assert.ok(text.includes(formatMessage(id)), `component ${id}`);
  }
  assert.ok(text.includes('100.000 đồng/hộ chiếu'), 'fee amount');
  assert.ok(text.includes('Thông tư số 64/2025/TT-BTC'), 'fee basis');
  assert.ok(text.includes(flat(formatMessage('procedure.fee.note.uncertainEnd'))), 'uncertainty note of the fee');
  assert.ok(text.includes('04/12/2026'), 'due date: 8 working days after Mon 23/11/2026, 24/11 being a day off');
  assert.ok(text.includes('Phòng Quản lý xuất nhập cảnh, Công an tỉnh Lạng Sơn'), 'office name');
  assert.ok(text.includes('Số 15 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn'), 'office address');
  // Portal steps of seed 000 in order, with what to upload and type.
  const submitStart = text.indexOf(formatMessage('procedure.portalGuide.submit.title'));
  assert.ok(submitStart > 0, 'submit section');
  let last = submitStart;
  for (let n = 1; n <= 12; n++) {
    const at = text.indexOf(`Bước ${n}:`, last);
    assert.ok(at > last || (n === 1 && at >= last), `Bước ${n} after Bước ${n - 1}`);
    last = at;
  }
  const step9 = text.indexOf('Bước 9:', submitStart);
  const step10 = text.indexOf('Bước 10:', submitStart);
  const inStep9 = text.slice(step9, step10);
  assert.ok(inStep9.includes('Tải lên: anh-chan-dung.jpg, cccd-mat-truoc.jpg, cccd-mat-sau.png'), 'images to upload at step 9');
  assert.ok(inStep9.includes('ho-chieu-gan-nhat.pdf'), 'attachment to upload at step 9');
  assert.ok(inStep9.includes('079305001122') && inStep9.includes('KHÁNH LINH') && inStep9.includes('19/08/2005'), 'values to type');
  assert.ok(inStep9.includes('C1234567'), 'previous passport number to type');
  assert.ok(inStep9.includes('Số 40 đường Hoàng Văn Thụ'), 'postal address to type');
  assert.ok(text.includes('PHIẾU GỬI HỒ SƠ'), 'the original passport goes by post: covering sheet');
});

test('postal delivery: the checklist ends with a covering sheet to the office naming the sender and the enclosed papers', async () => {
  const d = example('fullAdult');
  d.submission.delivery = 'post';
  d.submission.postalAddress = 'Số 7 đường Trần Đăng Ninh, phường Tam Thanh, tỉnh Lạng Sơn';
  const { zip, manifest } = await buildDossierWithManifest(d, { photo }, { date: DATE, clock });
  const pdf = await readPdf(new Uint8Array(unzipEntry(zip, 'danh-muc-ho-so.pdf')));
  const last = flat(pdf.pageTexts[pdf.pages - 1] ?? '');
  assert.ok(last.includes('PHIẾU GỬI HỒ SƠ'));
  assert.ok(last.includes('Kính gửi: Phòng Quản lý xuất nhập cảnh, Công an tỉnh Lạng Sơn'));
  assert.ok(last.includes('Số 15 đường Hoàng Văn Thụ'), 'office address');
  assert.ok(last.includes('Người gửi: HOÀNG THỊ THU HƯỜNG'), 'sender name');
  assert.ok(last.includes(d.submission.postalAddress), 'sender address');
  assert.ok(last.includes(d.applicant.phone), 'sender phone');
  for (const id of ['procedure.doc.declaration.title', 'procedure.doc.photo.title', 'procedure.doc.previousPassport.title'] as const) {
    assert.ok(last.includes(formatMessage(id)), `enclosed ${id}`);
  }
  const all = flat(pdf.pageTexts.join('\n'));
  assert.ok(!all.includes(formatMessage('procedure.portalGuide.submit.title')), 'no portal steps for an in-person dossier');
  // In person, papers without a file are to be handed in, not missing.
  assert.equal(manifest.components.find((c) => c.id === 'previousPassport')?.status, 'paper');
  assert.equal(manifest.components.find((c) => c.id === 'identityDocument')?.status, 'show');
  assert.deepEqual(manifest.warnings, []);
});

test('online with nothing to post: no covering sheet; missing uploads are listed as missing and in the warnings', async () => {
  const { zip, manifest } = await buildDossierWithManifest(example('onlinePostal'), { photo, idFront: makeJpeg(856, 540) }, { date: DATE, clock });
  assert.deepEqual(unzipList(zip), ['doc-truoc.txt', 'danh-muc-ho-so.pdf', 'to-khai-TK01.pdf', 'to-khai-TK01.docx', 'anh-chan-dung.jpg', 'cccd-mat-truoc.jpg', 'manifest.json']);
  assert.equal(manifest.components.find((c) => c.id === 'idCardImages')?.status, 'missing');
  assert.deepEqual(manifest.warnings.map((w) => w.id), ['docgen.dossier.missing']);
  assert.ok(manifest.warnings[0]?.message.includes(formatMessage('procedure.doc.idCardImages.title')));
  const text = flat((await readPdf(new Uint8Array(unzipEntry(zip, 'danh-muc-ho-so.pdf')))).pageTexts.join('\n'));
  assert.ok(!text.includes('PHIẾU GỬI HỒ SƠ'));
  assert.ok(text.includes('Còn thiếu'), 'the checklist marks it missing');
});

test('doc-truoc.txt is UTF-8 with a BOM, CRLF line ends only, NFC Vietnamese, and lists every file', async () => {
  const zip = await online();
  const bytes = unzipEntry(zip, 'doc-truoc.txt');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  assert.ok(text.includes('\r\n'));
  assert.ok(!/[^\r]\n/u.test(text), 'no bare LF');
  assert.equal(text, text.normalize('NFC'));
  assert.ok(text.startsWith('HỒ SƠ ĐỀ NGHỊ CẤP HỘ CHIẾU PHỔ THÔNG'));
  for (const n of unzipList(zip)) if (n !== 'doc-truoc.txt') assert.ok(text.includes(n), `lists ${n}`);
});

test('several files for one component get numbered names (child without an ID, in person)', async () => {
  const { zip, manifest } = await buildDossierWithManifest(
    example('childWithoutId'),
    {
      photo,
      attachments: [
        { role: 'birthCertificate', bytes: makeJpeg(800, 1100) },
        { role: 'birthCertificate', bytes: makePdf('page 2') },
        { role: 'representationProof', bytes: makePng(100, 140) },
      ],
    },
    { date: DATE, clock },
  );
  const names = unzipList(zip);
  assert.ok(names.includes('to-khai-TK01a.pdf') && names.includes('to-khai-TK01a.docx'));
  assert.ok(names.includes('giay-khai-sinh-1.jpg') && names.includes('giay-khai-sinh-2.pdf') && names.includes('giay-to-dai-dien.png'), names.join());
  const titles = manifest.files.filter((f) => f.role === 'birthCertificate').map((f) => f.title);
  assert.deepEqual(titles, [1, 2].map((n) => `${formatMessage('procedure.doc.birthCertificate.title')} (tệp ${n})`));
});

test("with locale 'en' the tool's notes are English while the covering sheet stays Vietnamese", async () => {
  const { zip, manifest } = await buildDossierWithManifest(onlineRenewal(), onlineFiles(), { date: DATE, clock, locale: 'en' });
  assert.equal(manifest.locale, 'en');
  assert.equal(manifest.files.find((f) => f.role === 'photo')?.titleEn, 'Portrait photo');
  assert.equal(manifest.files.find((f) => f.role === 'photo')?.title, 'Ảnh chân dung');
  const text = flat((await readPdf(new Uint8Array(unzipEntry(zip, 'danh-muc-ho-so.pdf')))).pageTexts.join('\n'));
  assert.ok(text.includes('DOSSIER CHECKLIST') && text.includes('Steps to submit online') && text.includes('100,000 VND per passport'));
  assert.ok(text.includes('PHIẾU GỬI HỒ SƠ') && text.includes('Kính gửi:'));
  const readme = unzipEntry(zip, 'doc-truoc.txt').toString('utf8');
  assert.ok(readme.includes('HỒ SƠ ĐỀ NGHỊ') && readme.includes('READ ME FIRST'), 'Vietnamese first, then English');
});

test('an invalid declaration is refused with its issues and no ZIP, together with the file issues', async () => {
  const d = example('onlinePostal') as unknown as Record<string, Record<string, unknown>>;
  d['applicant']!['personalId'] = '12';
  await assert.rejects(
    buildDossier(d, { photo: new Uint8Array(0) }, { date: DATE, clock }),
    (e: unknown) => {
      assert.ok(isDocgenError(e));
      assert.ok(e.issues.some((i) => i.path === 'applicant.personalId' && i.id.startsWith('error.')), JSON.stringify(e.issues));
      assert.ok(e.issues.some((i) => i.path === 'files.photo' && i.id === 'docgen.file.empty'));
      return true;
    },
  );
});
