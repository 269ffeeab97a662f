/**
 * Lists every printed text of a document model with its path, so a renderer
 * can check them all at once (e.g. that its font can print each character)
 * and report the exact place of a problem. Metadata is not printed and is not
 * listed.
 */
import type { Block, DocumentModel, RowPart } from './types.js';

export interface PrintedText {
  path: string;
  text: string;
}

function partTexts(part: RowPart | (Omit<RowPart, 'kind'> & { kind: string }), p: string, out: PrintedText[]): void {
  const rec = part as unknown as Record<string, unknown>;
  for (const key of ['number', 'label', 'footnote', 'value']) {
    const v = rec[key];
    if (typeof v === 'string') out.push({ path: `${p}/${key}`, text: v });
  }
  const options = rec['options'];
  if (Array.isArray(options)) options.forEach((o: { label: string }, i) => out.push({ path: `${p}/options/${i}/label`, text: o.label }));
}

function blockTexts(block: Block, p: string, out: PrintedText[]): void {
  const add = (key: string, v: string | null | undefined): void => {
    if (typeof v === 'string') out.push({ path: `${p}/${key}`, text: v });
  };
  switch (block.kind) {
    case 'header':
      block.formCode.forEach((l, i) => add(`formCode/${i}/text`, l.text));
      add('nationalTitle', block.nationalTitle);
      add('motto', block.motto);
      break;
    case 'title':
      add('title', block.title);
      add('subtitle', block.subtitle);
      break;
    case 'photoBox':
      add('label', block.label);
      add('footnote', block.footnote);
      block.beside.forEach((b, i) => blockTexts(b, `${p}/beside/${i}`, out));
      break;
    case 'item':
    case 'checkboxGroup':
    case 'digitBoxes':
      partTexts(block, p, out);
      break;
    case 'row':
      block.parts.forEach((part, i) => partTexts(part, `${p}/parts/${i}`, out));
      break;
    case 'table':
      block.columns.forEach((c, i) => add(`columns/${i}/header`, c.header));
      block.rows.forEach((r, i) => r.forEach((cell, j) => add(`rows/${i}/${j}`, cell)));
      break;
    case 'sectionHeading':
    case 'paragraph':
      add('text', block.text);
      break;
    case 'placeDate':
      for (const key of ['place', 'day', 'month', 'year'] as const) add(key, block[key]);
      add('labels/day', block.labels.day);
      add('labels/month', block.labels.month);
      add('labels/year', block.labels.year);
      break;
    case 'signature':
      add('title', block.title);
      add('note', block.note);
      add('name', block.name);
      break;
    case 'footnotes':
      add('heading', block.heading);
      block.notes.forEach((n, i) => {
        add(`notes/${i}/marker`, n.marker);
        add(`notes/${i}/text`, n.text);
      });
      break;
    case 'qrCode':
      add('caption', block.caption);
      block.beside.forEach((b, i) => blockTexts(b, `${p}/beside/${i}`, out));
      break;
    case 'pageBreak':
      break;
  }
}

export function printedTexts(model: DocumentModel): PrintedText[] {
  const out: PrintedText[] = [];
  model.blocks.forEach((b, i) => blockTexts(b, `blocks/${i}`, out));
  return out;
}
