/**
 * Dates typed on the form. A date must be real (`YYYY-MM-DD`, see
 * dates/iso.ts), and a date of birth or of issue cannot be after the
 * reference date (the submission date). A date of birth must give a plausible
 * age: not more than 120 years for the applicant and the representative (the
 * oldest people alive are about 116), 150 for parents and spouse, who may have
 * died.
 *
 * Year-only dates (`YYYY`). Many parents' papers show only a year, so family
 * rows accept a year alone. For the applicant a year alone is accepted with a
 * warning (`warning.dateOfBirth.yearOnly`) when it still decides the form, and
 * refused with `error.dateOfBirth.yearOnlyAmbiguous` when the person may turn
 * 14 within the uncertainty of the year (`chooseForm` reason
 * 'yearOnlyAmbiguous'), since TK01 and TK01a are different forms. The
 * representative's date is printed as "Sinh ngày … tháng … năm …" from an ID
 * card, so it must be a full date.
 */
import { ageOn, parseIsoDate, parsePartialDate, type PartialDate } from '../dates/iso.js';
import type { MessageId } from '../messages/index.js';
import { chooseForm } from './form-choice.js';
import { error, warning, type ValidationIssue } from './issue.js';

export const MAX_AGE_YEARS = 120;
export const MAX_FAMILY_AGE_YEARS = 150;

interface DateCheck {
  path: string;
  field: MessageId;
  /** The submission date (ISO), or null when unknown: then only the format is checked. */
  referenceDate: string | null;
}

/** Age in completed years on `reference` of a person born on `birth` (a year alone counts from 1 January). */
function ageBound(birth: PartialDate, reference: string): number | null {
  const on = parseIsoDate(reference);
  if (!on) return null;
  if (birth.precision === 'year') return ageOn({ year: birth.year, month: 1, day: 1 }, on);
  return ageOn(birth, on);
}

function isAfterReference(birth: PartialDate, reference: string): boolean {
  const on = parseIsoDate(reference);
  if (!on) return false;
  if (birth.precision === 'year') return birth.year > on.year;
  const iso = `${String(birth.year).padStart(4, '0')}-${String(birth.month).padStart(2, '0')}-${String(birth.day).padStart(2, '0')}`;
  return iso > reference;
}

function checkBirth(birth: PartialDate, check: DateCheck, maxAge: number): ValidationIssue[] {
  if (!check.referenceDate) return [];
  if (isAfterReference(birth, check.referenceDate)) return [error(check.path, 'error.date.future', { field: check.field })];
  const age = ageBound(birth, check.referenceDate);
  if (age !== null && age > maxAge) {
    return [error(check.path, 'error.dateOfBirth.tooOld', { field: check.field, years: maxAge })];
  }
  // Within the bound but unlikely (a parent born before 1900, often a slip for 19xx): ask to check, never block.
  if (birth.year < 1900) return [warning(check.path, 'warning.dateOfBirth.before1900', { field: check.field, year: birth.year })];
  return [];
}

/** The applicant's date of birth: full date, or a year alone with a warning when it decides the form. */
export function checkApplicantDateOfBirth(value: string, check: DateCheck): ValidationIssue[] {
  const birth = parsePartialDate(value);
  if (!birth) return [error(check.path, 'error.date.invalid', { field: check.field })];
  const issues = checkBirth(birth, check, MAX_AGE_YEARS);
  if (issues.length > 0 || birth.precision === 'day') return issues;
  if (check.referenceDate) {
    const choice = chooseForm(value, check.referenceDate);
    if (choice.form === null && choice.reason === 'yearOnlyAmbiguous') {
      return [error(check.path, 'error.dateOfBirth.yearOnlyAmbiguous')];
    }
  }
  return [warning(check.path, 'warning.dateOfBirth.yearOnly')];
}

/** The representative's date of birth: a full date. */
export function checkRepresentativeDateOfBirth(value: string, check: DateCheck): ValidationIssue[] {
  const birth = parsePartialDate(value);
  if (!birth) return [error(check.path, 'error.date.invalid', { field: check.field })];
  if (birth.precision === 'year') return [error(check.path, 'error.date.fullDateRequired', { field: check.field })];
  return checkBirth(birth, check, MAX_AGE_YEARS);
}

/** A parent's or spouse's date of birth: a full date or a year alone. */
export function checkFamilyDateOfBirth(value: string, check: DateCheck): ValidationIssue[] {
  const birth = parsePartialDate(value);
  if (!birth) return [error(check.path, 'error.date.invalid', { field: check.field })];
  return checkBirth(birth, check, MAX_FAMILY_AGE_YEARS);
}

/** A date that has already happened (an issue date): a full, real date, not after the reference date. */
export function checkPastDate(value: string, check: DateCheck): ValidationIssue[] {
  const birth = parsePartialDate(value);
  if (!birth) return [error(check.path, 'error.date.invalid', { field: check.field })];
  if (birth.precision === 'year') return [error(check.path, 'error.date.fullDateRequired', { field: check.field })];
  if (check.referenceDate && value > check.referenceDate) return [error(check.path, 'error.date.future', { field: check.field })];
  return [];
}

/** Whether the full or year-only date `a` is certainly before the full or year-only date `b`; null when unknown. */
export function isBefore(a: string, b: string): boolean | null {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return null;
  if (pa.precision === 'day' && pb.precision === 'day') return a < b;
  if (pa.year !== pb.year) return pa.year < pb.year;
  return null;
}
