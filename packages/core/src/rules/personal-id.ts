/**
 * The personal identification number (số định danh cá nhân, also the number
 * of the chip ID card): 12 digits (Luật Căn cước 2023, Điều 12 k1) with the
 * structure of Nghị định 137/2015/NĐ-CP, Điều 13, which numbers already issued
 * keep (domain-facts.md §3): digits 1-3 the province (or country) where the
 * birth was registered, digit 4 the century of birth and the sex (0/1 for
 * 1900-1999 male/female, 2/3 for 2000-2099, 4/5 for 2100-2199, 6/7, 8/9),
 * digits 5-6 the last two digits of the birth year, digits 7-12 random. There
 * is no check digit. An unknown birth-registration code is only a warning:
 * codes for births registered abroad are not published. Spaces are ignored.
 * The representative on TK01a may instead give a former 9-digit CMND, which
 * could be used only until 31/12/2024 (Luật Căn cước 2023, Điều 46 k2).
 */
import { parsePartialDate } from '../dates/iso.js';
import type { Sex } from '../declaration/types.js';
import type { MessageId } from '../messages/index.js';
import { birthRegistrationProvince } from '../places/registration-codes.js';
import { error, warning, type ValidationIssue } from './issue.js';

/** What the number itself says about its holder. */
export interface DecodedPersonalId {
  /** Digits 1-3. */
  provinceCode: string;
  /** The former province of that code, when the code is a known one. */
  province?: string;
  /** First year of the century of birth: 1900, 2000, 2100, 2200 or 2300. */
  century: number;
  sex: Sex;
  /** Digits 5-6. */
  yearTwoDigits: number;
  /** Century plus digits 5-6. */
  birthYear: number;
}

/** The number without white space. */
export function compactId(value: string): string {
  return value.replace(/\s+/gu, '');
}

/** The century-and-sex digit (digit 4) for a birth year and sex, or null outside 1900-2399. */
export function centurySexDigit(birthYear: number, sex: Sex): number | null {
  const index = Math.floor((birthYear - 1900) / 100);
  if (index < 0 || index > 4) return null;
  return index * 2 + (sex === 'female' ? 1 : 0);
}

/** Decodes a 12-digit number (spaces ignored); null when it is not 12 digits. */
export function decodePersonalId(id: string): DecodedPersonalId | null {
  const digits = compactId(id);
  if (!/^\d{12}$/u.test(digits)) return null;
  const provinceCode = digits.slice(0, 3);
  const fourth = Number(digits[3]);
  const century = 1900 + Math.floor(fourth / 2) * 100;
  const yearTwoDigits = Number(digits.slice(4, 6));
  const province = birthRegistrationProvince(provinceCode);
  const decoded: DecodedPersonalId = {
    provinceCode,
    century,
    sex: fourth % 2 === 0 ? 'male' : 'female',
    yearTwoDigits,
    birthYear: century + yearTwoDigits,
  };
  if (province !== undefined) decoded.province = province;
  return decoded;
}

export interface PersonalIdCheck {
  path: string;
  /** Label id used in messages. */
  field: MessageId;
  sex?: Sex | undefined;
  /** Full or year-only date of birth; only the year is compared. */
  dateOfBirth?: string | undefined;
}

/** Structure checks of a 12-digit number against the holder's sex and year of birth. */
export function checkPersonalId(value: string, check: PersonalIdCheck): ValidationIssue[] {
  const decoded = decodePersonalId(value);
  if (!decoded) return [error(check.path, 'error.personalId.format', { field: check.field })];
  const issues: ValidationIssue[] = [];
  if (decoded.province === undefined) {
    issues.push(warning(check.path, 'warning.personalId.unknownProvinceCode', { code: decoded.provinceCode }));
  }
  if (check.sex && decoded.sex !== check.sex) {
    issues.push(error(check.path, 'error.personalId.sexMismatch', { field: check.field }));
  }
  const birth = check.dateOfBirth ? parsePartialDate(check.dateOfBirth) : null;
  if (birth) {
    const century = Math.floor(birth.year / 100) * 100;
    if (century !== decoded.century) {
      issues.push(error(check.path, 'error.personalId.centuryMismatch', { field: check.field, year: birth.year }));
    }
    const expected = birth.year % 100;
    if (expected !== decoded.yearTwoDigits) {
      issues.push(
        error(check.path, 'error.personalId.yearMismatch', { field: check.field, expected: String(expected).padStart(2, '0') }),
      );
    }
  }
  return issues;
}

/** Last day a CMND could be used (Luật Căn cước 2023, Điều 46 k2). */
export const CMND_LAST_VALID_DAY = '2024-12-31';

export interface RepresentativeIdCheck extends PersonalIdCheck {
  /** Submission date (ISO) or null. */
  submissionDate: string | null;
}

/** The representative's number: a 12-digit personal ID (same checks) or a former 9-digit CMND. */
export function checkRepresentativeId(value: string, check: RepresentativeIdCheck): ValidationIssue[] {
  const digits = compactId(value);
  if (/^\d{9}$/u.test(digits)) {
    return check.submissionDate && check.submissionDate > CMND_LAST_VALID_DAY
      ? [warning(check.path, 'warning.representativeId.cmndExpired')]
      : [];
  }
  if (!/^\d{12}$/u.test(digits)) return [error(check.path, 'error.representativeId.format')];
  return checkPersonalId(digits, check);
}
