/**
 * What a supplied file really is, read from its bytes and never from its name
 * or declared type: JPEG (ITU-T T.81: SOI, marker segments up to SOS with the
 * frame header giving the size, EOI at the end), PNG (ISO/IEC 15948: the
 * signature, IHDR first with the size, IEND last) or PDF (ISO 32000-1 §7.5:
 * "%PDF-" header near the start, "%%EOF" near the end). It also names the
 * usual impostors (an SVG drawing, an HTML page saved under an image name) and
 * reports a truncated or malformed file, and the declared pixel size, so an
 * absurd size is refused before anything decodes the image. Nothing is decoded.
 */

export type DossierMediaType = 'image/jpeg' | 'image/png' | 'application/pdf';

export type FileKind = 'jpeg' | 'png' | 'pdf' | 'svg' | 'html' | 'empty' | 'unknown';

export interface FileInspection {
  kind: FileKind;
  /** For jpeg, png and pdf. */
  mediaType?: DossierMediaType;
  /** Declared pixel size (images). */
  width?: number;
  height?: number;
  /** Set when the file is of a known kind but cannot be used. */
  problem?: 'truncated' | 'malformed';
}

export const MEDIA_TYPE_OF: Readonly<Record<'jpeg' | 'png' | 'pdf', DossierMediaType>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

export const EXTENSION_OF: Readonly<Record<DossierMediaType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** Human names of the kinds, the same in both languages. */
export const KIND_LABEL: Readonly<Record<FileKind, string>> = {
  jpeg: 'JPEG',
  png: 'PNG',
  pdf: 'PDF',
  svg: 'SVG',
  html: 'HTML',
  empty: '0 byte',
  unknown: '?',
};

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number): number => (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;

/** Latin-1 view of a byte range (enough to look for ASCII markers). */
function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(bytes.length, to); i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/** Frame headers SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function inspectJpeg(b: Uint8Array): FileInspection {
  const out: FileInspection = { kind: 'jpeg', mediaType: 'image/jpeg' };
  let i = 2;
  let sawScan = false;
  while (i < b.length) {
    if (b[i] !== 0xff) return { ...out, problem: 'malformed' };
    while (b[i] === 0xff) i++; // fill bytes
    if (i >= b.length) return { ...out, problem: 'truncated' };
    const marker = b[i] ?? 0;
    i++;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd9) return { ...out, problem: 'malformed' }; // EOI before any scan
    if (i + 2 > b.length) return { ...out, problem: 'truncated' };
    const length = u16(b, i);
    if (length < 2) return { ...out, problem: 'malformed' };
    if (i + length > b.length) return { ...out, problem: 'truncated' };
    if (isStartOfFrame(marker)) {
      if (length < 7) return { ...out, problem: 'malformed' };
      out.height = u16(b, i + 3);
      out.width = u16(b, i + 5);
    }
    i += length;
    if (marker === 0xda) {
      sawScan = true;
      break;
    }
  }
  if (!sawScan) return { ...out, problem: 'truncated' };
  if (out.width === undefined || out.height === undefined || out.width === 0) return { ...out, problem: 'malformed' };
  // The entropy-coded data runs to the end; the file must close with EOI (some writers pad with zeros).
  let end = b.length;
  while (end > i && b[end - 1] === 0x00) end--;
  if (!(end - i >= 2 && b[end - 2] === 0xff && b[end - 1] === 0xd9)) return { ...out, problem: 'truncated' };
  return out;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const PNG_IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82] as const;

function inspectPng(b: Uint8Array): FileInspection {
  const out: FileInspection = { kind: 'png', mediaType: 'image/png' };
  if (b.length < 33) return { ...out, problem: 'truncated' };
  if (u32(b, 8) !== 13 || ascii(b, 12, 16) !== 'IHDR') return { ...out, problem: 'malformed' };
  out.width = u32(b, 16);
  out.height = u32(b, 20);
  if (out.width === 0 || out.height === 0) return { ...out, problem: 'malformed' };
  const tail = b.length - PNG_IEND.length;
  if (!PNG_IEND.every((v, k) => b[tail + k] === v)) return { ...out, problem: 'truncated' };
  return out;
}

function inspectPdf(b: Uint8Array): FileInspection {
  const out: FileInspection = { kind: 'pdf', mediaType: 'application/pdf' };
  if (!ascii(b, b.length - 1024, b.length).includes('%%EOF')) return { ...out, problem: 'truncated' };
  return out;
}

/** Text that looks like markup: an SVG drawing or an HTML page. */
function markupKind(b: Uint8Array): 'svg' | 'html' | null {
  let head = ascii(b, 0, 2048);
  if (head.startsWith('\u00ef\u00bb\u00bf')) head = head.slice(3); // UTF-8 BOM read as Latin-1
  head = head.replace(/^\s+/u, '').toLowerCase();
  if (!head.startsWith('<')) return null;
  if (/<!doctype\s+html|<html[\s>]/u.test(head)) return 'html';
  if (/<svg[\s>]/u.test(head)) return 'svg';
  if (/<(head|body|meta|script|title|div|p)[\s>]/u.test(head)) return 'html';
  return null;
}

export function inspectFile(bytes: Uint8Array): FileInspection {
  if (bytes.length === 0) return { kind: 'empty' };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return inspectJpeg(bytes);
  if (bytes.length >= 8 && PNG_SIGNATURE.every((v, k) => bytes[k] === v)) return inspectPng(bytes);
  // The header may follow up to 1 KB of junk (ISO 32000-1, Annex H.3 implementation note).
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return inspectPdf(bytes);
  return { kind: markupKind(bytes) ?? 'unknown' };
}
