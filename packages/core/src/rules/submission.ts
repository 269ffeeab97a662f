/**
 * How and when the dossier is submitted (seed pages: the Lạng Sơn procedure
 * page and the national portal guide). The submission date must be a real
 * date; a date already past is a warning. Filing online requires, per the
 * portal guide, an account on the Cổng dịch vụ công quốc gia, a chip citizen
 * ID card (CCCD gắn chip) and online payment: the declarant (the applicant on
 * TK01, the representative on TK01a) must therefore have a 12-digit personal
 * ID number. Postal delivery needs a postal address: that is the schema's
 * `showIf` with `required` on `submission.postalAddress`.
 */
import { parseIsoDate } from '../dates/iso.js';
import type { MessageId } from '../messages/index.js';
import { type RuleContext, textAt } from './context.js';
import { error, warning, type ValidationIssue } from './issue.js';
import { compactId } from './personal-id.js';

export function checkSubmissionDate(value: string, path: string, field: MessageId): ValidationIssue[] {
  return parseIsoDate(value) ? [] : [error(path, 'error.date.invalid', { field })];
}

export function checkSubmissionNotPast(declaration: unknown, context: RuleContext): ValidationIssue[] {
  const date = textAt(declaration, 'submission.date');
  if (!date || !parseIsoDate(date) || !context.today || date >= context.today) return [];
  return [warning('submission.date', 'warning.submission.dateInPast')];
}

export function checkOnlineChannel(declaration: unknown, context: RuleContext): ValidationIssue[] {
  if (textAt(declaration, 'submission.channel') !== 'online') return [];
  const [path, field]: [string, MessageId] =
    context.form === 'TK01a'
      ? ['representative.idNumber', 'label.representative.idNumber']
      : ['applicant.personalId', 'label.applicant.personalId'];
  const id = textAt(declaration, path);
  // An empty number is already reported as a required field.
  if (!id || /^\d{12}$/u.test(compactId(id))) return [];
  return [error('submission.channel', 'error.submission.onlineNeedsChipId', { field })];
}
