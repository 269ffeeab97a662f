/**
 * A shared catalogue of hostile input for the quality gates (issue 8): text a
 * citizen or an attacker may type or paste into any field, and files they may
 * upload in place of a photo or a scanned paper. The strings cover markup and
 * script injection (OWASP XSS filter evasion basics), template and formula
 * injection (CSV/spreadsheet "formula injection": = + - @ prefixes, Word
 * field syntax), the XML, JSON and PDF string delimiters the renderers must
 * escape, Unicode traps (bidirectional overrides, UAX #9; zero-width and
 * format characters, category Cf; combining-mark floods and NFD input, UAX
 * #15; lone surrogates; noncharacters; emoji and scripts outside the bundled
 * font), control characters and very long strings. The file factories build
 * bytes in memory (no fixtures on disk): an SVG with a script, an HTML page
 * named .jpg, a truncated JPEG, a 0-byte file, a PNG whose header declares
 * 30000 × 30000 pixels, a "PDF" that is not one, and a lazily made 60 MB file.
 * DOM-free and dependency-free, so Node and browser tests can both import it.
 */
import { PNG_SIGNATURE, be32, pngChunk } from './png.js';

/** What makes a string hostile; a string may have several tags. */
export type HostileTag =
  | 'markup'
  | 'template'
  | 'formula'
  | 'delimiter'
  | 'bidi'
  | 'invisible'
  | 'combining'
  | 'long'
  | 'control'
  | 'surrogate'
  | 'noncharacter'
  | 'outsideFont';

export interface HostileString {
  /** Stable name, usable in test titles. */
  name: string;
  value: string;
  tags: readonly HostileTag[];
}

const VIETNAMESE_SENTENCE =
  'Cộng hòa xã hội chủ nghĩa Việt Nam, độc lập tự do hạnh phúc; người đề nghị cấp hộ chiếu phổ thông ở trong nước';

/** Characters that are not text: Unicode general categories Cc, Cf, Cs, Co (the product refuses them in printed text). */
export const NOT_TEXT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;

export const HOSTILE_STRINGS: readonly HostileString[] = [
  { name: 'img onerror', value: '<img src=x onerror=alert(1)>', tags: ['markup'] },
  { name: 'attribute break and script', value: '"><script>alert(1)</script>', tags: ['markup'] },
  { name: 'svg onload', value: "<svg/onload=alert('x')>", tags: ['markup'] },
  { name: 'javascript URL', value: 'javascript:alert(document.cookie)', tags: ['markup'] },
  { name: 'mustache template', value: '{{7*7}}', tags: ['template'] },
  { name: 'template literal', value: '${7*7}', tags: ['template'] },
  { name: 'lit binding marker', value: '<!--?lit$123$-->', tags: ['template', 'markup'] },
  { name: 'spreadsheet HYPERLINK formula', value: '=HYPERLINK("http://evil","x")', tags: ['formula'] },
  { name: 'plus formula', value: '+SUM(1)', tags: ['formula'] },
  { name: 'at command', value: '@cmd', tags: ['formula'] },
  { name: 'minus formula', value: '-2+3+cmd|\' /C calc\'!A0', tags: ['formula'] },
  { name: 'Word field code text', value: '{ HYPERLINK "http://evil" } { INCLUDETEXT "C:\\\\x" }', tags: ['formula', 'template'] },
  { name: 'XML entities and CDATA', value: '&amp; &lt;b&gt; &#x41; ]]> <![CDATA[x]]> </w:t><w:t>', tags: ['delimiter', 'markup'] },
  { name: 'JSON breaker', value: '"},{"__proto__":{"x":1},"a":"\\u0000\\', tags: ['delimiter'] },
  { name: 'PDF string breaker', value: ') Tj /S /JavaScript /JS (app.alert(1)) >> endobj (', tags: ['delimiter'] },
  { name: 'backslashes and parentheses', value: '\\) \\( \\\\ (( )) \\n \\r', tags: ['delimiter'] },
  { name: 'right-to-left override', value: 'Lạng Sơn \u202Egnp.exe', tags: ['bidi'] },
  { name: 'right-to-left mark', value: 'Số 12\u200F đường', tags: ['bidi', 'invisible'] },
  { name: 'Arabic and Hebrew letters', value: 'مرحبا שלום', tags: ['bidi', 'outsideFont'] },
  { name: 'zero-width joiner and space', value: 'Ng\u200Duy\u200Bễn\uFEFF', tags: ['invisible'] },
  { name: 'NFD Vietnamese sentence', value: VIETNAMESE_SENTENCE.normalize('NFD'), tags: ['combining'] },
  { name: 'combining-mark flood', value: `Thử${'\u0300\u0301\u0303\u0309\u0323'.repeat(16)} chữ`, tags: ['combining'] },
  { name: 'long NFD Vietnamese', value: Array.from({ length: 3 }, () => VIETNAMESE_SENTENCE).join(' ').normalize('NFD'), tags: ['combining', 'long'] },
  { name: 'unbroken long word', value: 'x'.repeat(240), tags: ['long'] },
  { name: 'ten thousand characters', value: 'Lạng Sơn '.repeat(1112).slice(0, 10_000), tags: ['long'] },
  { name: 'NUL', value: 'abc\u0000def', tags: ['control'] },
  { name: 'bell and escape', value: 'a\u0007b\u001b[31mc', tags: ['control'] },
  { name: 'C1 control', value: 'a\u0085b\u009bc', tags: ['control'] },
  { name: 'line and tab breaks', value: 'dòng một\r\ndòng hai\tcột', tags: ['control'] },
  { name: 'lone high surrogate', value: 'a\uD800b', tags: ['surrogate'] },
  { name: 'lone low surrogate', value: '\uDC00x', tags: ['surrogate'] },
  { name: 'private use', value: 'a\uE000b', tags: ['control'] },
  { name: 'noncharacters', value: 'a\uFFFEb\uFFFF', tags: ['noncharacter'] },
  { name: 'emoji', value: 'Hà Nội 😀🇻🇳', tags: ['outsideFont'] },
  { name: 'emoji family (ZWJ sequence)', value: '👨‍👩‍👧', tags: ['outsideFont', 'invisible'] },
  { name: 'Han characters', value: '中文地址', tags: ['outsideFont'] },
];

/** The strings with any of the given tags. */
export function hostileStrings(...tags: HostileTag[]): HostileString[] {
  return HOSTILE_STRINGS.filter((h) => tags.length === 0 || h.tags.some((t) => tags.includes(t)));
}

// ---------------------------------------------------------------- files

/** What a hostile file is, so a test can expect its own message for each. */
export type HostileFileKind = 'svgScript' | 'htmlAsJpeg' | 'truncatedJpeg' | 'empty' | 'hugePngHeader' | 'fakePdf' | 'oversized';

export interface HostileFile {
  kind: HostileFileKind;
  /** The name the browser would report. */
  name: string;
  /** The type the browser would claim from the name. */
  declaredType: string;
  bytes: Uint8Array;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const be16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];

/**
 * A small valid baseline JPEG (ITU-T T.81): one 8-bit grey component whose
 * every 8 × 8 block codes a zero DC difference and an end of block, with
 * one-symbol Huffman tables, so any decoder shows a flat grey image.
 */
export function tinyJpeg(width = 16, height = 24): Uint8Array {
  const b: number[] = [0xff, 0xd8];
  b.push(0xff, 0xe0, ...be16(16), ...Array.from('JFIF', (c) => c.charCodeAt(0)), 0, 1, 2, 0, ...be16(1), ...be16(1), 0, 0);
  b.push(0xff, 0xdb, ...be16(67), 0, ...Array.from({ length: 64 }, () => 1));
  b.push(0xff, 0xc0, ...be16(11), 8, ...be16(height), ...be16(width), 1, 1, 0x11, 0);
  const table = (tc: number) => [0xff, 0xc4, ...be16(20), tc, 1, ...Array.from({ length: 15 }, () => 0), 0];
  b.push(...table(0x00), ...table(0x10));
  b.push(0xff, 0xda, ...be16(8), 1, 1, 0, 0, 63, 0);
  const bits = Math.ceil(width / 8) * Math.ceil(height / 8) * 2;
  for (let i = 0; i < Math.floor(bits / 8); i++) b.push(0);
  if (bits % 8) b.push(0xff >> bits % 8);
  b.push(0xff, 0xd9);
  return Uint8Array.from(b);
}

/**
 * A PNG (ISO/IEC 15948) whose IHDR declares `width` × `height` pixels but
 * whose image data is a tiny stored zlib stream: the header is valid, the
 * picture is not, and decoding it would need gigabytes. Used to check that
 * sizes are refused from the header before anything decodes.
 */
export function pngDeclaring(width: number, height: number): Uint8Array {
  const ihdr = [...be32(width), ...be32(height), 8, 2, 0, 0, 0];
  // zlib header, one final stored block holding a single zero byte, Adler-32 of it.
  const idat = [0x78, 0x01, 0x01, 0x01, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x01, 0x00, 0x01];
  return Uint8Array.from([...PNG_SIGNATURE, ...pngChunk('IHDR', ihdr), ...pngChunk('IDAT', idat), ...pngChunk('IEND', [])]);
}

export const OVERSIZED_BYTES = 60 * 1024 * 1024;

/** The hostile files, made on demand; `oversized` (60 MB) only when asked for, as it is large. */
export function hostileFile(kind: HostileFileKind): HostileFile {
  switch (kind) {
    case 'svgScript':
      return {
        kind,
        name: 'anh-the.svg',
        declaredType: 'image/svg+xml',
        bytes: enc('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600" onload="alert(1)"><script>alert(document.domain)</script><rect width="400" height="600"/></svg>\n'),
      };
    case 'htmlAsJpeg':
      return {
        kind,
        name: 'anh-the.jpg',
        declaredType: 'image/jpeg',
        bytes: enc('<!DOCTYPE html>\n<html><head><title>Ảnh</title><script>alert(1)</script></head><body><img src="x.jpg"></body></html>\n'),
      };
    case 'truncatedJpeg': {
      const full = tinyJpeg(400, 600);
      return { kind, name: 'anh-the.jpg', declaredType: 'image/jpeg', bytes: full.slice(0, Math.floor(full.length / 2)) };
    }
    case 'empty':
      return { kind, name: 'anh-the.jpg', declaredType: 'image/jpeg', bytes: new Uint8Array(0) };
    case 'hugePngHeader':
      return { kind, name: 'anh-the.png', declaredType: 'image/png', bytes: pngDeclaring(30_000, 30_000) };
    case 'fakePdf':
      return { kind, name: 'ho-chieu-cu.pdf', declaredType: 'application/pdf', bytes: enc('This is not a PDF document, only a text file renamed to .pdf.\n') };
    case 'oversized': {
      // A JPEG start so that type sniffing alone does not refuse it; the size must.
      const bytes = new Uint8Array(OVERSIZED_BYTES);
      bytes.set(tinyJpeg(400, 600).subarray(0, 20));
      return { kind, name: 'anh-the-lon.jpg', declaredType: 'image/jpeg', bytes };
    }
  }
}

/** Every kind, the 60 MB one last. */
export const HOSTILE_FILE_KINDS: readonly HostileFileKind[] = ['svgScript', 'htmlAsJpeg', 'truncatedJpeg', 'empty', 'hugePngHeader', 'fakePdf', 'oversized'];
