// Test-runner stand-in for `brotli/decompress.js`, which @cantoo/fontkit
// imports only to read WOFF2 fonts. docgen embeds TrueType (TTF) fonts, so
// WOFF2 is never read; the real module's circular CommonJS requires do not
// survive the dev server's per-file CommonJS transform (a bundler handles them).
export default function decompress() {
  throw new Error('WOFF2 fonts are not supported in these tests');
}
