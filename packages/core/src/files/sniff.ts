/**
 * Tells what a file really is from its first bytes ("magic numbers"), never
 * from its name or the type the browser guessed from the name: a web page
 * renamed `.jpg` is still a web page. Signatures follow the formats' own
 * specifications: JPEG (ITU-T T.81, SOI marker FF D8 FF), PNG (ISO/IEC 15948,
 * 8-byte signature), WebP (RIFF container with the `WEBP` form type), GIF
 * (`GIF87a`/`GIF89a`), PDF (ISO 32000, `%PDF-` header at the very start:
 * readers tolerate up to 1024 bytes of junk before it, which is how a web page
 * with `%PDF-` in its first kilobyte passed for a PDF, so it is not tolerated
 * here), HEIC/HEIF/AVIF (ISO BMFF `ftyp` box). Text
 * formats that can carry script (SVG, HTML, XML) are recognised after an
 * optional byte order mark and white space, following the WHATWG MIME
 * Sniffing standard's list of HTML tag openings.
 */

export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'heif' | 'svg' | 'html' | 'xml' | 'unknown';

/** A kind with its bytes checked further (dimensions, completeness) by `inspectFile`. */
export type InspectedKind = FileKind | 'empty';

/** How many leading bytes `sniffFileKind` looks at (read this much with `file.slice`). */
export const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i += 1) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < Math.min(to, bytes.length); i += 1) text += String.fromCharCode(bytes[i]!);
  return text;
}

/** The HTML tag openings of the WHATWG MIME Sniffing standard (§7.1, "identifying a resource with an unknown MIME type"). */
const HTML_OPENINGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
];

function textStart(bytes: Uint8Array): number {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(bytes[i]!)) i += 1;
  return i;
}

/** What the bytes are. `bytes` should be the first `SNIFF_BYTES` of the file (or all of it). */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis'].includes(brand)) return 'heif';
  }
  // At offset 0 only (see the module comment); what a real PDF writer produces.
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';

  const start = textStart(bytes);
  const text = ascii(bytes, start, start + SNIFF_BYTES).toLowerCase();
  if (text.startsWith('<svg') || text.startsWith('<!doctype svg')) return 'svg';
  if (text.startsWith('<?xml')) {
    // An XML declaration, then (after comments or a doctype) an <svg> root: still SVG.
    return /<svg[\s>/]/u.test(text) ? 'svg' : 'xml';
  }
  for (const opening of HTML_OPENINGS) {
    if (!text.startsWith(opening)) continue;
    const next = text.charAt(opening.length);
    // The standard requires a tag-terminating byte (space or ">") after the opening; "<!--" needs none.
    if (opening === '<!--' || next === '' || next === ' ' || next === '>' || /\s/u.test(next)) {
      return /<svg[\s>/]/u.test(text) && !/<html[\s>]/u.test(text) ? 'svg' : 'html';
    }
  }
  return 'unknown';
}

/** The MIME type of an accepted kind (for the file handed on). */
export function mimeTypeOf(kind: FileKind): string {
  switch (kind) {
    case 'jpeg':
      return 'image/jpeg';
    case 'png':
      return 'image/png';
    case 'webp':
      return 'image/webp';
    case 'gif':
      return 'image/gif';
    case 'pdf':
      return 'application/pdf';
    case 'heif':
      return 'image/heif';
    case 'svg':
      return 'image/svg+xml';
    case 'html':
      return 'text/html';
    case 'xml':
      return 'application/xml';
    default:
      return 'application/octet-stream';
  }
}

/** True when the name or the browser's type says PDF (what the user meant to give). */
export function claimsPdf(file: { name: string; type: string }): boolean {
  return file.type === 'application/pdf' || /\.pdf$/iu.test(file.name);
}
