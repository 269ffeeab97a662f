/**
 * Structural sanity check of a document model before any renderer touches it:
 * the right kinds and types, sizes that fit an A4 sheet, texts without control
 * characters or broken surrogates, table rows as wide as the header, digit
 * values no longer than their boxes, images that really are JPEG or PNG.
 * It reports every problem as `{ path, id, params? }` (see errors.ts); it does
 * not judge content, which is the layout's business.
 */
import { checkFileBytes, DEFAULT_FILE_LIMITS, sniffFileKind, SNIFF_BYTES, type FileLimits } from '@hochieu/core';
import { DocgenError, type DocgenIssue } from '../errors.js';
import { A4_MM } from './defaults.js';
import type { DocumentModel } from './types.js';

type Issues = DocgenIssue[];
type Obj = Record<string, unknown>;

const BLOCK_KINDS = new Set([
  'header',
  'title',
  'photoBox',
  'item',
  'row',
  'checkboxGroup',
  'digitBoxes',
  'table',
  'sectionHeading',
  'paragraph',
  'placeDate',
  'signature',
  'footnotes',
  'qrCode',
  'pageBreak',
]);

/** C0/C1 controls (a line feed only where allowed) and lone surrogates. */
const FORBIDDEN_INLINE = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;
const FORBIDDEN_MULTILINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|\p{Cs}/u;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(issues: Issues, v: unknown, path: string, opts: { optional?: boolean; multiline?: boolean; nonEmpty?: boolean } = {}): void {
  if (v === undefined && opts.optional) return;
  if (typeof v !== 'string') {
    issues.push({ path, id: 'docgen.model.notText' });
    return;
  }
  if ((opts.multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_INLINE).test(v)) issues.push({ path, id: 'docgen.model.controlCharacter' });
  if (opts.nonEmpty && v.trim() === '') issues.push({ path, id: 'docgen.model.emptyText' });
}

function nullableText(issues: Issues, v: unknown, path: string): void {
  if (v === null) return;
  text(issues, v, path);
}

function num(issues: Issues, v: unknown, path: string, min: number, max: number, opts: { optional?: boolean; integer?: boolean } = {}): void {
  if (v === undefined && opts.optional) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v))) {
    issues.push({ path, id: 'docgen.model.notNumber' });
    return;
  }
  if (v < min || v > max) issues.push({ path, id: 'docgen.model.outOfRange', params: { min, max } });
}

function bool(issues: Issues, v: unknown, path: string, optional = true): void {
  if (v === undefined && optional) return;
  if (typeof v !== 'boolean') issues.push({ path, id: 'docgen.model.notBoolean' });
}

function oneOf(issues: Issues, v: unknown, path: string, allowed: readonly string[], optional = true): void {
  if (v === undefined && optional) return;
  if (typeof v !== 'string' || !allowed.includes(v)) issues.push({ path, id: 'docgen.model.notAllowed', params: { allowed: allowed.join('|') } });
}

function array(issues: Issues, v: unknown, path: string, minLength = 0): v is unknown[] {
  if (!Array.isArray(v)) {
    issues.push({ path, id: 'docgen.model.notArray' });
    return false;
  }
  if (v.length < minLength) issues.push({ path, id: 'docgen.model.tooFew', params: { min: minLength } });
  return true;
}

function object(issues: Issues, v: unknown, path: string): v is Obj {
  if (!isObj(v)) {
    issues.push({ path, id: 'docgen.model.notObject' });
    return false;
  }
  return true;
}

function codePointLength(s: string): number {
  return Array.from(s).length;
}

/** JPEG or PNG by magic bytes (core's one file inspection), else null. */
export function sniffImage(bytes: Uint8Array): 'image/jpeg' | 'image/png' | null {
  const kind = sniffFileKind(bytes.subarray(0, SNIFF_BYTES));
  return kind === 'jpeg' ? 'image/jpeg' : kind === 'png' ? 'image/png' : null;
}

/**
 * Limits on the declaration's photo, checked in its header before any
 * renderer decodes it (pdf-lib inflates a PNG whole: a 69-byte PNG declaring
 * 16000 × 16000 pixels cost 19 s and 2.2 GB). A 4 × 6 cm print needs far less
 * than the largest phone photo these allow.
 */
export const PHOTO_LIMITS: Readonly<FileLimits> = { ...DEFAULT_FILE_LIMITS };

/** Problems of an image's bytes: its kind, declared size and completeness, as model issues at `path`. */
export function checkImageBytes(issues: Issues, bytes: Uint8Array, expected: unknown, path: string): void {
  const checked = checkFileBytes(bytes, ['jpeg', 'png'], PHOTO_LIMITS);
  const kind = checked.ok ? checked.inspection.kind : checked.inspection?.kind;
  const mediaType = kind === 'jpeg' ? 'image/jpeg' : kind === 'png' ? 'image/png' : null;
  if (checked.ok || checked.refusal !== 'tooLarge') {
    if (mediaType !== expected) {
      issues.push({ path, id: 'docgen.model.imageType', params: { expected: String(expected) } });
      return;
    }
  }
  if (checked.ok) return;
  const seen = checked.inspection;
  if (checked.refusal === 'dimensionsTooLarge' && seen?.width !== undefined && seen.height !== undefined) {
    issues.push({ path, id: 'docgen.model.imageDimensions', params: { width: seen.width, height: seen.height, max: PHOTO_LIMITS.maxSide, maxPixels: PHOTO_LIMITS.maxPixels } });
  } else if (checked.refusal === 'tooLarge') {
    issues.push({ path, id: 'docgen.model.imageTooLarge', params: { max: `${Math.round(PHOTO_LIMITS.maxBytes / (1024 * 1024))} MB` } });
  } else {
    issues.push({ path, id: 'docgen.model.imageUnreadable' });
  }
}

function fieldLike(issues: Issues, b: Obj, p: string): void {
  text(issues, b['number'], `${p}/number`, { optional: true });
  text(issues, b['label'], `${p}/label`);
  text(issues, b['footnote'], `${p}/footnote`, { optional: true });
  nullableText(issues, b['value'], `${p}/value`);
  oneOf(issues, b['case'], `${p}/case`, ['upper']);
  num(issues, b['blankMm'], `${p}/blankMm`, 1, A4_MM.width, { optional: true });
}

function checkboxesLike(issues: Issues, b: Obj, p: string): void {
  text(issues, b['number'], `${p}/number`, { optional: true });
  text(issues, b['label'], `${p}/label`, { optional: true });
  text(issues, b['footnote'], `${p}/footnote`, { optional: true });
  if (array(issues, b['options'], `${p}/options`, 1)) {
    b['options'].forEach((o, i) => {
      const op = `${p}/options/${i}`;
      if (!object(issues, o, op)) return;
      text(issues, o['label'], `${op}/label`);
      bool(issues, o['checked'], `${op}/checked`, false);
    });
  }
}

function digitsLike(issues: Issues, b: Obj, p: string): void {
  text(issues, b['number'], `${p}/number`, { optional: true });
  text(issues, b['label'], `${p}/label`, { optional: true });
  text(issues, b['footnote'], `${p}/footnote`, { optional: true });
  num(issues, b['count'], `${p}/count`, 1, 24, { integer: true });
  nullableText(issues, b['value'], `${p}/value`);
  const value = b['value'];
  const count = b['count'];
  if (typeof value === 'string' && typeof count === 'number' && codePointLength(value) > count) {
    issues.push({ path: `${p}/value`, id: 'docgen.model.tooManyCharacters', params: { max: count } });
  }
  if (typeof value === 'string' && /\s/u.test(value)) issues.push({ path: `${p}/value`, id: 'docgen.model.spaceInBoxes' });
}

function checkBlock(issues: Issues, b: unknown, p: string, nested = false): void {
  if (!object(issues, b, p)) return;
  const kind = b['kind'];
  if (typeof kind !== 'string' || !BLOCK_KINDS.has(kind)) {
    issues.push({ path: `${p}/kind`, id: 'docgen.model.unknownBlock' });
    return;
  }
  if (nested && (kind === 'photoBox' || kind === 'pageBreak' || kind === 'qrCode')) {
    issues.push({ path: `${p}/kind`, id: 'docgen.model.notAllowedBeside' });
    return;
  }
  switch (kind) {
    case 'header':
      if (array(issues, b['formCode'], `${p}/formCode`)) {
        b['formCode'].forEach((l, i) => {
          if (!object(issues, l, `${p}/formCode/${i}`)) return;
          text(issues, l['text'], `${p}/formCode/${i}/text`);
          bool(issues, l['bold'], `${p}/formCode/${i}/bold`);
          bool(issues, l['italic'], `${p}/formCode/${i}/italic`);
        });
      }
      text(issues, b['nationalTitle'], `${p}/nationalTitle`, { nonEmpty: true });
      text(issues, b['motto'], `${p}/motto`, { nonEmpty: true });
      break;
    case 'title':
      text(issues, b['title'], `${p}/title`, { nonEmpty: true });
      text(issues, b['subtitle'], `${p}/subtitle`, { optional: true });
      break;
    case 'photoBox': {
      num(issues, b['widthMm'], `${p}/widthMm`, 10, 80);
      num(issues, b['heightMm'], `${p}/heightMm`, 10, 120);
      text(issues, b['label'], `${p}/label`);
      text(issues, b['footnote'], `${p}/footnote`, { optional: true });
      if (array(issues, b['beside'], `${p}/beside`)) {
        b['beside'].forEach((inner, i) => checkBlock(issues, inner, `${p}/beside/${i}`, true));
      }
      const image = b['image'];
      if (image !== undefined && object(issues, image, `${p}/image`)) {
        oneOf(issues, image['mediaType'], `${p}/image/mediaType`, ['image/jpeg', 'image/png'], false);
        const bytes = image['bytes'];
        if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
          issues.push({ path: `${p}/image/bytes`, id: 'docgen.model.imageBytes' });
        } else {
          checkImageBytes(issues, bytes, image['mediaType'], `${p}/image/bytes`);
        }
      }
      break;
    }
    case 'qrCode': {
      num(issues, b['sizeMm'], `${p}/sizeMm`, 15, 80);
      text(issues, b['caption'], `${p}/caption`, { optional: true });
      const modules = b['modules'];
      if (array(issues, modules, `${p}/modules`, 21)) {
        // ISO/IEC 18004: versions 1-40 are 21-177 modules square.
        const n = modules.length;
        const square = n <= 177 && modules.every((row) => Array.isArray(row) && row.length === n && row.every((m) => typeof m === 'boolean'));
        if (!square) issues.push({ path: `${p}/modules`, id: 'docgen.model.qrNotSquare' });
      }
      if (array(issues, b['beside'], `${p}/beside`)) {
        b['beside'].forEach((inner, i) => {
          if (object(issues, inner, `${p}/beside/${i}`) && inner['kind'] !== 'placeDate' && inner['kind'] !== 'signature') {
            issues.push({ path: `${p}/beside/${i}/kind`, id: 'docgen.model.notAllowedBeside' });
          } else checkBlock(issues, inner, `${p}/beside/${i}`, true);
        });
      }
      break;
    }
    case 'item':
      fieldLike(issues, b, p);
      break;
    case 'row':
      if (array(issues, b['parts'], `${p}/parts`, 1)) {
        b['parts'].forEach((part, i) => {
          const pp = `${p}/parts/${i}`;
          if (!object(issues, part, pp)) return;
          if (part['kind'] === 'field') fieldLike(issues, part, pp);
          else if (part['kind'] === 'checkboxes') checkboxesLike(issues, part, pp);
          else if (part['kind'] === 'digits') digitsLike(issues, part, pp);
          else issues.push({ path: `${pp}/kind`, id: 'docgen.model.unknownPart' });
        });
      }
      break;
    case 'checkboxGroup':
      checkboxesLike(issues, b, p);
      oneOf(issues, b['layout'], `${p}/layout`, ['inline', 'stacked']);
      break;
    case 'digitBoxes':
      digitsLike(issues, b, p);
      break;
    case 'table': {
      let width = 0;
      if (array(issues, b['columns'], `${p}/columns`, 1)) {
        width = b['columns'].length;
        b['columns'].forEach((c, i) => {
          if (!object(issues, c, `${p}/columns/${i}`)) return;
          text(issues, c['header'], `${p}/columns/${i}/header`);
          num(issues, c['width'], `${p}/columns/${i}/width`, 0.01, 1000);
        });
      }
      if (array(issues, b['rows'], `${p}/rows`)) {
        b['rows'].forEach((r, i) => {
          if (!array(issues, r, `${p}/rows/${i}`)) return;
          if (r.length !== width) issues.push({ path: `${p}/rows/${i}`, id: 'docgen.model.rowWidth', params: { expected: width } });
          r.forEach((cell, j) => nullableText(issues, cell, `${p}/rows/${i}/${j}`));
        });
      }
      if (b['shaded'] !== undefined && array(issues, b['shaded'], `${p}/shaded`)) {
        b['shaded'].forEach((r, i) => {
          if (!array(issues, r, `${p}/shaded/${i}`)) return;
          if (r.length > width) issues.push({ path: `${p}/shaded/${i}`, id: 'docgen.model.rowWidth', params: { expected: width } });
          r.forEach((cell, j) => bool(issues, cell, `${p}/shaded/${i}/${j}`));
        });
      }
      oneOf(issues, b['cellAlign'], `${p}/cellAlign`, ['left', 'center']);
      break;
    }
    case 'sectionHeading':
      text(issues, b['text'], `${p}/text`, { nonEmpty: true });
      break;
    case 'paragraph':
      text(issues, b['text'], `${p}/text`, { multiline: true });
      oneOf(issues, b['align'], `${p}/align`, ['left', 'center', 'justify']);
      bool(issues, b['bold'], `${p}/bold`);
      bool(issues, b['italic'], `${p}/italic`);
      num(issues, b['indentMm'], `${p}/indentMm`, 0, 50, { optional: true });
      break;
    case 'placeDate': {
      for (const key of ['place', 'day', 'month', 'year']) nullableText(issues, b[key], `${p}/${key}`);
      const labels = b['labels'];
      if (object(issues, labels, `${p}/labels`)) {
        for (const key of ['day', 'month', 'year']) text(issues, labels[key], `${p}/labels/${key}`, { nonEmpty: true });
      }
      break;
    }
    case 'signature':
      text(issues, b['title'], `${p}/title`, { nonEmpty: true });
      text(issues, b['note'], `${p}/note`, { optional: true });
      nullableText(issues, b['name'], `${p}/name`);
      num(issues, b['spaceMm'], `${p}/spaceMm`, 0, 80, { optional: true });
      break;
    case 'footnotes':
      text(issues, b['heading'], `${p}/heading`, { optional: true });
      if (array(issues, b['notes'], `${p}/notes`)) {
        b['notes'].forEach((n, i) => {
          if (!object(issues, n, `${p}/notes/${i}`)) return;
          text(issues, n['marker'], `${p}/notes/${i}/marker`, { nonEmpty: true });
          text(issues, n['text'], `${p}/notes/${i}/text`, { multiline: true });
        });
      }
      break;
    case 'pageBreak':
      break;
  }
}

/** Every structural problem of `model`; an empty list means it can be rendered. */
export function checkModel(model: unknown): DocgenIssue[] {
  const issues: Issues = [];
  if (!object(issues, model, '')) return issues;
  const page = model['page'];
  if (object(issues, page, 'page')) {
    oneOf(issues, page['size'], 'page/size', ['A4'], false);
    const m = page['marginsMm'];
    if (object(issues, m, 'page/marginsMm')) {
      for (const side of ['top', 'right', 'bottom', 'left']) num(issues, m[side], `page/marginsMm/${side}`, 0, 60);
      const { top, right, bottom, left } = m;
      if (typeof left === 'number' && typeof right === 'number' && A4_MM.width - left - right < 100) {
        issues.push({ path: 'page/marginsMm', id: 'docgen.model.tooNarrow' });
      }
      if (typeof top === 'number' && typeof bottom === 'number' && A4_MM.height - top - bottom < 150) {
        issues.push({ path: 'page/marginsMm', id: 'docgen.model.tooShort' });
      }
    }
  }
  const meta = model['metadata'];
  if (object(issues, meta, 'metadata')) {
    text(issues, meta['title'], 'metadata/title', { nonEmpty: true });
    text(issues, meta['subject'], 'metadata/subject');
    oneOf(issues, meta['language'], 'metadata/language', ['vi-VN'], false);
    text(issues, meta['author'], 'metadata/author', { optional: true });
    if (meta['keywords'] !== undefined && array(issues, meta['keywords'], 'metadata/keywords')) {
      meta['keywords'].forEach((k, i) => text(issues, k, `metadata/keywords/${i}`));
    }
  }
  const typo = model['typography'];
  if (typo !== undefined && object(issues, typo, 'typography')) {
    num(issues, typo['bodyPt'], 'typography/bodyPt', 6, 24);
    num(issues, typo['smallPt'], 'typography/smallPt', 5, 24);
    num(issues, typo['titlePt'], 'typography/titlePt', 6, 36);
    num(issues, typo['lineHeight'], 'typography/lineHeight', 1, 3);
    oneOf(issues, typo['valueStyle'], 'typography/valueStyle', ['regular', 'bold', 'italic']);
  }
  if (array(issues, model['blocks'], 'blocks', 1)) {
    model['blocks'].forEach((b, i) => checkBlock(issues, b, `blocks/${i}`));
  }
  return issues;
}

/** Throws a DocgenError listing every issue unless `model` is structurally sound. */
export function assertModel(model: unknown): asserts model is DocumentModel {
  const issues = checkModel(model);
  if (issues.length > 0) throw new DocgenError(issues);
}
