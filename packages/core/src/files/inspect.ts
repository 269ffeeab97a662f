/**
 * One inspection of a supplied file's bytes, shared by the widget (uploads),
 * docgen (the dossier's files and the declaration's photo) and the command
 * line, so that all three accept and refuse the same files for the same
 * reasons. DOM-free and decoding nothing:
 * 1. the size is checked first (`checkFileBytes` with `maxBytes`; callers that
 *    read from a disk or a Blob check the announced size before reading);
 * 2. the kind comes from magic bytes and structure (sniff.ts), never from a
 *    name or a declared type;
 * 3. an image's declared width and height are read from its header
 *    (image-header.ts) and checked against `maxSide` and `maxPixels` before
 *    any decoder sees it (a 69-byte PNG may declare 30000 × 30000 pixels);
 * 4. completeness: JPEG up to EOI, PNG up to IEND, WebP's RIFF length, and a
 *    PDF's header at offset 0 with `startxref` and `%%EOF` at its end.
 */
import { pdfStructure, readImageHeader } from './image-header.js';
import { mimeTypeOf, sniffFileKind, type InspectedKind } from './sniff.js';

export interface FileInspection {
  kind: InspectedKind;
  /** The MIME type of the real content (every kind but `empty` and `unknown`). */
  mediaType?: string;
  /** Declared pixel size (JPEG, PNG, WebP). */
  width?: number;
  height?: number;
  /** Set when the file is of a known kind but cannot be used. */
  problem?: 'truncated' | 'malformed';
}

/** Limits on one file; a caller's own numbers, for example DEFAULT_FILE_LIMITS. */
export interface FileLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Largest declared width or height, in pixels. */
  maxSide: number;
  /** Largest declared width × height, in pixels. */
  maxPixels: number;
}

/**
 * Engineering limits [INF] (no source sets them): any phone camera's photo
 * (about 50 megapixels) passes, a decompression bomb does not; 25 MiB per
 * file is the dossier's limit.
 */
export const DEFAULT_FILE_LIMITS: Readonly<FileLimits> = {
  maxBytes: 25 * 1024 * 1024,
  maxSide: 12_000,
  maxPixels: 50_000_000,
};

/** What the bytes are, with size and completeness (see the module comment). Never throws. */
export function inspectFile(bytes: Uint8Array): FileInspection {
  if (bytes.length === 0) return { kind: 'empty' };
  const kind = sniffFileKind(bytes);
  const out: FileInspection = { kind };
  if (kind !== 'unknown') out.mediaType = mimeTypeOf(kind);
  if (kind === 'pdf') {
    const structure = pdfStructure(bytes);
    if (!structure.ok) out.problem = structure.problem;
    return out;
  }
  if (kind === 'jpeg' || kind === 'png' || kind === 'webp') {
    const header = readImageHeader(bytes, kind);
    if (!header.ok) {
      out.problem = header.problem;
      return out;
    }
    out.width = header.width;
    out.height = header.height;
    if (!header.complete) out.problem = 'truncated';
  }
  return out;
}

/** True when the declared pixel size is over the limits (false when the file declares none). */
export function exceedsPixelLimits(inspection: Pick<FileInspection, 'width' | 'height'>, limits: Pick<FileLimits, 'maxSide' | 'maxPixels'>): boolean {
  const { width, height } = inspection;
  if (width === undefined || height === undefined) return false;
  return width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels;
}

/** Why a file is refused by `checkFileBytes`. */
export type FileRefusal = 'empty' | 'tooLarge' | 'unknownType' | 'truncated' | 'malformed' | 'dimensionsTooLarge';

/**
 * Size, kind, header-declared dimensions and completeness in that order: the
 * inspection when every check passes, otherwise the first refusal. `kinds`
 * lists the kinds the caller accepts (others are `unknownType`, with the
 * inspection so the caller can name an SVG or a web page).
 */
export function checkFileBytes(
  bytes: Uint8Array,
  kinds: readonly InspectedKind[],
  limits: FileLimits = DEFAULT_FILE_LIMITS,
): { ok: true; inspection: FileInspection } | { ok: false; refusal: FileRefusal; inspection?: FileInspection } {
  if (bytes.length === 0) return { ok: false, refusal: 'empty' };
  if (bytes.length > limits.maxBytes) return { ok: false, refusal: 'tooLarge' };
  const inspection = inspectFile(bytes);
  if (!kinds.includes(inspection.kind)) return { ok: false, refusal: 'unknownType', inspection };
  if (exceedsPixelLimits(inspection, limits)) return { ok: false, refusal: 'dimensionsTooLarge', inspection };
  if (inspection.problem) return { ok: false, refusal: inspection.problem, inspection };
  return { ok: true, inspection };
}
