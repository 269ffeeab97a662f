/**
 * `<hochieu-form>`: the declaration TK01 (14 and over) or TK01a (under 14,
 * declared and signed by the legal representative) of Thông tư
 * 31/2023/TT-BCA, filled in step by step in the citizen's browser. The flow
 * follows the GOV.UK Design System: a task list with a status per section,
 * one section of the chosen form version per step (the steps are built from
 * core's schema, never hard-coded), "Tiếp tục" and "Quay lại", focus on the
 * new step's heading, a check-answers page with a "Thay đổi" link per answer
 * that returns to it, then the export step (PDF, DOCX through docgen, loaded
 * on the first click). The form follows the age on the submission date
 * (`chooseForm`) and explains a switch. Every rule is core's
 * (`validateDeclaration`, run on every change): an error is shown once the
 * citizen leaves a field they changed, or presses "Tiếp tục"; warnings never
 * block; a failed "Tiếp tục" shows the focused error summary with the same
 * words as the fields; nothing typed is ever cleared. Every change is saved
 * as a private draft on the device within half a second (src/drafts/);
 * reopening offers to continue; drafts can be saved to a file and opened on
 * another device; "Xóa dữ liệu trên máy này" removes everything. Before the
 * review, the step "Ảnh và giấy tờ" takes the portrait photo (cropped to 4:6),
 * the ID card's two sides and one attachment per dossier component that core's
 * `planApplication` lists for the case; the files stay on the device (in
 * memory, and in IndexedDB with the draft when small enough) and never block
 * the flow. The identity step offers to fill the applicant's details from the
 * chip ID card's QR code, filling empty answers only and asking before
 * replacing typed ones. The export step makes the PDF (with the photo), the
 * DOCX, the dossier ZIP with the uploads (docgen's `buildDossier`) and prints
 * the PDF from a new window.
 *
 * @summary The passport declaration form with review, uploads, QR prefill, export and private drafts.
 *
 * @attr lang - `vi` (default) or `en`; each instance keeps its own language.
 * @attr date - Today as an ISO date (default: today in Vietnam); the reference date when no submission date is given.
 * @attr draft-key - Name of the draft on this device (default `default`), for several forms on one site.
 * @attr share-draft - Opt-in: `hochieu-draft` events carry the draft itself.
 * @attr no-drafts - Keep nothing on the device (kiosks, shared computers): no automatic draft; saving to a file still works.
 * @attr no-uploads - Leave out the step "Ảnh và giấy tờ" (photo, ID card images, attachments); the dossier ZIP then has no uploads.
 *
 * @fires hochieu-step-change - The form moved to another step (`StepChangeDetail`).
 * @fires hochieu-validation - A step was checked (`ValidationDetail`, message ids only).
 * @fires hochieu-export - A document was made or failed (`ExportDetail`).
 * @fires hochieu-draft - The draft was saved, restored, imported, exported or cleared (`DraftDetail`).
 *
 * The inner `<hochieu-qr-prefill>`'s `hochieu-qr-prefill` event (personal data) is stopped inside the form.
 *
 * @csspart button - The buttons.
 *
 * @cssproperty --hochieu-color-primary - Buttons and links.
 * @cssproperty --hochieu-color-surface - Notices and secondary buttons.
 */
import {
  DEFAULT_PROVINCE,
  parseIsoDate,
  provinceConfig,
  readPath,
  toPrintedCapitals,
  upgradeDraftKeys,
  vietnamDateOf,
  type DeclarationDraft,
  type DraftMigration,
  type Field,
  type FormId,
  type FormVersion,
  type FormVersionKey,
  type HostConfig,
  type Office,
  type ProvinceConfig,
  type Section,
  type ValidationIssue,
  formatVietnameseDate,
} from '@hochieu/core';
import { dueCalendar } from '../working-days-calendar/due-calendar.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  DRAFT_TTL_DAYS,
  DraftSaver,
  DraftStore,
  type OtherTab,
  clearAllDrafts,
  createDraftRecord,
  draftFileName,
  draftFileText,
  parseDraftFile,
  type DraftRecord,
  type SaveOutcome,
} from '../../drafts/index.js';
import { emit, type DraftAction, type QrPrefillDetail } from '../../events.js';
import type { WidgetMessageId } from '../../localization/vi.js';
import { focusStyles, linkStyles, visuallyHidden } from '../../styles/shared.js';
import { HochieuElement } from '../base/hochieu-element.js';
import { HochieuChoice } from '../choice/choice.js';
import { HochieuCombobox } from '../combobox/combobox.js';
import { HochieuDateInput } from '../date-input/date-input.js';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { HochieuErrorSummary } from '../error-summary/error-summary.js';
import { HochieuFileInput } from '../hochieu-file-input/hochieu-file-input.js';
import { HochieuPhotoInput } from '../hochieu-photo-input/hochieu-photo-input.js';
import { HochieuQrPrefill } from '../hochieu-qr-prefill/hochieu-qr-prefill.js';
import { HochieuIdInput } from '../id-input/id-input.js';
import { HochieuPhoneInput } from '../phone-input/phone-input.js';
import { HochieuTextField } from '../text-field/text-field.js';
import { HochieuTextarea } from '../textarea/textarea.js';
import { HochieuAddressField } from '../address-field/address-field.js';
import { loadAddressData } from '../address-field/address-data.js';
import {
  downloadFile,
  warmExport,
  exportDeclaration,
  exportDossier,
  ExportFailure,
  openPrintWindow,
  showInWindow,
  type DocumentKind,
  type ExportedFile,
} from './export-adapter.js';
import { fieldLabel, renderFieldWithCopy, type FieldEventKind, type FieldViewContext } from './field-view.js';
import { FormController, type Derived } from './form-controller.js';
import { changeLinkId, draftValue, fieldElementId, fieldText, formDecided, sectionFields } from './form-data.js';
import { formStyles } from './hochieu-form.styles.js';
import { planQrMerge, type QrConflict, type QrTarget } from './qr-merge.js';
import { sectionStatus, type SectionStatus, type Step } from './steps.js';
import { renderVersionNotice, versionChange } from './version-change.js';
import { UPLOADS_MAX_STORED_BYTES, UploadStore } from './upload-store.js';
import { dossierUploads, requiredCount, uploadsStatus, type UploadSlot } from './uploads-plan.js';
import { renderUploadInputs, slotTitle, uploadAnswer, uploadChangeLinkId, uploadElementId } from './uploads-view.js';
import { formatBytes } from '../../uploads/format.js';
import { afterClick, watchPointer } from '../../pointer/after-click.js';
import './strings.vi.js';

/** What the export step makes: the two documents, the dossier ZIP, or the PDF opened for printing. */
type ExportAction = DocumentKind | 'zip' | 'print';

type ExportState =
  | { readonly kind: ExportAction; readonly phase: 'busy' }
  | { readonly kind: ExportAction; readonly phase: 'done'; readonly text: string }
  | { readonly kind: ExportAction; readonly phase: 'failed'; readonly reason: string };

/** The card's values waiting for the citizen's answer, and the pre-merger address notice. */
interface QrState {
  readonly conflicts: readonly QrConflict[];
  readonly message: string;
  readonly addressNotice: boolean;
}

/** Order in which uploads are kept (and stored within the budget): photo, card, then attachments. */
const SLOT_ORDER: readonly string[] = ['photo', 'idFront', 'idBack'];

function orderedFiles(files: ReadonlyMap<string, File>): Map<string, File> {
  const rank = (id: string): number => (SLOT_ORDER.includes(id) ? SLOT_ORDER.indexOf(id) : SLOT_ORDER.length);
  return new Map([...files.entries()].sort((a, b) => rank(a[0]) - rank(b[0])));
}

type DraftMessage = { readonly text: string; readonly tone: 'info' | 'error' };

/** What to focus after a step change. */
type FocusTarget = { readonly heading: true } | { readonly field: string } | { readonly summary: true };

export class HochieuForm extends HochieuElement {
  static override styles = [HochieuElement.styles, visuallyHidden, focusStyles, linkStyles, formStyles];

  /** Elements used inside the form; defined on first connection when the page has not defined them. */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {
    'hochieu-text-field': HochieuTextField,
    'hochieu-textarea': HochieuTextarea,
    'hochieu-date-input': HochieuDateInput,
    'hochieu-id-input': HochieuIdInput,
    'hochieu-phone-input': HochieuPhoneInput,
    'hochieu-choice': HochieuChoice,
    'hochieu-combobox': HochieuCombobox,
    'hochieu-error-summary': HochieuErrorSummary,
    'hochieu-photo-input': HochieuPhotoInput,
    'hochieu-file-input': HochieuFileInput,
    'hochieu-qr-prefill': HochieuQrPrefill,
    'hochieu-address-field': HochieuAddressField,
  };

  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    date: {},
    declaration: { attribute: false },
    draftKey: { attribute: 'draft-key' },
    shareDraft: { type: Boolean, attribute: 'share-draft' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    noUploads: { type: Boolean, attribute: 'no-uploads' },
    summary: { state: true },
    versionNotice: { state: true },
    offer: { state: true },
    storageUnavailable: { state: true },
    otherTab: { state: true },
    savedAt: { state: true },
    draftMessage: { state: true },
    importError: { state: true },
    confirmClear: { state: true },
    exportState: { state: true },
    files: { state: true },
    uploadStorage: { state: true },
    qr: { state: true },
  };

  /** The host's configuration (offices of the province, form versions). */
  declare config: HostConfig | undefined;

  /** Today (ISO); empty or invalid means today in Vietnam. */
  declare date: string;

  /** Initial data (e.g. the guide's answers): fills empty answers, never replaces typed ones. */
  declare declaration: DeclarationDraft | undefined;

  /** Name of the draft on this device. */
  declare draftKey: string;

  /** Opt-in: `hochieu-draft` events include the draft. */
  declare shareDraft: boolean;

  /** Keep nothing on the device: no automatic draft (read when the element is first connected). */
  declare noDrafts: boolean;

  /** Leave out the uploads step ("Ảnh và giấy tờ"); default false: the step is shown. */
  declare noUploads: boolean;

  /** Whether the uploads step is shown (the inverse of `noUploads`, kept for hosts that set `uploads`). */
  get uploads(): boolean {
    return !this.noUploads;
  }

  set uploads(value: boolean) {
    this.noUploads = !value;
  }

  /** The state of the form and its transitions (DOM-free, see form-controller.ts). */
  private readonly controller = new FormController(
    () => ({ date: this.today, config: this.config, province: this.province, uploads: !this.noUploads }),
    {
      changed: () => this.requestUpdate(),
      stepChanged: (change) => this.onStepChanged(change),
    },
  );
  private declare summary: readonly ErrorSummaryItem[];
  /** The form's circular changed under the draft (issue 17): shown until the review. */
  private declare versionNotice: DraftMigration | null;
  private declare offer: DraftRecord | null;
  private declare storageUnavailable: boolean;
  /** Another tab has this draft open or saved it (drafts/draft-channel.ts): a notice in both tabs. */
  private declare otherTab: OtherTab | null;
  private declare savedAt: string;
  private declare draftMessage: DraftMessage | null;
  private declare importError: string;
  private declare confirmClear: boolean;
  private declare exportState: ExportState | null;
  /** The uploaded files by slot id, in memory for the session. */
  private declare files: ReadonlyMap<string, File>;
  /** Where the files are kept: in IndexedDB (with the ids that did not fit), or only in memory. */
  private declare uploadStorage: { readonly stored: boolean; readonly skipped: readonly string[] };
  private declare qr: QrState | null;

  private store: DraftStore | null = null;
  private saver: DraftSaver | null = null;
  /** Saving starts once a stored draft was offered and answered (or there was none). */
  private draftsReady = false;
  private currentVersion: FormVersionKey | null = null;
  private pendingFocus: FocusTarget | null = null;
  private uploadStore: UploadStore | null = null;
  /** Upload writes run one after another; clearing data waits for them. */
  private uploadWrites: Promise<void> = Promise.resolve();
  private uploadsLoading: Promise<void> = Promise.resolve();
  /** Files changed while the draft offer was open: written once it is answered. */
  private uploadsDirty = false;
  /** Bumped when data is cleared, so that a write queued before is dropped. */
  private uploadGeneration = 0;
  /** The card read last has an address that may name pre-2025 units (and the citizen did not correct it). */
  private qrOldAddress = false;
  private readonly flushOnHide = (): void => {
    if (document.visibilityState === 'hidden') void this.saver?.flush();
  };
  private readonly flushOnPageHide = (): void => void this.saver?.flush();

  constructor() {
    super();
    this.config = undefined;
    this.date = '';
    this.declaration = undefined;
    this.draftKey = 'default';
    this.shareDraft = false;
    this.noDrafts = false;
    this.noUploads = false;
    this.summary = [];
    this.versionNotice = null;
    this.offer = null;
    this.storageUnavailable = false;
    this.otherTab = null;
    this.savedAt = '';
    this.draftMessage = null;
    this.importError = '';
    this.confirmClear = false;
    this.exportState = null;
    this.files = new Map();
    this.uploadStorage = { stored: false, skipped: [] };
    this.qr = null;
  }

  // ---- state (the controller's) ----

  private get draft(): DeclarationDraft {
    return this.controller.draft;
  }

  private get stepId(): string {
    return this.controller.stepId;
  }

  private get shown(): ReadonlySet<string> {
    return this.controller.shown;
  }

  /** Steps where "Tiếp tục" was pressed (their messages are shown; a clean one is completed). */
  private get submitted(): ReadonlySet<string> {
    return this.controller.submitted;
  }

  private get notice(): FormId | null {
    return this.controller.notice;
  }

  private get hasChanges(): boolean {
    return this.controller.hasChanges;
  }

  // ---- public API ----

  /** Today (ISO) as the form uses it. */
  get today(): string {
    return this.date && parseIsoDate(this.date) ? this.date : vietnamDateOf(new Date());
  }

  /** The current step id (`tasks`, a section id, `review`, `export`). */
  get step(): string {
    return this.stepId;
  }

  /** A copy of everything typed (the draft). */
  get value(): DeclarationDraft {
    return JSON.parse(JSON.stringify(this.draft)) as DeclarationDraft;
  }

  /** The declaration as it will be validated and exported (only what the chosen form shows). */
  get effective(): DeclarationDraft {
    return this.derived.effective;
  }

  /** The form chosen now (TK01 or TK01a). */
  get form(): FormId {
    return this.derived.version.form;
  }

  /** A copy of the files added on the uploads step, by slot id (`photo`, `idFront`, `idBack`, `attachment-<component>`). */
  get uploadedFiles(): Map<string, File> {
    return new Map(this.files);
  }

  /** Settles when pending draft writes (and upload writes or a restore of uploads) are done. */
  async flushDraft(): Promise<void> {
    await this.saver?.flush();
    await this.uploadsLoading;
    await this.uploadWrites;
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries(HochieuForm.dependencies)) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.flushOnHide);
    window.addEventListener('pagehide', this.flushOnPageHide);
    watchPointer();
    if (!this.store && !this.noDrafts) void this.openDrafts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.flushOnHide);
    window.removeEventListener('pagehide', this.flushOnPageHide);
    void this.saver?.flush().then(() => this.store?.close());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('declaration') && this.declaration) this.controller.fillFrom(this.declaration);
    if (changed.has('declaration') || changed.has('config') || !this.hasUpdated) this.controller.applyDefaults();
    // Data from the host that changes the form after the first render is explained like a typed change.
    if (this.hasUpdated) this.controller.checkFormSwitch();
    else this.controller.settleForm();
    // Before every render, so typed changes, host data and restores are all seen.
    this.trackVersion();
  }

  /** Explains a change of the form's circular (the submission date crossed 1/7/2026); every answer stays. */
  private trackVersion(): void {
    const key = this.derived.version.id;
    const migration = versionChange(this.currentVersion, key, this.draft);
    if (migration) this.versionNotice = migration;
    this.currentVersion = key;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = null;
    void this.applyFocus(target);
  }

  private async applyFocus(target: FocusTarget): Promise<void> {
    const root = this.renderRoot;
    if ('summary' in target) {
      const summary = root.querySelector<HochieuErrorSummary>('hochieu-error-summary');
      if (summary) {
        await summary.updateComplete;
        summary.focus();
        summary.scrollIntoView({ block: 'start' });
      }
      return;
    }
    if ('field' in target) {
      const field = root.querySelector<HTMLElement>(`#${target.field}`);
      if (field) {
        await (field as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        field.focus();
        field.scrollIntoView({ block: 'center' });
        return;
      }
    }
    const heading = root.querySelector<HTMLElement>('h2');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  // ---- derived data ----

  private get province(): ProvinceConfig | undefined {
    return this.config?.province ?? provinceConfig(DEFAULT_PROVINCE);
  }

  private get offices(): readonly Office[] {
    return this.province?.offices ?? [];
  }

  private get context(): { date: string; config?: HostConfig } {
    return this.config ? { date: this.today, config: this.config } : { date: this.today };
  }

  private get derived(): Derived {
    return this.controller.derived;
  }

  private get currentStep(): Step {
    return this.controller.currentStep;
  }

  private sectionOf(fieldId: string): Section | undefined {
    return this.controller.sectionOf(fieldId);
  }

  private isShown(field: Field): boolean {
    return this.controller.isShown(field.id);
  }

  private messagesOf(field: Field): { error: string; warning: string } {
    if (!this.isShown(field)) return { error: '', warning: '' };
    const issues = this.derived.byField.get(field.id) ?? [];
    const error = issues.find((i) => i.severity === 'error');
    const warning = issues.find((i) => i.severity === 'warning');
    return { error: error ? this.l10n.tCore(error) : '', warning: warning ? this.l10n.tCore(warning) : '' };
  }

  // ---- changes ----

  private onField(field: Field, kind: FieldEventKind, event: Event): void {
    const element = event.currentTarget as HTMLElement & { value?: string };
    if (kind === 'leave') {
      const related = (event as FocusEvent).relatedTarget as Node | null;
      if (related && (related === element || element.contains(related) || element.shadowRoot?.contains(related))) return;
      this.leave(field.id);
      return;
    }
    if (this.controller.edit(field.id, draftValue(field, element.value ?? ''))) this.scheduleSave();
  }

  /**
   * A field was left. When the pointer is down (the citizen is clicking something else), its messages
   * wait until the click is done: a message appearing on mouse-down would move the page and the click
   * would land on nothing (issue 13).
   */
  private leave(fieldId: string): void {
    afterClick(() => this.controller.leave(fieldId));
  }

  // ---- navigation ----

  private goto(stepId: string, focus: FocusTarget = { heading: true }, remember = true): void {
    if (this.controller.goto(stepId, remember)) this.pendingFocus = focus;
  }

  /** Effects of a step change: the view's transient state, focus, the event, saving. */
  private onStepChanged(change: { from: string; to: string; index: number; count: number }): void {
    this.summary = [];
    if (change.to === 'review') this.versionNotice = null;
    this.confirmClear = false;
    // The export code and fonts load while the citizen reads the review (issue 16: first export in one round trip).
    if (change.to === 'review' || change.to === 'export') warmExport();
    if (change.to !== 'export') this.exportState = null;
    // The QR outcome message belongs to the step it was shown on; an open question and the address notice stay.
    if (this.qr?.message && this.qr.conflicts.length === 0) this.qr = { ...this.qr, message: '' };
    this.pendingFocus = { heading: true };
    emit(this, 'hochieu-step-change', change);
    if (this.hasChanges) this.scheduleSave();
  }

  private back(): void {
    this.controller.back();
  }

  private stepFields(step: Step): Field[] {
    return this.controller.stepFields(step);
  }

  private validationDetail(step: string, issues: readonly ValidationIssue[]): void {
    emit(this, 'hochieu-validation', {
      step,
      valid: !issues.some((i) => i.severity === 'error'),
      issues: issues.map((i) => ({ path: i.path, id: i.id, severity: i.severity })),
    });
  }

  private continueSection(step: Step): void {
    const outcome = this.controller.continueSection(step.id);
    this.validationDetail(step.id, outcome.issues);
    this.scheduleSave();
    if (!outcome.moved) {
      this.summary = outcome.errors.map(({ field, issue }) => ({ target: fieldElementId(field.id), text: this.l10n.tCore(issue) }));
      this.pendingFocus = { summary: true };
    }
  }

  private confirmReview(): void {
    const outcome = this.controller.confirmReview();
    this.validationDetail('review', outcome.issues);
    if (outcome.moved) return;
    this.summary = [
      ...outcome.errors.map(({ field, issue }) => ({ target: changeLinkId(field.id), text: this.l10n.tCore(issue) })),
      ...outcome.unplaced.map((issue) => ({ target: 'review-heading', text: this.l10n.tCore(issue) })),
    ];
    this.pendingFocus = { summary: true };
  }

  private change(field: Field): void {
    if (this.controller.change(field.id)) this.pendingFocus = { field: fieldElementId(field.id) };
  }

  /** "Thay đổi" of an upload on the review: the uploads step, focus on that input, then back to the review. */
  private changeUpload(slot: UploadSlot): void {
    if (this.controller.changeUpload()) this.pendingFocus = { field: uploadElementId(slot.id) };
  }

  // ---- uploads ----

  /** "Tiếp tục" on the uploads step: never blocked; missing required files get a warning and the task list says so. */
  private continueUploads(): void {
    emit(this, 'hochieu-validation', { step: 'uploads', valid: true, issues: [] });
    const pending = this.uploadInputs()
      .filter((input) => (input as { pending?: unknown }).pending === true)
      .map((input) => input.dataset['upload'] ?? '');
    const outcome = this.controller.continueUploads(pending);
    this.scheduleSave();
    if (!outcome.moved) this.pendingFocus = { field: 'pending-question' };
  }

  private uploadInputs(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[data-upload]'));
  }

  /**
   * The answer to "you chose a photo and did not confirm it": keep it as framed (then move on), or let it go
   * (the photo accepted before, if any, stays). If keeping fails, the question closes on the photo input.
   */
  private async answerPending(keep: boolean): Promise<void> {
    for (const id of this.controller.pendingQuestion) {
      const input = this.uploadInputs().find((i) => i.dataset['upload'] === id) as
        | (HTMLElement & { confirmPending?: () => Promise<boolean>; cancelCrop?: () => void })
        | undefined;
      if (!input) continue;
      if (keep) {
        const kept = (await input.confirmPending?.()) ?? true;
        if (!kept) {
          this.controller.closePending();
          this.pendingFocus = { field: uploadElementId(id as UploadSlot['id']) };
          return;
        }
      } else {
        input.cancelCrop?.();
      }
    }
    await this.updateComplete;
    this.controller.answerPending();
  }

  private renderPendingQuestion(slots: readonly UploadSlot[]): TemplateResult | typeof nothing {
    const pending = this.controller.pendingQuestion;
    if (pending.length === 0) return nothing;
    const names = pending.map((id) => slots.find((s) => s.id === id)).filter((s): s is UploadSlot => s !== undefined);
    return html`<section class="notice warning" id="pending-question" tabindex="-1" aria-labelledby="pending-heading" data-pending-question>
      <h3 id="pending-heading">${this.l10n.t('form.uploads.pending.title', { files: names.map((s) => slotTitle(s, this.l10n)).join(', ') })}</h3>
      <p>${this.l10n.t('form.uploads.pending.text')}</p>
      <div class="actions">
        <button type="button" part="button" class="button" data-action="pending-keep" @click=${() => void this.answerPending(true)}>
          ${this.l10n.t('form.uploads.pending.keep')}
        </button>
        <button type="button" part="button" class="button secondary" data-action="pending-drop" @click=${() => void this.answerPending(false)}>
          ${this.l10n.t('form.uploads.pending.drop')}
        </button>
      </div>
    </section>`;
  }

  private onUpload(slot: UploadSlot, file: File | null): void {
    if ((this.files.get(slot.id) ?? null) === file) return;
    const next = new Map(this.files);
    if (file) next.set(slot.id, file);
    else next.delete(slot.id);
    this.files = orderedFiles(next);
    this.controller.touch();
    this.scheduleSave();
    this.scheduleUploadSave();
  }

  /** Writes the files to IndexedDB (in order, after the previous write); waits while the draft offer is open. */
  private scheduleUploadSave(): void {
    const store = this.uploadStore;
    if (!store) return;
    if (!this.draftsReady) {
      this.uploadsDirty = true;
      return;
    }
    this.uploadsDirty = false;
    const files = this.files;
    const generation = this.uploadGeneration;
    this.uploadWrites = this.uploadWrites.then(async () => {
      if (generation !== this.uploadGeneration) return;
      const result = await store.save(files);
      if (generation !== this.uploadGeneration) return;
      this.uploadStorage = { stored: result.outcome === 'saved', skipped: result.skipped };
    });
  }

  /** Puts back the files stored with the draft being resumed. */
  private restoreUploads(): void {
    const store = this.uploadStore;
    if (!store) return;
    const generation = this.uploadGeneration;
    this.uploadsLoading = store.load().then(
      (files) => {
        if (generation !== this.uploadGeneration || !files) return;
        this.files = orderedFiles(new Map([...files, ...this.files]));
        this.uploadStorage = { stored: true, skipped: [] };
      },
      () => undefined,
    );
  }

  private async photoBytes(): Promise<Uint8Array | undefined> {
    const photo = this.files.get('photo');
    return photo ? new Uint8Array(await photo.arrayBuffer()) : undefined;
  }

  // ---- QR prefill ----

  /** The card's data was confirmed in `<hochieu-qr-prefill>`: fill empty answers, ask about typed ones. */
  private onQrPrefill(event: CustomEvent<QrPrefillDetail>): void {
    // Personal data: the event stops here and never reaches the host page.
    event.stopPropagation();
    const detail = event.detail;
    void loadAddressData().catch(() => undefined); // the address fields check the card's (often pre-2025) address
    const target = this.qrTarget();
    const addressPath = `${target}.permanentAddress`;
    const merge = planQrMerge(this.draft, detail.data, target);
    if (merge.fills.length > 0) {
      this.controller.writeValues(merge.fills);
      this.scheduleSave();
    }
    const oldAddress = detail.data.addressMayBePreMerger && !detail.addressCorrected;
    const message =
      merge.fills.length > 0
        ? this.l10n.t('form.qr.filled', { count: merge.fills.length, fields: merge.fills.map((f) => this.labelOf(f.path)).join(', ') })
        : merge.conflicts.length === 0
          ? this.l10n.t('form.qr.nothing')
          : '';
    this.qrOldAddress = oldAddress;
    this.qr = {
      conflicts: merge.conflicts,
      message,
      // Shown when the card's old address went into the answer now, or still is there from an earlier read.
      addressNotice: oldAddress && (merge.fills.some((f) => f.path === addressPath) || (this.qr?.addressNotice ?? false)),
    };
    // The reader focuses its own outcome when it renders; the question about conflicts takes focus after that.
    if (merge.conflicts.length > 0) {
      void this.updateComplete.then(() => setTimeout(() => this.renderRoot.querySelector<HTMLElement>('#qr-conflicts')?.focus(), 0));
    }
  }

  /** The answer to the conflicts: replace the typed answers with the card's, or keep them. */
  private resolveQr(replace: boolean): void {
    const state = this.qr;
    if (!state) return;
    let message: string;
    if (replace && state.conflicts.length > 0) {
      this.controller.writeValues(state.conflicts);
      this.scheduleSave();
      message = this.l10n.t('form.qr.replaced', { count: state.conflicts.length });
    } else {
      message = this.l10n.t('form.qr.kept');
    }
    const replacedAddress = replace && state.conflicts.some((c) => c.path === `${this.qrTarget()}.permanentAddress`);
    this.qr = {
      conflicts: [],
      message: [state.message, message].filter(Boolean).join(' '),
      addressNotice: state.addressNotice || (replacedAddress && this.qrOldAddress),
    };
    this.pendingFocus = { field: 'qr-outcome' };
  }

  /** Whose card the QR reader fills: part A's representative on TK01a (the parent has a chip card, the child does not), else the applicant. */
  private qrTarget(): QrTarget {
    return this.derived.version.form === 'TK01a' ? 'representative' : 'applicant';
  }

  private labelOf(path: string): string {
    const field = this.derived.version.sections.flatMap((s) => s.fields).find((f) => f.id === path);
    return field ? this.l10n.tCore(field.labelId) : path;
  }

  // ---- drafts ----

  private async openDrafts(): Promise<void> {
    this.store?.close();
    this.store = new DraftStore(this.draftKey);
    this.store.watchOtherTabs((other) => (this.otherTab = other));
    this.saver = new DraftSaver(this.store, (outcome, record) => this.onSaved(outcome, record));
    this.uploadStore = new UploadStore(this.draftKey);
    this.uploadStorage = { stored: true, skipped: [] };
    let record: DraftRecord | null = null;
    try {
      record = await this.store.load();
    } catch {
      record = null;
    }
    const expired = this.store.expired;
    if (expired) {
      // Never silent: the citizen hears that the draft was past its time limit and deleted.
      this.draftMessage = { text: this.l10n.t('draft.expired', { time: this.formatTime(expired.savedAt), days: DRAFT_TTL_DAYS }), tone: 'info' };
    }
    if (record) {
      this.offer = record;
      return;
    }
    // Files left without their draft (it expired or was deleted elsewhere) are not kept.
    await this.uploadStore.remove();
    this.draftsReady = true;
    if (this.hasChanges) this.scheduleSave();
    if (this.uploadsDirty) this.scheduleUploadSave();
  }

  private record(): DraftRecord {
    return createDraftRecord(this.draft, this.controller.completedSteps(), new Date());
  }

  private scheduleSave(): void {
    if (!this.draftsReady || !this.saver || !this.hasChanges) return;
    this.saver.schedule(() => this.record());
  }

  private draftEvent(action: DraftAction, record?: DraftRecord): void {
    emit(this, 'hochieu-draft', {
      action,
      ...(record ? { savedAt: record.savedAt } : {}),
      ...(record && this.shareDraft ? { draft: record.declaration } : {}),
    });
  }

  private onSaved(outcome: SaveOutcome, record: DraftRecord): void {
    if (outcome === 'unavailable') {
      if (!this.storageUnavailable) this.draftEvent('storage-unavailable');
      this.storageUnavailable = true;
      return;
    }
    this.storageUnavailable = false;
    this.savedAt = record.savedAt;
    this.draftEvent('saved', record);
  }

  private formatTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(date);
  }

  private resumeDraft(): void {
    const record = this.offer;
    if (!record) return;
    this.offer = null;
    this.applyRecord(record);
    this.draftsReady = true;
    this.restoreUploads();
    this.draftMessage = { text: this.l10n.t('draft.restored', { time: this.formatTime(record.savedAt) }), tone: 'info' };
    this.draftEvent('restored', record);
    this.pendingFocus = { heading: true };
  }

  private applyRecord(record: DraftRecord): void {
    this.controller.restore(upgradeDraftKeys(record.declaration), record.completed ?? []);
    this.currentVersion = this.derived.version.id;
    this.versionNotice = null;
    this.summary = [];
    this.savedAt = record.savedAt;
  }

  private async restartDraft(): Promise<void> {
    this.offer = null;
    await this.store?.remove();
    await this.uploadStore?.remove();
    this.draftsReady = true;
    if (this.uploadsDirty) this.scheduleUploadSave();
    this.draftEvent('cleared');
    this.pendingFocus = { heading: true };
    this.requestUpdate();
    if (this.hasChanges) this.scheduleSave();
  }

  private async clearData(): Promise<void> {
    await this.saver?.cancel();
    // Drop queued upload writes and wait for one in progress, so nothing is written back after the deletion.
    this.uploadGeneration += 1;
    this.uploadsDirty = false;
    await this.uploadWrites;
    await this.uploadsLoading;
    await clearAllDrafts();
    this.files = new Map();
    this.qr = null;
    this.qrOldAddress = false;
    this.uploadStorage = { stored: this.uploadStore !== null, skipped: [] };
    this.controller.reset(this.declaration);
    this.currentVersion = this.derived.version.id;
    this.versionNotice = null;
    this.summary = [];
    this.savedAt = '';
    this.storageUnavailable = false;
    this.confirmClear = false;
    this.offer = null;
    this.draftsReady = true;
    this.exportState = null;
    this.importError = '';
    this.draftMessage = { text: this.l10n.t('draft.cleared'), tone: 'info' };
    this.draftEvent('cleared');
    if (this.stepId !== 'tasks') this.goto('tasks');
    else this.pendingFocus = { heading: true };
  }

  private exportDraftFile(): void {
    const record = this.record();
    const text = draftFileText(record);
    downloadFile({ bytes: new TextEncoder().encode(text), fileName: draftFileName(record), mimeType: 'application/json' }, this.container);
    this.draftEvent('exported', record);
    emit(this, 'hochieu-export', { kind: 'draft-file', ok: true });
  }

  private async importDraftFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.importError = `${this.l10n.t('draft.import.unreadable', { file: name })} ${this.l10n.t('draft.import.untouched')}`;
      input.value = '';
      return;
    }
    const result = parseDraftFile(text);
    input.value = '';
    if (!result.ok) {
      const problem =
        result.problem === 'unsupportedVersion'
          ? this.l10n.t('draft.import.unsupportedVersion', { file: name, version: result.version ?? '?' })
          : this.l10n.t(`draft.import.${result.problem}`, { file: name });
      this.importError = `${problem} ${this.l10n.t('draft.import.untouched')}`;
      this.draftMessage = null;
      return;
    }
    this.importError = '';
    this.applyRecord(result.record);
    this.controller.touch();
    this.draftsReady = true;
    this.offer = null;
    this.draftMessage = { text: this.l10n.t('draft.imported', { file: name, time: this.formatTime(result.record.savedAt) }), tone: 'info' };
    this.draftEvent('imported', result.record);
    this.scheduleSave();
    if (this.uploadsDirty) this.scheduleUploadSave();
  }

  // ---- export ----

  private get container(): Element {
    return this.renderRoot.querySelector('.root') ?? (this.renderRoot as unknown as Element);
  }

  private failureReason(error: unknown): { text: string; id: string } {
    if (error instanceof ExportFailure) {
      if (error.stage === 'invalid') {
        const words = error.descriptions.length > 0 ? error.descriptions : error.issues.map((i) => this.l10n.tCore(i));
        const list = words.join('; ');
        const text = this.l10n.t(error.kind === 'zip' ? 'form.export.reason.dossier' : 'form.export.reason.invalid', { list });
        return { text, id: error.issues[0]?.id ?? 'invalid' };
      }
      if (error.stage === 'load') return { text: this.l10n.t('form.export.reason.load'), id: 'load' };
      return { text: this.l10n.t('form.export.reason.render', { detail: error.message }), id: 'render' };
    }
    return { text: this.l10n.t('form.export.reason.render', { detail: String(error) }), id: 'render' };
  }

  private get exportOptions(): { date: string; config?: HostConfig; locale: 'vi' | 'en' } {
    return { ...this.context, locale: this.locale };
  }

  /** Runs one export with its progress state and `hochieu-export` event; a failure changes nothing else. */
  private async runExport(kind: ExportAction, make: () => Promise<string>, onFailure?: () => void): Promise<void> {
    if (this.exportState?.phase === 'busy') return;
    this.exportState = { kind, phase: 'busy' };
    try {
      const text = await make();
      this.exportState = { kind, phase: 'done', text };
      emit(this, 'hochieu-export', { kind, ok: true });
    } catch (error) {
      onFailure?.();
      const reason = this.failureReason(error);
      this.exportState = { kind, phase: 'failed', reason: reason.text };
      emit(this, 'hochieu-export', { kind, ok: false, reason: reason.id });
    }
  }

  private async exportDocument(kind: DocumentKind): Promise<void> {
    await this.runExport(kind, async () => {
      const file = await exportDeclaration(kind, this.derived.effective, { ...this.exportOptions, photo: await this.photoBytes() });
      downloadFile(file, this.container);
      return this.l10n.t('form.export.done', { file: file.fileName });
    });
  }

  private async exportZip(): Promise<void> {
    await this.runExport('zip', async () => {
      const { effective, plan } = this.derived;
      const files = dossierUploads(plan, this.noUploads ? new Map() : this.files);
      const file = await exportDossier(effective, files, this.exportOptions);
      downloadFile(file, this.container);
      return this.l10n.t('form.export.done', { file: file.fileName });
    });
  }

  /** "In tờ khai": the window is opened inside the click, then given the PDF (see `openPrintWindow`). */
  private async printDeclaration(): Promise<void> {
    if (this.exportState?.phase === 'busy') return;
    const win = openPrintWindow(this.l10n.t('form.export.printWait'), this.locale);
    await this.runExport(
      'print',
      async () => {
        const file: ExportedFile = await exportDeclaration('pdf', this.derived.effective, { ...this.exportOptions, photo: await this.photoBytes() });
        if (win && showInWindow(win, file)) return this.l10n.t('form.export.printOpened');
        downloadFile(file, this.container);
        return this.l10n.t('form.export.printBlocked', { file: file.fileName });
      },
      () => win?.close(),
    );
  }

  // ---- rendering ----

  private renderLive(): TemplateResult {
    const notice = this.notice;
    return html`<div class="live" role="status">${notice
      ? html`<div class="notice" data-notice=${notice}>
          <p>${this.l10n.t(notice === 'TK01a' ? 'form.switch.TK01a' : 'form.switch.TK01')}</p>
          ${notice === 'TK01a' ? html`<p>${this.l10n.t('form.switch.TK01a.more')}</p>` : nothing}
        </div>`
      : nothing}${this.versionNotice
      ? renderVersionNotice(this.versionNotice, String(readPath(this.draft, 'submission.date') ?? ''), this.l10n)
      : nothing}${this.storageUnavailable
      ? html`<div class="notice warning" data-notice="storage"><p>${this.l10n.t('draft.unavailable')}</p></div>`
      : nothing}${this.otherTab
      ? html`<div class="notice warning" data-notice="other-tab"><p>${this.l10n.t(this.otherTab.kind === 'saved' ? 'draft.otherTab.saved' : 'draft.otherTab.open')}</p></div>`
      : nothing}</div>`;
  }

  private renderSummary(): TemplateResult {
    return html`<hochieu-error-summary .items=${this.summary}></hochieu-error-summary>`;
  }

  private renderBack(): TemplateResult {
    return html`<button type="button" class="back" data-action="back" @click=${() => this.back()}>${this.l10n.t('form.back')}</button>`;
  }

  private statusOf(section: Section): SectionStatus {
    const fields = sectionFields(section, this.draft);
    return sectionStatus(section, this.draft, this.derived.issues, {
      submitted: this.submitted.has(section.id),
      touched: fields.some((f) => this.shown.has(f.id)),
    });
  }

  private renderTaskList(): TemplateResult {
    const sections = this.derived.steps.filter((s) => s.section);
    const allDone = sections.every((s) => s.section && this.statusOf(s.section) === 'completed');
    const link = (id: string, text: string, describedBy?: string) =>
      html`<a href=${`#step-${id}`} aria-describedby=${describedBy ?? nothing} @click=${(e: Event) => {
        e.preventDefault();
        this.goto(id);
      }}>${text}</a>`;
    return html`<ol class="task-list" aria-label=${this.l10n.t('form.tasks.listLabel')}>
      ${sections.map((s) => {
        const status = this.statusOf(s.section!);
        const statusId = `status-${s.id}`;
        return html`<li class="task" data-task=${s.id} data-status=${status}>
          ${link(s.id, this.l10n.tCore(s.section!.titleId), statusId)}
          <strong id=${statusId} class=${`tag ${status}`}>${this.l10n.t(`form.status.${status}`)}</strong>
        </li>`;
      })}
      ${this.derived.steps.some((s) => s.kind === 'uploads') ? this.renderUploadsTask(link) : nothing}
      <li class="task" data-task="review">${link('review', this.l10n.t('form.tasks.review'))}</li>
      ${allDone && !this.derived.issues.some((i) => i.severity === 'error')
        ? html`<li class="task" data-task="export">${link('export', this.l10n.t('form.tasks.export'))}</li>`
        : nothing}
    </ol>`;
  }

  /** The uploads row of the task list: its status and how many needed files are there. */
  private renderUploadsTask(link: (id: string, text: string, describedBy?: string) => TemplateResult): TemplateResult {
    const { slots } = this.derived;
    const status = uploadsStatus(slots, this.files, this.submitted.has('uploads'));
    const count = requiredCount(slots, this.files);
    const present = slots.filter((s) => this.files.has(s.id)).length;
    return html`<li class="task" data-task="uploads" data-status=${status}>
      ${link('uploads', this.l10n.t('form.uploads.title'), 'status-uploads count-uploads')}
      <strong id="status-uploads" class=${`tag ${status}`}>${this.l10n.t(`form.status.${status}`)}</strong>
      <span id="count-uploads" class="task-hint muted">${count.total > 0
        ? this.l10n.t('form.uploads.count', { present: count.present, total: count.total })
        : this.l10n.t('form.uploads.countOptional', { count: present })}</span>
    </li>`;
  }

  /** "Điền tự động từ mã QR": the reader in a disclosure, the question about conflicts, the outcome. */
  private renderQr(): TemplateResult {
    const state = this.qr;
    return html`<details class="qr" data-qr>
        <summary>${this.l10n.t('form.qr.summary')}</summary>
        <div class="qr-body">
          <hochieu-qr-prefill
            heading-level="3"
            today=${this.today}
            .image=${this.files.get('idFront') ?? null}
            @hochieu-qr-prefill=${(e: CustomEvent<QrPrefillDetail>) => this.onQrPrefill(e)}
          ></hochieu-qr-prefill>
        </div>
      </details>
      ${state && state.conflicts.length > 0 ? this.renderQrConflicts(state.conflicts) : nothing}
      <div class="live" role="status">${state?.message
        ? html`<p class="notice" id="qr-outcome" tabindex="-1" data-qr-message>${state.message}</p>`
        : nothing}</div>`;
  }

  private renderQrConflicts(conflicts: readonly QrConflict[]): TemplateResult {
    const fields = this.derived.version.sections.flatMap((s) => s.fields);
    const shown = (path: string, value: string): string => {
      const field = fields.find((f) => f.id === path);
      return field ? this.formatAnswer(field, value) : value;
    };
    return html`<section class="notice warning qr-conflicts" id="qr-conflicts" tabindex="-1" aria-labelledby="qr-conflicts-heading" data-qr-conflicts>
      <h3 id="qr-conflicts-heading">${this.l10n.t('form.qr.conflict.title')}</h3>
      <p>${this.l10n.t('form.qr.conflict.intro')}</p>
      <dl class="summary-list">
        ${conflicts.map(
          (c) => html`<div class="row" data-qr-conflict=${c.path}>
            <dt>${this.labelOf(c.path)}</dt>
            <dd class="value">${this.l10n.t('form.qr.conflict.values', { typed: shown(c.path, c.typed), card: shown(c.path, c.value) })}</dd>
          </div>`,
        )}
      </dl>
      <div class="actions">
        <button type="button" part="button" class="button" data-action="qr-replace" @click=${() => this.resolveQr(true)}>
          ${this.l10n.t('form.qr.conflict.replace')}
        </button>
        <button type="button" part="button" class="button secondary" data-action="qr-keep" @click=${() => this.resolveQr(false)}>
          ${this.l10n.t('form.qr.conflict.keep')}
        </button>
      </div>
    </section>`;
  }

  /** TK01a: part A's name and birth date differ from what was typed in the matching parent row: offered in one tap, never forced. */
  private renderParentOffer(conflicts: readonly { readonly path: string; readonly value: string; readonly typed: string }[]): TemplateResult {
    return html`<div class="notice" data-parent-offer>
      <p>${this.l10n.t('form.parent.offer')}</p>
      <ul>
        ${conflicts.map((c) => html`<li data-parent-conflict=${c.path}>${this.labelOf(c.path)}: ${c.value}</li>`)}
      </ul>
      <button type="button" part="button" class="button secondary" data-action="use-representative" @click=${() => {
        this.controller.useRepresentativeForParent();
        this.scheduleSave();
      }}>${this.l10n.t('form.parent.use')}</button>
    </div>`;
  }

  /** The card's address may name units from before 1/7/2025 (Nghị quyết 202/2025/QH15): ask to check it. */
  private renderAddressNotice(pointToSection: boolean): TemplateResult | typeof nothing {
    if (!this.qr?.addressNotice) return nothing;
    const section = this.sectionOf(`${this.qrTarget()}.permanentAddress`);
    return html`<div class="notice warning" data-qr-address>
      <p>${this.l10n.tCore('idcard.address.preMerger')}</p>
      ${pointToSection && section ? html`<p>${this.l10n.t('form.qr.addressCheck', { section: this.l10n.tCore(section.titleId) })}</p>` : nothing}
    </div>`;
  }

  private renderOffer(record: DraftRecord): TemplateResult {
    return html`<section class="step" data-step="offer" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${this.l10n.t('draft.offer.title')}</h2>
      <p>${this.l10n.t('draft.offer.text', { time: this.formatTime(record.savedAt) })}</p>
      <p class="muted">${this.l10n.t('draft.offer.restartHint')}</p>
      <div class="actions">
        <button type="button" part="button" class="button" data-action="resume" @click=${() => this.resumeDraft()}>
          ${this.l10n.t('draft.offer.resume')}
        </button>
        <button type="button" part="button" class="button secondary" data-action="restart" @click=${() => void this.restartDraft()}>
          ${this.l10n.t('draft.offer.restart')}
        </button>
      </div>
    </section>`;
  }

  private renderTasks(): TemplateResult {
    if (this.offer) return this.renderOffer(this.offer);
    const { version } = this.derived;
    const sections = this.derived.steps.filter((s) => s.section);
    const first = sections.find((s) => s.section && this.statusOf(s.section) !== 'completed') ?? sections[0];
    const started = sections.some((s) => s.section && this.statusOf(s.section) !== 'notStarted');
    const decided = formDecided(this.draft, this.context) !== null;
    return html`<section class="step" data-step="tasks" aria-labelledby="heading">
      ${this.renderLive()}
      <h2 id="heading" tabindex="-1">${this.l10n.t('form.tasks.title')}</h2>
      <p class="lead">${this.l10n.t('form.tasks.intro')}</p>
      <p data-form=${version.form}>
        ${decided ? this.l10n.t('form.tasks.form', { form: version.form }) : this.l10n.t('form.tasks.formUnknown')}
      </p>
      ${this.renderTaskList()}
      ${first
        ? html`<div class="actions">
            <button type="button" part="button" class="button" data-action="start" @click=${() => this.goto(first.id)}>
              ${this.l10n.t(started ? 'form.tasks.resume' : 'form.tasks.start')}
            </button>
          </div>`
        : nothing}
      ${this.renderDraftTools()}
    </section>`;
  }

  private renderSection(step: Step): TemplateResult {
    const section = step.section!;
    const target = this.qrTarget();
    const hasQr = this.stepFields(step).some((f) => f.id === (target === 'representative' ? 'representative.fullName' : 'applicant.familyName'));
    const hasAddress = this.stepFields(step).some((f) => f.id === `${target}.permanentAddress`);
    const parentConflicts = this.stepFields(step).some((f) => f.id.startsWith('family.')) ? this.controller.parentConflicts : [];
    const sections = this.derived.steps.filter((s) => s.section);
    const index = sections.findIndex((s) => s.id === step.id) + 1;
    const context: FieldViewContext = {
      l10n: this.l10n,
      offices: this.offices,
      state: (field) => ({ value: fieldText(readPath(this.draft, field.id)), ...this.messagesOf(field) }),
      handle: (field, kind, event) => this.onField(field, kind, event),
      valueOf: (path) => fieldText(readPath(this.draft, path)),
      copy: (field, value) => {
        this.controller.copyInto(field.id, value);
        this.scheduleSave();
      },
    };
    return html`<section class="step" data-step=${step.id} aria-labelledby="heading">
      ${this.renderBack()} ${this.renderLive()} ${this.renderSummary()}
      <p class="caption">${this.l10n.t('form.caption', { form: this.derived.version.form, index, count: sections.length })}</p>
      <h2 id="heading" tabindex="-1">${this.l10n.tCore(section.titleId)}</h2>
      ${hasQr ? this.renderQr() : nothing} ${hasQr || hasAddress ? this.renderAddressNotice(!hasAddress) : nothing}
      ${parentConflicts.length > 0 ? this.renderParentOffer(parentConflicts) : nothing}
      <div class="fields">${this.stepFields(step).map((field) => renderFieldWithCopy(field, context))}</div>
      <div class="actions">
        <button type="button" part="button" class="button" data-action="continue" @click=${() => this.continueSection(step)}>
          ${this.l10n.t('form.continue')}
        </button>
      </div>
    </section>`;
  }

  /** The answer as the review shows it. */
  private answerText(field: Field): string {
    return this.formatAnswer(field, readPath(this.draft, field.id));
  }

  /** A value of a field as people read it: option labels, dates as dd/mm/yyyy, capitals where printed so. */
  private formatAnswer(field: Field, value: unknown): string {
    if (value === undefined || value === null || value === '') return '';
    if (field.kind === 'office') {
      const office = this.offices.find((o) => o.id === value);
      if (office) return this.locale === 'en' && office.nameEn ? office.nameEn : office.name;
    }
    const option = field.options?.find((o) => o.value === value);
    if (option) return this.l10n.tCore(option.labelId);
    const text = fieldText(value);
    if (field.kind === 'date' || field.kind === 'partialDate') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
      return m ? `${m[3]}/${m[2]}/${m[1]}` : text;
    }
    return field.printCase === 'upper' ? toPrintedCapitals(text) : text;
  }

  /** The working-day calendar under the due date; its element is a lazy chunk, defined on first use. */
  private reviewCalendar(): TemplateResult {
    if (!customElements.get('hochieu-working-days-calendar')) {
      import('../working-days-calendar/define.js').then((m) => m.defineWorkingDaysCalendar()).catch(() => undefined);
    }
    return dueCalendar(this.config, this.derived.plan.date);
  }

  private renderReview(): TemplateResult {
    const { version } = this.derived;
    const submitted = this.submitted;
    return html`<section class="step" data-step="review" aria-labelledby="review-heading">
      ${this.renderBack()} ${this.renderLive()} ${this.renderSummary()}
      <h2 id="review-heading" tabindex="-1">${this.l10n.t('review.title')}</h2>
      <p class="lead">${this.l10n.t('review.intro')}</p>
      <dl class="summary-list">
        <div class="row">
          <dt>${this.l10n.t('review.form')}</dt>
          <dd class="value" data-answer="form">${this.l10n.t('review.formValue', { form: version.form })}</dd>
        </div>
        ${this.derived.plan.dueDate
          ? html`<div class="row">
              <dt>${this.l10n.t('review.due')}</dt>
              <dd class="value" data-answer="due" data-date=${this.derived.plan.dueDate}>
                ${this.l10n.t('review.dueValue', { due: formatVietnameseDate(this.derived.plan.dueDate), date: formatVietnameseDate(this.derived.plan.date) })}
              </dd>
            </div>`
          : nothing}
      </dl>
      ${this.derived.plan.dueDate ? this.reviewCalendar() : nothing}
      ${this.derived.steps
        .filter((s) => s.section)
        .map((step) => {
          const section = step.section!;
          return html`<h3>${this.l10n.tCore(section.titleId)}</h3>
            <dl class="summary-list" data-review-section=${section.id}>
              ${this.stepFields(step).map((field) => {
                const answer = this.answerText(field);
                const label = this.l10n.tCore(field.labelId);
                const error = submitted.has(section.id)
                  ? (this.derived.byField.get(field.id) ?? []).find((i) => i.severity === 'error')
                  : undefined;
                return html`<div class=${error ? 'row has-error' : 'row'}>
                  <dt>${fieldLabel(field, this.l10n)}</dt>
                  <dd class="value" data-answer=${field.id}>${answer || html`<span class="muted">${this.l10n.t('review.empty')}</span>`}</dd>
                  <dd class="change">
                    <a
                      id=${changeLinkId(field.id)}
                      href=${`#${fieldElementId(field.id)}`}
                      @click=${(e: Event) => {
                        e.preventDefault();
                        this.change(field);
                      }}
                      >${this.l10n.t('review.change')}<span class="visually-hidden"> ${label}</span></a
                    >
                  </dd>
                  ${error ? html`<dd class="row-error">${this.l10n.tCore(error)}</dd>` : nothing}
                </div>`;
              })}
            </dl>`;
        })}
      ${this.derived.steps.some((s) => s.kind === 'uploads') ? this.renderUploadsReview() : nothing}
      <div class="actions">
        <button type="button" part="button" class="button" data-action="confirm" @click=${() => this.confirmReview()}>
          ${this.l10n.t('review.confirm')}
        </button>
      </div>
    </section>`;
  }

  /** The uploads on the check-answers page: each file's name and size, or "Chưa có", with "Thay đổi". */
  private renderUploadsReview(): TemplateResult {
    return html`<h3>${this.l10n.t('form.uploads.title')}</h3>
      <dl class="summary-list" data-review-section="uploads">
        ${this.derived.slots.map((slot) => {
          const title = slotTitle(slot, this.l10n);
          return html`<div class="row">
            <dt>${title}</dt>
            <dd class="value" data-upload-answer=${slot.id}>${uploadAnswer(slot, this.files.get(slot.id), this.l10n)}</dd>
            <dd class="change">
              <a
                id=${uploadChangeLinkId(slot.id)}
                href=${`#${uploadElementId(slot.id)}`}
                @click=${(e: Event) => {
                  e.preventDefault();
                  this.changeUpload(slot);
                }}
                >${this.l10n.t('review.change')}<span class="visually-hidden"> ${title}</span></a
              >
            </dd>
          </div>`;
        })}
      </dl>`;
  }

  private renderExportStatus(): TemplateResult {
    const state = this.exportState;
    const kind = state ? (state.kind === 'print' ? 'PDF' : state.kind.toUpperCase()) : '';
    return html`<div class="live" role="status" data-export-status=${state?.phase ?? 'idle'}>${state?.phase === 'busy'
      ? html`<p class="notice">${state.kind === 'print' ? this.l10n.t('form.export.printWait') : this.l10n.t('form.export.busy', { kind })}</p>`
      : state?.phase === 'done'
        ? html`<p class="notice" data-export-done=${state.kind}>${state.text}</p>`
        : nothing}</div>
      <div class="live" role="alert">${state?.phase === 'failed'
        ? html`<p class="notice error" data-export-error>${this.l10n.t('form.export.failed', { kind, reason: state.reason })}</p>`
        : nothing}</div>`;
  }

  private renderExport(): TemplateResult {
    const busy = this.exportState?.phase === 'busy';
    const label = {
      pdf: 'form.export.pdf',
      docx: 'form.export.docx',
      zip: 'form.export.zip',
      print: 'form.export.print',
    } as const satisfies Record<ExportAction, WidgetMessageId>;
    const run: Record<ExportAction, () => Promise<void>> = {
      pdf: () => this.exportDocument('pdf'),
      docx: () => this.exportDocument('docx'),
      zip: () => this.exportZip(),
      print: () => this.printDeclaration(),
    };
    const button = (kind: ExportAction, secondary = false) =>
      html`<button
        type="button"
        part="button"
        class=${secondary ? 'button secondary' : 'button'}
        data-export=${kind}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => void run[kind]()}
      >
        ${this.l10n.t(label[kind])}
      </button>`;
    const uploads = this.derived.steps.some((s) => s.kind === 'uploads');
    const included = uploads ? this.derived.slots.filter((s) => this.files.has(s.id)).length : 0;
    return html`<section class="step" data-step="export" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderBack()} ${this.renderLive()}
      <h2 id="heading" tabindex="-1">${this.l10n.t('form.export.title')}</h2>
      <p class="lead">${this.l10n.t('form.export.intro', { form: this.derived.version.form })}</p>
      ${uploads ? html`<p data-photo-note>${this.l10n.t(this.files.has('photo') ? 'form.export.photoIncluded' : 'form.export.noPhoto')}</p>` : nothing}
      <div class="actions">${button('pdf')} ${button('docx')} ${button('print', true)}</div>
      <p class="muted">${this.l10n.t('form.export.printHint')}</p>
      <h3>${this.l10n.t('form.export.zip')}</h3>
      <p>${this.l10n.t('form.export.zipHint', { count: included })}</p>
      <div class="actions">${button('zip')}</div>
      ${this.renderExportStatus()} ${this.renderDraftTools()}
    </section>`;
  }

  private renderUploads(): TemplateResult {
    const { slots } = this.derived;
    const skipped = this.uploadStorage.skipped.filter((id) => this.files.has(id));
    const names = skipped.map((id) => slots.find((s) => s.id === id)).filter((s): s is UploadSlot => s !== undefined);
    const max = formatBytes(UPLOADS_MAX_STORED_BYTES, this.locale);
    return html`<section class="step" data-step="uploads" aria-labelledby="heading">
      ${this.renderBack()} ${this.renderLive()}
      <h2 id="heading" tabindex="-1">${this.l10n.t('form.uploads.title')}</h2>
      <p class="lead">${this.l10n.t('form.uploads.intro')}</p>
      <p>${this.l10n.t('form.uploads.skip')}</p>
      <p class="muted" data-upload-storage>
        ${this.uploadStore ? this.l10n.t('form.uploads.kept', { max }) : this.l10n.t('form.uploads.memoryOnly')}
      </p>
      <div class="live" role="status">${names.length > 0
        ? html`<p class="notice warning" data-upload-not-stored>
            ${this.l10n.t('form.uploads.notStored', { files: names.map((s) => slotTitle(s, this.l10n)).join(', '), max })}
          </p>`
        : nothing}</div>
      ${renderUploadInputs({
        l10n: this.l10n,
        slots,
        files: this.files,
        submitted: this.submitted.has('uploads'),
        change: (slot, file) => this.onUpload(slot, file),
      })}
      ${this.renderPendingQuestion(slots)}
      <div class="actions">
        <button type="button" part="button" class="button" data-action="continue" @click=${() => this.continueUploads()}>
          ${this.l10n.t('form.continue')}
        </button>
      </div>
    </section>`;
  }

  private renderDraftTools(): TemplateResult {
    const message = this.draftMessage;
    return html`<section class="draft-tools" aria-labelledby="draft-heading">
      <h3 id="draft-heading">${this.l10n.t('draft.title')}</h3>
      ${this.noDrafts ? nothing : html`<p>${this.l10n.t('draft.intro', { days: DRAFT_TTL_DAYS })}</p>`}
      <div class="live" role="status">${message
        ? html`<p class="notice" data-draft-message>${message.text}</p>`
        : this.savedAt
          ? html`<p class="muted">${this.l10n.t('draft.savedAt', { time: this.formatTime(this.savedAt) })}</p>`
          : nothing}</div>
      <div class="actions">
        <button type="button" part="button" class="button secondary" data-action="export-draft" @click=${() => this.exportDraftFile()}>
          ${this.l10n.t('draft.exportFile')}
        </button>
      </div>
      <div class="file-group">
        <label for="import-file">${this.l10n.t('draft.importFile')}</label>
        <p id="import-hint" class="hint">${this.l10n.t('draft.importHint')}</p>
        <p id="import-error" class="notice error" role="alert" ?hidden=${!this.importError}>${this.importError}</p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby=${this.importError ? 'import-hint import-error' : 'import-hint'}
          @change=${(e: Event) => void this.importDraftFile(e)}
        />
      </div>
      ${this.confirmClear
        ? html`<div class="notice warning" data-confirm-clear>
            <p>${this.l10n.t('draft.clearConfirm')}</p>
            <div class="actions">
              <button type="button" part="button" class="button warning" data-action="clear-yes" @click=${() => void this.clearData()}>
                ${this.l10n.t('draft.clearYes')}
              </button>
              <button type="button" part="button" class="button secondary" data-action="clear-no" @click=${() => (this.confirmClear = false)}>
                ${this.l10n.t('draft.clearNo')}
              </button>
            </div>
          </div>`
        : this.noDrafts
          ? nothing
          : html`<div class="actions">
            <button type="button" part="button" class="button warning" data-action="clear" @click=${() => (this.confirmClear = true)}>
              ${this.l10n.t('draft.clear')}
            </button>
          </div>`}
    </section>`;
  }

  private renderStep(): TemplateResult {
    const step = this.currentStep;
    switch (step.kind) {
      case 'section':
        return this.renderSection(step);
      case 'review':
        return this.renderReview();
      case 'export':
        return this.renderExport();
      case 'uploads':
        return this.renderUploads();
      default:
        return this.renderTasks();
    }
  }

  protected override render(): TemplateResult {
    return html`<div class="root" lang=${this.locale} role="region" aria-label=${this.l10n.t('form.label')}>
      ${this.renderStep()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-form': HochieuForm;
  }
}
