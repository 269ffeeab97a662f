/**
 * Makes a DOCX package (ECMA-376 Part 2, Open Packaging Conventions, a ZIP
 * file) reproducible: `docx` stamps the core properties with the current time
 * and numbers drawings with a process-wide counter, and ZIP entries carry a
 * modification time. This rewrites dcterms:created and dcterms:modified from
 * the clock, renumbers drawing ids from 1 in document order, and re-zips the
 * parts in their original order with one fixed entry date (in Vietnam time,
 * whatever the host's zone), so the same model and clock give the same bytes.
 * Pictures (JPEG, PNG) are already compressed, so they are stored, not
 * deflated again (APPNOTE.TXT method 0): the same file, and the photo of a
 * declaration no longer costs a second deflate (issue 9, DOCX time).
 * Pictures given to `docx` as stand-ins (media-slots.ts) get their real bytes
 * here, so a photo is neither hashed nor deflated nor inflated (issue 16).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { restampZipDates } from '../zip/zip.js';
import type { MediaSlots } from './media-slots.js';

/** ZIP (DOS) dates start in 1980; earlier clocks are stored as 1980-01-01. */
const ZIP_EPOCH_MS = Date.UTC(1980, 0, 1, 12);

/** Parts that are compressed images already. */
const COMPRESSED_MEDIA = /^word\/media\/[^/]+\.(?:jpe?g|png)$/iu;

/** W3CDTF in Vietnam time (UTC+7, no daylight saving), as the PDF's dates: "2026-07-15T15:30:00+07:00". */
function w3cdtf(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

export function normalizePackage(bytes: Uint8Array, date: Date, media?: MediaSlots): Uint8Array {
  const parts = unzipSync(bytes);
  const out: Zippable = {};
  const stamp = w3cdtf(date);
  const mtime = new Date(Math.max(ZIP_EPOCH_MS, date.getTime()));
  let filled = 0;
  for (const [path, data] of Object.entries(parts)) {
    let content: Uint8Array = data;
    const picture = media && path.startsWith('word/media/') ? media.resolve(data) : undefined;
    if (picture) {
      content = picture;
      filled++;
    } else if (path === 'docProps/core.xml') {
      const xml = strFromU8(data).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
      );
      content = strToU8(xml);
    } else if (path === 'word/document.xml') {
      let next = 1;
      const xml = strFromU8(data).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${next++}"`);
      content = strToU8(xml);
    }
    out[path] = [content, { mtime, level: COMPRESSED_MEDIA.test(path) ? 0 : 6 }];
  }
  // A stand-in left in the package would be a broken picture: refuse rather than write it.
  if (media && filled !== media.size) throw new Error(`DOCX package: ${media.size - filled} picture(s) not put in`);
  // fflate writes DOS dates in the host's time zone; restamp them so every zone gives the same bytes.
  return restampZipDates(zipSync(out, { mtime, level: 6 }), date);
}
