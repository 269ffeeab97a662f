/**
 * Renders a document model to PDF (ISO 32000-1) with the pdf-lib API of the
 * maintained fork `@cantoo/pdf-lib` and `@cantoo/fontkit` (see README: chosen
 * by a glyph comparison). Text is drawn in an embedded subset of Tinos, the
 * Times New Roman-compatible font, after NFC normalization; every blank, box
 * and checkbox is drawn as vector graphics. The output is deterministic: the
 * document dates come from the clock option (default: now), written in Vietnam time, the font
 * subset tags are fixed, so the same model always gives the same bytes.
 * Metadata: title, subject, author, keywords, producer 'hochieu', creator,
 * and the catalog /Lang vi-VN (ISO 32000-1, 14.9.2) for screen readers.
 */
import fontkit, { type Font } from '@cantoo/fontkit';
import { PDFDocument, PDFName, PDFString, type PDFImage, type PDFPage } from '@cantoo/pdf-lib';
import { DocgenError, type DocgenIssue } from '../errors.js';
import { assertModel } from '../model/check.js';
import { A4_MM, PLACE_DATE_BLANKS_MM, mmToPt } from '../model/defaults.js';
import { prepareModel, type PreparedModel } from '../model/prepare.js';
import { printedTexts } from '../model/texts.js';
import type {
  Block,
  DocumentModel,
  FootnotesBlock,
  HeaderBlock,
  PhotoBoxBlock,
  PlaceDateBlock,
  QrCodeBlock,
  SignatureBlock,
  TableBlock,
} from '../model/types.js';
import { tinosFontSet, type FontSet } from '../fonts/font-set.js';
import { drawBox, drawLine, drawPhoto, drawQr, drawRule, drawShade, drawText, type DrawContext, type Fonts, type Outline } from './draw.js';
import { balancedLines, breakLines, type Atom, type FontStyle, type Measure } from './inline.js';
import { checkboxAtoms, checkboxSize, digitAtoms, fieldAtoms, headAtoms, rowAtoms, type AtomStyle } from './atoms.js';

export interface PdfOptions {
  /** Document creation and modification date (default: the Unix epoch). */
  clock?: () => Date;
  /** Font bytes provider (default: the bundled Tinos subset). */
  font?: FontSet;
}

export const PDF_PRODUCER = 'hochieu';
export const PDF_CREATOR = 'hochieu docgen';

/** Fixed subset tags (ISO 32000-1, 9.6.4): six capitals, one per style. */
const SUBSET_TAGS: Record<FontStyle, string> = { regular: 'HCHREG', bold: 'HCHBLD', italic: 'HCHITA' };
const STYLE_NAMES: Record<FontStyle, string> = { regular: 'Regular', bold: 'Bold', italic: 'Italic' };

const mm = mmToPt;

interface Column {
  left: number;
  right: number;
}

type Align = 'left' | 'center' | 'right' | 'justify';

class Flow {
  readonly pageWidth = mm(A4_MM.width);
  readonly pageHeight = mm(A4_MM.height);
  page!: PDFPage;
  ctx!: DrawContext;
  top = 0;
  pageCount = 0;
  column: Column;
  readonly measure: Measure;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly model: PreparedModel,
    readonly images: Map<PhotoBoxBlock, PDFImage>,
    readonly outline: (ch: string, style: FontStyle) => Outline | null,
  ) {
    this.measure = (text, style, size) => fonts[style].widthOfTextAtSize(text, size);
    this.column = this.fullColumn();
    this.newPage();
  }

  get margins() {
    return this.model.page.marginsMm;
  }
  get body(): number {
    return this.model.typography.bodyPt;
  }
  get small(): number {
    return this.model.typography.smallPt;
  }
  lineHeight(size: number): number {
    return size * this.model.typography.lineHeight;
  }
  fullColumn(): Column {
    return { left: mm(this.margins.left), right: this.pageWidth - mm(this.margins.right) };
  }
  get bottomLimit(): number {
    return this.pageHeight - mm(this.margins.bottom);
  }

  newPage(): void {
    this.page = this.doc.addPage([this.pageWidth, this.pageHeight]);
    this.ctx = { page: this.page, pageHeight: this.pageHeight, fonts: this.fonts, outline: this.outline };
    this.top = mm(this.margins.top);
    this.pageCount += 1;
    this.column = this.fullColumn();
  }

  /** Starts a new page unless `height` still fits (a block taller than a page is not moved). */
  ensure(height: number): void {
    if (this.top + height > this.bottomLimit + 0.01 && this.top > mm(this.margins.top) + 0.01) this.newPage();
  }

  gap(heightMm: number): void {
    this.top += mm(heightMm);
  }

  /** Lays out and draws atoms in [left, right] (default: the current column). */
  flowAtoms(atoms: Atom[], opts: { align?: Align; indent?: number; size?: number; column?: Column; balance?: boolean } = {}): void {
    const size = opts.size ?? this.body;
    const col = opts.column ?? this.column;
    const width = col.right - col.left;
    const lines = opts.balance ? balancedLines(atoms, width, this.measure) : breakLines(atoms, width, this.measure, opts.indent ?? 0);
    lines.forEach((line, index) => {
      const height = Math.max(this.lineHeight(size), line.minHeight + 3);
      this.ensure(height);
      const spare = Math.max(0, width - line.width);
      let left = col.left;
      if (opts.align === 'center') left += spare / 2;
      else if (opts.align === 'right') left += spare;
      const justify = opts.align === 'justify' && index < lines.length - 1 ? spare : 0;
      drawLine(this.ctx, line, left, this.top, height, size, justify);
      this.top += height;
    });
  }

  text(text: string, style: FontStyle, size = this.body): Atom {
    return { t: 'text', text, style, size };
  }

  get atomStyle(): AtomStyle {
    return { bodyPt: this.body, smallPt: this.small, valueStyle: this.model.typography.valueStyle ?? 'regular', measure: this.measure };
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'header':
        return this.header(block);
      case 'title':
        this.flowAtoms([this.text(block.title, 'bold', this.model.typography.titlePt)], { align: 'center', size: this.model.typography.titlePt, balance: true });
        if (block.subtitle) this.flowAtoms([this.text(block.subtitle, 'bold')], { align: 'center', balance: true });
        this.gap(2);
        return;
      case 'photoBox':
        return this.photoBox(block);
      case 'item':
        return this.flowAtoms(fieldAtoms(block, this.atomStyle));
      case 'row':
        return this.flowAtoms(rowAtoms(block.parts, this.atomStyle));
      case 'checkboxGroup':
        if (block.layout === 'stacked') {
          const head = headAtoms(block, this.atomStyle);
          if (head.length > 0) this.flowAtoms(head);
          for (const option of block.options) {
            this.flowAtoms([this.text(`${option.label} `, 'regular'), { t: 'checkbox', checked: option.checked, size: checkboxSize(this.atomStyle), glue: true }], { indent: mm(5) });
          }
          return;
        }
        return this.flowAtoms(checkboxAtoms(block, this.atomStyle));
      case 'digitBoxes':
        return this.flowAtoms(digitAtoms(block, this.atomStyle));
      case 'table':
        return this.table(block);
      case 'sectionHeading':
        this.gap(1);
        return this.flowAtoms([this.text(block.text, 'bold')]);
      case 'paragraph': {
        const style: FontStyle = block.bold ? 'bold' : block.italic ? 'italic' : 'regular';
        for (const para of block.text.split('\n')) {
          this.flowAtoms([this.text(para, style)], { align: block.align ?? 'left', indent: mm(block.indentMm ?? 0) });
        }
        return;
      }
      case 'placeDate':
        return this.placeDate(block);
      case 'signature':
        return this.signature(block);
      case 'footnotes':
        return this.footnotes(block);
      case 'qrCode':
        return this.qrCode(block);
      case 'pageBreak':
        return this.newPage();
    }
  }

  qrCode(block: QrCodeBlock): void {
    const size = mm(block.sizeMm);
    const captionHeight = block.caption ? this.lineHeight(this.small) * 2 : 0;
    this.ensure(size + captionHeight);
    const startTop = this.top;
    const startPage = this.pageCount;
    const x = this.column.left;
    drawQr(this.ctx, block.modules, x, startTop, size);
    if (block.caption) {
      const saved = this.top;
      this.top = startTop + size;
      this.flowAtoms([this.text(block.caption, 'italic', this.small)], { size: this.small, align: 'center', column: { left: x, right: x + size } });
      this.top = saved;
    }
    for (const inner of block.beside) this.block(inner);
    if (this.pageCount === startPage) this.top = Math.max(this.top, startTop + size + captionHeight + mm(1));
  }

  header(block: HeaderBlock): void {
    for (const line of block.formCode) {
      const style: FontStyle = line.bold ? 'bold' : line.italic ? 'italic' : 'regular';
      this.flowAtoms([this.text(line.text, style, this.small)], { size: this.small, column: { left: this.column.left, right: this.column.left + (this.column.right - this.column.left) * 0.6 } });
    }
    this.gap(2);
    this.flowAtoms([this.text(block.nationalTitle, 'bold')], { align: 'center' });
    this.flowAtoms([this.text(block.motto, 'bold')], { align: 'center' });
    const width = Math.min(this.measure(block.motto, 'bold', this.body), this.column.right - this.column.left);
    const centre = (this.column.left + this.column.right) / 2;
    drawRule(this.ctx, centre - width / 2, centre + width / 2, this.top - this.body * 0.05, 0.6);
    this.gap(4);
  }

  photoBox(block: PhotoBoxBlock): void {
    const width = mm(block.widthMm);
    const height = mm(block.heightMm);
    this.ensure(height);
    const startTop = this.top;
    const startPage = this.pageCount;
    const x = this.column.right - width;
    const image = this.images.get(block);
    if (image) drawPhoto(this.ctx, image, x, startTop, width, height);
    drawBox(this.ctx, x, startTop, width, height, 0.8);
    if (!image) {
      const labelWidth = this.measure(block.label, 'regular', this.body);
      const marker = block.footnote === undefined ? '' : `(${block.footnote})`;
      const markerSize = this.small * 0.85;
      const markerWidth = this.measure(marker, 'regular', markerSize);
      const lx = x + (width - labelWidth - markerWidth) / 2;
      const baseline = startTop + height / 2 + this.body * 0.33;
      drawText(this.ctx, block.label, lx, baseline, 'regular', this.body);
      if (marker) drawText(this.ctx, marker, lx + labelWidth, baseline - this.body * 0.33, 'regular', markerSize);
    }
    const saved = this.column;
    this.column = { left: saved.left, right: x - mm(4) };
    for (const inner of block.beside) this.block(inner);
    if (this.pageCount === startPage) {
      this.column = saved;
      this.top = Math.max(this.top, startTop + height + mm(2));
    }
  }

  table(block: TableBlock): void {
    const col = this.column;
    const total = block.columns.reduce((s, c) => s + c.width, 0);
    const widths = block.columns.map((c) => ((col.right - col.left) * c.width) / total);
    const pad = mm(1.2);
    const size = this.body;
    const drawRow = (cells: (string | null)[], style: FontStyle, align: Align, shaded: readonly boolean[] = []): void => {
      const broken = cells.map((cell, i) => breakLines(cell ? [this.text(cell, style, size)] : [], (widths[i] ?? 0) - 2 * pad, this.measure));
      const lh = this.lineHeight(size);
      const height = Math.max(...broken.map((lines) => lines.length)) * lh + 2 * pad * 0.6;
      this.ensure(height);
      let x = col.left;
      broken.forEach((lines, i) => {
        const w = widths[i] ?? 0;
        if (shaded[i]) drawShade(this.ctx, x, this.top, w, height);
        drawBox(this.ctx, x, this.top, w, height, 0.6);
        lines.forEach((line, j) => {
          const spare = Math.max(0, w - 2 * pad - line.width);
          drawLine(this.ctx, line, x + pad + (align === 'center' ? spare / 2 : 0), this.top + pad * 0.6 + j * lh, lh, size);
        });
        x += w;
      });
      this.top += height;
    };
    drawRow(block.columns.map((c) => c.header), 'bold', 'center');
    block.rows.forEach((row, r) => drawRow(row, this.atomStyle.valueStyle, block.cellAlign ?? 'left', block.shaded?.[r]));
    this.gap(1.5);
  }

  signatureColumn(): Column {
    const col = this.column;
    return { left: col.left + (col.right - col.left) * 0.45, right: col.right };
  }

  placeDate(block: PlaceDateBlock): void {
    const size = this.body;
    // Typed values in the value style, the printed words in italic (regular values stay italic like the line).
    const valueStyle: FontStyle = this.atomStyle.valueStyle === 'regular' ? 'italic' : this.atomStyle.valueStyle;
    const part = (value: string | null, blankMm: number): Atom => (value === null ? { t: 'blank', width: mm(blankMm) } : this.text(value, valueStyle, size));
    const atoms: Atom[] = [
      part(block.place, PLACE_DATE_BLANKS_MM.place),
      this.text(`, ${block.labels.day} `, 'italic', size),
      part(block.day, PLACE_DATE_BLANKS_MM.day),
      this.text(` ${block.labels.month} `, 'italic', size),
      part(block.month, PLACE_DATE_BLANKS_MM.month),
      this.text(` ${block.labels.year} `, 'italic', size),
      part(block.year, PLACE_DATE_BLANKS_MM.year),
    ];
    this.gap(1.5);
    this.flowAtoms(atoms, { align: 'center', column: this.signatureColumn() });
  }

  signature(block: SignatureBlock): void {
    const column = this.signatureColumn();
    const space = mm(block.spaceMm ?? 22);
    this.ensure(this.lineHeight(this.body) * 3 + space);
    this.flowAtoms([this.text(block.title, 'bold')], { align: 'center', column });
    if (block.note) this.flowAtoms([this.text(block.note, 'italic')], { align: 'center', column });
    this.top += space;
    if (block.name !== null && block.name !== '') this.flowAtoms([this.text(block.name, 'bold')], { align: 'center', column });
    this.gap(2);
  }

  footnotes(block: FootnotesBlock): void {
    const size = this.small;
    this.ensure(this.lineHeight(size) * 3); // keep the heading with its first note
    if (block.heading) this.flowAtoms([this.text(block.heading, 'bold', size)], { size });
    for (const note of block.notes) {
      this.flowAtoms([this.text(`(${note.marker}) `, 'regular', size), this.text(note.text, 'regular', size)], { size, align: 'justify' });
    }
  }
}

function checkCoverage(model: DocumentModel, characters: Set<number>): DocgenIssue[] {
  const issues: DocgenIssue[] = [];
  for (const { path, text } of printedTexts(model)) {
    const seen = new Set<string>();
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || ch === ' ' || characters.has(cp) || seen.has(ch)) continue;
      seen.add(ch);
      issues.push({ path, id: 'docgen.text.unsupportedCharacter', params: { character: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` } });
    }
  }
  return issues;
}

/** Glyph outlines of the three fonts (y flipped to SVG's downward axis), cached per style and character. */
function outlines(fontBytes: Record<FontStyle, Uint8Array>): (ch: string, style: FontStyle) => Outline | null {
  const fonts = new Map<FontStyle, Font>();
  const cache = new Map<string, Outline | null>();
  return (ch, style) => {
    const key = `${style}:${ch}`;
    if (cache.has(key)) return cache.get(key) ?? null;
    let font = fonts.get(style);
    if (!font) {
      font = fontkit.create(fontBytes[style] as Parameters<typeof fontkit.create>[0]) as Font;
      fonts.set(style, font);
    }
    const glyph = font.glyphForCodePoint(ch.codePointAt(0) ?? 0);
    const outline = !glyph || glyph.id === 0 ? null : { path: glyph.path.scale(1, -1).toSVG(), advance: glyph.advanceWidth, unitsPerEm: font.unitsPerEm };
    cache.set(key, outline);
    return outline;
  };
}

function photoBoxes(blocks: Block[]): PhotoBoxBlock[] {
  return blocks.filter((b): b is PhotoBoxBlock => b.kind === 'photoBox');
}

/** A PDF date string in Vietnam time (UTC+7, no daylight saving): `D:YYYYMMDDHHmmSS+07'00'`. */
export function vietnamPdfDate(date: Date): string {
  const t = new Date(date.getTime() + 7 * 3600 * 1000);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `D:${p(t.getUTCFullYear(), 4)}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}${p(t.getUTCHours())}${p(t.getUTCMinutes())}${p(t.getUTCSeconds())}+07'00'`;
}

/** Renders the model as a PDF; throws DocgenError for an invalid model. */
export async function renderPdf(model: DocumentModel, options: PdfOptions = {}): Promise<Uint8Array> {
  assertModel(model);
  const prepared = prepareModel(model);
  const fontSet = options.font ?? tinosFontSet;
  // Without a clock, now (never 1970); with one, the same bytes every time.
  const date = options.clock ? options.clock() : new Date();
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DocgenError([{ path: 'options/clock', id: 'docgen.options.invalidDate' }]);
  }
  const [regular, bold, italic] = await Promise.all([fontSet.regular(), fontSet.bold(), fontSet.italic()]);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embed = (bytes: Uint8Array, style: FontStyle) =>
    doc.embedFont(bytes, { subset: true, customName: `${SUBSET_TAGS[style]}+${fontSet.family}-${STYLE_NAMES[style]}` });
  const fonts: Fonts = { regular: await embed(regular, 'regular'), bold: await embed(bold, 'bold'), italic: await embed(italic, 'italic') };

  const characters = new Set<number>(fonts.regular.getCharacterSet());
  const coverage = checkCoverage(prepared, characters);
  if (coverage.length > 0) throw new DocgenError(coverage);

  const images = new Map<PhotoBoxBlock, PDFImage>();
  for (const box of photoBoxes(prepared.blocks)) {
    if (!box.image) continue;
    try {
      images.set(box, box.image.mediaType === 'image/png' ? await doc.embedPng(box.image.bytes) : await doc.embedJpg(box.image.bytes));
    } catch {
      const index = prepared.blocks.indexOf(box);
      throw new DocgenError([{ path: `blocks/${index}/image/bytes`, id: 'docgen.model.imageUnreadable' }]);
    }
  }

  const flow = new Flow(doc, fonts, prepared, images, outlines({ regular, bold, italic }));
  for (const block of prepared.blocks) flow.block(block);

  const meta = prepared.metadata;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  if (meta.author !== undefined) doc.setAuthor(meta.author);
  if (meta.keywords !== undefined) doc.setKeywords(meta.keywords);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreator(PDF_CREATOR);
  doc.setLanguage(meta.language);
  // Dates in Vietnam time with their offset (ISO 32000-1, 7.9.4), as a reader in Vietnam expects them.
  const info = (doc as unknown as { getInfoDict(): { set(key: PDFName, value: PDFString): void } }).getInfoDict();
  info.set(PDFName.of('CreationDate'), PDFString.of(vietnamPdfDate(date)));
  info.set(PDFName.of('ModDate'), PDFString.of(vietnamPdfDate(date)));
  return doc.save();
}

