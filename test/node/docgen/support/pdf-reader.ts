/**
 * Independent readers for the PDF tests: pdf.js (Mozilla's reader, legacy
 * build for Node) for text and metadata, and a font inspector that takes each
 * embedded TrueType font (FontFile2) and its ToUnicode CMap (ISO 32000-1,
 * 9.10.3) out of the file, so every drawn glyph can be compared with the glyph
 * of the source font for the same character. Text extraction alone does not
 * catch a subsetter that writes wrong glyphs; this comparison does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import fontkit, { type Font } from '@cantoo/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** Page texts, items joined, a line feed at each end of line. */
  pageTexts: string[];
  info: Record<string, unknown>;
  view: number[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 }).promise;
  const pageTexts: string[] = [];
  let view: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (n === 1) view = page.view;
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    pageTexts.push(text);
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages: pageTexts.length, pageTexts, info: meta.info as Record<string, unknown>, view };
}

/** Folds runs of white space to one space (line ends included). */
export function flat(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export interface EmbeddedFont {
  baseFont: string;
  fontFile: Uint8Array;
  /** CID (= glyph id of the embedded subset) → Unicode text. */
  toUnicode: Map<number, string>;
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string): string => {
    const units = hex.match(/.{4}/g) ?? [];
    return String.fromCharCode(...units.map((u) => parseInt(u, 16)));
  };
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(m[1] ?? '', 16), hexText(m[2] ?? ''));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = parseInt(m[1] ?? '', 16);
      const hi = parseInt(m[2] ?? '', 16);
      const dst = parseInt(m[3] ?? '', 16);
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(dst + c - lo));
    }
  }
  return map;
}

export async function embeddedFonts(bytes: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const fonts: EmbeddedFont[] = [];
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const descendants = ctx.lookup(obj.get(PDFName.of('DescendantFonts')), PDFArray);
    const cidFont = ctx.lookup(descendants.get(0), PDFDict);
    const descriptor = ctx.lookup(cidFont.get(PDFName.of('FontDescriptor')), PDFDict);
    const fontFile = ctx.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
    const toUnicode = ctx.lookup(obj.get(PDFName.of('ToUnicode'))) as PDFRawStream;
    assert.ok(fontFile instanceof PDFRawStream && toUnicode instanceof PDFRawStream, 'font file and ToUnicode streams');
    fonts.push({
      baseFont: obj.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '',
      fontFile: decodePDFRawStream(fontFile).decode(),
      toUnicode: parseToUnicode(new TextDecoder().decode(decodePDFRawStream(toUnicode).decode())),
    });
  }
  return fonts;
}

const require = createRequire(import.meta.url);
const tinosDir = dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
const SOURCE_FILES: Record<string, string> = {
  Regular: '400Regular/Tinos_400Regular.ttf',
  Bold: '700Bold/Tinos_700Bold.ttf',
  Italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
};

/** The original Tinos TTF (from the font package, before any subsetting) for a PDF font name. */
export function sourceFontFor(baseFont: string): Uint8Array {
  const style = /-(Regular|Bold|Italic)$/.exec(baseFont)?.[1];
  const file = style ? SOURCE_FILES[style] : undefined;
  if (!file) throw new Error(`no source font for ${baseFont}`);
  return readFileSync(join(tinosDir, file));
}

export interface GlyphReport {
  baseFont: string;
  compared: number;
  differing: string[];
  characters: Set<string>;
}

/**
 * For every CID of every embedded font: the outline (SVG path) and advance
 * width of the embedded glyph against the source font's glyph for the
 * character the ToUnicode map gives.
 */
export async function compareGlyphs(bytes: Uint8Array): Promise<GlyphReport[]> {
  const reports: GlyphReport[] = [];
  for (const font of await embeddedFonts(bytes)) {
    const embedded = fontkit.create(font.fontFile as Buffer) as Font;
    const source = fontkit.create(sourceFontFor(font.baseFont) as Buffer) as Font;
    const report: GlyphReport = { baseFont: font.baseFont, compared: 0, differing: [], characters: new Set() };
    for (const [cid, text] of font.toUnicode) {
      if (cid === 0) continue;
      const cp = text.codePointAt(0) ?? 0;
      report.compared += 1;
      report.characters.add(text);
      let same = false;
      try {
        const a = embedded.getGlyph(cid);
        const b = source.glyphForCodePoint(cp);
        same = !!a && !!b && a.path.toSVG() === b.path.toSVG() && a.advanceWidth === b.advanceWidth && b.id !== 0;
      } catch {
        same = false;
      }
      if (!same) report.differing.push(text);
    }
    reports.push(report);
  }
  return reports;
}
