/**
 * Text normalization at the boundary. Vietnamese letters can be typed as one
 * precomposed code point (NFC) or as a base letter plus combining marks (NFD,
 * as macOS and some Vietnamese input methods produce). Everything the product
 * stores, compares, validates or prints is NFC (Unicode UAX #15), with
 * surrounding white space removed and inner runs of white space folded.
 */

/** NFC, trimmed, inner white space folded to one space. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** NFC and trimmed, but line breaks kept (for multi-line free text). */
export function normalizeMultiline(value: string): string {
  return value
    .normalize('NFC')
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trim())
    .join('\n')
    .trim();
}

/** Nesting deeper than this is cut off by `normalizeDeep` (declarations nest 3 levels; see rules/structure.ts). */
export const MAX_NORMALIZE_DEPTH = 64;

/**
 * Deeply normalizes every string of a JSON-like value (objects, arrays,
 * strings, numbers, booleans, null). Other values are dropped, so functions
 * or class instances cannot slip into a declaration, and so is anything nested
 * deeper than `maxDepth` objects or arrays: hostile input thousands of levels
 * deep never exhausts the stack (validation reports it as `error.value.tooDeep`).
 */
export function normalizeDeep<T>(value: T, maxDepth = MAX_NORMALIZE_DEPTH): T {
  return walk(value, maxDepth) as T;
}

function walk(value: unknown, depthLeft: number): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (value !== null && typeof value === 'object' && depthLeft <= 0) return undefined;
  if (Array.isArray(value)) return value.map((v) => walk(v, depthLeft - 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const normalized = walk(inner, depthLeft - 1);
      // defineProperty, not assignment: an own "__proto__" key (JSON.parse makes one) must stay data, never become the prototype.
      if (normalized !== undefined) Object.defineProperty(out, key.normalize('NFC'), { value: normalized, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return undefined;
}

/** Upper case as printed on the form (Vietnamese has no locale-specific casing surprises). */
export function toPrintedCapitals(value: string): string {
  return normalizeText(value).toLocaleUpperCase('vi-VN');
}
