/**
 * Reads an image's declared size and checks that the file is whole, from its
 * bytes alone and before anything decodes it, so that a "decompression bomb"
 * (a small file declaring 30000 × 30000 pixels) or a cut-off upload is
 * refused without touching the decoder. Follows the container structure of
 * each format: JPEG markers and segment lengths up to the start of scan and the
 * EOI marker (ITU-T T.81 Annex B), PNG chunks from IHDR to IEND (ISO/IEC 15948
 * §5.3, §11.2), WebP's RIFF length and its VP8, VP8L or VP8X header (RFC 9649).
 * A PDF must start with its `%PDF-` header and end with a `startxref` offset
 * and the `%%EOF` marker (ISO 32000-2 §7.5.2, §7.5.5), which a truncated
 * download lacks and a web page does not have.
 */

export type HeaderProblem = 'truncated' | 'malformed';

/**
 * The declared size, and whether the file is complete (`complete: false`: cut off
 * after the header). `ok: false` when not even the size can be read.
 */
export type ImageHeader =
  | { ok: true; width: number; height: number; complete: boolean }
  | { ok: false; problem: HeaderProblem };

const TRUNCATED: ImageHeader = { ok: false, problem: 'truncated' };
const MALFORMED: ImageHeader = { ok: false, problem: 'malformed' };

function u16be(b: Uint8Array, i: number): number {
  return (b[i]! << 8) | b[i + 1]!;
}

function u32be(b: Uint8Array, i: number): number {
  return ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
}

function u32le(b: Uint8Array, i: number): number {
  return b[i]! + (b[i + 1]! << 8) + (b[i + 2]! << 16) + ((b[i + 3]! << 24) >>> 0);
}

function u24le(b: Uint8Array, i: number): number {
  return b[i]! + (b[i + 1]! << 8) + (b[i + 2]! << 16);
}

/** Bytes `from` to `to` (clamped) as Latin-1 text, for comparing ASCII signatures. */
function latin1(b: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < Math.min(to, b.length); i += 1) text += String.fromCharCode(b[i]!);
  return text;
}

/** One marker segment of a JPEG file before the scan data. */
export interface JpegSegment {
  /** The marker's second byte (0xE1 for APP1, 0xC0 for SOF0…). */
  marker: number;
  /** Offset of the segment's first data byte (after the length field). */
  start: number;
  /** Number of data bytes (the length field minus its own two bytes). */
  length: number;
}

/**
 * Walks a JPEG's marker segments from SOI to the first SOS (start of scan).
 * Returns null when the structure breaks (a length running past the end or a
 * byte that is not a marker), i.e. the file is cut off or not a JPEG.
 */
export function jpegSegments(bytes: Uint8Array): { segments: JpegSegment[]; scanStart: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const segments: JpegSegment[] = [];
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    let marker = bytes[i + 1]!;
    // Fill bytes: any number of 0xFF may precede a marker (T.81 B.1.1.2).
    while (marker === 0xff && i + 2 < bytes.length) {
      i += 1;
      marker = bytes[i + 1]!;
    }
    i += 2;
    // Markers without a length: TEM and RST0-7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9) return null; // EOI before any scan.
    if (i + 2 > bytes.length) return null;
    const length = u16be(bytes, i);
    if (length < 2 || i + length > bytes.length) return null;
    segments.push({ marker, start: i + 2, length: length - 2 });
    i += length;
    if (marker === 0xda) return { segments, scanStart: i };
  }
  return null;
}

/** SOFn markers carry the frame size (C0-CF except DHT C4, JPG C8 and DAC CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** True when an EOI marker (FF D9) follows the start of scan: the file was written to the end. */
export function jpegHasEnd(bytes: Uint8Array, scanStart: number): boolean {
  // Fast path: the EOI is normally the last two bytes (a few writers pad with zeros).
  let end = bytes.length;
  while (end > scanStart && bytes[end - 1] === 0x00) end -= 1;
  if (end >= scanStart + 2 && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9) return true;
  // Some cameras append data after the EOI; entropy-coded data never holds FF D9 (FF is stuffed with 00).
  for (let k = bytes.indexOf(0xff, scanStart); k >= 0 && k + 1 < bytes.length; k = bytes.indexOf(0xff, k + 1)) {
    if (bytes[k + 1] === 0xd9) return true;
  }
  return false;
}

/**
 * Finds the frame header (SOFn) by following segment lengths, even when the
 * file is cut off later on. Returns the size, `null` when the structure is
 * broken before a frame header, or `undefined` when the data ends first.
 */
function jpegFrame(bytes: Uint8Array): { width: number; height: number } | null | undefined {
  let i = 2;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = u16be(bytes, i + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (i + 4 + 5 > bytes.length) return undefined;
      return { height: u16be(bytes, i + 5), width: u16be(bytes, i + 7) };
    }
    i += 2 + length;
  }
  return undefined;
}

function jpegHeader(bytes: Uint8Array): ImageHeader {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return MALFORMED;
  const walked = jpegSegments(bytes);
  const frame = jpegFrame(bytes);
  if (!frame) return frame === null ? MALFORMED : TRUNCATED;
  const { width, height } = frame;
  // A height of 0 (to be defined by a DNL marker) is legal in T.81 but no camera writes it: treat as malformed.
  if (width === 0 || height === 0) return MALFORMED;
  return { ok: true, width, height, complete: walked !== null && jpegHasEnd(bytes, walked.scanStart) };
}

function pngHeader(bytes: Uint8Array): ImageHeader {
  // Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
  if (bytes.length < 33) return TRUNCATED;
  if (latin1(bytes, 12, 16) !== 'IHDR') return MALFORMED;
  const width = u32be(bytes, 16);
  const height = u32be(bytes, 20);
  let i = 8;
  let sawEnd = false;
  while (i + 8 <= bytes.length) {
    const length = u32be(bytes, i);
    const type = String.fromCharCode(bytes[i + 4]!, bytes[i + 5]!, bytes[i + 6]!, bytes[i + 7]!);
    const next = i + 12 + length;
    if (next > bytes.length) break;
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
    i = next;
  }
  if (width === 0 || height === 0) return MALFORMED;
  return { ok: true, width, height, complete: sawEnd };
}

function webpHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length < 30) return TRUNCATED;
  const riffSize = u32le(bytes, 4);
  const chunk = latin1(bytes, 12, 16);
  let width = 0;
  let height = 0;
  if (chunk === 'VP8X') {
    width = u24le(bytes, 24) + 1;
    height = u24le(bytes, 27) + 1;
  } else if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return MALFORMED;
    const b1 = bytes[21]!;
    const b2 = bytes[22]!;
    const b3 = bytes[23]!;
    const b4 = bytes[24]!;
    width = 1 + (((b2 & 0x3f) << 8) | b1);
    height = 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6));
  } else if (chunk === 'VP8 ') {
    // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return MALFORMED;
    width = (bytes[26]! | (bytes[27]! << 8)) & 0x3fff;
    height = (bytes[28]! | (bytes[29]! << 8)) & 0x3fff;
  } else {
    return MALFORMED;
  }
  if (width === 0 || height === 0) return MALFORMED;
  return { ok: true, width, height, complete: riffSize + 8 <= bytes.length };
}

/** The declared size of a JPEG, PNG or WebP file, or why it cannot be trusted. */
export function readImageHeader(bytes: Uint8Array, kind: 'jpeg' | 'png' | 'webp'): ImageHeader {
  switch (kind) {
    case 'jpeg':
      return jpegHeader(bytes);
    case 'png':
      return pngHeader(bytes);
    case 'webp':
      return webpHeader(bytes);
  }
}

/** True when a PDF ends with `%%EOF` (white space after it allowed), looked for in its last 1024 bytes. */
export function pdfHasEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 1024);
  const tail = latin1(bytes, from, bytes.length);
  return /%%EOF\s*$/u.test(tail);
}

/**
 * The file structure of a PDF, without parsing objects: the header `%PDF-1.x`
 * or `%PDF-2.0` at offset 0, then in the last 1024 bytes `startxref`, the byte
 * offset of the cross-reference section (within the file), and `%%EOF` last.
 */
export function pdfStructure(bytes: Uint8Array): { ok: true } | { ok: false; problem: HeaderProblem } {
  if (!/^%PDF-[12]\.\d/u.test(latin1(bytes, 0, 8))) return { ok: false, problem: 'malformed' };
  if (!pdfHasEnd(bytes)) return { ok: false, problem: 'truncated' };
  const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  const xref = /startxref\s+(\d{1,12})\s+%%EOF\s*$/u.exec(tail);
  if (!xref || Number(xref[1]) >= bytes.length) return { ok: false, problem: 'malformed' };
  return { ok: true };
}

/** True when a JPEG carries an APP1 segment with an `Exif` header (camera data, often GPS). */
export function hasExifSegment(bytes: Uint8Array): boolean {
  const walked = jpegSegments(bytes);
  if (!walked) {
    // Not walkable: look for the identifier anywhere in the first 64 KiB to be safe.
    return latin1(bytes, 0, 65536).includes('Exif\u0000\u0000');
  }
  return walked.segments.some(
    (s) =>
      s.marker === 0xe1 &&
      s.length >= 6 &&
      latin1(bytes, s.start, s.start + 6) === 'Exif\u0000\u0000',
  );
}

/** The APPn markers of a JPEG as names (`APP0`, `APP1`…): what metadata it carries. */
export function jpegMetadataMarkers(bytes: Uint8Array): string[] {
  const walked = jpegSegments(bytes);
  if (!walked) return [];
  return walked.segments.filter((s) => s.marker >= 0xe0 && s.marker <= 0xef).map((s) => `APP${s.marker - 0xe0}`);
}
