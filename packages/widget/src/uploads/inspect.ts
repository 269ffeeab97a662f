/**
 * Decides whether a chosen file may be used (with core's one file inspection,
 * `inspectFile`, shared with docgen and the CLI), in an order that never does
 * expensive or risky work on a hostile file: first the size the browser
 * reports (`file.size`, so a 60 MB file is refused without being read), then
 * the real type from the first bytes (an SVG or a web page renamed `.jpg` is
 * refused, whatever its name says), then, reading the whole (already
 * size-limited) file, that it is complete and the image size it declares is
 * sane — all before any decoding. Only then is an image decoded, by
 * `createImageBitmap`, which runs off the main thread in browsers, so the
 * page stays responsive. Each refusal has its own reason (and a message id
 * `upload.error.<reason>` in the widget's strings).
 */
import { claimsPdf, exceedsPixelLimits, inspectFile, mimeTypeOf, sniffFileKind, SNIFF_BYTES, type FileKind } from '@hochieu/core';
import type { AcceptedKind, UploadPolicy } from './limits.js';

export type UploadRefusal =
  | 'empty'
  | 'tooLarge'
  | 'svg'
  | 'html'
  | 'notPdf'
  | 'notAccepted'
  | 'unknownType'
  | 'truncated'
  | 'malformed'
  | 'dimensionsTooLarge'
  | 'undecodable'
  | 'unreadable';

export interface UploadAccepted {
  readonly ok: true;
  readonly kind: AcceptedKind;
  /** The MIME type of the real content. */
  readonly type: string;
  readonly bytes: number;
  /** Declared size (images only). */
  readonly width?: number;
  readonly height?: number;
  /** The decoded image, when `decode` was asked for (the caller closes it). */
  readonly bitmap?: ImageBitmap;
}

export interface UploadRefused {
  readonly ok: false;
  readonly reason: UploadRefusal;
  /** What the message needs: the real kind, the limit, the declared size. */
  readonly params: Readonly<Record<string, string | number>>;
}

export type UploadInspection = UploadAccepted | UploadRefused;

export interface InspectOptions {
  /** Decode an accepted image with `createImageBitmap` and return it (default: decode to check, then close). */
  readonly keepBitmap?: boolean;
  /** Skip the decoding check (tests of the header logic, or a host without `createImageBitmap`). */
  readonly skipDecode?: boolean;
  /** Decode at most this many pixels on the longer side (the picture is scaled down while decoding). */
  readonly decodeMaxSide?: number;
}

function refuse(reason: UploadRefusal, params: Record<string, string | number> = {}): UploadRefused {
  return { ok: false, reason, params };
}

async function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Classifies a kind the policy does not accept. */
function refusalForKind(kind: FileKind, file: Blob & { name?: string }, policy: UploadPolicy): UploadRefused {
  if (kind === 'svg') return refuse('svg');
  if (kind === 'html') return refuse('html');
  const wantsPdf = policy.accept.includes('pdf');
  if (wantsPdf && kind !== 'pdf' && claimsPdf({ name: file.name ?? '', type: file.type })) return refuse('notPdf');
  if (kind === 'unknown' || kind === 'xml') return refuse('unknownType');
  return refuse('notAccepted', { kind });
}

/** Checks `file` against `policy`; see the module comment for the order. */
export async function inspectUpload(
  file: Blob & { name?: string },
  policy: UploadPolicy,
  options: InspectOptions = {},
): Promise<UploadInspection> {
  if (file.size === 0) return refuse('empty');
  if (file.size > policy.maxBytes) return refuse('tooLarge', { bytes: file.size, max: policy.maxBytes });

  let head: Uint8Array;
  try {
    head = await readBytes(file.slice(0, SNIFF_BYTES));
  } catch {
    return refuse('unreadable');
  }
  const kind = sniffFileKind(head);
  if (!(policy.accept as readonly FileKind[]).includes(kind)) return refusalForKind(kind, file, policy);
  const accepted = kind as AcceptedKind;

  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch {
    return refuse('unreadable');
  }

  const seen = inspectFile(bytes);
  if (accepted === 'pdf') {
    // Header at offset 0, `startxref` and `%%EOF` at the end: a web page with `%PDF-` inside is not a PDF.
    if (seen.kind !== 'pdf') return refusalForKind(seen.kind === 'empty' ? 'unknown' : seen.kind, file, policy);
    if (seen.problem) return refuse(seen.problem);
    return { ok: true, kind: accepted, type: mimeTypeOf(accepted), bytes: file.size };
  }

  if (seen.width === undefined || seen.height === undefined) return refuse(seen.problem ?? 'malformed');
  const { width, height } = seen;
  if (exceedsPixelLimits(seen, policy)) {
    return refuse('dimensionsTooLarge', { width, height, maxPixels: policy.maxPixels, maxSide: policy.maxSide });
  }
  if (seen.problem) return refuse(seen.problem);

  const result = { ok: true as const, kind: accepted, type: mimeTypeOf(accepted), bytes: file.size, width, height };
  if (options.skipDecode) return result;
  let bitmap: ImageBitmap;
  try {
    // The bytes already read, with their real type: the decoder does not rely on the name.
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: result.type });
    const limit = options.decodeMaxSide;
    if (limit !== undefined && Math.max(width, height) > limit) {
      // One side is enough: the other keeps the proportion (HTML, createImageBitmap resize options).
      const scale = limit / Math.max(width, height);
      const resize: ImageBitmapOptions =
        width >= height ? { resizeWidth: Math.round(width * scale) } : { resizeHeight: Math.round(height * scale) };
      bitmap = await createImageBitmap(blob, { ...resize, resizeQuality: 'high' });
    } else {
      bitmap = await createImageBitmap(blob);
    }
  } catch {
    return refuse('undecodable');
  }
  if (options.keepBitmap) return { ...result, bitmap };
  bitmap.close();
  return result;
}
