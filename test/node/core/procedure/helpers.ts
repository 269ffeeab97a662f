/** Test helpers for the procedure area: the seed pages, text comparison, and a walk over the data. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextProvenance } from '@hochieu/core';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

export const SEED_PORTAL_GUIDE_TEXT = fixture('seed-000-portal-guide.txt');
export const SEED_PROCEDURE_PAGE_TEXT = fixture('seed-004-procedure-page.txt');

/** Folds what `verbatim` allows to differ: case, quote marks, white space, final punctuation. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi-VN')
    .replace(/[“”„"]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.;:,\s]+$/u, '');
}

/** Undoes the corrections a provenance lists, so the text can be found in its source. */
export function undoCorrections(text: string, provenance: TextProvenance): string {
  let out = text;
  for (const c of provenance.corrections ?? []) out = out.split(c.ours).join(c.source);
  return out;
}

/** Every string value reachable from a value (object keys not included). */
export function allStrings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  for (const inner of Object.values(value)) out.push(...allStrings(inner, seen));
  return out;
}

export interface SourcedText {
  id: string;
  params: Record<string, string | number>;
  provenance: TextProvenance;
}

const PAIRS: readonly (readonly [string, readonly string[]])[] = [
  ['provenance', ['text', 'name', 'title']],
  ['sourceProvenance', ['source']],
  ['validityProvenance', ['validityText']],
  ['countingProvenance', ['countingText']],
];

/** Every (message id, provenance) pair in the data: `text`/`name`/`title` with `provenance`, and the other named pairs. */
export function sourcedTexts(value: unknown, seen = new Set<unknown>()): SourcedText[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const out: SourcedText[] = [];
  const record = value as Record<string, unknown>;
  for (const [provKey, textKeys] of PAIRS) {
    const prov = record[provKey] as TextProvenance | undefined;
    if (!prov || typeof prov !== 'object' || typeof prov.wording !== 'string') continue;
    const key = textKeys.find((k) => typeof record[k] === 'string' && (record[k] as string).startsWith('procedure.'));
    if (key === undefined) continue;
    const params = (record['params'] ?? {}) as Record<string, string | number>;
    out.push({ id: record[key] as string, params, provenance: prov });
  }
  for (const inner of Object.values(record)) out.push(...sourcedTexts(inner, seen));
  return out;
}
