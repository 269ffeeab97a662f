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
 */
import { zipSync, type Zippable } from 'fflate';

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

export function writeZip(entries: readonly ZipInput[], instant: Date): Uint8Array {
  const mtime = dosDateFor(instant);
  const data: Zippable = {};
  for (const e of entries) {
    if (!/^[\x21-\x7e]+$/u.test(e.name) || e.name.includes('/') || e.name.includes('\\')) throw new RangeError(`ZIP entry name must be plain ASCII: ${e.name}`);
    if (e.name in data) throw new RangeError(`Duplicate ZIP entry: ${e.name}`);
    data[e.name] = [e.bytes, { level: e.store ? 0 : 6, mtime }];
  }
  return restampZipDates(zipSync(data, { mtime }), instant);
}
