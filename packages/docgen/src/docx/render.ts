/**
 * Renders a document model to DOCX (ECMA-376 WordprocessingML) with `docx` 9,
 * in a form a citizen can complete in Word: A4 (11906 × 16838 twips), the
 * model's margins (Nghị định 30/2020/NĐ-CP ranges by default), Times New Roman
 * named in the styles and in every run, the same text as the PDF. Empty values
 * are tabs with a dot leader (to the right margin, or to a measured stop inside
 * a row), checkboxes are Word check box content controls (☐/☒, click to tick),
 * the ID number is a one-row table of boxes, the photo frame a 4 × 6 cm cell.
 * The package is made deterministic afterwards: core property dates from the
 * clock, drawing ids renumbered, ZIP entries dated from the clock. Pictures
 * reach `docx` as small stand-ins and go into the package once, stored
 * (media-slots.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  HeightRule,
  ImageRun,
  LeaderType,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { DocgenError } from '../errors.js';
import { assertModel } from '../model/check.js';
import { A4_MM, PLACE_DATE_BLANKS_MM } from '../model/defaults.js';
import { prepareModel, type PreparedModel } from '../model/prepare.js';
import { printedTexts } from '../model/texts.js';
import type {
  Block,
  CheckboxesPart,
  DigitsPart,
  DocumentModel,
  FieldPart,
  PhotoBoxBlock,
  PlaceDateBlock,
  QrCodeBlock,
  RowPart,
  TableBlock,
} from '../model/types.js';
import { textWidthPt, unsupportedCharacters } from '../text/metrics.js';
import { normalizePackage } from './package.js';
import { MediaSlots } from './media-slots.js';
import { modulesToPng } from '../qr/png.js';
import { balancedLines, type Measure } from '../pdf/inline.js';

export interface DocxOptions {
  /** Core property dates and ZIP entry dates (default: the Unix epoch). */
  clock?: () => Date;
}

export const DOCX_FONT = 'Times New Roman';
/** Font of the check box symbols; Word itself uses it for its check boxes. */
const CHECKBOX_FONT = 'MS Gothic';

const TWIPS_PER_MM = 1440 / 25.4;
const tw = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
const ptToTw = (pt: number): number => Math.round(pt * 20);

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const ALL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const NO_LINES = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const NO_TABLE_LINES = { ...NO_LINES, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  sizePt: number;
  superScript?: boolean;
}

type Piece =
  | { t: 'text'; text: string; style: RunStyle }
  | { t: 'blank'; widthTw: number | 'fill'; leader?: false }
  | { t: 'checkbox'; checked: boolean };

class DocxBuilder {
  /** Left part of the line kept free before the place-and-date line and the signature (0 inside the QR table's right cell). */
  signatureIndent = 0.45;
  /** Pictures handed to `docx` as small stand-ins, put in by normalizePackage. */
  readonly media = new MediaSlots();

  constructor(readonly model: PreparedModel) {}

  get body(): number {
    return this.model.typography.bodyPt;
  }
  get small(): number {
    return this.model.typography.smallPt;
  }
  get contentWidth(): number {
    const m = this.model.page.marginsMm;
    return tw(A4_MM.width - m.left - m.right);
  }

  run(text: string, style: RunStyle): TextRun {
    return new TextRun({
      text,
      font: DOCX_FONT,
      size: style.sizePt * 2,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italics ? { italics: true } : {}),
      ...(style.superScript ? { superScript: true } : {}),
    });
  }

  spacing(sizePt: number, beforePt = 0, afterPt = 0) {
    return { line: ptToTw(sizePt * this.model.typography.lineHeight), lineRule: 'atLeast' as const, before: ptToTw(beforePt), after: ptToTw(afterPt) };
  }

  /**
   * One paragraph from pieces; each blank becomes a tab with a dot leader to a
   * stop placed by measuring the text before it in Times New Roman metrics.
   */
  pieces(pieces: Piece[], widthTw: number, opts: { alignment?: 'left' | 'center' | 'justify'; indentLeftTw?: number; firstLineTw?: number; beforePt?: number; sizePt?: number } = {}): Paragraph {
    const children: ParagraphChild[] = [];
    const stops: { type: 'left' | 'right'; position: number; leader: 'dot' | 'none' }[] = [];
    let x = (opts.indentLeftTw ?? 0) + (opts.firstLineTw ?? 0);
    for (const piece of pieces) {
      if (piece.t === 'text') {
        children.push(this.run(piece.text, piece.style));
        x += ptToTw(textWidthPt(piece.text, piece.style.superScript ? piece.style.sizePt * 0.65 : piece.style.sizePt, piece.style.bold));
      } else if (piece.t === 'checkbox') {
        children.push(
          new CheckBox({
            checked: piece.checked,
            checkedState: { value: '2612', font: CHECKBOX_FONT },
            uncheckedState: { value: '2610', font: CHECKBOX_FONT },
          }),
        );
        x += ptToTw(this.body);
      } else {
        const fill = piece.widthTw === 'fill';
        const position = fill ? widthTw : Math.min(widthTw, x + (piece.widthTw as number));
        if (position <= x) continue;
        stops.push({ type: fill ? TabStopType.RIGHT : TabStopType.LEFT, position, leader: piece.leader === false ? LeaderType.NONE : LeaderType.DOT });
        children.push(new TextRun({ children: [new Tab()], font: DOCX_FONT, size: this.body * 2 }));
        x = position;
      }
    }
    const size = opts.sizePt ?? this.body;
    return new Paragraph({
      children,
      spacing: this.spacing(size, opts.beforePt ?? 0),
      ...(stops.length > 0 ? { tabStops: stops } : {}),
      ...(opts.alignment === 'center' ? { alignment: AlignmentType.CENTER } : opts.alignment === 'justify' ? { alignment: AlignmentType.JUSTIFIED } : {}),
      ...(opts.indentLeftTw || opts.firstLineTw ? { indent: { left: opts.indentLeftTw ?? 0, firstLine: opts.firstLineTw ?? 0 } } : {}),
    });
  }

  /** Run style of typed values (Typography.valueStyle). */
  get valueRun(): Partial<RunStyle> {
    const v = this.model.typography.valueStyle ?? 'regular';
    return v === 'bold' ? { bold: true } : v === 'italic' ? { italics: true } : {};
  }

  text(text: string, extra: Partial<RunStyle> = {}): Piece {
    return { t: 'text', text, style: { sizePt: this.body, ...extra } };
  }

  head(part: { number?: string; label?: string; footnote?: string }): Piece[] {
    const out: Piece[] = [];
    if (part.number !== undefined) out.push(this.text(`${part.number} `));
    if (part.label !== undefined && part.label !== '') out.push(this.text(part.label));
    if (part.footnote !== undefined) out.push(this.text(`(${part.footnote})`, { superScript: true }));
    return out;
  }

  fieldPieces(part: Omit<FieldPart, 'kind'>): Piece[] {
    const out = this.head(part);
    if (part.value !== null && part.value !== '') {
      out.push(this.text(' '), this.text(part.value, this.valueRun));
      // As in the PDF: a filled part keeps at least its blank's width.
      if (part.blankMm !== undefined) {
        const rest = tw(part.blankMm) + ptToTw(2) - ptToTw(textWidthPt(' ', this.body) + textWidthPt(part.value, this.body, !!this.valueRun.bold));
        if (rest > ptToTw(3)) out.push({ t: 'blank', widthTw: rest, leader: false });
      }
    } else out.push({ t: 'blank', widthTw: part.blankMm !== undefined ? tw(part.blankMm) : 'fill' });
    return out;
  }

  checkboxPieces(part: Omit<CheckboxesPart, 'kind'>): Piece[] {
    const out = this.head(part);
    part.options.forEach((option, i) => {
      out.push(this.text(`${out.length > 0 ? ' ' : ''}${option.label}\u00a0`)); // no break before the box
      out.push({ t: 'checkbox', checked: option.checked });
      if (i < part.options.length - 1) out.push(this.text('    '));
    });
    return out;
  }

  /** A row of parts; digits parts turn the row into a one-row table. */
  row(parts: RowPart[], widthTw: number): (Paragraph | Table)[] {
    if (!parts.some((p) => p.kind === 'digits')) {
      const pieces: Piece[] = [];
      parts.forEach((part, i) => {
        if (i > 0) pieces.push(this.text(' '));
        pieces.push(...(part.kind === 'field' ? this.fieldPieces(part) : this.checkboxPieces(part as CheckboxesPart)));
      });
      return [this.pieces(pieces, widthTw)];
    }
    return [this.digitsTable(parts, widthTw)];
  }

  digitsTable(parts: RowPart[], widthTw: number): Table {
    const cells: TableCell[] = [];
    const widths: number[] = [];
    // The PDF's box width (1.15 × the body size), so both files put the boxes alike.
    const boxWidth = ptToTw(this.body * 1.15);
    let used = 0;
    let pending: Piece[] = [];
    const textCell = (pieces: Piece[], width: number): void => {
      cells.push(
        new TableCell({
          children: [this.pieces(pieces, width)],
          width: { size: width, type: WidthType.DXA },
          borders: NO_LINES,
          margins: { left: 0, right: tw(1.5), top: 0, bottom: 0 },
          verticalAlign: VerticalAlignTable.CENTER,
        }),
      );
      widths.push(width);
      used += width;
    };
    const flushPending = (last: boolean): void => {
      if (pending.length === 0 && !last) return;
      const measured = pending.reduce((s, p) => s + (p.t === 'text' ? ptToTw(textWidthPt(p.text, p.style.sizePt, p.style.bold)) : ptToTw(this.body * 2)), 0) + tw(2);
      textCell(pending, last ? Math.max(tw(5), widthTw - used) : measured);
      pending = [];
    };
    parts.forEach((part, i) => {
      if (i > 0) pending.push(this.text(' '));
      if (part.kind === 'digits') {
        pending.push(...this.head(part));
        flushPending(false);
        const chars = Array.from(part.value ?? '');
        for (let c = 0; c < part.count; c++) {
          cells.push(
            new TableCell({
              children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: this.spacing(this.body), children: [this.run(chars[c] ?? '', { sizePt: this.body, ...this.valueRun })] })],
              width: { size: boxWidth, type: WidthType.DXA },
              borders: ALL_LINES,
              margins: { left: 0, right: 0, top: 0, bottom: 0 },
              verticalAlign: VerticalAlignTable.CENTER,
            }),
          );
          widths.push(boxWidth);
          used += boxWidth;
        }
      } else {
        pending.push(...(part.kind === 'field' ? this.fieldPieces(part) : this.checkboxPieces(part)));
      }
    });
    flushPending(true);
    return new Table({
      rows: [new TableRow({ children: cells, height: { value: tw(6.5), rule: HeightRule.ATLEAST } })],
      columnWidths: widths,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: NO_TABLE_LINES,
    });
  }

  table(block: TableBlock, widthTw: number): Table {
    const total = block.columns.reduce((s, c) => s + c.width, 0);
    const widths = block.columns.map((c) => Math.floor((widthTw * c.width) / total));
    const centred = (header: boolean): boolean => header || block.cellAlign === 'center';
    const cell = (text: string | null, width: number, header: boolean, shaded = false): TableCell =>
      new TableCell({
        ...(shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
        children: [new Paragraph({ spacing: this.spacing(this.body), ...(centred(header) ? { alignment: AlignmentType.CENTER } : {}), children: text ? [this.run(text, header ? { sizePt: this.body, bold: true } : { sizePt: this.body, ...this.valueRun })] : [] })],
        width: { size: width, type: WidthType.DXA },
        borders: ALL_LINES,
        margins: { left: tw(1.2), right: tw(1.2), top: tw(0.5), bottom: tw(0.5) },
      });
    return new Table({
      rows: [
        new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c.header, widths[i] ?? 0, true)) }),
        ...block.rows.map((r, j) => new TableRow({ children: r.map((v, i) => cell(v, widths[i] ?? 0, false, block.shaded?.[j]?.[i] === true)) })),
      ],
      columnWidths: widths,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
    });
  }

  photoBox(block: PhotoBoxBlock, widthTw: number): (Paragraph | Table)[] {
    const photoW = tw(block.widthMm);
    const photoH = tw(block.heightMm);
    const gap = tw(4);
    const leftW = widthTw - photoW - gap;
    const inner: (Paragraph | Table)[] = block.beside.flatMap((b) => this.block(b, leftW));
    const frameContent: Paragraph[] = block.image
      ? [
          // A 1 pt paragraph mark keeps the line no taller than the picture, so the exact 6 cm row does not clip it.
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 0 },
            run: { size: 2 },
            children: [
              new ImageRun({
                type: block.image.mediaType === 'image/png' ? 'png' : 'jpg',
                data: this.media.slot(block.image.bytes),
                // docx takes pixels at 96 dpi: 40 mm = 151.18 px, written as exactly 1 440 000 EMU.
                transformation: { width: (block.widthMm / 25.4) * 96, height: (block.heightMm / 25.4) * 96 },
                altText: { name: block.label, description: block.label, title: block.label },
              }),
            ],
          }),
        ]
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [this.run(block.label, { sizePt: this.body }), ...(block.footnote !== undefined ? [this.run(`(${block.footnote})`, { sizePt: this.body, superScript: true })] : [])],
          }),
        ];
    const frame = new Table({
      rows: [
        new TableRow({
          height: { value: photoH, rule: HeightRule.EXACT },
          children: [
            new TableCell({
              children: frameContent,
              width: { size: photoW, type: WidthType.DXA },
              borders: ALL_LINES,
              margins: { left: 0, right: 0, top: 0, bottom: 0 },
              verticalAlign: VerticalAlignTable.CENTER,
            }),
          ],
        }),
      ],
      columnWidths: [photoW],
      width: { size: photoW, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
    });
    const outer = new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: inner.length > 0 ? [...inner, new Paragraph({ spacing: { line: 20, lineRule: 'exact' as const, before: 0, after: 0 } })] : [new Paragraph({})], width: { size: leftW, type: WidthType.DXA }, borders: NO_LINES, margins: { left: 0, right: 0, top: 0, bottom: 0 } }),
            new TableCell({ children: [new Paragraph({ spacing: { line: 20, lineRule: 'exact' as const, before: 0, after: 0 } })], width: { size: gap, type: WidthType.DXA }, borders: NO_LINES }),
            new TableCell({ children: [frame, new Paragraph({ spacing: { line: 20, lineRule: 'exact' as const, before: 0, after: 0 } })], width: { size: photoW, type: WidthType.DXA }, borders: NO_LINES, margins: { left: 0, right: 0, top: 0, bottom: 0 } }),
          ],
        }),
      ],
      columnWidths: [leftW, gap, photoW],
      width: { size: widthTw, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: NO_TABLE_LINES,
    });
    return [outer];
  }

  /**
   * The QR symbol as a picture in the left cell of a borderless two-column
   * table, its caption under it, the place-and-date line and signature in the
   * right cell (where the PDF puts them too).
   */
  qrCode(block: QrCodeBlock, widthTw: number): Table[] {
    const leftW = Math.round(widthTw * 0.45);
    const rightW = widthTw - leftW;
    const px = (block.sizeMm / 25.4) * 96;
    const picture = new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: this.media.slot(modulesToPng(block.modules, 8, 4)),
          transformation: { width: px, height: px },
          altText: { name: 'QR', description: block.caption ?? 'QR', title: block.caption ?? 'QR' },
        }),
      ],
    });
    const left: Paragraph[] = [picture];
    if (block.caption) {
      left.push(
        new Paragraph({
          spacing: this.spacing(this.small),
          indent: { right: Math.max(0, leftW - tw(block.sizeMm)) },
          alignment: AlignmentType.CENTER,
          children: [this.run(block.caption, { sizePt: this.small, italics: true })],
        }),
      );
    }
    const saved = this.signatureIndent;
    this.signatureIndent = 0;
    const right = block.beside.flatMap((b) => this.block(b, rightW));
    this.signatureIndent = saved;
    return [
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: left, width: { size: leftW, type: WidthType.DXA }, borders: NO_LINES, margins: { left: 0, right: 0, top: tw(1), bottom: 0 } }),
              new TableCell({ children: right.length > 0 ? right : [new Paragraph({})], width: { size: rightW, type: WidthType.DXA }, borders: NO_LINES, margins: { left: 0, right: 0, top: 0, bottom: 0 } }),
            ],
          }),
        ],
        columnWidths: [leftW, rightW],
        width: { size: widthTw, type: WidthType.DXA },
        layout: TableLayoutType.FIXED,
        borders: NO_TABLE_LINES,
      }),
    ];
  }

  /** A centred bold title broken into even lines, as the PDF does (explicit line breaks). */
  balanced(text: string, sizePt: number, widthTw: number): Paragraph {
    const measure: Measure = (t, style, size) => textWidthPt(t, size, style === 'bold');
    const lines = balancedLines([{ t: 'text', text, style: 'bold', size: sizePt }], widthTw / 20, measure).map((line) =>
      line.items.map((p) => (p.atom.t === 'text' ? p.atom.text : '')).join(''),
    );
    // Each line keeps its trailing space before the break, so text readers still see two words.
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: this.spacing(sizePt),
      children: lines.map((line, i) => new TextRun({ text: line, font: DOCX_FONT, size: sizePt * 2, bold: true, ...(i > 0 ? { break: 1 } : {}) })),
    });
  }

  placeDate(block: PlaceDateBlock, widthTw: number): Paragraph {
    const indent = Math.round(widthTw * this.signatureIndent);
    const it = { italics: true };
    // As in the PDF: typed values in the value style, the printed words in italic.
    const valueStyle = this.valueRun.bold ? { bold: true } : it;
    const part = (value: string | null, blankMm: number): Piece => (value === null ? { t: 'blank', widthTw: tw(blankMm) } : this.text(value, valueStyle));
    const pieces: Piece[] = [
      part(block.place, PLACE_DATE_BLANKS_MM.place),
      this.text(`, ${block.labels.day} `, it),
      part(block.day, PLACE_DATE_BLANKS_MM.day),
      this.text(` ${block.labels.month} `, it),
      part(block.month, PLACE_DATE_BLANKS_MM.month),
      this.text(` ${block.labels.year} `, it),
      part(block.year, PLACE_DATE_BLANKS_MM.year),
    ];
    const hasBlank = pieces.some((p) => p.t === 'blank');
    return this.pieces(pieces, widthTw, { alignment: hasBlank ? 'left' : 'center', indentLeftTw: indent, beforePt: 4 });
  }

  block(block: Block, widthTw: number): (Paragraph | Table)[] {
    const b = this.body;
    switch (block.kind) {
      case 'header': {
        const lines = block.formCode.map((l) => this.pieces([this.text(l.text, { sizePt: this.small, bold: !!l.bold, italics: !!l.italic })], widthTw, { sizePt: this.small }));
        const mottoWidth = ptToTw(textWidthPt(block.motto, b, true));
        // A little slack on each side: Word's or LibreOffice's bold may be a hair wider than our metrics.
        const side = Math.max(0, Math.round((widthTw - mottoWidth) / 2) - tw(2));
        return [
          ...lines,
          this.pieces([this.text(block.nationalTitle, { bold: true })], widthTw, { alignment: 'center', beforePt: 6 }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { ...this.spacing(b), after: ptToTw(12) },
            indent: { left: side, right: side },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
            children: [this.run(block.motto, { sizePt: b, bold: true })],
          }),
        ];
      }
      case 'title': {
        const t = this.model.typography.titlePt;
        const out = [this.balanced(block.title, t, widthTw)];
        if (block.subtitle) out.push(this.balanced(block.subtitle, b, widthTw));
        out.push(new Paragraph({ spacing: { line: ptToTw(6), lineRule: 'exact' as const, before: 0, after: 0 } }));
        return out;
      }
      case 'photoBox':
        return this.photoBox(block, widthTw);
      case 'item':
        return [this.pieces(this.fieldPieces(block), widthTw)];
      case 'row':
        return this.row(block.parts, widthTw);
      case 'checkboxGroup':
        if (block.layout === 'stacked') {
          const head = this.head(block);
          const out = head.length > 0 ? [this.pieces(head, widthTw)] : [];
          for (const option of block.options) {
            out.push(this.pieces([this.text(`${option.label} `), { t: 'checkbox', checked: option.checked }], widthTw, { indentLeftTw: tw(5) }));
          }
          return out;
        }
        return [this.pieces(this.checkboxPieces(block), widthTw)];
      case 'digitBoxes':
        return [this.digitsTable([{ ...block, kind: 'digits' } as DigitsPart], widthTw)];
      case 'table':
        return [this.table(block, widthTw), new Paragraph({ spacing: { line: ptToTw(4), lineRule: 'exact' as const, before: 0, after: 0 } })];
      case 'sectionHeading':
        return [this.pieces([this.text(block.text, { bold: true })], widthTw, { beforePt: 3 })];
      case 'paragraph':
        return block.text.split('\n').map((para) =>
          this.pieces([this.text(para, { bold: !!block.bold, italics: !!block.italic })], widthTw, {
            alignment: block.align ?? 'left',
            firstLineTw: tw(block.indentMm ?? 0),
          }),
        );
      case 'placeDate':
        return [this.placeDate(block, widthTw)];
      case 'signature': {
        const indent = Math.round(widthTw * this.signatureIndent);
        const centred = { alignment: 'center' as const, indentLeftTw: indent };
        const out = [this.pieces([this.text(block.title, { bold: true })], widthTw, centred)];
        if (block.note) out.push(this.pieces([this.text(block.note, { italics: true })], widthTw, centred));
        const space = (block.spaceMm ?? 22) * (72 / 25.4);
        out.push(this.pieces(block.name ? [this.text(block.name, { bold: true })] : [], widthTw, { ...centred, beforePt: space }));
        return out;
      }
      case 'footnotes': {
        const s = this.small;
        const out: Paragraph[] = [];
        if (block.heading) out.push(this.pieces([this.text(block.heading, { bold: true, sizePt: s })], widthTw, { sizePt: s, beforePt: 6 }));
        for (const note of block.notes) {
          out.push(this.pieces([this.text(`(${note.marker}) `, { sizePt: s }), this.text(note.text, { sizePt: s })], widthTw, { alignment: 'justify', sizePt: s }));
        }
        return out;
      }
      case 'qrCode':
        return this.qrCode(block, widthTw);
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }
}

/** Renders the model as a DOCX package; throws DocgenError for an invalid model. */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  assertModel(model);
  const prepared = prepareModel(model);
  // Without a clock, now (never 1970), as the PDF; with one, the same bytes every time.
  const date = options.clock ? options.clock() : new Date();
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DocgenError([{ path: 'options/clock', id: 'docgen.options.invalidDate' }]);
  }
  const unsupported = printedTexts(prepared).flatMap(({ path, text }) =>
    unsupportedCharacters(text).filter((ch) => ch !== ' ').map((ch) => ({
      path,
      id: 'docgen.text.unsupportedCharacter',
      params: { character: ch, codePoint: `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` },
    })),
  );
  if (unsupported.length > 0) throw new DocgenError(unsupported);

  const builder = new DocxBuilder(prepared);
  const m = prepared.page.marginsMm;
  const meta = prepared.metadata;
  const children = prepared.blocks.flatMap((b) => builder.block(b, builder.contentWidth));
  const doc = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author ?? 'hochieu',
    lastModifiedBy: 'hochieu',
    ...(meta.keywords ? { keywords: meta.keywords.join(', ') } : {}),
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: prepared.typography.bodyPt * 2, language: { value: meta.language } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: tw(m.top), right: tw(m.right), bottom: tw(m.bottom), left: tw(m.left), header: tw(10), footer: tw(10) },
          },
        },
        children,
      },
    ],
  });
  const packed = await Packer.pack(doc, 'uint8array');
  return normalizePackage(packed, date, builder.media);
}
