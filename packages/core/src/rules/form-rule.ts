/**
 * The form given in the declaration must be the one the applicant's age on
 * the submission date requires (Thông tư 31/2023/TT-BCA, Điều 4: TK01 from
 * 14, TK01a under 14), switching exactly on the 14th birthday (`chooseForm`).
 * The issue says which form and why, with the date of the 14th birthday.
 */
import { formatVietnameseDate } from '../dates/iso.js';
import { readPath } from '../schema/path.js';
import { type RuleContext, textAt } from './context.js';
import { chooseForm } from './form-choice.js';
import { error, type ValidationIssue } from './issue.js';

export function checkFormChoice(declaration: unknown, context: RuleContext): ValidationIssue[] {
  const given = readPath(declaration, 'form');
  if (given === undefined || given === null || given === '') return [];
  if (given !== 'TK01' && given !== 'TK01a') return [error('form', 'error.form.unknown')];
  const birth = textAt(declaration, 'applicant.dateOfBirth');
  if (!birth || !context.referenceDate) return [];
  const choice = chooseForm(birth, context.referenceDate);
  if (choice.form === null || choice.form === given) return [];
  const birthday = formatVietnameseDate(choice.fourteenthBirthday);
  return [error('form', choice.form === 'TK01' ? 'error.form.mustBeTK01' : 'error.form.mustBeTK01a', { birthday })];
}
