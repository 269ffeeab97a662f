/**
 * Pictures for the DOCX package without making `docx` process their bytes.
 *
 * `docx` names every picture part after a SHA-1 of its bytes, computed in
 * JavaScript, and deflates the bytes into its own ZIP, which
 * `normalizePackage` then inflates and zips again: for a 1 MB photo that was
 * most of the DOCX time (issue 16). Instead `docx` is handed a few bytes that
 * stand for the picture (a "slot"); the real bytes go into the package once,
 * stored, when the package is rewritten. The slot bytes are derived from the
 * slot's number only, so part names stay the same from run to run (the bytes
 * of the DOCX stay deterministic) and two pictures never share a part.
 */

const SLOT_PREFIX = 'hochieu-docx-media-slot:';

export class MediaSlots {
  private readonly byKey = new Map<string, Uint8Array>();

  /** Bytes to hand `docx` in place of `bytes`; `resolve` gives `bytes` back for them. */
  slot(bytes: Uint8Array): Uint8Array {
    const marker = new TextEncoder().encode(`${SLOT_PREFIX}${this.byKey.size}`);
    this.byKey.set(keyOf(marker), bytes);
    return marker;
  }

  /** The picture a part stands for, or undefined when the part is not a slot. */
  resolve(part: Uint8Array): Uint8Array | undefined {
    if (part.length > 64 || part.length < SLOT_PREFIX.length) return undefined;
    return this.byKey.get(keyOf(part));
  }

  get size(): number {
    return this.byKey.size;
  }
}

function keyOf(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}
