// Test images and readers for the dossier tests, made here rather than read
// from files: a baseline JPEG of any size (ITU-T T.81, one grey component,
// every 8 x 8 block a DC of 0 and an end-of-block, with one-code Huffman
// tables), a PNG (ISO/IEC 15948, RGB, zlib-compressed rows) and a PNG header
// that only declares a size; and the online renewal dossier that the Node
// and browser dossier tests both build. DOM-free (PNG chunks from
// test/support/png.ts), so the browser test can import them too.
import type { Declaration } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import type { DossierFiles } from '@hochieu/docgen';
import { PNG_SIGNATURE, pngChunk } from '../../support/png.js';

function u16(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** A valid grey baseline JPEG of width x height pixels (decoders show mid-grey). */
export function makeJpeg(width: number, height: number, opts: { comment?: string } = {}): Uint8Array {
  const out: number[] = [0xff, 0xd8];
  // APP0 JFIF 1.1, no thumbnail.
  out.push(0xff, 0xe0, ...u16(16), 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, ...u16(1), ...u16(1), 0, 0);
  if (opts.comment) {
    const bytes = Array.from(opts.comment, (c) => c.charCodeAt(0) & 0x7f);
    out.push(0xff, 0xfe, ...u16(bytes.length + 2), ...bytes);
  }
  // One quantisation table of 1s.
  out.push(0xff, 0xdb, ...u16(67), 0x00, ...new Array<number>(64).fill(1));
  // SOF0: 8-bit, height, width, one component (id 1, sampling 1x1, table 0).
  out.push(0xff, 0xc0, ...u16(11), 8, ...u16(height), ...u16(width), 1, 1, 0x11, 0);
  // DC table 0 and AC table 0, each with a single 1-bit code "0" for symbol 0 (DC category 0 / EOB).
  const oneCode = [1, ...new Array<number>(15).fill(0), 0x00];
  out.push(0xff, 0xc4, ...u16(2 + 1 + 17), 0x00, ...oneCode);
  out.push(0xff, 0xc4, ...u16(2 + 1 + 17), 0x10, ...oneCode);
  // SOS: one component using tables 0/0, spectral 0..63.
  out.push(0xff, 0xda, ...u16(8), 1, 1, 0x00, 0, 63, 0);
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = blocks * 2; // "0" (DC diff 0) + "0" (EOB) per block
  const full = Math.floor(bits / 8);
  for (let i = 0; i < full; i++) out.push(0x00);
  const rest = bits % 8;
  if (rest > 0) out.push(0xff >> rest); // pad with 1 bits
  out.push(0xff, 0xd9);
  return Uint8Array.from(out);
}

/** zlib stream with stored (uncompressed) deflate blocks: no zlib module needed. */
function zlibStored(data: number[]): number[] {
  const out = [0x78, 0x01];
  for (let i = 0; i < data.length || i === 0; i += 65535) {
    const part = data.slice(i, i + 65535);
    const last = i + 65535 >= data.length ? 1 : 0;
    out.push(last, part.length & 0xff, part.length >> 8, ~part.length & 0xff, (~part.length >> 8) & 0xff, ...part);
  }
  let a = 1;
  let b = 0;
  for (const d of data) {
    a = (a + d) % 65521;
    b = (b + a) % 65521;
  }
  out.push(...u32(((b << 16) | a) >>> 0));
  return out;
}

/** A valid white RGB PNG. */
export function makePng(width: number, height: number): Uint8Array {
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    raw.push(0);
    for (let x = 0; x < width * 3; x++) raw.push(0xff);
  }
  const ihdr = [...u32(width), ...u32(height), 8, 2, 0, 0, 0];
  return Uint8Array.from([...PNG_SIGNATURE, ...pngChunk('IHDR', ihdr), ...pngChunk('IDAT', zlibStored(raw)), ...pngChunk('IEND', [])]);
}

/** A PNG that declares width x height but holds no pixels worth decoding (a decompression bomb's header). */
export function makePngHeaderOnly(width: number, height: number): Uint8Array {
  const ihdr = [...u32(width), ...u32(height), 8, 2, 0, 0, 0];
  return Uint8Array.from([...PNG_SIGNATURE, ...pngChunk('IHDR', ihdr), ...pngChunk('IDAT', zlibStored([0])), ...pngChunk('IEND', [])]);
}

/** A minimal one-page PDF (ISO 32000-1) with a correct xref table. */
export function makePdf(text = 'scan'): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  dosTime: number;
  dosDate: number;
  flags: number;
}

/** The central directory of a ZIP (APPNOTE 4.3.12), read independently of any ZIP library. */
export function centralDirectory(zip: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: ZipEntryInfo[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('bad central directory header');
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    out.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      dosTime: view.getUint16(p + 12, true),
      dosDate: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      name: String.fromCharCode(...zip.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

/** Online renewal, passport returned by post (`onlinePostal` with a previous passport). */
export function onlineRenewal(): Declaration {
  const d = example('onlinePostal');
  d.request.reason = 'renewal';
  d.previousPassport = { number: 'C1234567', issueDate: '2017-01-10' };
  return d;
}

/** Its files: photo, both card images and the latest passport as a PDF (fresh arrays each call, same bytes). */
export function onlineFiles(): DossierFiles {
  return {
    photo: makeJpeg(400, 600),
    idFront: makeJpeg(856, 540),
    idBack: makePng(86, 54),
    attachments: [{ role: 'previousPassport', bytes: makePdf('passport'), name: 'hộ chiếu cũ.pdf', mediaType: 'application/pdf' }],
  };
}

/** The entries of its dossier ZIP, in order. */
export const ONLINE_RENEWAL_ENTRIES: readonly string[] = [
  'doc-truoc.txt',
  'danh-muc-ho-so.pdf',
  'to-khai-TK01.pdf',
  'to-khai-TK01.docx',
  'anh-chan-dung.jpg',
  'cccd-mat-truoc.jpg',
  'cccd-mat-sau.png',
  'ho-chieu-gan-nhat.pdf',
  'manifest.json',
];
