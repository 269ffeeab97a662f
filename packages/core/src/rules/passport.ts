/**
 * The previous passport (item 13 of TK01: "Hộ chiếu phổ thông cấp lần gần
 * nhất (nếu có): Số … cấp ngày …"). Number formats are not published in the
 * sources (domain-facts.md has none): booklets seen carry one letter and 7
 * digits (e.g. B1234567, C1234567), newer ones one letter and 8 digits
 * (e.g. P01234567), and some two letters and 7 digits [INF]. Anything else
 * made of letters and digits is a warning, never an error; other characters
 * are an error. The number and the issue date go together; the issue date is
 * a real past date after the applicant's birth. Declaring "first issue" while
 * giving a previous passport is an error: a false declaration to obtain a
 * passport is an administrative violation (Nghị định 144/2021/NĐ-CP, Điều 18
 * k2 b, domain-facts.md §12.2). A renewal or replacement without the previous
 * passport is only a warning, since people may not remember it.
 */
import { hasField, type RuleContext, textAt } from './context.js';
import { isBefore } from './dates.js';
import { error, warning, type ValidationIssue } from './issue.js';

/** Known booklet number shapes [INF]. */
export const PASSPORT_NUMBER_PATTERNS: readonly RegExp[] = [/^[A-Z]\d{7}$/u, /^[A-Z]\d{8}$/u, /^[A-Z]{2}\d{7}$/u];

/** The number in capitals without spaces, as compared and printed. */
export function compactPassportNumber(value: string): string {
  return value.replace(/\s+/gu, '').toUpperCase();
}

export function checkPassportNumber(value: string, path: string): ValidationIssue[] {
  const number = compactPassportNumber(value);
  if (/[^A-Z0-9]/u.test(number)) return [error(path, 'error.previousPassport.numberCharacters')];
  if (PASSPORT_NUMBER_PATTERNS.some((p) => p.test(number))) return [];
  return [warning(path, 'warning.previousPassport.unusualNumber')];
}

const NUMBER = 'previousPassport.number';
const ISSUE_DATE = 'previousPassport.issueDate';

/** Number and issue date given together; the issue date after the applicant's birth. */
export function checkPreviousPassportRow(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (!hasField(context, NUMBER)) return [];
  const number = textAt(declaration, NUMBER);
  const issued = textAt(declaration, ISSUE_DATE);
  const issues: ValidationIssue[] = [];
  if (number && !issued) {
    issues.push(error(ISSUE_DATE, 'error.previousPassport.incomplete', { field: 'label.previousPassport.issueDate' }));
  }
  if (issued && !number) {
    issues.push(error(NUMBER, 'error.previousPassport.incomplete', { field: 'label.previousPassport.number' }));
  }
  const birth = textAt(declaration, 'applicant.dateOfBirth');
  if (issued && birth && isBefore(birth, issued) === false) {
    issues.push(error(ISSUE_DATE, 'error.date.beforeBirth', { field: 'label.previousPassport.issueDate' }));
  }
  return issues;
}

/** The request reason against the previous passport. */
export function checkReasonAgainstPreviousPassport(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (!hasField(context, NUMBER)) return [];
  const reason = textAt(declaration, 'request.reason');
  const hasPrevious = Boolean(textAt(declaration, NUMBER) || textAt(declaration, ISSUE_DATE));
  if (reason === 'first' && hasPrevious) return [error('request.reason', 'error.request.firstIssueWithPreviousPassport')];
  if ((reason === 'renewal' || reason === 'lost' || reason === 'damaged') && !hasPrevious) {
    return [warning(NUMBER, 'warning.request.previousPassportMissing')];
  }
  return [];
}
