/**
 * Cross-field rules of the family rows (item 12 of TK01: father, mother,
 * spouse, each a full name and a date of birth). A row is all or nothing: a
 * name without a date of birth, or the reverse, is an error asking to complete
 * or clear the row. A parent should be born before the applicant, and at
 * least 12 years earlier (`MIN_PARENT_AGE_GAP`); both are warnings, since
 * papers can be wrong. A spouse is declared only by someone of marriageable
 * age: men from 20, women from 18 (Luật Hôn nhân và gia đình 2014, Điều 8
 * k1 a); a younger applicant gets a warning.
 */
import { ageOn, parseIsoDate, parsePartialDate } from '../dates/iso.js';
import type { MessageId } from '../messages/index.js';
import { hasField, type RuleContext, sexAt, textAt } from './context.js';
import { error, warning, type ValidationIssue } from './issue.js';

export const MIN_PARENT_AGE_GAP = 12;
export const MARRIAGEABLE_AGE = { male: 20, female: 18 } as const;

type Member = 'father' | 'mother' | 'spouse';
const MEMBERS: readonly Member[] = ['father', 'mother', 'spouse'];

const LABELS: Record<Member, { name: MessageId; birth: MessageId }> = {
  father: { name: 'label.family.father.fullName', birth: 'label.family.father.dateOfBirth' },
  mother: { name: 'label.family.mother.fullName', birth: 'label.family.mother.dateOfBirth' },
  spouse: { name: 'label.family.spouse.fullName', birth: 'label.family.spouse.dateOfBirth' },
};

/** A row with a name but no date of birth, or the reverse. */
export function checkFamilyRows(declaration: unknown, context: RuleContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const member of MEMBERS) {
    const namePath = `family.${member}.fullName`;
    const birthPath = `family.${member}.dateOfBirth`;
    if (!hasField(context, namePath)) continue;
    const name = textAt(declaration, namePath);
    const birth = textAt(declaration, birthPath);
    if (name && !birth) issues.push(error(birthPath, 'error.family.incompleteRow', { field: LABELS[member].birth }));
    if (birth && !name) issues.push(error(namePath, 'error.family.incompleteRow', { field: LABELS[member].name }));
  }
  return issues;
}

/** Years from the parent's birth to the applicant's birth (negative when the parent is younger); null when unknown. */
export function parentAgeGap(parentBirth: string, applicantBirth: string): number | null {
  const parent = parsePartialDate(parentBirth);
  const child = parsePartialDate(applicantBirth);
  if (!parent || !child) return null;
  if (parent.precision === 'day' && child.precision === 'day') {
    if (parentBirth >= applicantBirth) return -1;
    return ageOn(parent, child);
  }
  return child.year - parent.year;
}

/** Parents born after the applicant, or fewer than 12 years before. */
export function checkParentAges(declaration: unknown, context: RuleContext): ValidationIssue[] {
  const applicantBirth = textAt(declaration, 'applicant.dateOfBirth');
  if (!applicantBirth) return [];
  const issues: ValidationIssue[] = [];
  for (const member of ['father', 'mother'] as const) {
    const path = `family.${member}.dateOfBirth`;
    if (!hasField(context, path)) continue;
    const birth = textAt(declaration, path);
    if (!birth) continue;
    const gap = parentAgeGap(birth, applicantBirth);
    if (gap === null) continue;
    if (gap < 0) issues.push(warning(path, 'warning.family.parentNotOlder', { field: LABELS[member].birth }));
    else if (gap < MIN_PARENT_AGE_GAP) {
      issues.push(
        warning(path, 'warning.family.parentTooYoung', { field: LABELS[member].birth, years: gap, min: MIN_PARENT_AGE_GAP }),
      );
    }
  }
  return issues;
}

/** A spouse declared by an applicant under the marriageable age on the reference date. */
export function checkSpouseAge(declaration: unknown, context: RuleContext): ValidationIssue[] {
  const path = 'family.spouse.fullName';
  if (!hasField(context, path) || !context.referenceDate) return [];
  if (!textAt(declaration, path) && !textAt(declaration, 'family.spouse.dateOfBirth')) return [];
  const birth = parsePartialDate(textAt(declaration, 'applicant.dateOfBirth') ?? '');
  const on = parseIsoDate(context.referenceDate);
  if (!birth || !on) return [];
  // With a year alone, take the oldest possible age, so that the warning is never wrong.
  const age = ageOn(birth.precision === 'day' ? birth : { year: birth.year, month: 1, day: 1 }, on);
  const sex = sexAt(declaration, 'applicant.sex');
  const min = sex === 'male' ? MARRIAGEABLE_AGE.male : MARRIAGEABLE_AGE.female;
  return age < min ? [warning(path, 'warning.family.spouseUnderMarriageableAge', { age })] : [];
}
