// The dossier's checks of supplied files: each bad kind is refused with its
// own issue id and a message naming the file, before anything is built; the
// limits are boundaries; SHA-256 agrees with node:crypto; the CLI helper
// parses `--attach role=path`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { example } from '@hochieu/core/examples';
import {
  buildDossier,
  buildDossierWithManifest,
  describeDossierIssues,
  dossierMessages,
  inspectFile,
  isDocgenError,
  parseAttachmentArg,
  sha256Hex,
  sha256Pure,
  type DocgenIssue,
  type DossierFiles,
  type DossierOptions,
} from '@hochieu/docgen';
import { ascii, makeJpeg, makePdf, makePng, makePngHeaderOnly, onlineFiles, onlineRenewal } from './dossier-support.js';

const DATE = '2026-11-21';
const clock = () => new Date('2026-11-21T03:00:00Z');
const photo = makeJpeg(400, 600);

/** The issues of the DocgenError a build throws (fails when it does not throw). */
async function refusal(files: DossierFiles, declaration: unknown = example('onlinePostal'), options: DossierOptions = {}): Promise<readonly DocgenIssue[]> {
  try {
    await buildDossier(declaration, files, { date: DATE, clock, ...options });
  } catch (e) {
    assert.ok(isDocgenError(e), String(e));
    return e.issues;
  }
  assert.fail('the dossier was built');
}

function only(issues: readonly DocgenIssue[]): DocgenIssue {
  assert.equal(issues.length, 1, JSON.stringify(issues));
  return issues[0]!;
}

const SVG = ascii('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect width="400" height="600"/></svg>');
const HTML = ascii('\n<!DOCTYPE html><html><head><title>Ảnh</title></head><body><img src="x.jpg"></body></html>');

test('an SVG given as the photo is refused as an SVG', async () => {
  const issue = only(await refusal({ photo: SVG }));
  assert.deepEqual([issue.path, issue.id], ['files.photo', 'docgen.file.svg']);
});

test('an HTML page saved as scan.jpg is refused as HTML, naming the file', async () => {
  const d = example('onlinePostal');
  d.request.reason = 'renewal';
  d.previousPassport = { number: 'C1234567', issueDate: '2017-01-10' };
  const issue = only(await refusal({ photo, attachments: [{ role: 'previousPassport', bytes: HTML, name: 'scan.jpg', mediaType: 'image/jpeg' }] }, d));
  assert.deepEqual([issue.path, issue.id], ['files.attachments.0', 'docgen.file.html']);
  assert.match(describeDossierIssues([issue])[0]!, /scan\.jpg/u);
});

test('a truncated JPEG (no end-of-image marker) is refused as truncated', async () => {
  const issue = only(await refusal({ photo: photo.subarray(0, photo.length - 40) }));
  assert.deepEqual([issue.path, issue.id, issue.params?.['actual']], ['files.photo', 'docgen.file.truncated', 'JPEG']);
});

test('a JPEG cut inside its headers is also truncated', async () => {
  const issue = only(await refusal({ photo: photo.subarray(0, 30) }));
  assert.equal(issue.id, 'docgen.file.truncated');
});

test('a 0-byte file is refused as empty', async () => {
  const issue = only(await refusal({ photo, idFront: new Uint8Array(0) }));
  assert.deepEqual([issue.path, issue.id], ['files.idFront', 'docgen.file.empty']);
});

test('a PNG declaring 30000 × 30000 pixels is refused from its header', async () => {
  const issue = only(await refusal({ photo, idFront: makePngHeaderOnly(30000, 30000) }));
  assert.deepEqual([issue.path, issue.id, issue.params?.['width'], issue.params?.['max']], ['files.idFront', 'docgen.file.dimensionsTooLarge', 30000, 12000]);
});

test('12000 pixels a side is accepted and 12001 refused', async () => {
  const files = (side: number): DossierFiles => ({ photo, idFront: makePngHeaderOnly(side, 100), idBack: makePng(4, 4) });
  await buildDossier(example('onlinePostal'), files(12000), { date: DATE, clock });
  assert.equal(only(await refusal(files(12001))).id, 'docgen.file.dimensionsTooLarge');
});

test('a "PDF" attachment that is not a PDF is refused as a type mismatch', async () => {
  const d = example('lostPassport');
  const issue = only(await refusal({ photo, attachments: [{ role: 'lossReport', bytes: makeJpeg(100, 140), mediaType: 'application/pdf', name: 'don-bao-mat.pdf' }] }, d));
  assert.deepEqual([issue.id, issue.params?.['declared'], issue.params?.['actual']], ['docgen.file.typeMismatch', 'PDF', 'JPEG']);
});

test('a PDF without its end marker is truncated; without startxref or with junk before the header it is not a PDF', async () => {
  const pdf = makePdf();
  assert.deepEqual(inspectFile(pdf), { kind: 'pdf', mediaType: 'application/pdf' });
  assert.equal(inspectFile(pdf.subarray(0, pdf.length - 10)).problem, 'truncated');
  // Readers tolerate junk before the header; a web page with %PDF- in its first kilobyte passed that way (issue 15).
  const padded = new Uint8Array([...ascii('garbage\n'), ...pdf]);
  assert.equal(inspectFile(padded).kind, 'unknown');
  const noXref = ascii('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  assert.deepEqual(inspectFile(noXref).problem, 'malformed');
});

test('an HTML page with %PDF- in its first kilobyte and %%EOF at its end is refused as HTML (issue 15)', async () => {
  const page = ascii(`<!doctype html><html><body><!-- %PDF-1.7 --><script>alert(1)</script></body></html>\nstartxref\n9\n%%EOF\n`);
  assert.equal(inspectFile(page).kind, 'html');
  const files = { ...onlineFiles(), attachments: [{ role: 'previousPassport' as const, bytes: page, name: 'passport.pdf' }] };
  const issues = await refusal(files, onlineRenewal());
  assert.ok(issues.some((i) => i.id === 'docgen.file.html'), JSON.stringify(issues));
});

test('a JPEG padded with zero bytes after its end marker is accepted', () => {
  const padded = new Uint8Array([...photo, 0, 0, 0]);
  assert.deepEqual(inspectFile(padded), { kind: 'jpeg', mediaType: 'image/jpeg', width: 400, height: 600 });
});

test('a PNG photo is refused: the portal wants JPEG', async () => {
  const issue = only(await refusal({ photo: makePng(40, 60) }));
  assert.deepEqual([issue.id, issue.params?.['actual']], ['docgen.file.typeNotAllowed', 'PNG']);
});

test('a text file is of unknown type', async () => {
  const issue = only(await refusal({ photo, idFront: ascii('hello') }));
  assert.equal(issue.id, 'docgen.file.unknownType');
});

test('a photo not in the 2:3 proportion is refused; up to 2% off is tolerated', async () => {
  assert.equal(only(await refusal({ photo: makeJpeg(480, 600) })).id, 'docgen.file.photoAspect');
  // 410 / 600 is 2.5% wider than 2:3: refused; 406 / 600 (1.5%) is accepted.
  assert.equal(only(await refusal({ photo: makeJpeg(410, 600) })).id, 'docgen.file.photoAspect');
  await buildDossier(example('onlinePostal'), { photo: makeJpeg(406, 600) }, { date: DATE, clock });
});

test('a photo under 400 × 600 pixels is refused as too small, exactly 400 × 600 is accepted', async () => {
  const issue = only(await refusal({ photo: makeJpeg(398, 597) }));
  assert.deepEqual([issue.id, issue.params?.['minWidth']], ['docgen.file.photoTooSmall', 400]);
  await buildDossier(example('onlinePostal'), { photo: makeJpeg(400, 600) }, { date: DATE, clock });
});

test('a photo over the portal size is a warning, not an error, and the ZIP is made', async () => {
  const big = makeJpeg(400, 600, { comment: 'x'.repeat(3000) });
  const { manifest } = await buildDossierWithManifest(example('onlinePostal'), { photo: big }, { date: DATE, clock, photoPolicy: { maxBytes: 2048 } });
  const warning = manifest.warnings.find((w) => w.id === 'docgen.file.photoOverPortalLimit');
  assert.ok(warning, JSON.stringify(manifest.warnings));
  assert.equal(warning.path, 'files.photo');
});

test('per-file and total size limits are enforced before anything is built', async () => {
  const d = example('onlinePostal');
  const perFile = only(await refusal({ photo, idFront: makeJpeg(856, 540) }, d, { limits: { maxFileBytes: 1500 } }));
  assert.deepEqual([perFile.path, perFile.id], ['files.idFront', 'docgen.file.tooLarge']);
  const total = only(await refusal({ photo, idFront: makeJpeg(856, 540) }, d, { limits: { maxTotalBytes: 2500 } }));
  assert.deepEqual([total.path, total.id], ['files', 'docgen.file.totalTooLarge']);
});

test('attachments for roles the case does not require, or that are not attachments, are refused', async () => {
  const issues = await refusal({
    photo,
    attachments: [
      { role: 'birthCertificate', bytes: makePdf() },
      { role: 'declaration', bytes: makePdf() },
      { role: 'passportPhoto' as never, bytes: makePdf() },
    ],
  });
  assert.deepEqual(issues.map((i) => [i.path, i.id]), [
    ['files.attachments.0.role', 'docgen.file.roleNotRequired'],
    ['files.attachments.1.role', 'docgen.file.roleNotAttachable'],
    ['files.attachments.2.role', 'docgen.file.unknownRole'],
  ]);
});

test('ID card images are refused for an in-person dossier (the card is shown there)', async () => {
  const issue = only(await refusal({ photo, idFront: makeJpeg(856, 540) }, example('minimalAdult')));
  assert.deepEqual([issue.path, issue.id], ['files.idFront', 'docgen.file.roleNotRequired']);
});

test('every dossier message id has a Vietnamese and an English text with the same placeholders', () => {
  for (const [id, text] of Object.entries(dossierMessages)) {
    assert.ok(text.vi.length > 0 && text.en.length > 0, id);
    assert.equal(text.vi, text.vi.normalize('NFC'), id);
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    assert.deepEqual(holes(text.vi), holes(text.en), id);
  }
});

test('file issues are described in both languages without raw ids or unfilled placeholders', async () => {
  const issues = await refusal({ photo: SVG, idFront: new Uint8Array(0), idBack: makePngHeaderOnly(30000, 30000) });
  for (const locale of ['vi', 'en'] as const) {
    for (const line of describeDossierIssues(issues, locale)) {
      assert.doesNotMatch(line, /docgen\.|\{\w+\}/u, line);
    }
  }
  assert.match(describeDossierIssues(issues, 'vi')[0]!, /Ảnh chân dung/u, 'names the file');
});

test('the pure SHA-256 equals node:crypto at the padding boundaries and on random data', async () => {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
    const expected = createHash('sha256').update(data).digest('hex');
    assert.equal(sha256Pure(data), expected, `length ${n}`);
    assert.equal(await sha256Hex(data), expected, `length ${n}, Web Crypto`);
  }
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (data) => sha256Pure(data) === createHash('sha256').update(data).digest('hex')),
    { numRuns: 200 },
  );
});

test('parseAttachmentArg maps role=path pairs, by core id or by entry name, and refuses the rest', () => {
  assert.deepEqual(parseAttachmentArg('previousPassport=scans/old passport.pdf'), { role: 'previousPassport', path: 'scans/old passport.pdf' });
  assert.deepEqual(parseAttachmentArg('giay-khai-sinh=a=b.jpg'), { role: 'birthCertificate', path: 'a=b.jpg' });
  for (const bad of ['photo=p.jpg', 'lossReport=', 'lossReport', '=x.pdf']) {
    assert.throws(() => parseAttachmentArg(bad, 2), (e: unknown) => isDocgenError(e) && e.issues[0]?.id === 'docgen.file.unknownRole' && e.issues[0]?.path === 'attach.1', bad);
  }
});
