/**
 * Where the PDF renderer gets its font bytes. A FontSet is three lazy loaders
 * (regular, bold, italic TrueType files); the default, `tinosFontSet`, imports
 * the generated base64 modules of Tinos (SIL OFL 1.1, metric-compatible with
 * the Times New Roman that Nghị định 30/2020/NĐ-CP names) with dynamic
 * `import()`, so a bundler puts each style in its own lazy chunk and the same
 * code runs in Node and in the browser without a file system. A host may pass
 * another FontSet, e.g. one that fetches the TTF files.
 */
import { decodeBase64 } from './base64.js';

export interface FontSet {
  /** PostScript-style family name used in the PDF font names, e.g. 'Tinos'. */
  family: string;
  regular: () => Promise<Uint8Array>;
  bold: () => Promise<Uint8Array>;
  italic: () => Promise<Uint8Array>;
}

export const tinosFontSet: FontSet = {
  family: 'Tinos',
  regular: async () => decodeBase64((await import('./generated/tinos-regular.js')).TINOS_REGULAR_BASE64),
  bold: async () => decodeBase64((await import('./generated/tinos-bold.js')).TINOS_BOLD_BASE64),
  italic: async () => decodeBase64((await import('./generated/tinos-italic.js')).TINOS_ITALIC_BASE64),
};
