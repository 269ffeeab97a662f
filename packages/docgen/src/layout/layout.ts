/**
 * layout(): the declaration form as a neutral document model. Everything the
 * paper form says comes from the form version in core (Thông tư 31/2023/TT-BCA
 * TK01 or TK01a, or TK01 of Thông tư 69/2026): the header (form code and
 * "Ban hành kèm theo …" at the top left, Quốc hiệu and Tiêu ngữ centred), the
 * title beside the 4 × 6 cm photo box, each printed field in order with its
 * item number, exact label, footnote marker and layout (dotted line, digit
 * boxes, checkboxes, date words or slashes), the commitment, the place and
 * date line, the signature block and the footnotes. The renderers (PDF, DOCX)
 * draw this model and never decide content. With no declaration the result
 * is the blank form, every value a dotted blank.
 */
import {
  toPrintedCapitals,
  type Declaration,
  type Field,
  type FormVersion,
} from '@hochieu/core';
import type {
  Block,
  CheckboxesPart,
  DigitsPart,
  DocumentModel,
  FieldPart,
  PhotoImage,
  RowBlock,
  RowPart,
  Typography,
} from '../model/types.js';
import { blockHeightMm, rowLineCount } from './measure.js';
import { encodeDeclarationQr } from '../qr/encoding.js';
import { qrModules } from '../qr/matrix.js';
import { A4_MM, ADMINISTRATIVE_MARGINS_MM } from '../model/defaults.js';
import { docgenText } from './strings.js';
import { dateParts, optionCaption, rawValue, slashDate, textValue } from './values.js';

export interface LayoutOptions {
  /** The portrait photo, placed at exactly 40 × 60 mm in the photo box. */
  photo?: PhotoImage;
  /**
   * Print the declaration data as a QR code (encoding HCVN2, see qr/encoding.ts)
   * at the left of the place, date and signature. Off by default; ignored for a blank form.
   */
  qr?: boolean;
}

/** Printed side of the QR symbol: about 0.45 mm per module, between 25 and 42 mm. */
function qrSizeMm(modules: number): number {
  return Math.round(Math.min(42, Math.max(25, (modules + 8) * 0.45)) * 10) / 10;
}

/**
 * Sizes that keep TK01 and TK01a on one A4 sheet, as the official forms are;
 * typed values in bold so they read apart from the printed labels, as
 * handwriting does on the paper form.
 */
const FORM_TYPOGRAPHY: Typography = { bodyPt: 11, smallPt: 9, titlePt: 13, lineHeight: 1.25, valueStyle: 'bold' };

/** Width of a blank followed by another part on the same line, and how far it may shrink to keep the line whole. */
const INLINE_BLANK_MM = 55;
const INLINE_BLANK_MIN_MM = 22;

/** Gap between the column beside the photo and the frame (as the renderers draw it). */
const PHOTO_GAP_MM = 4;

/** Width of the dotted blank of a date part ("ngày ……"), in millimetres. */
const DATE_BLANK_MM = { day: 10, month: 10, year: 16 } as const;
/** Width of a "…/…/…" blank. */
const SLASH_BLANK_MM = 28;

function numberOf(field: Field, previousItem: string | null): string | undefined {
  return field.item && field.item !== previousItem ? `${field.item}.` : undefined;
}

function footnoteOf(field: Field): string | undefined {
  return field.print?.footnote === undefined ? undefined : String(field.print.footnote);
}

/** The parts one field contributes to a printed line. */
function partsOf(field: Field, declaration: Declaration | null, number: string | undefined): RowPart[] {
  const print = field.print!;
  const footnote = footnoteOf(field);
  const common = { ...(number ? { number } : {}), ...(footnote ? { footnote } : {}) };
  switch (print.layout) {
    case 'line':
    case 'continuation': {
      const value = field.options ? optionCaption(declaration, field) : textValue(declaration, field);
      const part: FieldPart = { kind: 'field', ...common, label: print.label, value };
      if (field.printCase === 'upper') part.case = 'upper';
      return [part];
    }
    case 'digitBoxes': {
      const raw = textValue(declaration, field);
      const digits = raw ? raw.replace(/\s/gu, '') : null;
      const part: DigitsPart = { kind: 'digits', ...common, label: print.label, count: print.boxes ?? 12, value: digits || null };
      return [part];
    }
    case 'checkboxes': {
      const value = rawValue(declaration, field);
      const part: CheckboxesPart = {
        kind: 'checkboxes',
        ...common,
        ...(print.label ? { label: print.label } : {}),
        options: (field.options ?? []).map((o) => ({ label: o.print ?? '', checked: declaration !== null && o.value === value })),
      };
      return [part];
    }
    case 'dateWords': {
      const { day, month, year } = dateParts(textValue(declaration, field));
      return [
        { kind: 'field', ...common, label: print.label, value: day, blankMm: DATE_BLANK_MM.day },
        { kind: 'field', label: docgenText('month'), value: month, blankMm: DATE_BLANK_MM.month },
        { kind: 'field', label: docgenText('year'), value: year, blankMm: DATE_BLANK_MM.year },
      ];
    }
    case 'dateSlashes': {
      const value = slashDate(textValue(declaration, field));
      return [{ kind: 'field', ...common, label: print.label, value, blankMm: SLASH_BLANK_MM }];
    }
  }
}

/** Merges a continuation (e.g. the request details) into the blank before it. */
function mergeContinuation(line: RowPart[], part: RowPart): boolean {
  const last = line[line.length - 1];
  if (!last || last.kind !== 'field' || part.kind !== 'field') return false;
  if (part.value === null || part.value === last.value) return true;
  last.value = last.value === null ? part.value : `${last.value}; ${part.value}`;
  return true;
}

/** Blanks that were given INLINE_BLANK_MM by lineBlock, and may be narrowed by fitRow. */
const inlineBlanks = new WeakSet<FieldPart>();

/** A printed line as a block: one part alone becomes an item, checkbox group or digit boxes. */
function lineBlock(parts: RowPart[]): Block {
  if (parts.length === 1) {
    const only = parts[0]!;
    if (only.kind === 'field') {
      const { kind: _kind, ...rest } = only;
      return { kind: 'item', ...rest };
    }
    if (only.kind === 'checkboxes') {
      const { kind: _kind, ...rest } = only;
      const long = only.options.some((o) => o.label.length > 20);
      return { kind: 'checkboxGroup', ...rest, layout: long ? 'stacked' : 'inline' };
    }
    const { kind: _kind, ...rest } = only;
    return { kind: 'digitBoxes', ...rest };
  }
  // Inside a row, a blank that is not the last part gets a bounded width so the next label fits.
  parts.forEach((part, i) => {
    if (part.kind === 'field' && part.value === null && part.blankMm === undefined && i < parts.length - 1) {
      part.blankMm = INLINE_BLANK_MM;
      inlineBlanks.add(part);
    }
  });
  return { kind: 'row', parts };
}

/**
 * Narrows the inline blanks of a row (not below INLINE_BLANK_MIN_MM) when that
 * keeps the whole row on one line of `widthMm`, instead of sending its last
 * label to a line of its own.
 */
function fitRow(block: RowBlock, widthMm: number): void {
  const shrinkable = block.parts.filter((p): p is FieldPart => p.kind === 'field' && inlineBlanks.has(p));
  if (shrinkable.length === 0 || rowLineCount(block, widthMm, FORM_TYPOGRAPHY) === 1) return;
  const set = (mm: number) => shrinkable.forEach((p) => (p.blankMm = mm));
  set(INLINE_BLANK_MIN_MM);
  if (rowLineCount(block, widthMm, FORM_TYPOGRAPHY) > 1) {
    set(INLINE_BLANK_MM);
    return;
  }
  let low = INLINE_BLANK_MIN_MM;
  let high = INLINE_BLANK_MM;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    set(mid);
    if (rowLineCount(block, widthMm, FORM_TYPOGRAPHY) === 1) low = mid;
    else high = mid;
  }
  set(low);
}

/**
 * The blocks that run beside the photo frame, as on the official forms: the
 * title, then as many of the first lines as fit in the frame's height
 * (measured with the font metrics), never ending on a section heading.
 */
function takeBeside(fields: Block[], title: Block, columnMm: number, photoHeightMm: number): Block[] {
  const beside: Block[] = [title];
  let used = blockHeightMm(title, columnMm, FORM_TYPOGRAPHY);
  while (fields.length > 0) {
    const next = fields[0]!;
    if (next.kind === 'row') fitRow(next, columnMm);
    const h = blockHeightMm(next, columnMm, FORM_TYPOGRAPHY);
    if (used + h > photoHeightMm + 0.5) break;
    used += h;
    beside.push(fields.shift()!);
  }
  while (beside.length > 1 && beside[beside.length - 1]!.kind === 'sectionHeading') fields.unshift(beside.pop()!);
  return beside;
}

/** The blocks of the form's printed fields, section by section. */
function fieldBlocks(version: FormVersion, declaration: Declaration | null): Block[] {
  const blocks: Block[] = [];
  let line: RowPart[] = [];
  let previousItem: string | null = null;
  const flush = () => {
    if (line.length) blocks.push(lineBlock(line));
    line = [];
  };
  for (const section of version.sections) {
    const printedFields = section.fields.filter((f) => f.print !== null);
    if (printedFields.length === 0) continue;
    if (section.printTitle) {
      flush();
      blocks.push({ kind: 'sectionHeading', text: section.printTitle.text });
      previousItem = null;
    }
    for (const field of printedFields) {
      const print = field.print!;
      const number = numberOf(field, previousItem);
      const parts = partsOf(field, declaration, number);
      if (print.layout === 'continuation' && mergeContinuation(line, parts[0]!)) {
        previousItem = field.item ?? previousItem;
        continue;
      }
      if (!print.sameLine) flush();
      line.push(...parts);
      previousItem = field.item ?? previousItem;
    }
  }
  flush();
  return blocks;
}

function signatureName(version: FormVersion, declaration: Declaration | null): string | null {
  if (!declaration) return null;
  if (version.form === 'TK01a') {
    const name = declaration.representative?.fullName?.trim();
    return name ? toPrintedCapitals(name) : null;
  }
  const full = `${declaration.applicant.familyName ?? ''} ${declaration.applicant.givenNames ?? ''}`.trim();
  return full ? toPrintedCapitals(full) : null;
}

/** The declaration (or, with null, the blank form) as a document model. */
export function layout(declaration: Declaration | null, version: FormVersion, options: LayoutOptions = {}): DocumentModel {
  const date = dateParts(declaration?.submission?.date ?? null);
  const place = declaration?.submission?.place?.trim() || null;
  const name = signatureName(version, declaration);
  const title = docgenText('metadataTitle', { form: version.form });

  const margins = { ...ADMINISTRATIVE_MARGINS_MM };
  const contentMm = A4_MM.width - margins.left - margins.right;
  const fields = fieldBlocks(version, declaration);
  for (const b of fields) if (b.kind === 'row') fitRow(b, contentMm);
  // As on the official forms, the first lines of the form run beside the photo frame.
  const titleBlock: Block = { kind: 'title', title: version.title.text, subtitle: version.subtitle.text };
  const beside = takeBeside(fields, titleBlock, contentMm - version.photoBox.widthMm - PHOTO_GAP_MM, version.photoBox.heightMm);
  const blocks: Block[] = [
    {
      kind: 'header',
      formCode: [{ text: version.header.formCode, bold: true }, { text: version.header.issuedWith, italic: true }],
      nationalTitle: version.header.nationalTitle,
      motto: version.header.motto,
    },
    {
      kind: 'photoBox',
      beside,
      widthMm: version.photoBox.widthMm,
      heightMm: version.photoBox.heightMm,
      label: version.photoBox.label,
      footnote: String(version.photoBox.footnote),
      ...(options.photo ? { image: options.photo } : {}),
    },
    ...fields,
    { kind: 'paragraph', text: version.commitment.text, indentMm: 10 },
  ];
  const closing: Block[] = [
    {
      kind: 'placeDate',
      place,
      day: date.day,
      month: date.month,
      year: date.year,
      labels: { day: docgenText('day'), month: docgenText('month'), year: docgenText('year') },
    },
    { kind: 'signature', title: version.signature.title, note: version.signature.note, name },
  ];
  if (options.qr && declaration) {
    const modules = qrModules(encodeDeclarationQr(declaration, version.id));
    blocks.push({ kind: 'qrCode', modules, sizeMm: qrSizeMm(modules.length), caption: docgenText('qrCaption'), beside: closing });
  } else blocks.push(...closing);
  blocks.push(
    {
      kind: 'footnotes',
      heading: docgenText('footnotesHeading'),
      notes: version.footnotes.map((n) => ({ marker: String(n.n), text: n.text })),
    },
  );

  return {
    page: { size: 'A4', marginsMm: margins },
    typography: FORM_TYPOGRAPHY,
    metadata: {
      title: name ? `${title} - ${name}` : `${title} (${docgenText('metadataBlank')})`,
      subject: `${version.title.text}: ${version.subtitle.text}`,
      language: 'vi-VN',
      keywords: docgenText('keywords', { form: version.form }).split(', '),
    },
    blocks,
  };
}
