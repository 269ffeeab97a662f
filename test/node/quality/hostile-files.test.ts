/**
 * The hostile files of the shared catalogue (test/support/hostile-inputs.ts),
 * checked twice: that each factory makes what it claims, read by independent
 * means (Node's zlib for the PNG's CRC-32 and zlib stream, ISO/IEC 15948;
 * the JPEG markers of ITU-T T.81), and that the dossier's file check (issue
 * 4) refuses each one with its own message id, from the bytes and never the
 * name, quickly (nothing is decoded), so the widget can show a clear message
 * without a long task. The widget-level checks of the same files come later.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, inflateSync } from 'node:zlib';
import { planApplication } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { checkDossierFiles, describeDossierIssues, inspectFile } from '@hochieu/docgen';
import { HOSTILE_FILE_KINDS, OVERSIZED_BYTES, hostileFile, pngDeclaring, tinyJpeg } from '../../support/hostile-inputs.js';

test('tinyJpeg is a complete baseline JPEG of the asked size: SOI, SOF0 with the size, SOS, EOI', () => {
  const j = tinyJpeg(400, 600);
  assert.deepEqual([...j.subarray(0, 2)], [0xff, 0xd8]);
  assert.deepEqual([...j.subarray(-2)], [0xff, 0xd9]);
  const sof = j.findIndex((b, i) => b === 0xff && j[i + 1] === 0xc0);
  assert.ok(sof > 0);
  assert.equal((j[sof + 5]! << 8) | j[sof + 6]!, 600, 'height');
  assert.equal((j[sof + 7]! << 8) | j[sof + 8]!, 400, 'width');
  assert.deepEqual(inspectFile(j), { kind: 'jpeg', mediaType: 'image/jpeg', width: 400, height: 600 });
});

test('pngDeclaring writes chunks whose CRC-32 and zlib data Node verifies, with the declared size', () => {
  const png = pngDeclaring(30_000, 30_000);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  const types: string[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    assert.equal(view.getUint32(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `${type} CRC`);
    if (type === 'IDAT') assert.equal(inflateSync(data).length, 1, 'a valid zlib stream');
    types.push(type);
    at += 12 + length;
  }
  assert.deepEqual(types, ['IHDR', 'IDAT', 'IEND']);
  assert.equal(view.getUint32(16), 30_000);
  assert.equal(view.getUint32(20), 30_000);
});

test('each hostile file is what it claims to be', () => {
  assert.equal(inspectFile(hostileFile('svgScript').bytes).kind, 'svg');
  assert.equal(inspectFile(hostileFile('htmlAsJpeg').bytes).kind, 'html');
  assert.ok(hostileFile('htmlAsJpeg').name.endsWith('.jpg'));
  assert.equal(inspectFile(hostileFile('truncatedJpeg').bytes).problem, 'truncated');
  assert.equal(hostileFile('empty').bytes.length, 0);
  assert.deepEqual([inspectFile(hostileFile('hugePngHeader').bytes).width, inspectFile(hostileFile('hugePngHeader').bytes).height], [30_000, 30_000]);
  assert.equal(inspectFile(hostileFile('fakePdf').bytes).kind, 'unknown');
  assert.equal(hostileFile('oversized').bytes.length, OVERSIZED_BYTES);
});

test('the dossier refuses each hostile attachment with its own message, from the bytes, without decoding', () => {
  const plan = planApplication(example('fullAdult'), { date: '2026-11-21' });
  const ids = new Map<string, string[]>();
  const started = performance.now();
  for (const kind of HOSTILE_FILE_KINDS) {
    const f = hostileFile(kind);
    const { errors } = checkDossierFiles({ attachments: [{ role: 'previousPassport', bytes: f.bytes, mediaType: f.declaredType, name: f.name }] }, plan);
    assert.ok(errors.length > 0, `${kind} refused`);
    for (const sentence of [...describeDossierIssues(errors, 'vi'), ...describeDossierIssues(errors, 'en')]) assert.ok(!/\{\w+\}/u.test(sentence), sentence);
    ids.set(kind, errors.map((e) => e.id));
  }
  // Generous bound for a loaded CI machine; the check reads headers only (a decode of 30000 x 30000 would take seconds and gigabytes).
  assert.ok(performance.now() - started < 2000, 'checked quickly');
  const firstIds = [...ids.values()].map((l) => l[0]);
  assert.equal(new Set(firstIds).size, HOSTILE_FILE_KINDS.length, `one distinct message per kind: ${JSON.stringify(Object.fromEntries(ids))}`);
});

test('the dossier refuses each hostile file as the photo', () => {
  const plan = planApplication(example('fullAdult'), { date: '2026-11-21' });
  for (const kind of HOSTILE_FILE_KINDS) {
    const { errors } = checkDossierFiles({ photo: hostileFile(kind).bytes }, plan);
    assert.ok(errors.length > 0 && errors.every((e) => e.path === 'files.photo'), kind);
  }
  assert.deepEqual(checkDossierFiles({ photo: tinyJpeg(400, 600) }, plan).errors, [], 'while a real JPEG photo passes');
});
