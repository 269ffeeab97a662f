/**
 * Decomposed input for the renderer tests: the same value with every string
 * in Unicode Normalization Form D (UAX #15), bytes left as they are, so a test
 * can check that NFD input gives the same document as NFC input.
 */

/** A deep copy of `value` with every string in NFD (Uint8Array values are kept). */
export function nfd<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFD') as T;
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(nfd) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfd(v)])) as T;
  return value;
}
