// Builders for the upload tests: real JPEG and PNG files drawn in the
// browser, a JPEG with an EXIF APP1 segment holding a GPS position, hostile
// files, QR code pictures, and the user's "choose a file" action (setting the
// picker's files as the browser's file dialog does, then `change`).
import { waitUntil } from '@open-wc/testing';
import qrcode from 'qrcode-generator';
import { PNG_SIGNATURE, be32, pngChunk } from '../../support/png.js';

/** Draws on a canvas and returns it. */
export function canvas(width: number, height: number, draw: (ctx: CanvasRenderingContext2D) => void): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d')!;
  draw(ctx);
  return c;
}

/** A portrait-like picture: white background, a grey "head and shoulders", some texture. */
export function portrait(width: number, height: number, background = '#ffffff'): HTMLCanvasElement {
  return canvas(width, height, (ctx) => {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#8a6e5a';
    ctx.beginPath();
    ctx.ellipse(width / 2, height * 0.42, width * 0.2, height * 0.2, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#2d3b55';
    ctx.fillRect(width * 0.15, height * 0.68, width * 0.7, height * 0.32);
    // Texture inside the figure only (the background stays even).
    for (let i = 0; i < 4000; i += 1) {
      ctx.fillStyle = `rgb(${(i * 37) % 255} ${(i * 91) % 255} ${(i * 53) % 255})`;
      ctx.fillRect(width * 0.35 + ((i * 13) % (width * 0.3)), height * 0.3 + ((i * 7) % (height * 0.25)), 3, 3);
    }
  });
}

/** Random noise (compresses badly: a large JPEG). */
export function noise(width: number, height: number, seed = 1): HTMLCanvasElement {
  return canvas(width, height, (ctx) => {
    const data = ctx.createImageData(width, height);
    let x = seed;
    for (let i = 0; i < data.data.length; i += 4) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      data.data[i] = x & 0xff;
      data.data[i + 1] = (x >> 8) & 0xff;
      data.data[i + 2] = (x >> 16) & 0xff;
      data.data[i + 3] = 255;
    }
    ctx.putImageData(data, 0, 0);
  });
}

export async function encode(c: HTMLCanvasElement, type: 'image/jpeg' | 'image/png', quality = 0.92): Promise<Uint8Array> {
  const blob = await new Promise<Blob>((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), type, quality),
  );
  return new Uint8Array(await blob.arrayBuffer());
}

export function file(bytes: Uint8Array | string, name: string, type = ''): File {
  const part = typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>);
  return new File([part], name, { type });
}

/**
 * An EXIF APP1 segment (CIPA DC-008 / TIFF 6.0, little-endian): IFD0 with a
 * Make tag and a pointer to a GPS IFD holding latitude 21° N (Hà Nội-ish).
 */
export function exifSegment(): Uint8Array {
  const tiff: number[] = [];
  const u16 = (v: number): void => void tiff.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (v: number): void => void tiff.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
  // Header: "II", 42, offset of IFD0 = 8.
  tiff.push(0x49, 0x49);
  u16(42);
  u32(8);
  // IFD0 at 8: 2 entries (12 bytes each) + next-IFD offset: ends at 8 + 2 + 24 + 4 = 38.
  u16(2);
  u16(0x010f); // Make
  u16(2); // ASCII
  u32(8);
  u32(38); // value offset ("HOCHIEU\0" at 38..45)
  u16(0x8825); // GPS IFD pointer
  u16(4); // LONG
  u32(1);
  u32(46);
  u32(0); // no next IFD
  for (const ch of 'HOCHIEU\0') tiff.push(ch.charCodeAt(0));
  // GPS IFD at 46: 2 entries + next = 46 + 2 + 24 + 4 = 76; rationals at 76.
  u16(2);
  u16(0x0001); // GPSLatitudeRef
  u16(2);
  u32(2);
  tiff.push(0x4e, 0, 0, 0); // "N\0"
  u16(0x0002); // GPSLatitude
  u16(5); // RATIONAL
  u32(3);
  u32(76);
  u32(0);
  for (const [n, d] of [
    [21, 1],
    [1, 1],
    [42, 1],
  ]) {
    u32(n!);
    u32(d!);
  }
  const payload = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat(tiff);
  const length = payload.length + 2;
  return Uint8Array.from([0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...payload]);
}

/** The JPEG with an EXIF segment inserted right after SOI. */
export function withExif(jpeg: Uint8Array): Uint8Array {
  const app1 = exifSegment();
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(app1, 2);
  out.set(jpeg.subarray(2), 2 + app1.length);
  return out;
}

/** A whole, well-formed PNG (signature, IHDR, one IDAT, IEND) declaring `width` × `height`. */
export function pngDeclaring(width: number, height: number, idatData?: number[]): Uint8Array {
  const ihdr = [...be32(width), ...be32(height), 8, 2, 0, 0, 0];
  // A tiny zlib stream (stored, empty): the file is small, its declaration is not.
  const idat = idatData ?? [0x78, 0x01, 0x01, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x01];
  return Uint8Array.from([
    ...PNG_SIGNATURE,
    ...pngChunk('IHDR', ihdr),
    ...pngChunk('IDAT', idat),
    ...pngChunk('IEND', []),
  ]);
}

/** A PNG picture of a QR code holding `text` (UTF-8, byte mode), on a white card-like margin. */
export async function qrPng(text: string, cell = 4, margin = 40): Promise<Uint8Array> {
  const code = qrcode(0, 'M');
  // The generator maps each char code to one byte: hand it the UTF-8 bytes as chars.
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  const size = code.getModuleCount() * cell;
  const c = canvas(size + margin * 2, size + margin * 2, (ctx) => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size + margin * 2, size + margin * 2);
    ctx.translate(margin, margin);
    code.renderTo2dContext(ctx, cell);
  });
  return encode(c, 'image/png');
}

/** Chooses files the way the browser's file dialog does: sets the picker's files, then `change`. */
export function choose(picker: HTMLInputElement, ...files: File[]): void {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The element's shadow-root node matching `selector`. */
export function inside<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName} has no ${selector}`);
  return found;
}

export function maybeInside<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Waits until `el` shows `selector` in its shadow root. */
export async function shows(el: Element, selector: string, timeout = 8000): Promise<HTMLElement> {
  await waitUntil(() => maybeInside(el, selector) !== null, `${selector} did not appear`, { timeout });
  return inside(el, selector);
}

/** The visible text of a node with white space folded. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** True when a JPEG contains an APP1 "Exif" segment or the identifier anywhere. */
export function containsExifBytes(bytes: Uint8Array): boolean {
  const needle = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00];
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let k = 0; k < needle.length; k += 1) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Records long tasks (Long Tasks API) while `run` runs; returns the longest, in ms. */
export async function longestTask(run: () => Promise<void>): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await run();
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return longest;
}
