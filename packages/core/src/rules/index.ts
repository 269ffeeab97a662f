/** Validation rules: pure functions returning message ids, and validateDeclaration. */
export * from './issue.js';
export * from './form-choice.js';
export type { RuleContext } from './context.js';
export { characterCount, charactersOutsideRepertoire, checkText, isInPrintableRepertoire, PRINTABLE_RANGES, printableRepertoire, UNPRINTABLE } from './text.js';
export { checkPersonName, isNameLetter, MINORITY_LETTERS, VIETNAMESE_LETTERS } from './names.js';
export { checkDeclarationStructure, MAX_DECLARATION_DEPTH, nestsDeeperThan } from './structure.js';
export {
  checkApplicantDateOfBirth,
  checkFamilyDateOfBirth,
  checkPastDate,
  checkRepresentativeDateOfBirth,
  isBefore,
  MAX_AGE_YEARS,
  MAX_FAMILY_AGE_YEARS,
} from './dates.js';
export {
  centurySexDigit,
  checkPersonalId,
  checkRepresentativeId,
  CMND_LAST_VALID_DAY,
  compactId,
  decodePersonalId,
} from './personal-id.js';
export type { DecodedPersonalId, PersonalIdCheck, RepresentativeIdCheck } from './personal-id.js';
export { checkPhone, FIXED_LINE_SOURCES, KNOWN_MOBILE_PREFIXES, normalizePhone, phoneKind, type PhoneKind } from './phone.js';
export { checkEmail, isEmail } from './email.js';
export {
  checkFamilyRows,
  checkParentAges,
  checkSpouseAge,
  MARRIAGEABLE_AGE,
  MIN_PARENT_AGE_GAP,
  parentAgeGap,
} from './family.js';
export {
  checkPassportNumber,
  checkPreviousPassportRow,
  checkReasonAgainstPreviousPassport,
  compactPassportNumber,
  PASSPORT_NUMBER_PATTERNS,
} from './passport.js';
export { checkChildChip, checkRequestDetails } from './request.js';
export { ADULT_AGE, checkChildWithoutId, checkRepresentativeAdult, checkRepresentativePresent } from './representative.js';
export { checkFormChoice } from './form-rule.js';
export { checkOnlineChannel, checkSubmissionDate, checkSubmissionNotPast } from './submission.js';
export { checkBankAccount, checkFeeRefundRow } from './bank.js';
export { fieldValidators } from './validators.js';
export type { FieldValidator } from './validators.js';
export { crossFieldRules, formVersionFor, sortIssues, validateDeclaration, validateField } from './validate.js';
export type { CrossFieldRule, ValidateOptions } from './validate.js';
export { rulesMessages } from './messages.js';
