/**
 * TK01a asks for the legal representative (part A) and, in part B, for the
 * child's father and mother. When the representative is the father or the
 * mother, their name and birth date are the same person's: the form offers
 * them for the matching parent row instead of making the parent type them
 * twice. Which row follows from the relationship written in item A.7 ("Cha",
 * "Bố", "Mẹ", "Má"…; English "father"/"mother" as well); a guardian matches
 * no row. Pure: the caller decides what to write (never over a typed answer
 * without the citizen's choice).
 */
import { normalizeText } from '../text/normalize.js';
import { readPath } from '../schema/path.js';
import type { DeclarationDraft } from './types.js';

export type ParentRow = 'father' | 'mother';

const FATHER = new Set(['cha', 'bố', 'ba', 'tía', 'father', 'dad']);
const MOTHER = new Set(['mẹ', 'má', 'mạ', 'u', 'mother', 'mum', 'mom']);

/** The parent row the relationship names ("Cha đẻ" → father, "Mẹ nuôi" → mother), else null. */
export function parentRowOf(relationship: unknown): ParentRow | null {
  if (typeof relationship !== 'string') return null;
  const first = normalizeText(relationship).toLocaleLowerCase('vi').split(/[\s,.;:/()-]+/u).find((w) => w !== '');
  if (!first) return null;
  if (FATHER.has(first)) return 'father';
  if (MOTHER.has(first)) return 'mother';
  return null;
}

export interface RepresentativeParentValue {
  /** `family.father.fullName`, `family.mother.dateOfBirth`… */
  readonly path: string;
  readonly value: string;
}

/** The representative's name and birth date for the parent row their relationship names (empty values left out). */
export function representativeParentValues(draft: DeclarationDraft): { row: ParentRow | null; values: RepresentativeParentValue[] } {
  const row = parentRowOf(readPath(draft, 'representative.relationship'));
  if (!row) return { row, values: [] };
  const values: RepresentativeParentValue[] = [];
  for (const key of ['fullName', 'dateOfBirth'] as const) {
    const value = readPath(draft, `representative.${key}`);
    if (typeof value === 'string' && value.trim() !== '') values.push({ path: `family.${row}.${key}`, value: normalizeText(value) });
  }
  return { row, values };
}
