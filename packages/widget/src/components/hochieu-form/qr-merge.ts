/**
 * What the chip ID card's QR code (core's `parseCccdQr`, domain-facts §12.1)
 * fills in the declaration: the applicant's personal ID number, family name,
 * middle and given names, date of birth, sex and permanent address. A value
 * goes into an empty answer at once; an answer the citizen already typed is
 * never replaced silently: when it differs from the card it becomes a
 * conflict that the form asks about, and when it says the same (ignoring
 * case, spacing, Unicode form and the spaces inside the ID number) nothing
 * happens. Pure: no DOM, no storage.
 */
import { isFilled, normalizeText, readPath, writePath, type CccdQrData, type DeclarationDraft } from '@hochieu/core';

/** Declaration paths the card fills, in the order of TK01, with the value the card gives. */
export const QR_FILLED_PATHS = [
  'applicant.familyName',
  'applicant.givenNames',
  'applicant.sex',
  'applicant.dateOfBirth',
  'applicant.personalId',
  'applicant.permanentAddress',
] as const;

export type QrFilledPath = (typeof QR_FILLED_PATHS)[number];

export interface QrValue {
  readonly path: QrFilledPath;
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

function cardValue(data: CccdQrData, path: QrFilledPath): string {
  switch (path) {
    case 'applicant.familyName':
      return data.familyName;
    case 'applicant.givenNames':
      return data.givenNames;
    case 'applicant.sex':
      return data.sex;
    case 'applicant.dateOfBirth':
      return data.dateOfBirth;
    case 'applicant.personalId':
      return data.personalId;
    case 'applicant.permanentAddress':
      return data.permanentAddress;
  }
}

function comparable(path: QrFilledPath, value: string): string {
  const text = normalizeText(value).toLocaleLowerCase('vi');
  return path === 'applicant.personalId' ? text.replace(/\s/gu, '') : text;
}

/** Splits the card's values into fills of empty answers and conflicts with typed ones. */
export function planQrMerge(draft: DeclarationDraft, data: CccdQrData): QrMerge {
  const fills: QrValue[] = [];
  const conflicts: QrConflict[] = [];
  for (const path of QR_FILLED_PATHS) {
    const value = cardValue(data, path);
    if (value === '') continue;
    const current = readPath(draft, path);
    if (!isFilled(current)) {
      fills.push({ path, value });
      continue;
    }
    const typed = typeof current === 'string' ? current : String(current);
    if (comparable(path, typed) !== comparable(path, value)) conflicts.push({ path, value, typed });
  }
  return { fills, conflicts };
}

/** Writes values into the draft (a new object; the draft given is not changed). */
export function applyQrValues(draft: DeclarationDraft, values: readonly QrValue[]): DeclarationDraft {
  let out = draft;
  for (const { path, value } of values) out = writePath(out, path, value);
  return out;
}
