/**
 * Named invalid declarations: one per kind of issue the validation rules can
 * report, each made from a valid declaration with one change, and the issue
 * it must produce (`expect`). They feed the rule tests, the widget's error
 * states and the accessibility checks of error presentation. The bases are
 * the valid examples of valid.ts (deep-copied before each change). Names and
 * numbers are invented; personal ID numbers follow the structure of
 * Nghị định 137/2015.
 */
import type { HostConfig } from '../config/types.js';
import type { Declaration, DeclarationDraft } from '../declaration/types.js';
import type { MessageId } from '../messages/index.js';
import type { Severity } from '../rules/issue.js';
import { validExamples } from './valid.js';

export interface InvalidExample {
  declaration: DeclarationDraft;
  /** Options for `validateDeclaration` (today's date, host configuration), when the issue depends on them. */
  options?: { date?: string; config?: HostConfig };
  expect: { path: string; id: MessageId; severity: Severity };
}

/** TK01, first issue, in person (`minimalAdult`). */
const adult: Declaration = validExamples.minimalAdult;

/** The same adult asking for a second passport, with the previous one declared. */
const renewal: Declaration = {
  ...adult,
  previousPassport: { number: 'C1234567', issueDate: '2016-08-15' },
  request: { reason: 'renewal', chip: true },
};

/** TK01a, a ten-year-old declared by her mother (`child`). */
const child: Declaration = validExamples.child;

/** Plain JSON, freely writable: invalid examples may hold values the Declaration type forbids. */
type Json = Record<string, any>;

/** A deep copy of `base` changed by `change` (which works on plain JSON, so it may write any value). */
function variant(base: Declaration, change: (d: Json) => void): DeclarationDraft {
  const copy = JSON.parse(JSON.stringify(base)) as Json;
  change(copy);
  return copy as DeclarationDraft;
}

function example(
  base: Declaration,
  change: (d: Json) => void,
  path: string,
  id: MessageId,
  severity: Severity = 'error',
  options?: InvalidExample['options'],
): InvalidExample {
  const result: InvalidExample = { declaration: variant(base, change), expect: { path, id, severity } };
  if (options) result.options = options;
  return result;
}

/** Objects nested `levels` deep (`{ a: { a: … } }`). */
function nested(levels: number): Json {
  const root: Json = {};
  let at = root;
  for (let i = 1; i < levels; i += 1) at = at['a'] = {};
  return root;
}

const TT69: InvalidExample['options'] = { config: { pinnedFormVersion: 'TT69_2026' } };

/** A host with one receiving office (invented data, for the office check only). */
const ONE_OFFICE: InvalidExample['options'] = {
  config: {
    province: {
      province: 'lang-son',
      defaultOffice: 'lang-son',
      offices: [
        {
          id: 'lang-son',
          province: 'lang-son',
          name: 'Phòng Quản lý xuất nhập cảnh Công an tỉnh Lạng Sơn',
          address: 'Lạng Sơn',
          hours: { weekdays: true, saturdayMorning: false },
          verified: false,
          provenance: { confidence: 'host', source: 'example' },
        },
      ],
    },
  },
};

export const invalidExamples = {
  // Required values and JSON types
  missingFamilyName: example(adult, (d) => (d.applicant.familyName = ''), 'applicant.familyName', 'error.required'),
  missingSex: example(adult, (d) => delete d.applicant.sex, 'applicant.sex', 'error.choiceRequired'),
  phoneAsNumber: example(adult, (d) => (d.applicant.phone = 912345678), 'applicant.phone', 'error.value.wrongType'),
  // Shape (rules/structure.ts): nesting, keys the JSON Schema does not name, a value where a group is expected
  nestedTooDeep: example(adult, (d) => (d.applicant.permanentAddress = nested(12)), '', 'error.value.tooDeep'),
  unknownKey: example(adult, (d) => (d.applicant.nickname = 'Bống'), 'applicant.nickname', 'error.value.unknownKey'),
  manyUnknownKeys: example(adult, (d) => { for (let i = 0; i < 25; i += 1) d[`extra${i}`] = i; }, '', 'error.value.unknownKeys'),
  previousPassportAsText: example(adult, (d) => (d.previousPassport = 'C7654321'), 'previousPassport', 'error.value.notAGroup'),
  unsupportedSchemaVersion: example(adult, (d) => (d.schemaVersion = 2), 'schemaVersion', 'error.schemaVersion.unsupported'),

  // Names and free text
  nameWithDigits: example(adult, (d) => (d.applicant.givenNames = 'Văn An 2'), 'applicant.givenNames', 'error.name.digits'),
  nameWithSymbols: example(adult, (d) => (d.applicant.givenNames = 'Văn An!'), 'applicant.givenNames', 'error.name.characters'),
  nameWithStrayHyphen: example(adult, (d) => (d.applicant.givenNames = 'Văn -An'), 'applicant.givenNames', 'error.name.punctuation'),
  nameTooLong: example(adult, (d) => (d.applicant.familyName = 'Nguyễn'.repeat(7)), 'applicant.familyName', 'error.text.tooLong'),
  textWithControlCharacter: example(adult, (d) => (d.applicant.ethnicity = 'Kinh\u0007'), 'applicant.ethnicity', 'error.text.controlCharacters'),
  textOutsidePrintableRepertoire: example(adult, (d) => (d.applicant.occupation = 'Kỹ sư 工程师'), 'applicant.occupation', 'error.text.unsupportedCharacters'),

  // Dates of birth
  impossibleBirthDate: example(adult, (d) => (d.applicant.dateOfBirth = '1990-02-30'), 'applicant.dateOfBirth', 'error.date.invalid'),
  futureBirthDate: example(adult, (d) => (d.applicant.dateOfBirth = '2026-11-24'), 'applicant.dateOfBirth', 'error.date.future'),
  implausiblyOldBirthDate: example(adult, (d) => (d.applicant.dateOfBirth = '1900-05-12'), 'applicant.dateOfBirth', 'error.dateOfBirth.tooOld'),
  yearOnlyBirthDate: example(adult, (d) => (d.applicant.dateOfBirth = '1990'), 'applicant.dateOfBirth', 'warning.dateOfBirth.yearOnly', 'warning'),
  yearOnlyAmbiguousBirthDate: example(adult, (d) => (d.applicant.dateOfBirth = '2012'), 'applicant.dateOfBirth', 'error.dateOfBirth.yearOnlyAmbiguous'),

  // Personal identification number
  personalIdTooShort: example(adult, (d) => (d.applicant.personalId = '02009012345'), 'applicant.personalId', 'error.personalId.format'),
  personalIdUnknownProvinceCode: example(adult, (d) => (d.applicant.personalId = '003090123456'), 'applicant.personalId', 'warning.personalId.unknownProvinceCode', 'warning'),
  personalIdSexMismatch: example(adult, (d) => (d.applicant.personalId = '020190123456'), 'applicant.personalId', 'error.personalId.sexMismatch'),
  personalIdCenturyMismatch: example(adult, (d) => (d.applicant.personalId = '020290123456'), 'applicant.personalId', 'error.personalId.centuryMismatch'),
  personalIdYearMismatch: example(adult, (d) => (d.applicant.personalId = '020091123456'), 'applicant.personalId', 'error.personalId.yearMismatch'),
  childWithoutPersonalId: example(child, (d) => (d.applicant.personalId = ''), 'applicant.personalId', 'warning.personalId.childWithoutId', 'warning'),

  // Phone and email
  badPhone: example(adult, (d) => (d.applicant.phone = '012345678'), 'applicant.phone', 'error.phone.format'),
  unknownPhonePrefix: example(adult, (d) => (d.applicant.phone = '0312345678'), 'applicant.phone', 'warning.phone.unknownPrefix', 'warning'),
  badEmail: example(adult, (d) => (d.applicant.email = 'an.nguyen@'), 'applicant.email', 'error.email.format'),

  // Family rows
  familyRowWithoutBirthDate: example(adult, (d) => (d.family.father = { fullName: 'Nguyễn Văn Bình', dateOfBirth: '' }), 'family.father.dateOfBirth', 'error.family.incompleteRow'),
  familyRowWithoutName: example(adult, (d) => (d.family.mother = { fullName: '', dateOfBirth: '1965' }), 'family.mother.fullName', 'error.family.incompleteRow'),
  parentBornInTheFuture: example(adult, (d) => (d.family.mother = { fullName: 'Trần Thị Cúc', dateOfBirth: '2030' }), 'family.mother.dateOfBirth', 'error.date.future'),
  parentNotOlder: example(adult, (d) => (d.family.father = { fullName: 'Nguyễn Văn Bình', dateOfBirth: '1995-01-01' }), 'family.father.dateOfBirth', 'warning.family.parentNotOlder', 'warning'),
  parentTooYoung: example(adult, (d) => (d.family.father = { fullName: 'Nguyễn Văn Bình', dateOfBirth: '1982' }), 'family.father.dateOfBirth', 'warning.family.parentTooYoung', 'warning'),
  spouseUnderMarriageableAge: example(
    adult,
    (d) => {
      d.applicant.dateOfBirth = '2007-01-10';
      d.applicant.personalId = '020207123456';
      d.family.spouse = { fullName: 'Hoàng Thị Mai', dateOfBirth: '2007-03-01' };
    },
    'family.spouse.fullName',
    'warning.family.spouseUnderMarriageableAge',
    'warning',
  ),

  // Previous passport
  passportNumberWithSymbols: example(renewal, (d) => (d.previousPassport.number = 'C123-4567'), 'previousPassport.number', 'error.previousPassport.numberCharacters'),
  unusualPassportNumber: example(renewal, (d) => (d.previousPassport.number = '12345678'), 'previousPassport.number', 'warning.previousPassport.unusualNumber', 'warning'),
  passportWithoutIssueDate: example(renewal, (d) => (d.previousPassport.issueDate = ''), 'previousPassport.issueDate', 'error.previousPassport.incomplete'),
  passportIssuedBeforeBirth: example(renewal, (d) => (d.previousPassport.issueDate = '1989-06-01'), 'previousPassport.issueDate', 'error.date.beforeBirth'),
  passportIssuedInTheFuture: example(renewal, (d) => (d.previousPassport.issueDate = '2026-12-01'), 'previousPassport.issueDate', 'error.date.future'),
  firstIssueWithPreviousPassport: example(renewal, (d) => (d.request.reason = 'first'), 'request.reason', 'error.request.firstIssueWithPreviousPassport'),
  renewalWithoutPreviousPassport: example(adult, (d) => (d.request.reason = 'renewal'), 'previousPassport.number', 'warning.request.previousPassportMissing', 'warning'),

  // Request
  lostWithoutDetails: example(renewal, (d) => (d.request.reason = 'lost'), 'request.details', 'warning.request.describeLoss', 'warning'),
  damagedWithoutDetails: example(renewal, (d) => (d.request.reason = 'damaged'), 'request.details', 'warning.request.describeDamage', 'warning'),
  otherWithoutDetails: example(renewal, (d) => (d.request.reason = 'other'), 'request.details', 'error.request.detailsRequired'),
  unknownReason: example(adult, (d) => (d.request.reason = 'stolen'), 'request.reason', 'error.value.notAnOption'),
  childWithChip: example(child, (d) => (d.request.chip = true), 'request.chip', 'error.request.chipUnder14'),

  // Legal representative (TK01a)
  missingRepresentative: example(child, (d) => (d.representative = null), 'representative', 'error.representative.missing'),
  representativeUnder18: example(
    child,
    (d) => (d.representative.dateOfBirth = '2010-01-01'),
    'representative.dateOfBirth',
    'error.representative.notAdult',
  ),
  representativeWithoutRelationship: example(child, (d) => (d.representative.relationship = ''), 'representative.relationship', 'error.required'),
  representativeBirthYearOnly: example(child, (d) => (d.representative.dateOfBirth = '1987'), 'representative.dateOfBirth', 'error.date.fullDateRequired'),
  representativeIdMalformed: example(child, (d) => (d.representative.idNumber = '02018700987'), 'representative.idNumber', 'error.representativeId.format'),
  representativeIdSexMismatch: example(child, (d) => (d.representative.idNumber = '020087009876'), 'representative.idNumber', 'error.personalId.sexMismatch'),
  representativeWithExpiredCmnd: example(child, (d) => (d.representative.idNumber = '082123456'), 'representative.idNumber', 'warning.representativeId.cmndExpired', 'warning'),
  representativeIdIssuedInTheFuture: example(child, (d) => (d.representative.idIssueDate = '2027-01-01'), 'representative.idIssueDate', 'error.date.future'),

  // Form choice
  wrongForm: example(adult, (d) => (d.form = 'TK01a'), 'form', 'error.form.mustBeTK01'),
  childOnAdultForm: example(child, (d) => (d.form = 'TK01'), 'form', 'error.form.mustBeTK01a'),
  unknownForm: example(adult, (d) => (d.form = 'TK02'), 'form', 'error.form.unknown'),

  // Submission
  missingSubmissionDate: example(adult, (d) => delete d.submission.date, 'submission.date', 'error.required'),
  impossibleSubmissionDate: example(adult, (d) => (d.submission.date = '2026-02-30'), 'submission.date', 'error.date.invalid'),
  submissionDateInThePast: example(adult, () => undefined, 'submission.date', 'warning.submission.dateInPast', 'warning', { date: '2026-11-24' }),
  unknownDelivery: example(adult, (d) => (d.submission.delivery = 'drone'), 'submission.delivery', 'error.value.notAnOption'),
  unknownOffice: example(adult, (d) => (d.submission.office = 'ha-noi'), 'submission.office', 'error.value.notAnOption', 'error', ONE_OFFICE),
  postalWithoutAddress: example(adult, (d) => (d.submission.delivery = 'post'), 'submission.postalAddress', 'error.required'),
  onlineWithCmndRepresentative: example(
    child,
    (d) => {
      d.submission.channel = 'online';
      d.representative.idNumber = '082123456';
    },
    'submission.channel',
    'error.submission.onlineNeedsChipId',
  ),

  // Fee-refund account (TK01 of Thông tư 69/2026, in force on the examples' submission date)
  feeRefundIncomplete: example(
    adult,
    (d) => (d.feeRefund = { accountNumber: '0123456789', accountHolder: '', bankName: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam' }),
    'feeRefund.accountHolder',
    'error.feeRefund.incomplete',
    'error',
    TT69,
  ),
  bankAccountWithSymbols: example(
    adult,
    (d) => (d.feeRefund = { accountNumber: '0123#456789', accountHolder: 'NGUYỄN VĂN AN', bankName: 'Ngân hàng Công thương Việt Nam' }),
    'feeRefund.accountNumber',
    'error.bankAccount.format',
    'error',
    TT69,
  ),
  shortBankAccount: example(
    adult,
    (d) => (d.feeRefund = { accountNumber: '12345', accountHolder: 'NGUYỄN VĂN AN', bankName: 'VietinBank' }),
    'feeRefund.accountNumber',
    'error.bankAccount.length',
    'error',
    TT69,
  ),
  unknownBankName: example(
    adult,
    (d) => (d.feeRefund = { accountNumber: '0123456789', accountHolder: 'NGUYỄN VĂN AN', bankName: 'Ngân hàng Không Có Thật' }),
    'feeRefund.bankName',
    'warning.bankName.unknown',
    'warning',
    TT69,
  ),
} satisfies Record<string, InvalidExample>;

export type InvalidExampleName = keyof typeof invalidExamples;
