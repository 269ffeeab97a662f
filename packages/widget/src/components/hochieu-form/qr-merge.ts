/**
 * What the chip ID card's QR code (core's `parseCccdQr`, domain-facts §12.1)
 * fills in the declaration: the applicant's personal ID number, family name,
 * middle and given names, date of birth, sex and permanent address; on TK01a
 * the same facts of part A's representative (the parent has the card). A value
 * goes into an empty answer at once; an answer the citizen already typed is
 * never replaced silently: when it differs from the card it becomes a
 * conflict that the form asks about, and when it says the same (ignoring
 * case, spacing, Unicode form and the spaces inside the ID number) nothing
 * happens. Pure: no DOM, no storage.
 */
import { isFilled, normalizeText, readPath, writePath, type CccdQrData, type DeclarationDraft } from '@hochieu/core';

/** Whose card it is: the applicant's (TK01), or part A's representative's (TK01a: the parent has a card, the child does not). */
export type QrTarget = 'applicant' | 'representative';

/** Declaration paths the card fills, in the order of the form, with the value the card gives. */
const QR_PATHS: Readonly<Record<QrTarget, readonly { readonly path: string; readonly value: (data: CccdQrData) => string; readonly id?: true }[]>> = {
  applicant: [
    { path: 'applicant.familyName', value: (d) => d.familyName },
    { path: 'applicant.givenNames', value: (d) => d.givenNames },
    { path: 'applicant.sex', value: (d) => d.sex },
    { path: 'applicant.dateOfBirth', value: (d) => d.dateOfBirth },
    { path: 'applicant.personalId', value: (d) => d.personalId, id: true },
    { path: 'applicant.permanentAddress', value: (d) => d.permanentAddress },
  ],
  representative: [
    { path: 'representative.fullName', value: (d) => [d.familyName, d.givenNames].filter((p) => p !== '').join(' ') },
    { path: 'representative.dateOfBirth', value: (d) => d.dateOfBirth },
    { path: 'representative.sex', value: (d) => d.sex },
    { path: 'representative.idNumber', value: (d) => d.personalId, id: true },
    { path: 'representative.permanentAddress', value: (d) => d.permanentAddress },
  ],
};

/** The paths the card fills for this target. */
export function qrFilledPaths(target: QrTarget): readonly string[] {
  return QR_PATHS[target].map((p) => p.path);
}

export interface QrValue {
  readonly path: string;
  readonly value: string;
}

export interface QrConflict extends QrValue {
  /** What the citizen typed. */
  readonly typed: string;
}

export interface QrMerge {
  /** Empty answers the card fills. */
  readonly fills: readonly QrValue[];
  /** Typed answers that differ from the card: only replaced if the citizen says so. */
  readonly conflicts: readonly QrConflict[];
}

function comparable(isId: boolean, value: string): string {
  const text = normalizeText(value).toLocaleLowerCase('vi');
  return isId ? text.replace(/\s/gu, '') : text;
}

/** Splits the card's values into fills of empty answers and conflicts with typed ones. */
export function planQrMerge(draft: DeclarationDraft, data: CccdQrData, target: QrTarget = 'applicant'): QrMerge {
  const fills: QrValue[] = [];
  const conflicts: QrConflict[] = [];
  for (const entry of QR_PATHS[target]) {
    const { path } = entry;
    const value = entry.value(data);
    if (value === '') continue;
    const current = readPath(draft, path);
    if (!isFilled(current)) {
      fills.push({ path, value });
      continue;
    }
    const typed = typeof current === 'string' ? current : String(current);
    if (comparable(entry.id === true, typed) !== comparable(entry.id === true, value)) conflicts.push({ path, value, typed });
  }
  return { fills, conflicts };
}

/** Writes values into the draft (a new object; the draft given is not changed). */
export function applyQrValues(draft: DeclarationDraft, values: readonly QrValue[]): DeclarationDraft {
  let out = draft;
  for (const { path, value } of values) out = writePath(out, path, value);
  return out;
}
