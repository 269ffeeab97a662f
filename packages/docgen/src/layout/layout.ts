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
  RowPart,
} from '../model/types.js';
import { ADMINISTRATIVE_MARGINS_MM } from '../model/defaults.js';
import { docgenText } from './strings.js';
import { dateParts, optionCaption, rawValue, slashDate, textValue } from './values.js';

export interface LayoutOptions {
  /** The portrait photo, placed at exactly 40 × 60 mm in the photo box. */
  photo?: PhotoImage;
}

/** Sizes that keep TK01 and TK01a on one A4 sheet, as the official forms are. */
const FORM_TYPOGRAPHY = { bodyPt: 11, smallPt: 9, titlePt: 13, lineHeight: 1.3 } as const;

/** Width of a blank followed by another part on the same line. */
const INLINE_BLANK_MM = 55;

/** How many printed lines after the title stand beside the photo frame. */
const BESIDE_PHOTO_BLOCKS = 3;

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
    }
  });
  return { kind: 'row', parts };
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

  const fields = fieldBlocks(version, declaration);
  // As on the official forms, the first lines of the form run beside the photo frame.
  const beside = fields.splice(0, BESIDE_PHOTO_BLOCKS);
  const blocks: Block[] = [
    {
      kind: 'header',
      formCode: [{ text: version.header.formCode, bold: true }, { text: version.header.issuedWith, italic: true }],
      nationalTitle: version.header.nationalTitle,
      motto: version.header.motto,
    },
    {
      kind: 'photoBox',
      beside: [{ kind: 'title', title: version.title.text, subtitle: version.subtitle.text }, ...beside],
      widthMm: version.photoBox.widthMm,
      heightMm: version.photoBox.heightMm,
      label: version.photoBox.label,
      footnote: String(version.photoBox.footnote),
      ...(options.photo ? { image: options.photo } : {}),
    },
    ...fields,
    { kind: 'paragraph', text: version.commitment.text, indentMm: 10 },
    {
      kind: 'placeDate',
      place,
      day: date.day,
      month: date.month,
      year: date.year,
      labels: { day: docgenText('day'), month: docgenText('month'), year: docgenText('year') },
    },
    { kind: 'signature', title: version.signature.title, note: version.signature.note, name },
    {
      kind: 'footnotes',
      heading: docgenText('footnotesHeading'),
      notes: version.footnotes.map((n) => ({ marker: String(n.n), text: n.text })),
    },
  ];

  return {
    page: { size: 'A4', marginsMm: { ...ADMINISTRATIVE_MARGINS_MM } },
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
