/**
 * Lean DOCX (issue 16): the photo goes into the package once, byte for byte,
 * stored (method 0), with no stand-in left behind; the QR picture likewise;
 * the bytes stay deterministic with a large photo; and the package still
 * opens in mammoth. Read back with fflate's unzip and an independent
 * central-directory reader.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { renderDocx } from '@hochieu/docgen';
import { PHOTO_JPEG, PHOTO_PNG, sampleModel } from './fixtures/sample-model.js';
import { centralDirectory, makeJpeg } from './dossier-support.js';
import { MediaSlots } from '../../../packages/docgen/src/docx/media-slots.js';

const CLOCK = () => new Date(Date.UTC(2026, 11, 5, 9, 0, 0));

function media(docx: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(docx)).filter(([p]) => p.startsWith('word/media/'));
}

test('the JPEG photo is in the package once, byte-identical and stored', async () => {
  const docx = await renderDocx(sampleModel(PHOTO_JPEG), { clock: CLOCK });
  const pictures = media(docx);
  assert.equal(pictures.length, 1);
  const [name, bytes] = pictures[0]!;
  assert.match(name, /\.jpg$/);
  assert.deepEqual(Buffer.from(bytes), Buffer.from(PHOTO_JPEG.bytes));
  const entry = centralDirectory(docx).find((e) => e.name === name);
  assert.equal(entry?.method, 0, 'a JPEG is stored, not deflated');
  assert.equal(entry?.size, PHOTO_JPEG.bytes.length);
});

test('a PNG photo is put in with its own type', async () => {
  const pictures = media(await renderDocx(sampleModel(PHOTO_PNG), { clock: CLOCK }));
  assert.equal(pictures.length, 1);
  assert.match(pictures[0]![0], /\.png$/);
  assert.deepEqual(Buffer.from(pictures[0]![1]), Buffer.from(PHOTO_PNG.bytes));
});

test('a 1 MB photo: the DOCX is barely larger than the photo, deterministic, and readable', async () => {
  // A valid JPEG padded with a comment segment to ~1 MB, filled with varied bytes.
  const photo = makeJpeg(300, 400, { comment: 'x'.repeat(60000) });
  const big = new Uint8Array(1_000_000);
  big.set(photo.subarray(0, 2));
  // Fill APPn segments (FF E1, 65 535 bytes max each) with pseudo-random bytes after SOI.
  let p = 2;
  let seed = 7;
  while (p + 4 + 65533 < big.length - photo.length) {
    big[p] = 0xff;
    big[p + 1] = 0xe1;
    big[p + 2] = 0xff;
    big[p + 3] = 0xff;
    for (let i = 4; i < 65537; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      big[p + i] = seed >>> 24;
    }
    p += 65537;
  }
  big.set(photo.subarray(2), p);
  const jpeg = big.subarray(0, p + photo.length - 2);
  const model = sampleModel({ bytes: jpeg, mediaType: 'image/jpeg' });
  const a = await renderDocx(model, { clock: CLOCK });
  const b = await renderDocx(model, { clock: CLOCK });
  assert.deepEqual(Buffer.from(a), Buffer.from(b));
  assert.ok(a.length < jpeg.length + 40_000, `DOCX ${a.length} B for a ${jpeg.length} B photo`);
  const pictures = media(a);
  assert.equal(pictures.length, 1);
  assert.deepEqual(Buffer.from(pictures[0]![1]), Buffer.from(jpeg));
  const text = (await mammoth.extractRawText({ buffer: Buffer.from(a) })).value;
  assert.match(text, /NGUYỄN/);
});

test('no stand-in bytes are left in any part of the package', async () => {
  const docx = await renderDocx(sampleModel(PHOTO_JPEG), { clock: CLOCK });
  for (const [name, bytes] of Object.entries(unzipSync(docx))) {
    assert.ok(!Buffer.from(bytes).includes('hochieu-docx-media-slot'), name);
  }
});

test('docx is handed a stand-in of a few bytes per picture, each distinct, resolved back to the picture', () => {
  const slots = new MediaSlots();
  const photo = new Uint8Array(1_000_000).fill(7);
  const qr = new Uint8Array(3000).fill(9);
  const a = slots.slot(photo);
  const b = slots.slot(qr);
  assert.ok(a.length <= 64 && b.length <= 64, 'stand-ins are tiny, so docx hashes and deflates a few bytes');
  assert.notDeepEqual(Buffer.from(a), Buffer.from(b));
  assert.equal(slots.resolve(a), photo);
  assert.equal(slots.resolve(b), qr);
  assert.equal(slots.resolve(new Uint8Array(a.length)), undefined);
  assert.equal(slots.resolve(photo), undefined);
  // The same sequence of pictures gives the same stand-ins (deterministic part contents).
  assert.deepEqual(Buffer.from(new MediaSlots().slot(qr)), Buffer.from(a));
});
