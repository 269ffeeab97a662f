/**
 * Bundle stand-in for `html-entities`, which @cantoo/pdf-lib imports for
 * `encode()` when it writes XMP metadata (PDF/A conversion, Factur-X, form
 * XFA). The full module carries the HTML5 named-reference tables (about
 * 55 kB minified); with its default options (`mode: 'specialChars'`) encode
 * replaces only the five XML special characters with the same references
 * that html-entities 2 uses, which this function does (XML 1.0 §4.6
 * predefined entities). Other modes are not needed by pdf-lib and throw. The
 * alias is in vite.widget.config.ts; test/node/perf checks the stand-in
 * against the real module.
 */
const REFERENCES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function encode(text, options) {
  if (options && options.mode !== undefined && options.mode !== 'specialChars') {
    throw new Error(`hochieu: html-entities encode mode ${options.mode} is not in the embed bundle`);
  }
  if (!text) return '';
  return String(text).replace(/[<>'"&]/g, (c) => REFERENCES[c]);
}

export function decode() {
  throw new Error('hochieu: html-entities decode is not in the embed bundle');
}
