/**
 * Every event the widget sends to the host page, declared once. Each is a
 * bubbling, composed `CustomEvent` whose type starts with `hochieu-` and
 * whose detail type is exported here, so a host can listen on the element or
 * on `document`. Details carry no personal data (names, numbers, dates of
 * birth, addresses): only step ids, message ids, field paths, kinds and
 * outcomes. The exceptions are opt-in: `hochieu-draft` includes the draft
 * itself only when the host asked for it on the element (see `DraftDetail`),
 * and `hochieu-guide-answers` the date of birth only when the host sets
 * `share-date-of-birth` on the guide (see `GuideAnswers`).
 * `hochieu-qr-prefill` carries what was read from the ID card's QR code, and
 * only after the citizen confirmed it on screen (see `QrPrefillDetail`).
 * Field elements do not add events of their own; they re-dispatch the native
 * `input` and `change` events from their host.
 */
import type { Channel, Delivery, DeclarationDraft, MessageId, RequestReason, Severity } from '@hochieu/core';
import type { CccdQrData } from '@hochieu/core';

/** The answers of the guide's "Bạn cần chuẩn bị gì?" questions. */
export interface GuideAnswers {
  /** Age band rather than a birth date, so the event carries no date of birth. */
  readonly ageGroup?: 'under14' | '14orOver';
  readonly reason?: RequestReason;
  readonly hasChipIdCard?: boolean;
  readonly channel?: Channel;
  readonly delivery?: Delivery;
  /** The date of birth as typed (ISO or a year): present only when the host sets `share-date-of-birth` on the guide. */
  readonly dateOfBirth?: string;
}

/** `hochieu-guide-answers`: the questionnaire answers changed. */
export interface GuideAnswersDetail {
  readonly answers: GuideAnswers;
}

/** `hochieu-step-change`: the form moved to another step. */
export interface StepChangeDetail {
  readonly from: string | null;
  readonly to: string;
  readonly index: number;
  readonly count: number;
}

/** One validation finding without its value: where and which message. */
export interface ValidationEventIssue {
  readonly path: string;
  readonly id: MessageId;
  readonly severity: Severity;
}

/** `hochieu-validation`: the form validated a step (message ids only, never values). */
export interface ValidationDetail {
  readonly step: string;
  readonly valid: boolean;
  readonly issues: readonly ValidationEventIssue[];
}

export type ExportKind = 'pdf' | 'docx' | 'zip' | 'print' | 'draft-file';

/** `hochieu-export`: a document was produced (or failed). */
export interface ExportDetail {
  readonly kind: ExportKind;
  readonly ok: boolean;
  /** A message id naming the failure, when `ok` is false. */
  readonly reason?: MessageId | string;
}

export type DraftAction = 'saved' | 'restored' | 'cleared' | 'imported' | 'exported' | 'storage-unavailable';

/** `hochieu-draft`: something happened to the private draft on this device. */
export interface DraftDetail {
  readonly action: DraftAction;
  /** ISO date-time of the draft's last change. */
  readonly savedAt?: string;
  /** Present only when the host opted in on the element; otherwise never sent. */
  readonly draft?: DeclarationDraft;
}

/**
 * `hochieu-qr-prefill`: the citizen read the QR code of their chip ID card,
 * checked the details and pressed "Điền vào tờ khai". This detail carries
 * personal data (name, number, dates, address) by that explicit action only:
 * it is never sent when the code is merely read, when reading fails or when
 * the citizen cancels. `data.permanentAddress` is the address as the citizen
 * left it (possibly corrected from the card's pre-2025 units).
 */
export interface QrPrefillDetail {
  readonly data: CccdQrData;
  /** True when the citizen changed the address before confirming. */
  readonly addressCorrected: boolean;
}

/** Event type -> detail type, the single list of the widget's events. */
export interface HochieuEventDetails {
  'hochieu-guide-answers': GuideAnswersDetail;
  'hochieu-step-change': StepChangeDetail;
  'hochieu-validation': ValidationDetail;
  'hochieu-export': ExportDetail;
  'hochieu-draft': DraftDetail;
  'hochieu-qr-prefill': QrPrefillDetail;
}

export type HochieuEventType = keyof HochieuEventDetails;

export type HochieuEvent<K extends HochieuEventType> = CustomEvent<HochieuEventDetails[K]>;

/** Makes a widget event: bubbling, composed, not cancelable. */
export function hochieuEvent<K extends HochieuEventType>(type: K, detail: HochieuEventDetails[K]): HochieuEvent<K> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/** Dispatches a widget event from `target`. */
export function emit<K extends HochieuEventType>(target: EventTarget, type: K, detail: HochieuEventDetails[K]): void {
  target.dispatchEvent(hochieuEvent(type, detail));
}

/** The events as listener types, for `addEventListener` on elements and on `document`. */
export interface HochieuEventMap {
  'hochieu-guide-answers': HochieuEvent<'hochieu-guide-answers'>;
  'hochieu-step-change': HochieuEvent<'hochieu-step-change'>;
  'hochieu-validation': HochieuEvent<'hochieu-validation'>;
  'hochieu-export': HochieuEvent<'hochieu-export'>;
  'hochieu-draft': HochieuEvent<'hochieu-draft'>;
  'hochieu-qr-prefill': HochieuEvent<'hochieu-qr-prefill'>;
}

declare global {
  interface HTMLElementEventMap extends HochieuEventMap {}
  interface DocumentEventMap extends HochieuEventMap {}
}
