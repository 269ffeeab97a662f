/**
 * Rules of TK01a, where the legal representative declares and signs for a
 * child under 14 (Phú Thọ procedure page: "người đại diện hợp pháp khai và ký
 * thay", domain-facts.md §2.2): the representative is required, and must be
 * an adult, 18 or over on the submission date (Bộ luật Dân sự 2015, Điều 20;
 * the representatives of a child are its parents or guardian, Điều 136). A child without a
 * personal ID number files a copy of the birth certificate instead (warning).
 */
import { ageOn, parseIsoDate } from '../dates/iso.js';
import { isFilled, readPath } from '../schema/path.js';
import { type RuleContext, textAt } from './context.js';
import { error, warning, type ValidationIssue } from './issue.js';

export const ADULT_AGE = 18;

export function checkRepresentativePresent(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (context.form !== 'TK01a' || isFilled(readPath(declaration, 'representative'))) return [];
  return [error('representative', 'error.representative.missing')];
}

export function checkRepresentativeAdult(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (context.form !== 'TK01a' || !context.referenceDate) return [];
  const value = textAt(declaration, 'representative.dateOfBirth') ?? '';
  const birth = parseIsoDate(value);
  const on = parseIsoDate(context.referenceDate);
  // A birth after the reference date is reported by the date rule itself.
  if (!birth || !on || value > context.referenceDate) return [];
  const age = ageOn(birth, on);
  return age < ADULT_AGE ? [error('representative.dateOfBirth', 'error.representative.notAdult', { age })] : [];
}

export function checkChildWithoutId(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (context.form !== 'TK01a' || textAt(declaration, 'applicant.personalId')) return [];
  return [warning('applicant.personalId', 'warning.personalId.childWithoutId')];
}
