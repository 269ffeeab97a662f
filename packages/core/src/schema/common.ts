/**
 * Building blocks shared by the form versions: the fixed header lines, the
 * footnote texts, the option lists, and each field's UI part (kind, label and
 * hint ids, validators, length limit). A version file adds what is specific to
 * its paper form: the item number and the printed label with its provenance.
 * Facts: shared/reference/domain-facts.md §1 (TK01), §2 (TK01a), §1.3 (TK01
 * under Thông tư 69/2026), §10 (photo).
 */
import type { Field, FieldOption, FieldPrint, PrintedText, Section } from './types.js';

/** A field without the parts that depend on the paper form. */
export type FieldBase = Omit<Field, 'item' | 'print'>;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const MOTTO_RULE = '---------------';

export const TT31_TITLE = 'Thông tư số 31/2023/TT-BCA ngày 20 tháng 7 năm 2023 của Bộ Công an';
export const TT69_TITLE = 'Thông tư số 69/2026/TT-BCA ngày 22 tháng 5 năm 2026 của Bộ Công an';

export const TITLE: PrintedText = {
  text: 'TỜ KHAI',
  provenance: 'verbatim',
  source: 'TK01a 31/2023 verbatim [S1 vietjack]; 68/2022 TK01 [C2]',
};

export const PHOTO_BOX = { widthMm: 40, heightMm: 60, label: 'Ảnh', footnote: 1 } as const;

/** Footnote (1): the photo, domain-facts §1.4 and §10 [C2]. */
export const PHOTO_NOTE =
  'Ảnh mới chụp không quá 06 tháng, cỡ 4cm x 6cm, mặt nhìn thẳng, đầu để trần, rõ mặt, rõ hai tai, không đeo kính, trang phục lịch sự, phông ảnh nền trắng.';
/** Footnote (2): names in capitals [C2]. */
export const UPPERCASE_NOTE = 'Họ, chữ đệm và tên viết bằng chữ in hoa.';
/** Footnote (3): birthplace abroad [C2]. */
export const ABROAD_NOTE = 'Nếu sinh ra ở nước ngoài thì ghi tên quốc gia.';
/** Footnote (4) of TK01: 68/2022 wording of note (5) [C2]; the 31/2023 wording may differ slightly. */
export const REQUEST_NOTE_TK01 =
  'Ghi cụ thể: Đề nghị cấp hộ chiếu lần đầu hoặc từ lần thứ hai; đề nghị khác nếu có (ghi rõ lý do). Trường hợp đề nghị cấp hộ chiếu có (hoặc không) gắn chíp điện tử thì đánh dấu (X) vào ô tương ứng.';

export const COMMITMENT: PrintedText = {
  text: 'Tôi xin cam đoan những thông tin trên là đúng sự thật./.',
  provenance: 'reconstructed',
  source: 'domain-facts §1.2: standard wording of Bộ Công an forms [INF], not retrieved verbatim',
};

export const PLACE_DATE_LINE = {
  template: '{place}, ngày {day} tháng {month} năm {year}',
  provenance: 'reconstructed',
  source: 'domain-facts §1.2: "……, ngày …… tháng …… năm ……" [INF]',
} as const;

export const SIGNATURE_NOTE = '(Ký, ghi rõ họ tên)';

export const SEX_OPTIONS: readonly FieldOption[] = [
  { value: 'male', labelId: 'option.sex.male', print: 'Nam' },
  { value: 'female', labelId: 'option.sex.female', print: 'Nữ' },
];

/**
 * The reasons are one free-text blank on paper (item "Nội dung đề nghị");
 * `print` is the sentence docgen writes there. "lần đầu" and "từ lần thứ hai"
 * follow footnote (4) [C2]; the lost and damaged wordings are reconstructed.
 */
export const REASON_OPTIONS: readonly FieldOption[] = [
  { value: 'first', labelId: 'option.reason.first', print: 'Đề nghị cấp hộ chiếu lần đầu' },
  { value: 'renewal', labelId: 'option.reason.renewal', print: 'Đề nghị cấp hộ chiếu từ lần thứ hai' },
  { value: 'lost', labelId: 'option.reason.lost', print: 'Đề nghị cấp lại hộ chiếu do bị mất' },
  { value: 'damaged', labelId: 'option.reason.damaged', print: 'Đề nghị cấp lại hộ chiếu do bị hỏng' },
  { value: 'other', labelId: 'option.reason.other', print: 'Đề nghị khác' },
];

/** Checkbox captions of TK01 31/2023 [INF]: domain-facts §1.2 item 14. */
export const CHIP_OPTIONS_TT31: readonly FieldOption[] = [
  { value: true, labelId: 'option.chip.yes', print: 'Đề nghị cấp hộ chiếu có gắn chíp điện tử' },
  { value: false, labelId: 'option.chip.no', print: 'Đề nghị cấp hộ chiếu không gắn chíp điện tử' },
];

/** Checkbox captions of TK01 69/2026 as transcribed [S1]: domain-facts §1.3 item 16. */
export const CHIP_OPTIONS_TT69: readonly FieldOption[] = [
  { value: true, labelId: 'option.chip.yes', print: 'Cấp hộ chiếu có gắn chíp điện tử' },
  { value: false, labelId: 'option.chip.no', print: 'Cấp hộ chiếu không gắn chíp điện tử' },
];

export const CHANNEL_OPTIONS: readonly FieldOption[] = [
  { value: 'in-person', labelId: 'option.channel.in-person' },
  { value: 'online', labelId: 'option.channel.online' },
];

export const DELIVERY_OPTIONS: readonly FieldOption[] = [
  { value: 'office', labelId: 'option.delivery.office' },
  { value: 'post', labelId: 'option.delivery.post' },
];

/** UI parts of every field; length limits follow declaration.schema.json. */
export const base = {
  familyName: {
    id: 'applicant.familyName',
    kind: 'name',
    labelId: 'label.applicant.familyName',
    hintId: 'hint.applicant.familyName',
    required: true,
    validators: ['personName'],
    maxLength: 40,
    printCase: 'upper',
    autocomplete: 'family-name',
  },
  givenNames: {
    id: 'applicant.givenNames',
    kind: 'name',
    labelId: 'label.applicant.givenNames',
    hintId: 'hint.applicant.givenNames',
    required: true,
    validators: ['personName'],
    maxLength: 60,
    printCase: 'upper',
    autocomplete: 'given-name',
  },
  sex: {
    id: 'applicant.sex',
    kind: 'sex',
    labelId: 'label.applicant.sex',
    required: true,
    validators: ['oneOf'],
    options: SEX_OPTIONS,
    autocomplete: 'sex',
  },
  dateOfBirth: {
    id: 'applicant.dateOfBirth',
    kind: 'date',
    labelId: 'label.applicant.dateOfBirth',
    hintId: 'hint.applicant.dateOfBirth',
    required: true,
    validators: ['dateOfBirth'],
    autocomplete: 'bday',
  },
  placeOfBirth: {
    id: 'applicant.placeOfBirth',
    kind: 'place',
    labelId: 'label.applicant.placeOfBirth',
    hintId: 'hint.applicant.placeOfBirth',
    required: true,
    validators: ['text'],
    maxLength: 100,
  },
  personalId: {
    id: 'applicant.personalId',
    kind: 'personalId',
    labelId: 'label.applicant.personalId',
    hintId: 'hint.applicant.personalId',
    required: true,
    validators: ['personalId'],
  },
  ethnicity: {
    id: 'applicant.ethnicity',
    kind: 'ethnicity',
    labelId: 'label.applicant.ethnicity',
    hintId: 'hint.applicant.ethnicity',
    required: true,
    validators: ['text'],
    maxLength: 50,
  },
  religion: {
    id: 'applicant.religion',
    kind: 'religion',
    labelId: 'label.applicant.religion',
    hintId: 'hint.applicant.religion',
    required: true,
    validators: ['text'],
    maxLength: 80,
  },
  phone: {
    id: 'applicant.phone',
    kind: 'phone',
    labelId: 'label.applicant.phone',
    hintId: 'hint.applicant.phone',
    required: true,
    validators: ['phone'],
    maxLength: 20,
    autocomplete: 'tel',
  },
  email: {
    id: 'applicant.email',
    kind: 'email',
    labelId: 'label.applicant.email',
    hintId: 'hint.applicant.email',
    required: false,
    validators: ['email'],
    maxLength: 254,
    autocomplete: 'email',
  },
  permanentAddress: {
    id: 'applicant.permanentAddress',
    kind: 'address',
    labelId: 'label.applicant.permanentAddress',
    hintId: 'hint.applicant.permanentAddress',
    required: true,
    validators: ['text'],
    maxLength: 250,
  },
  temporaryAddress: {
    id: 'applicant.temporaryAddress',
    kind: 'address',
    labelId: 'label.applicant.temporaryAddress',
    hintId: 'hint.applicant.temporaryAddress',
    required: false,
    validators: ['text'],
    maxLength: 250,
  },
  currentAddress: {
    id: 'applicant.currentAddress',
    kind: 'address',
    labelId: 'label.applicant.currentAddress',
    hintId: 'hint.applicant.currentAddress',
    copyFrom: { path: 'applicant.permanentAddress', labelId: 'action.copy.permanentAddress' },
    required: false,
    validators: ['text'],
    maxLength: 250,
  },
  feeRefundAccountNumber: {
    id: 'feeRefund.accountNumber',
    kind: 'bankAccount',
    labelId: 'label.feeRefund.accountNumber',
    hintId: 'hint.feeRefund.accountNumber',
    required: false,
    validators: ['bankAccount'],
    maxLength: 30,
    autocomplete: 'off',
  },
  feeRefundAccountHolder: {
    id: 'feeRefund.accountHolder',
    kind: 'name',
    labelId: 'label.feeRefund.accountHolder',
    hintId: 'hint.feeRefund.accountHolder',
    required: false,
    validators: ['personName'],
    maxLength: 100,
    printCase: 'upper',
    autocomplete: 'off',
  },
  feeRefundBankName: {
    id: 'feeRefund.bankName',
    kind: 'bank',
    labelId: 'label.feeRefund.bankName',
    hintId: 'hint.feeRefund.bankName',
    required: false,
    validators: ['bankName'],
    maxLength: 150,
    autocomplete: 'off',
  },
  occupation: {
    id: 'applicant.occupation',
    kind: 'text',
    labelId: 'label.applicant.occupation',
    hintId: 'hint.applicant.occupation',
    required: false,
    validators: ['text'],
    maxLength: 100,
    autocomplete: 'organization-title',
  },
  employer: {
    id: 'applicant.employer',
    kind: 'textarea',
    labelId: 'label.applicant.employer',
    hintId: 'hint.applicant.employer',
    required: false,
    validators: ['text'],
    maxLength: 250,
  },
  fatherName: {
    id: 'family.father.fullName',
    kind: 'name',
    labelId: 'label.family.father.fullName',
    hintId: 'hint.family.fullName',
    required: false,
    validators: ['personName'],
    maxLength: 100,
  },
  fatherBirth: {
    id: 'family.father.dateOfBirth',
    kind: 'partialDate',
    labelId: 'label.family.father.dateOfBirth',
    hintId: 'hint.family.dateOfBirth',
    required: false,
    validators: ['familyDateOfBirth'],
  },
  motherName: {
    id: 'family.mother.fullName',
    kind: 'name',
    labelId: 'label.family.mother.fullName',
    hintId: 'hint.family.fullName',
    required: false,
    validators: ['personName'],
    maxLength: 100,
  },
  motherBirth: {
    id: 'family.mother.dateOfBirth',
    kind: 'partialDate',
    labelId: 'label.family.mother.dateOfBirth',
    hintId: 'hint.family.dateOfBirth',
    required: false,
    validators: ['familyDateOfBirth'],
  },
  spouseName: {
    id: 'family.spouse.fullName',
    kind: 'name',
    labelId: 'label.family.spouse.fullName',
    hintId: 'hint.family.fullName',
    required: false,
    validators: ['personName'],
    maxLength: 100,
  },
  spouseBirth: {
    id: 'family.spouse.dateOfBirth',
    kind: 'partialDate',
    labelId: 'label.family.spouse.dateOfBirth',
    hintId: 'hint.family.dateOfBirth',
    required: false,
    validators: ['familyDateOfBirth'],
  },
  passportNumber: {
    id: 'previousPassport.number',
    kind: 'passportNumber',
    labelId: 'label.previousPassport.number',
    hintId: 'hint.previousPassport.number',
    required: false,
    validators: ['passportNumber'],
    maxLength: 20,
    printCase: 'upper',
  },
  passportIssueDate: {
    id: 'previousPassport.issueDate',
    kind: 'date',
    labelId: 'label.previousPassport.issueDate',
    hintId: 'hint.previousPassport.issueDate',
    required: false,
    validators: ['pastDate'],
  },
  reason: {
    id: 'request.reason',
    kind: 'reason',
    labelId: 'label.request.reason',
    hintId: 'hint.request.reason',
    required: true,
    validators: ['oneOf'],
    options: REASON_OPTIONS,
  },
  details: {
    id: 'request.details',
    kind: 'textarea',
    labelId: 'label.request.details',
    hintId: 'hint.request.details',
    required: false,
    validators: ['text'],
    maxLength: 500,
  },
  representativeName: {
    id: 'representative.fullName',
    kind: 'name',
    labelId: 'label.representative.fullName',
    hintId: 'hint.representative.fullName',
    required: true,
    validators: ['personName'],
    maxLength: 100,
    printCase: 'upper',
  },
  representativeBirth: {
    id: 'representative.dateOfBirth',
    kind: 'date',
    labelId: 'label.representative.dateOfBirth',
    required: true,
    validators: ['representativeDateOfBirth'],
  },
  representativeSex: {
    id: 'representative.sex',
    kind: 'sex',
    labelId: 'label.representative.sex',
    required: true,
    validators: ['oneOf'],
    options: SEX_OPTIONS,
  },
  representativeId: {
    id: 'representative.idNumber',
    kind: 'idNumber',
    labelId: 'label.representative.idNumber',
    hintId: 'hint.representative.idNumber',
    required: true,
    validators: ['representativeId'],
  },
  representativeIdIssueDate: {
    id: 'representative.idIssueDate',
    kind: 'date',
    labelId: 'label.representative.idIssueDate',
    hintId: 'hint.representative.idIssueDate',
    required: false,
    validators: ['pastDate'],
  },
  representativeAddress: {
    id: 'representative.permanentAddress',
    kind: 'address',
    labelId: 'label.representative.permanentAddress',
    required: true,
    validators: ['text'],
    maxLength: 250,
  },
  representativePhone: {
    id: 'representative.phone',
    kind: 'phone',
    labelId: 'label.representative.phone',
    required: true,
    validators: ['phone'],
    maxLength: 20,
  },
  representativeRelationship: {
    id: 'representative.relationship',
    kind: 'relationship',
    labelId: 'label.representative.relationship',
    hintId: 'hint.representative.relationship',
    required: true,
    validators: ['text'],
    maxLength: 50,
  },
} as const satisfies Record<string, FieldBase>;

/** A printed label: shorthand used by the version files. */
export function printed(
  label: string,
  provenance: FieldPrint['provenance'],
  source: string,
  more: Omit<FieldPrint, 'label' | 'provenance' | 'source'> = { layout: 'line' },
): FieldPrint {
  return { label, provenance, source, ...more };
}

/**
 * How and when the dossier is submitted. None of it is a numbered item: the
 * place and date are printed in the place-and-date line above the signature,
 * the rest is part of the procedure (seed page 000: receipt in person or by
 * post, with a postal address; choice of receiving office).
 */
export const SUBMISSION_SECTION: Section = {
  id: 'submission',
  titleId: 'section.submission',
  fields: [
    {
      id: 'submission.date',
      kind: 'date',
      item: null,
      labelId: 'label.submission.date',
      hintId: 'hint.submission.date',
      print: null,
      required: true,
      validators: ['submissionDate'],
    },
    {
      id: 'submission.channel',
      kind: 'choice',
      item: null,
      labelId: 'label.submission.channel',
      print: null,
      required: true,
      validators: ['oneOf'],
      options: CHANNEL_OPTIONS,
    },
    {
      id: 'submission.office',
      kind: 'office',
      item: null,
      labelId: 'label.submission.office',
      print: null,
      required: false,
      validators: ['office'],
      maxLength: 80,
    },
    {
      id: 'submission.delivery',
      kind: 'choice',
      item: null,
      labelId: 'label.submission.delivery',
      print: null,
      required: true,
      validators: ['oneOf'],
      options: DELIVERY_OPTIONS,
    },
    {
      id: 'submission.postalAddress',
      kind: 'address',
      item: null,
      labelId: 'label.submission.postalAddress',
      hintId: 'hint.submission.postalAddress',
      print: null,
      required: true,
      validators: ['text'],
      maxLength: 250,
      showIf: { path: 'submission.delivery', equals: 'post' },
    },
    {
      id: 'submission.place',
      kind: 'place',
      item: null,
      labelId: 'label.submission.place',
      hintId: 'hint.submission.place',
      print: null,
      required: false,
      validators: ['text'],
      maxLength: 60,
    },
  ],
};

/** TK01a: the child's permanent residence is most often the representative's: one tap copies it (issue 13). */
export const COPY_REPRESENTATIVE_ADDRESS = {
  path: 'representative.permanentAddress',
  labelId: 'action.copy.representativeAddress',
  statusId: 'status.copy.representativeAddress',
} as const;
