/**
 * Writes the dossier as a ZIP archive (PKWARE APPNOTE 6.3: local headers, a
 * central directory, DOS dates) with fflate, which docgen already uses for
 * DOCX. Already-compressed payloads (JPEG, PNG, PDF, DOCX) are STORED (method 0),
 * others DEFLATED (method 8). Every entry carries one fixed date from the
 * clock so the same input gives the same bytes. DOS dates are wall-clock
 * times without a zone: the clock's instant is written as the time in
 * Vietnam (UTC+7), whatever the machine's zone, and clamped to 1980-2099.
 * fflate converts dates with the machine's local zone, so the date and time
 * fields of every local header and central directory record (APPNOTE 4.4.6)
 * are written afterwards from the instant itself (`restampZipDates`); that
 * also makes a nested ZIP (the DOCX package) independent of the zone.
 *
 * The dossier itself is written by `writeZipParts` (issue 16: no extra copy of
 * a 50 MB dossier): the archive as a list of parts — each entry's local
 * header, its payload (a STORED payload is the caller's own array, not a
 * copy; a DEFLATED one fflate's `deflateSync` output), then the central
 * directory and its end record — for `new Blob(parts)` in the browser or a
 * stream in Node. The layout is the one fflate's `zipSync` writes for plain
 * ASCII names without extra fields or comments (version 2.0, no flags, no
 * data descriptors, attributes 0), with the dates written directly from the
 * instant, so `writeZip` (the parts joined) gives the same bytes as before.
 */
import { deflateSync } from 'fflate';

export interface ZipInput {
  name: string;
  bytes: Uint8Array;
  /** true: STORE (method 0); false: DEFLATE (method 8). */
  store: boolean;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * A Date whose local fields (what fflate writes as the DOS date) are the
 * Vietnam wall-clock fields of `instant`, clamped to the DOS range.
 */
export function dosDateFor(instant: Date): Date {
  const min = Date.UTC(1980, 0, 1, 0, 0, 0) - VIETNAM_OFFSET_MS;
  const max = Date.UTC(2099, 11, 31, 23, 59, 58) - VIETNAM_OFFSET_MS;
  const t = Math.min(max, Math.max(min, instant.getTime()));
  const vn = new Date(t + VIETNAM_OFFSET_MS);
  return new Date(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate(), vn.getUTCHours(), vn.getUTCMinutes(), vn.getUTCSeconds());
}

/** The DOCX media type (ECMA-376 Part 2): a ZIP package itself. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Media types written without compression (their payload is compressed
 * already). A DOCX is a ZIP whose photo is stored: deflating it again took
 * three times as long for about 1 % of its size (issue 16).
 */
export function isStored(mediaType: string): boolean {
  return mediaType === 'image/jpeg' || mediaType === 'image/png' || mediaType === 'application/pdf' || mediaType === DOCX_MEDIA_TYPE;
}

/** DOS date and time fields (APPNOTE 4.4.6) of `instant` in Vietnam time, clamped to 1980-2099. */
export function dosDateTime(instant: Date): { date: number; time: number } {
  const min = Date.UTC(1980, 0, 1, 0, 0, 0) - VIETNAM_OFFSET_MS;
  const max = Date.UTC(2099, 11, 31, 23, 59, 58) - VIETNAM_OFFSET_MS;
  const vn = new Date(Math.min(max, Math.max(min, instant.getTime())) + VIETNAM_OFFSET_MS);
  return {
    date: ((vn.getUTCFullYear() - 1980) << 9) | ((vn.getUTCMonth() + 1) << 5) | vn.getUTCDate(),
    time: (vn.getUTCHours() << 11) | (vn.getUTCMinutes() << 5) | (vn.getUTCSeconds() >> 1),
  };
}

/**
 * Sets every entry's date and time of a ZIP archive to `instant` (Vietnam
 * time), in the central directory and the local headers, **in place** (no
 * copy of a large archive) and returns the same array. The payloads and CRCs
 * do not change. Throws on a file that is not a ZIP.
 */
export function restampZipDates(zip: Uint8Array, instant: Date): Uint8Array {
  const out = zip;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new RangeError('Not a ZIP archive: no end of central directory');
  const { date, time } = dosDateTime(instant);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (p + 46 > out.length || view.getUint32(p, true) !== 0x02014b50) throw new RangeError('Not a ZIP archive: bad central directory');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 > out.length || view.getUint32(local, true) !== 0x04034b50) throw new RangeError('Not a ZIP archive: bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** CRC-32 (ISO 3309 / ITU-T V.42, reflected polynomial 0xEDB88320), as APPNOTE 4.4.7 requires. */
const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** Without ZIP64 (APPNOTE 4.5.3) sizes and offsets are 32-bit fields. */
const MAX_ZIP32 = 0xffffffff;

function checkEntryNames(entries: readonly ZipInput[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (!/^[\x21-\x7e]+$/u.test(e.name) || e.name.includes('/') || e.name.includes('\\')) throw new RangeError(`ZIP entry name must be plain ASCII: ${e.name}`);
    if (seen.has(e.name)) throw new RangeError(`Duplicate ZIP entry: ${e.name}`);
    seen.add(e.name);
  }
}

/** The common fields of a local header and a central directory record (APPNOTE 4.3.7, 4.3.12), from `at` on. */
function writeCommon(view: DataView, at: number, method: number, dos: { date: number; time: number }, crc: number, compressed: number, size: number, nameLength: number): void {
  view.setUint16(at, 20, true); // version needed to extract: 2.0 (deflate)
  view.setUint16(at + 2, 0, true); // general purpose flags: none
  view.setUint16(at + 4, method, true);
  view.setUint16(at + 6, dos.time, true);
  view.setUint16(at + 8, dos.date, true);
  view.setUint32(at + 10, crc, true);
  view.setUint32(at + 14, compressed, true);
  view.setUint32(at + 18, size, true);
  view.setUint16(at + 22, nameLength, true);
  view.setUint16(at + 24, 0, true); // extra field length
}

/**
 * The ZIP archive of `entries` as parts to be joined in order (see the module
 * comment): STORED payloads are the callers' arrays themselves, so the
 * archive holds no second copy of the attachments. Every entry is dated
 * `instant` (Vietnam time, see `dosDateTime`).
 */
export function writeZipParts(entries: readonly ZipInput[], instant: Date): Uint8Array[] {
  checkEntryNames(entries);
  const dos = dosDateTime(instant);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const records: { name: Uint8Array; method: number; crc: number; compressed: number; size: number; offset: number }[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    const payload = e.store ? e.bytes : deflateSync(e.bytes, { level: 6 });
    const method = e.store ? 0 : 8;
    const crc = crc32(e.bytes);
    if (e.bytes.length > MAX_ZIP32 || offset + LOCAL_HEADER + name.length + payload.length > MAX_ZIP32) throw new RangeError('ZIP archive over 4 GiB');
    const header = new Uint8Array(LOCAL_HEADER + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    writeCommon(view, 4, method, dos, crc, payload.length, e.bytes.length, name.length);
    header.set(name, LOCAL_HEADER);
    parts.push(header, payload);
    records.push({ name, method, crc, compressed: payload.length, size: e.bytes.length, offset });
    offset += header.length + payload.length;
  }
  const directorySize = records.reduce((sum, r) => sum + CENTRAL_HEADER + r.name.length, 0);
  const tail = new Uint8Array(directorySize + END_RECORD);
  const view = new DataView(tail.buffer);
  let p = 0;
  for (const r of records) {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true); // version made by: 2.0, MS-DOS attributes
    writeCommon(view, p + 6, r.method, dos, r.crc, r.compressed, r.size, r.name.length);
    // comment length, disk number start, internal and external attributes: 0
    view.setUint32(p + 42, r.offset, true);
    tail.set(r.name, p + CENTRAL_HEADER);
    p += CENTRAL_HEADER + r.name.length;
  }
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, records.length, true);
  view.setUint16(p + 10, records.length, true);
  view.setUint32(p + 12, directorySize, true);
  view.setUint32(p + 16, offset, true);
  parts.push(tail);
  return parts;
}

/** Joins parts (e.g. of `writeZipParts`) into one array. */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The ZIP archive of `entries` as one array (`writeZipParts` joined). */
export function writeZip(entries: readonly ZipInput[], instant: Date): Uint8Array {
  return joinParts(writeZipParts(entries, instant));
}
