/**
 * Bundle stand-in for `brotli/decompress.js`, which @cantoo/fontkit imports
 * only to read WOFF2 fonts (the WOFF2 File Format, W3C Recommendation, §5:
 * the font data is Brotli-compressed). docgen embeds TrueType fonts only
 * (the Tinos TTF files of packages/docgen/src/fonts), so WOFF2 is never read
 * in the embed bundle, and the decoder (about 60 kB gzip) is left out by the
 * alias in vite.widget.config.ts. Reading a WOFF2 font through this stand-in
 * fails loudly instead of producing a wrong font.
 */
export default function decompress() {
  throw new Error('hochieu: WOFF2 fonts are not supported in the embed bundle (TrueType only)');
}
