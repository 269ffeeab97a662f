// The upload helpers on real bytes: type sniffing, header-only sizes and
// completeness, the order of the checks (size before reading), and the
// re-encoding that drops EXIF.
import { expect } from '@open-wc/testing';
import {
  ATTACHMENT_POLICY,
  DEFAULT_PHOTO_CHECKS,
  checkPhoto,
  ID_CARD_IMAGE_POLICY,
  PHOTO_SOURCE_POLICY,
  cropRect,
  cropToJpeg,
  hasExifSegment,
  initialCrop,
  inspectUpload,
  jpegMetadataMarkers,
  moveCropBy,
  outputSize,
  readImageHeader,
  sniffFileKind,
  uploadPolicy,
  zoomCropTo,
} from '@hochieu/widget';
import { containsExifBytes, encode, file, noise, pngDeclaring, portrait, withExif } from './helpers.js';

const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffFileKind', () => {
  it('knows images and PDF by their first bytes, whatever the name', async () => {
    expect(sniffFileKind(await encode(portrait(30, 45), 'image/jpeg'))).to.equal('jpeg');
    expect(sniffFileKind(await encode(portrait(30, 45), 'image/png'))).to.equal('png');
    expect(sniffFileKind(bytesOf('%PDF-1.7\n%âãÏÓ\n'))).to.equal('pdf');
  });

  it('tells SVG (also after an XML declaration) from HTML', () => {
    expect(sniffFileKind(bytesOf('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).to.equal('svg');
    expect(sniffFileKind(bytesOf('\uFEFF  <?xml version="1.0"?>\n<!-- x -->\n<svg width="1"/>'))).to.equal('svg');
    expect(sniffFileKind(bytesOf('<!DOCTYPE html><html><body>x</body></html>'))).to.equal('html');
    expect(sniffFileKind(bytesOf('\n\n<script>alert(1)</script>'))).to.equal('html');
    expect(sniffFileKind(bytesOf('<?xml version="1.0"?><note/>'))).to.equal('xml');
    expect(sniffFileKind(bytesOf('hello'))).to.equal('unknown');
  });
});

describe('readImageHeader', () => {
  it('reads a JPEG and a PNG size from the header and sees they are complete', async () => {
    const jpeg = await encode(portrait(123, 77), 'image/jpeg');
    const png = await encode(portrait(64, 96), 'image/png');
    expect(readImageHeader(jpeg, 'jpeg')).to.deep.equal({ ok: true, width: 123, height: 77, complete: true });
    expect(readImageHeader(png, 'png')).to.deep.equal({ ok: true, width: 64, height: 96, complete: true });
  });

  it('sees a JPEG cut in its scan data, and one cut inside its header', async () => {
    const jpeg = await encode(noise(200, 300), 'image/jpeg');
    const cut = readImageHeader(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'jpeg');
    expect(cut).to.deep.equal({ ok: true, width: 200, height: 300, complete: false });
    expect(readImageHeader(jpeg.subarray(0, 10), 'jpeg')).to.deep.equal({ ok: false, problem: 'truncated' });
  });

  it('reads the 30000 × 30000 a crafted PNG declares', () => {
    expect(readImageHeader(pngDeclaring(30000, 30000), 'png')).to.deep.equal({
      ok: true,
      width: 30000,
      height: 30000,
      complete: true,
    });
  });

  it('finds an EXIF segment that was put into a JPEG', async () => {
    const plain = await encode(portrait(40, 60), 'image/jpeg');
    const tagged = withExif(plain);
    expect(hasExifSegment(plain)).to.equal(false);
    expect(hasExifSegment(tagged)).to.equal(true);
    expect(jpegMetadataMarkers(tagged)).to.include('APP1');
    expect(readImageHeader(tagged, 'jpeg')).to.deep.include({ ok: true, width: 40, height: 60 });
  });
});

describe('inspectUpload', () => {
  it('refuses a 60 MB file from its size alone, without reading it', async () => {
    let read = false;
    class Watched extends File {
      override slice(...args: Parameters<File['slice']>): Blob {
        read = true;
        return super.slice(...args);
      }
      override arrayBuffer(): Promise<ArrayBuffer> {
        read = true;
        return super.arrayBuffer();
      }
    }
    const big = new Watched([new Uint8Array(60e6)], 'anh.jpg', { type: 'image/jpeg' });
    const result = await inspectUpload(big, ATTACHMENT_POLICY);
    expect(result).to.deep.equal({ ok: false, reason: 'tooLarge', params: { bytes: 60e6, max: ATTACHMENT_POLICY.maxBytes } });
    expect(read).to.equal(false);
  });

  it('gives each hostile file its own reason', async () => {
    const jpeg = await encode(noise(200, 300), 'image/jpeg');
    const cases: [File, string][] = [
      [file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'a.svg', 'image/svg+xml'), 'svg'],
      [file('<!DOCTYPE html><html><script>alert(1)</script></html>', 'mat-truoc.jpg', 'image/jpeg'), 'html'],
      [file(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'cut.jpg', 'image/jpeg'), 'truncated'],
      [file(new Uint8Array(0), 'rong.jpg', 'image/jpeg'), 'empty'],
      [file(pngDeclaring(30000, 30000), 'bomb.png', 'image/png'), 'dimensionsTooLarge'],
      [file('PK\u0003\u0004 not a pdf', 'giay-khai-sinh.pdf', 'application/pdf'), 'notPdf'],
    ];
    for (const [f, reason] of cases) {
      const result = await inspectUpload(f, ATTACHMENT_POLICY);
      expect(result.ok, f.name).to.equal(false);
      if (!result.ok) expect(result.reason, f.name).to.equal(reason);
    }
  });

  it('refuses a PDF where only images are taken, and a cut-off PDF as an attachment', async () => {
    const pdf = file('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n', 'a.pdf', 'application/pdf');
    const refused = await inspectUpload(pdf, ID_CARD_IMAGE_POLICY);
    expect(refused).to.deep.equal({ ok: false, reason: 'notAccepted', params: { kind: 'pdf' } });
    expect((await inspectUpload(pdf, ATTACHMENT_POLICY)).ok).to.equal(true);
    const cut = file('%PDF-1.4\n1 0 obj<<>>endobj\n', 'a.pdf', 'application/pdf');
    expect(await inspectUpload(cut, ATTACHMENT_POLICY)).to.deep.include({ ok: false, reason: 'truncated' });
  });

  it('accepts a PNG named .jpg by its real type, and says what it is', async () => {
    const png = file(await encode(portrait(60, 90), 'image/png'), 'anh.jpg', 'image/jpeg');
    const result = await inspectUpload(png, ID_CARD_IMAGE_POLICY);
    expect(result).to.deep.include({ ok: true, kind: 'png', type: 'image/png', width: 60, height: 90 });
  });

  it('refuses a complete PNG whose image data does not decode', async () => {
    // Header, IDAT and IEND are all there; the IDAT is not a zlib stream.
    const broken = pngDeclaring(64, 64, [0x13, 0x37, 0xde, 0xad, 0xbe, 0xef]);
    expect(readImageHeader(broken, 'png')).to.deep.include({ ok: true, complete: true });
    const result = await inspectUpload(file(broken, 'x.png', 'image/png'), PHOTO_SOURCE_POLICY);
    expect(result).to.deep.include({ ok: false, reason: 'undecodable' });
  });

  it('applies a host policy and rejects nonsense limits', () => {
    expect(uploadPolicy(ATTACHMENT_POLICY, { maxBytes: 1024 }).maxBytes).to.equal(1024);
    expect(() => uploadPolicy(ATTACHMENT_POLICY, { maxBytes: 0 })).to.throw(RangeError);
    expect(() => uploadPolicy(ATTACHMENT_POLICY, { accept: [] })).to.throw(RangeError);
  });
});

describe('crop geometry and re-encoding', () => {
  it('starts with the largest 2:3 frame inside the photo and keeps it inside when moved', () => {
    const start = initialCrop(1600, 1200);
    const r = cropRect(start);
    expect(r.height).to.equal(1200);
    expect(r.width).to.equal(800);
    const far = cropRect(moveCropBy(start, 10, 10));
    expect(far.x + far.width).to.be.closeTo(1600, 1e-9);
    expect(far.y).to.equal(0);
    const zoomed = cropRect(zoomCropTo(start, 2));
    expect(zoomed.width / zoomed.height).to.be.closeTo(2 / 3, 1e-12);
    expect(zoomed.height).to.equal(600);
    expect(cropRect(zoomCropTo(start, 0.2)).height).to.equal(1200);
  });

  it('sizes the output 2k × 3k, never above the frame or the asked height', () => {
    expect(outputSize({ x: 0, y: 0, width: 800, height: 1200 }, 900)).to.deep.equal({ width: 600, height: 900 });
    expect(outputSize({ x: 0, y: 0, width: 200, height: 300 }, 900)).to.deep.equal({ width: 200, height: 300 });
    expect(outputSize({ x: 0, y: 0, width: 201, height: 302 }, 901)).to.deep.equal({ width: 200, height: 300 });
  });

  it('re-encodes a JPEG carrying EXIF and GPS into one without them, within the limit', async () => {
    const source = withExif(await encode(portrait(1000, 1500), 'image/jpeg'));
    expect(containsExifBytes(source)).to.equal(true);
    const bitmap = await createImageBitmap(new Blob([source as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
    const out = await cropToJpeg(bitmap, cropRect(initialCrop(bitmap.width, bitmap.height)), { maxBytes: 2 * 1024 * 1024, height: 900 });
    bitmap.close();
    expect(out).to.not.equal(null);
    const bytes = new Uint8Array(await out!.photo.blob.arrayBuffer());
    expect(hasExifSegment(bytes)).to.equal(false);
    expect(containsExifBytes(bytes)).to.equal(false);
    expect([out!.photo.width, out!.photo.height]).to.deep.equal([600, 900]);
    expect(readImageHeader(bytes, 'jpeg')).to.deep.include({ width: 600, height: 900 });
  });

  it('steps the quality (and then the size) down to fit a small limit, keeping 2:3', async () => {
    const bitmap = await createImageBitmap(noise(900, 1350, 7));
    const out = await cropToJpeg(bitmap, cropRect(initialCrop(900, 1350)), { maxBytes: 120_000, height: 900 });
    bitmap.close();
    expect(out).to.not.equal(null);
    expect(out!.photo.blob.size).to.be.at.most(120_000);
    expect(out!.photo.width * 3).to.equal(out!.photo.height * 2);
    expect(out!.photo.quality).to.be.below(0.92);
  });
});

describe('checkPhoto (advisory)', () => {
  /** Pixels of a 60 × 90 picture: `edge` colour in the background band, `middle` elsewhere. */
  function pixels(edge: [number, number, number], middle: [number, number, number], stripes = false) {
    const width = 60;
    const height = 90;
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const inBand = y < 9 || ((x < 8 || x >= 52) && y < 45);
        let [r, g, b] = inBand ? edge : middle;
        if (inBand && stripes && Math.floor(x / 2) % 2 === 0) [r, g, b] = [40, 40, 40];
        const i = (y * width + x) * 4;
        data.set([r, g, b, 255], i);
      }
    }
    return { width, height, data };
  }
  const fine = { sourceWidth: 800, sourceHeight: 1200, cropWidth: 800, cropHeight: 1200, sourceBytes: 400_000, quality: 0.92 };
  const ids = (found: { id: string }[]): string[] => found.map((f) => f.id);

  it('finds nothing in a clean portrait', () => {
    expect(checkPhoto(pixels([250, 250, 250], [120, 100, 90]), fine)).to.deep.equal([]);
  });

  it('names each problem by its own id', () => {
    expect(ids(checkPhoto(pixels([250, 250, 250], [120, 100, 90]), { ...fine, sourceWidth: 1600, sourceHeight: 1200 }))).to.deep.equal(['aspect']);
    expect(ids(checkPhoto(pixels([250, 250, 250], [120, 100, 90]), { ...fine, cropWidth: 300, cropHeight: 450 }))).to.deep.equal(['lowResolution']);
    expect(ids(checkPhoto(pixels([20, 20, 20], [10, 10, 10]), fine))).to.include('tooDark');
    expect(ids(checkPhoto(pixels([255, 255, 255], [250, 250, 250]), fine))).to.deep.equal(['tooBright']);
    // Off-white passes; a pale blue studio background does not (the rule says white).
    expect(ids(checkPhoto(pixels([235, 238, 242], [120, 100, 90]), fine))).to.deep.equal([]);
    expect(ids(checkPhoto(pixels([190, 215, 250], [120, 100, 90]), fine))).to.deep.equal(['backgroundNotLight']);
    expect(ids(checkPhoto(pixels([30, 90, 200], [120, 100, 90]), fine))).to.deep.equal(['backgroundNotLight']);
    expect(ids(checkPhoto(pixels([250, 250, 250], [120, 100, 90], true), fine))).to.include('backgroundNotUniform');
    expect(ids(checkPhoto(pixels([250, 250, 250], [120, 100, 90]), { ...fine, sourceBytes: 12_000 }))).to.deep.equal(['smallFile']);
    expect(ids(checkPhoto(pixels([250, 250, 250], [120, 100, 90]), { ...fine, quality: 0.5 }))).to.deep.equal(['compressed']);
  });

  it('takes a host\'s thresholds', () => {
    const strict = { ...DEFAULT_PHOTO_CHECKS, minWidth: 1000, minHeight: 1500 };
    expect(ids(checkPhoto(pixels([250, 250, 250], [120, 100, 90]), fine, strict))).to.deep.equal(['lowResolution']);
  });
});
