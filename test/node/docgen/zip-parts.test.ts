// Issue 16: the dossier ZIP is written as parts (zip/zip.ts `writeZipParts`,
// docgen's `buildDossierBlobParts`) so the browser makes its Blob from the
// attachments' own arrays instead of one joined copy. Checked here: the parts
// joined are byte for byte what fflate's `zipSync` with the dates restamped
// wrote before (the reference, for any entries), a STORED payload is the
// caller's very array (no copy), Info-ZIP's `unzip` reads the archive back
// with correct CRCs, and the dossier's parts join to `buildDossier`'s bytes.
// Run: node --import tsx --test test/node/docgen/zip-parts.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { zipSync, type Zippable } from 'fflate';
import { buildDossier, buildDossierBlobParts } from '@hochieu/docgen';
import { crc32, dosDateFor, joinParts, restampZipDates, writeZip, writeZipParts, type ZipInput } from '../../../packages/docgen/src/zip/zip.js';
import { onlineFiles, onlineRenewal } from './dossier-support.js';

/** What the dossier's ZIP writer did before issue 16: fflate's zipSync, then the dates restamped. */
function reference(entries: readonly ZipInput[], instant: Date): Uint8Array {
  const mtime = dosDateFor(instant);
  const data: Zippable = {};
  for (const e of entries) data[e.name] = [e.bytes, { level: e.store ? 0 : 6, mtime }];
  return restampZipDates(zipSync(data, { mtime }), instant);
}

// Names start with a letter: a JavaScript object (fflate's input) puts integer-like keys first, the only order it changes.
const entryName = fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}$/u);
const entries = fc.uniqueArray(fc.record({ name: entryName, bytes: fc.uint8Array({ maxLength: 3000 }), store: fc.boolean() }), {
  selector: (e) => e.name,
  minLength: 1,
  maxLength: 6,
});
const instants = fc.date({ min: new Date('1975-01-01T00:00:00Z'), max: new Date('2110-01-01T00:00:00Z'), noInvalidDate: true });

test('writeZipParts joined gives the same bytes as fflate zipSync with restamped dates, for any entries and date', () => {
  fc.assert(
    fc.property(entries, instants, (list, instant) => {
      assert.deepEqual(joinParts(writeZipParts(list, instant)), reference(list, instant));
      assert.deepEqual(writeZip(list, instant), reference(list, instant));
    }),
    { numRuns: 150 },
  );
});

test('crc32 agrees with zlib', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)));
});

test('a STORED payload is the caller’s own array in the parts; a DEFLATED one is not', () => {
  const photo = new Uint8Array(200_000).map((_, i) => (i * 31) & 0xff);
  const text = new TextEncoder().encode('đọc tôi '.repeat(500));
  const parts = writeZipParts(
    [
      { name: 'anh.jpg', bytes: photo, store: true },
      { name: 'doc-toi.txt', bytes: text, store: false },
    ],
    new Date('2026-12-05T09:00:00Z'),
  );
  assert.equal(parts.length, 5); // header, photo, header, deflated text, central directory + end record
  assert.equal(parts[1], photo);
  assert.notEqual(parts[3], text);
  assert.ok(parts[3]!.length < text.length / 4);
});

test('names are checked as before: not ASCII, a folder, a duplicate', () => {
  const at = new Date('2026-12-05T09:00:00Z');
  const bytes = new Uint8Array([1]);
  assert.throws(() => writeZipParts([{ name: 'ảnh.jpg', bytes, store: true }], at), /plain ASCII/u);
  assert.throws(() => writeZipParts([{ name: 'a/b.jpg', bytes, store: true }], at), /plain ASCII/u);
  assert.throws(
    () =>
      writeZipParts(
        [
          { name: 'a.jpg', bytes, store: true },
          { name: 'a.jpg', bytes, store: false },
        ],
        at,
      ),
    /Duplicate/u,
  );
});

test('Info-ZIP unzip reads the parts back with correct CRCs and the Vietnam date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hochieu-zip-parts-'));
  try {
    const bytes = joinParts(
      writeZipParts(
        [
          { name: 'a.bin', bytes: new Uint8Array(70_000).map((_, i) => (i * 7) & 0xff), store: true },
          { name: 'b.txt', bytes: new TextEncoder().encode('xin chào\n'.repeat(1000)), store: false },
        ],
        new Date('2026-12-05T09:30:00Z'),
      ),
    );
    const file = join(dir, 'x.zip');
    writeFileSync(file, bytes);
    const testOut = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    assert.match(testOut, /No errors detected/u);
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    assert.match(listing, /70000\s+2026-12-05 16:30\s+a\.bin/u);
    assert.match(listing, /10000\s+2026-12-05 16:30\s+b\.txt/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('buildDossierBlobParts joins to buildDossier’s bytes, with the attachments’ own arrays among the parts', async () => {
  const clock = (): Date => new Date('2026-12-05T02:00:00Z');
  const files = onlineFiles();
  const options = { date: '2026-12-05', clock };
  const parts = await buildDossierBlobParts(onlineRenewal(), files, options);
  const whole = await buildDossier(onlineRenewal(), onlineFiles(), options);
  assert.deepEqual(joinParts(parts), whole);
  for (const key of ['photo', 'idFront', 'idBack'] as const) {
    const given = files[key];
    assert.ok(given instanceof Uint8Array);
    assert.ok(parts.includes(given), `${key} is stored from the caller's array, not a copy`);
  }
});
