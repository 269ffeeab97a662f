/**
 * Turns a checked document model into the exact text both renderers draw:
 * every string in Unicode NFC (UAX #15; pdf-lib places glyphs by advance width
 * only, so combining marks must already be composed), and values marked
 * `case: 'upper'` in capitals (the form asks for names in upper case). Both
 * renderers call this, so the PDF and the DOCX always show the same text, and
 * an NFD input gives the same output as its NFC form.
 */
import { DEFAULT_TYPOGRAPHY } from './defaults.js';
import type { Block, DocumentModel, RowPart, Typography } from './types.js';

/** A model after preparation: same shape, typography filled in. */
export interface PreparedModel extends DocumentModel {
  typography: Typography;
}

function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => deepNfc(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = deepNfc(v);
    return out as T;
  }
  return value;
}

export function printedCapitals(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi-VN').normalize('NFC');
}

function applyCase<T extends { value: string | null; case?: 'upper' }>(part: T): T {
  if (part.case === 'upper' && part.value !== null) return { ...part, value: printedCapitals(part.value) };
  return part;
}

function preparePart(part: RowPart): RowPart {
  return part.kind === 'field' ? applyCase(part) : part;
}

function prepareBlock(block: Block): Block {
  switch (block.kind) {
    case 'item':
      return applyCase(block);
    case 'row':
      return { ...block, parts: block.parts.map(preparePart) };
    case 'photoBox':
    case 'qrCode':
      return { ...block, beside: block.beside.map(prepareBlock) };
    default:
      return block;
  }
}

/** NFC everywhere, capitals where asked, default typography filled in. */
export function prepareModel(model: DocumentModel): PreparedModel {
  const nfc = deepNfc(model);
  return {
    ...nfc,
    typography: { ...DEFAULT_TYPOGRAPHY, ...(nfc.typography ?? {}) },
    blocks: nfc.blocks.map(prepareBlock),
  };
}
