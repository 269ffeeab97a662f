/**
 * The form as data: the public contract that the widget builds its steps from
 * and that docgen lays the paper form out from. A form version (TK01 or TK01a
 * under Thông tư 31/2023/TT-BCA, TK01 under Thông tư 69/2026/TT-BCA) is a
 * header, a title, a photo box, sections of fields, a commitment, a place and
 * date line, a signature block and footnotes. Each field knows its JSON path in
 * the declaration, the item number and exact label printed on the paper form,
 * whether that label is verbatim from a source or reconstructed (see
 * shared/reference/domain-facts.md §1-§2), its UI label and hint (message ids),
 * whether it is required, which validators run on it and when it is shown.
 */
import type { FormVersionId } from '../config/types.js';
import type { Declaration, FormId } from '../declaration/types.js';
import type { MessageId } from '../messages/index.js';

export type { FormId } from '../declaration/types.js';
export type { FormVersionId } from '../config/types.js';

type Leaf = string | number | boolean;

/** Every dotted path to a leaf value of T, e.g. `family.father.fullName`. */
export type LeafPaths<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Leaf ? K : `${K}.${LeafPaths<NonNullable<T[K]>>}`;
}[keyof T & string];

/** A JSON path to one value of a declaration (`applicant.familyName`, `request.chip`, ...). */
export type DeclarationPath = LeafPaths<Declaration>;

/** Keys of the form versions: the form and the circular that issued it. */
export type FormVersionKey = `${FormId}@${FormVersionId}`;

/**
 * What kind of input a field is. A renderer maps each kind to one control:
 * `name` (free text, printed in capitals), `sex`/`reason`/`choice` (one of
 * `options`), `chip` (yes/no, printed as two checkboxes), `date` (a full
 * date; `partialDate` also takes a year alone), `personalId` (12 digit boxes),
 * `idNumber` (12 or 9 digits), `office` (one of the host's offices), and plain
 * text kinds that differ in keyboard, autocomplete and suggestions.
 */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'name'
  | 'sex'
  | 'date'
  | 'partialDate'
  | 'place'
  | 'personalId'
  | 'idNumber'
  | 'ethnicity'
  | 'religion'
  | 'phone'
  | 'email'
  | 'address'
  | 'passportNumber'
  | 'reason'
  | 'chip'
  | 'relationship'
  | 'bankAccount'
  | 'bank'
  | 'choice'
  | 'office';

/**
 * Names of the field validators implemented in `rules/` (the map
 * `fieldValidators` there is typed on this union, so every name has code).
 */
export type ValidatorName =
  | 'text'
  | 'personName'
  | 'oneOf'
  | 'dateOfBirth'
  | 'representativeDateOfBirth'
  | 'familyDateOfBirth'
  | 'pastDate'
  | 'personalId'
  | 'representativeId'
  | 'phone'
  | 'email'
  | 'passportNumber'
  | 'bankAccount'
  | 'bankName'
  | 'office'
  | 'submissionDate';

export type ConditionValue = string | number | boolean | null;

/** A small declarative language for `showIf`, evaluated by `evaluateCondition`. */
export type Condition =
  | { path: DeclarationPath; equals: ConditionValue }
  | { path: DeclarationPath; in: readonly ConditionValue[] }
  | { path: DeclarationPath; filled: boolean }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** Whether a printed text was read in a source or rebuilt from related sources (see `source`). */
export type PrintProvenance = 'verbatim' | 'reconstructed';

/** A piece of fixed text printed on the form, with where it comes from. */
export interface PrintedText {
  text: string;
  provenance: PrintProvenance;
  /** The fact(s) supporting the text, with the confidence tag of domain-facts.md. */
  source: string;
}

/**
 * How a value is laid out on paper after its label: `line` (a dotted line),
 * `digitBoxes` (one box per digit, `boxes` of them), `checkboxes` (each
 * option's `print` text followed by a box, the chosen one marked X),
 * `dateWords` ("ngày … tháng … năm …" after the label "Sinh ngày"),
 * `dateSlashes` ("…/…/…"), `continuation` (no label of its own: the value
 * continues the blank of the previous field of the same item).
 */
export type PrintLayout = 'line' | 'digitBoxes' | 'checkboxes' | 'dateWords' | 'dateSlashes' | 'continuation';

export interface FieldPrint {
  /** The exact Vietnamese text printed before the value (with its colon when the form has one). */
  label: string;
  /** Footnote marker printed after the label, e.g. 2 for "(2)". */
  footnote?: number;
  layout: PrintLayout;
  /** Number of digit boxes for `digitBoxes`. */
  boxes?: number;
  /** Printed on the same line as the previous field (e.g. "Chữ đệm và tên" after "Họ"). */
  sameLine?: boolean;
  provenance: PrintProvenance;
  source: string;
}

export interface FieldOption {
  value: string | boolean;
  /** UI wording. */
  labelId: MessageId;
  /** Text printed on the form next to the checkbox, when the option is printed as one. */
  print?: string;
}

export interface Field {
  /** JSON path of the value in the declaration; also the `name` the widget submits. */
  id: DeclarationPath;
  kind: FieldKind;
  /** Official item number as printed ('1', '3', '12'), or null for a value not numbered on the form. */
  item: string | null;
  labelId: MessageId;
  hintId?: MessageId;
  /** How the field is printed; null for a value that is not printed on the declaration (e.g. email). */
  print: FieldPrint | null;
  /** Required whenever the field is shown. Conditional needs are cross-field rules. */
  required: boolean;
  validators: readonly ValidatorName[];
  showIf?: Condition;
  maxLength?: number;
  /** The value is printed in capitals (the citizen may type it in any case). */
  printCase?: 'upper';
  options?: readonly FieldOption[];
  /** HTML autocomplete token for the input. */
  autocomplete?: string;
  /**
   * A one-tap copy offered with the field: the value of another field of the
   * declaration (e.g. "Nơi ở hiện tại" = "Nơi thường trú") and the label of the action.
   */
  copyFrom?: { readonly path: string; readonly labelId: MessageId; readonly statusId?: MessageId };
}

/** One topic of the form; the widget shows one section per step. */
export interface Section {
  id: string;
  titleId: MessageId;
  /** Heading printed before the section's fields, e.g. "A. Thông tin người đại diện hợp pháp:". */
  printTitle?: PrintedText;
  fields: readonly Field[];
}

export interface Footnote {
  n: number;
  text: string;
  provenance: PrintProvenance;
  source: string;
}

export interface FormHeader {
  /** "Mẫu TK01". */
  formCode: string;
  /** "Ban hành kèm theo Thông tư số … của Bộ Công an". */
  issuedWith: string;
  /** Quốc hiệu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  nationalTitle: string;
  /** Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc". */
  motto: string;
  /** The short rule printed under the motto. */
  rule: string;
  /** A QR code (no applicant data) is printed at the top left of the official form. */
  qrCode: boolean;
  provenance: PrintProvenance;
  source: string;
}

export interface PhotoBox {
  widthMm: number;
  heightMm: number;
  /** Text in the box: "Ảnh". */
  label: string;
  footnote: number;
}

export interface SignatureBlock {
  /** "Người đề nghị", or the legal representative on TK01a. */
  title: string;
  /** "(Ký, ghi rõ họ tên)". */
  note: string;
  provenance: PrintProvenance;
  source: string;
}

export interface PlaceDateLine {
  /** With placeholders `{place}`, `{day}`, `{month}`, `{year}` that docgen fills or leaves as dotted blanks. */
  template: string;
  provenance: PrintProvenance;
  source: string;
}

export interface FormVersion {
  id: FormVersionKey;
  form: FormId;
  circular: FormVersionId;
  /** "Thông tư số 31/2023/TT-BCA ngày 20 tháng 7 năm 2023 của Bộ Công an". */
  circularTitle: string;
  /** First day the version applies (ISO date). */
  validFrom: string;
  /** True only once every printed text has been checked against the official PDF. */
  verified: boolean;
  header: FormHeader;
  title: PrintedText;
  subtitle: PrintedText;
  photoBox: PhotoBox;
  sections: readonly Section[];
  commitment: PrintedText;
  placeDateLine: PlaceDateLine;
  signature: SignatureBlock;
  footnotes: readonly Footnote[];
  /** Open questions for maintainers and hosts (English, not shown to citizens). */
  notes: readonly string[];
}
