/**
 * The field validators named in the form schema (`ValidatorName`), each
 * mapped to its rule. The map is typed on the union, so a name used by a
 * field cannot lack code. A validator receives a value already known to be a
 * filled string (or a boolean for `request.chip`), the field, the whole
 * normalized draft for the values it is checked against, and the rule context.
 */
import type { Field, ValidatorName } from '../schema/types.js';
import { type RuleContext, sexAt, textAt } from './context.js';
import { checkApplicantDateOfBirth, checkFamilyDateOfBirth, checkPastDate, checkRepresentativeDateOfBirth } from './dates.js';
import { checkEmail } from './email.js';
import { checkBankAccount, checkBankName } from './bank.js';
import { error, type ValidationIssue } from './issue.js';
import { checkPersonName } from './names.js';
import { checkPassportNumber } from './passport.js';
import { checkPersonalId, checkRepresentativeId } from './personal-id.js';
import { checkPhone } from './phone.js';
import { checkSubmissionDate } from './submission.js';
import { checkText } from './text.js';

export type FieldValidator = (
  value: string | boolean,
  field: Field,
  declaration: unknown,
  context: RuleContext,
) => ValidationIssue[];

/** Adapts a rule on strings; a boolean reaching it (never in the bundled schema) is a wrong type. */
function onText(rule: (value: string, field: Field, declaration: unknown, context: RuleContext) => ValidationIssue[]): FieldValidator {
  return (value, field, declaration, context) =>
    typeof value === 'string' ? rule(value, field, declaration, context) : [error(field.id, 'error.value.wrongType', { field: field.labelId })];
}

/** The generic text checks first; the specific rule only on printable text of the right length. */
function textThen(rule: (value: string, path: string) => ValidationIssue[]): FieldValidator {
  return onText((value, field) => {
    const general = checkText(value, field.id, field.labelId, field.maxLength);
    return general.length > 0 ? general : rule(value, field.id);
  });
}

const dateCheck = (field: Field, context: RuleContext) => ({
  path: field.id,
  field: field.labelId,
  referenceDate: context.referenceDate,
});

export const fieldValidators: Readonly<Record<ValidatorName, FieldValidator>> = {
  text: onText((value, field) => checkText(value, field.id, field.labelId, field.maxLength)),
  personName: onText((value, field) => checkPersonName(value, field.id, field.labelId, field.maxLength)),
  oneOf: (value, field) =>
    field.options && !field.options.some((o) => o.value === value)
      ? [error(field.id, 'error.value.notAnOption', { field: field.labelId })]
      : [],
  dateOfBirth: onText((value, field, _d, context) => checkApplicantDateOfBirth(value, dateCheck(field, context))),
  representativeDateOfBirth: onText((value, field, _d, context) =>
    checkRepresentativeDateOfBirth(value, dateCheck(field, context)),
  ),
  familyDateOfBirth: onText((value, field, _d, context) => checkFamilyDateOfBirth(value, dateCheck(field, context))),
  pastDate: onText((value, field, _d, context) => checkPastDate(value, dateCheck(field, context))),
  personalId: onText((value, field, declaration) =>
    checkPersonalId(value, {
      path: field.id,
      field: field.labelId,
      sex: sexAt(declaration, 'applicant.sex'),
      dateOfBirth: textAt(declaration, 'applicant.dateOfBirth'),
    }),
  ),
  representativeId: onText((value, field, declaration, context) =>
    checkRepresentativeId(value, {
      path: field.id,
      field: field.labelId,
      sex: sexAt(declaration, 'representative.sex'),
      dateOfBirth: textAt(declaration, 'representative.dateOfBirth'),
      submissionDate: context.referenceDate,
    }),
  ),
  phone: onText((value, field) => checkPhone(value, field.id)),
  email: textThen(checkEmail),
  passportNumber: textThen(checkPassportNumber),
  bankAccount: textThen(checkBankAccount),
  bankName: textThen(checkBankName),
  office: onText((value, field, _d, context) => {
    const general = checkText(value, field.id, field.labelId, field.maxLength);
    const offices = context.config?.province?.offices;
    if (general.length > 0 || !offices || offices.some((o) => o.id === value)) return general;
    return [error(field.id, 'error.value.notAnOption', { field: field.labelId })];
  }),
  submissionDate: onText((value, field) => checkSubmissionDate(value, field.id, field.labelId)),
};
