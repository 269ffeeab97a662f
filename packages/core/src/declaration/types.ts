/**
 * The declaration: what a citizen declares on TK01 (14 and over) or TK01a
 * (under 14, declared and signed by a legal representative), Thông tư
 * 31/2023/TT-BCA, plus how and when the dossier is submitted. The JSON keys
 * are a public contract (schemaVersion 1): the widget stores drafts with them,
 * docgen prints from them, the CLI reads them, and `declaration.schema.json`
 * publishes them. Dates are ISO `YYYY-MM-DD`; where a year alone is allowed
 * (`YYYY`) the field says so.
 */

export type Sex = 'male' | 'female';
export type FormId = 'TK01' | 'TK01a';
export type RequestReason = 'first' | 'renewal' | 'lost' | 'damaged' | 'other';
export type Channel = 'in-person' | 'online';
export type Delivery = 'office' | 'post';

/** A parent or spouse as printed in the family rows (item 12 of TK01). */
export interface FamilyMember {
  fullName: string;
  /** `YYYY-MM-DD` or a year alone `YYYY` (many parents' papers show only a year). */
  dateOfBirth: string;
}

export interface Applicant {
  /** Họ (family name). Printed in capitals. */
  familyName: string;
  /** Chữ đệm và tên (middle and given names). Printed in capitals. */
  givenNames: string;
  sex: Sex;
  /**
   * `YYYY-MM-DD`. A year alone (`YYYY`) is accepted with a warning for adults
   * whose own papers show only a year; it is refused when the year alone
   * cannot decide between TK01 and TK01a (see README, "Year-only dates").
   */
  dateOfBirth: string;
  /** Province or city of birth (a current or former one), or a country when born abroad. */
  placeOfBirth: string;
  /** Số định danh cá nhân: 12 digits. May be empty only for a child (TK01a) who has none yet. */
  personalId: string;
  ethnicity: string;
  religion: string;
  phone: string;
  email?: string;
  permanentAddress: string;
  temporaryAddress?: string;
  /** Nơi ở hiện tại: only printed by the TK01 version of Thông tư 69/2026. */
  currentAddress?: string;
  occupation?: string;
  /** Tên và địa chỉ cơ quan (nếu có): one combined text. */
  employer?: string;
}

export interface Family {
  father?: FamilyMember | null;
  mother?: FamilyMember | null;
  spouse?: FamilyMember | null;
}

export interface PreviousPassport {
  number: string;
  issueDate: string;
}

export interface PassportRequest {
  reason: RequestReason;
  /** Chip passport requested. Always false for TK01a (under 14: chipless only, Luật 49/2019 Điều 6 k2). */
  chip: boolean;
  /** Free text of "Nội dung đề nghị" (required when the reason is "other"). */
  details?: string;
}

/** Part A of TK01a: the legal representative who declares and signs for the child. */
export interface Representative {
  fullName: string;
  dateOfBirth: string;
  sex: Sex;
  /** CCCD / personal ID (12 digits) or a former CMND (9 digits). */
  idNumber: string;
  idIssueDate?: string;
  permanentAddress: string;
  phone: string;
  /** Relationship to the child, e.g. "Cha", "Mẹ", "Người giám hộ". */
  relationship: string;
}

/** Fee-refund bank account (item 15 of TK01 under Thông tư 69/2026 only). */
export interface FeeRefund {
  accountNumber: string;
  accountHolder: string;
  bankName: string;
}

export interface Submission {
  /** The day the dossier is (to be) submitted; chooses the form, the fee and the due date. */
  date: string;
  /** Place written before the date on the form ("Lạng Sơn, ngày … tháng … năm …"). */
  place?: string;
  channel: Channel;
  /** Where the passport is returned: at the office or by post. */
  delivery: Delivery;
  postalAddress?: string;
  /** Id of the chosen receiving office in the province configuration. */
  office?: string;
}

export interface Declaration {
  schemaVersion: 1;
  /** Optional: when given it must be the form that the age on the submission date requires. */
  form?: FormId;
  applicant: Applicant;
  family: Family;
  previousPassport: PreviousPassport | null;
  request: PassportRequest;
  representative?: Representative | null;
  feeRefund?: FeeRefund | null;
  submission: Submission;
}

type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | undefined } : T;

/** A declaration being typed: any part may be missing. Validation says what is missing. */
export type DeclarationDraft = DeepPartial<Declaration>;
