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
 * another device; "Xóa dữ liệu trên máy này" removes everything.
 *
 * @summary The passport declaration form with review, export and private drafts.
 *
 * @attr lang - `vi` (default) or `en`; each instance keeps its own language.
 * @attr date - Today as an ISO date (default: today in Vietnam); the reference date when no submission date is given.
 * @attr draft-key - Name of the draft on this device (default `default`), for several forms on one site.
 * @attr share-draft - Opt-in: `hochieu-draft` events carry the draft itself.
 * @attr no-drafts - Keep nothing on the device (kiosks, shared computers): no automatic draft; saving to a file still works.
 *
 * @fires hochieu-step-change - The form moved to another step (`StepChangeDetail`).
 * @fires hochieu-validation - A step was checked (`ValidationDetail`, message ids only).
 * @fires hochieu-export - A document was made or failed (`ExportDetail`).
 * @fires hochieu-draft - The draft was saved, restored, imported, exported or cleared (`DraftDetail`).
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
  validateDeclaration,
  vietnamDateOf,
  writePath,
  type DeclarationDraft,
  type Field,
  type FormId,
  type FormVersion,
  type HostConfig,
  type Office,
  type ProvinceConfig,
  type Section,
  type ValidationIssue,
} from '@hochieu/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  DRAFT_TTL_DAYS,
  DraftSaver,
  DraftStore,
  clearAllDrafts,
  createDraftRecord,
  draftFileName,
  draftFileText,
  parseDraftFile,
  type DraftRecord,
  type SaveOutcome,
} from '../../drafts/index.js';
import { emit, type DraftAction } from '../../events.js';
import { focusStyles, linkStyles, visuallyHidden } from '../../styles/shared.js';
import { HochieuElement } from '../base/hochieu-element.js';
import { HochieuChoice } from '../choice/choice.js';
import { HochieuCombobox } from '../combobox/combobox.js';
import { HochieuDateInput } from '../date-input/date-input.js';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { HochieuErrorSummary } from '../error-summary/error-summary.js';
import { HochieuIdInput } from '../id-input/id-input.js';
import { HochieuPhoneInput } from '../phone-input/phone-input.js';
import { HochieuTextField } from '../text-field/text-field.js';
import { HochieuTextarea } from '../textarea/textarea.js';
import { downloadFile, exportDeclaration, ExportFailure, type DocumentKind } from './export-adapter.js';
import { fieldLabel, renderField, type FieldEventKind, type FieldViewContext } from './field-view.js';
import {
  changeLinkId,
  draftValue,
  effectiveDeclaration,
  fieldElementId,
  fieldText,
  fillEmpty,
  formDecided,
  issuesByField,
  sectionFields,
  versionFor,
  withDefaults,
} from './form-data.js';
import { formStyles } from './hochieu-form.styles.js';
import { buildSteps, sectionStatus, type SectionStatus, type Step } from './steps.js';

interface Derived {
  readonly version: FormVersion;
  readonly effective: DeclarationDraft;
  readonly issues: readonly ValidationIssue[];
  readonly steps: readonly Step[];
  readonly fields: readonly Field[];
  readonly byField: Map<string, ValidationIssue[]>;
}

type ExportState =
  | { readonly kind: DocumentKind; readonly phase: 'busy' }
  | { readonly kind: DocumentKind; readonly phase: 'done'; readonly file: string }
  | { readonly kind: DocumentKind; readonly phase: 'failed'; readonly reason: string };

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
  };

  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    date: {},
    declaration: { attribute: false },
    draftKey: { attribute: 'draft-key' },
    shareDraft: { type: Boolean, attribute: 'share-draft' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    uploads: { type: Boolean },
    draft: { state: true },
    stepId: { state: true },
    shown: { state: true },
    submitted: { state: true },
    summary: { state: true },
    notice: { state: true },
    offer: { state: true },
    storageUnavailable: { state: true },
    savedAt: { state: true },
    draftMessage: { state: true },
    importError: { state: true },
    confirmClear: { state: true },
    exportState: { state: true },
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

  /** Include the uploads step (part 2). */
  declare uploads: boolean;

  private declare draft: DeclarationDraft;
  private declare stepId: string;
  /** Fields whose messages are shown (left after a change). */
  private declare shown: ReadonlySet<string>;
  /** Steps where "Tiếp tục" was pressed (their messages are shown; a clean one is completed). */
  private declare submitted: ReadonlySet<string>;
  private declare summary: readonly ErrorSummaryItem[];
  private declare notice: FormId | null;
  private declare offer: DraftRecord | null;
  private declare storageUnavailable: boolean;
  private declare savedAt: string;
  private declare draftMessage: DraftMessage | null;
  private declare importError: string;
  private declare confirmClear: boolean;
  private declare exportState: ExportState | null;

  /** Fields changed since they were last left. */
  private readonly dirty = new Set<string>();
  private derivedCache: { key: unknown[]; value: Derived } | null = null;
  private store: DraftStore | null = null;
  private saver: DraftSaver | null = null;
  /** Saving starts once a stored draft was offered and answered (or there was none). */
  private draftsReady = false;
  /** The citizen changed something since the form opened or was cleared. */
  private hasChanges = false;
  private returnToReview = false;
  /** Steps visited, for "Quay lại". */
  private readonly history: string[] = [];
  /** After a switch to TK01a adds a section before the current step: go there next, then resume. */
  private detour: { readonly to: string; readonly resumeAfter: string } | null = null;
  private currentForm: FormId | null = null;
  private pendingFocus: FocusTarget | null = null;
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
    this.uploads = false;
    this.draft = {};
    this.stepId = 'tasks';
    this.shown = new Set();
    this.submitted = new Set();
    this.summary = [];
    this.notice = null;
    this.offer = null;
    this.storageUnavailable = false;
    this.savedAt = '';
    this.draftMessage = null;
    this.importError = '';
    this.confirmClear = false;
    this.exportState = null;
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

  /** Settles when pending draft writes are done. */
  async flushDraft(): Promise<void> {
    await this.saver?.flush();
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    for (const [tag, element] of Object.entries(HochieuForm.dependencies)) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.flushOnHide);
    window.addEventListener('pagehide', this.flushOnPageHide);
    if (!this.store && !this.noDrafts) void this.openDrafts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.flushOnHide);
    window.removeEventListener('pagehide', this.flushOnPageHide);
    void this.saver?.flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('declaration') && this.declaration) {
      this.draft = fillEmpty(this.draft, this.declaration);
    }
    if (changed.has('declaration') || changed.has('config') || !this.hasUpdated) {
      this.draft = withDefaults(this.draft, this.derived.version, this.province);
    }
    const form = this.derived.version.form;
    // Data from the host that changes the form after the first render is explained like a typed change.
    if (this.currentForm !== null && this.hasUpdated && form !== this.currentForm) this.onFormSwitch(this.currentForm, form, this.derived.steps);
    this.currentForm = this.derived.version.form;
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
    const key = [this.draft, this.today, this.config, this.uploads];
    const cached = this.derivedCache;
    if (cached && cached.key.every((k, i) => k === key[i])) return cached.value;
    const version = versionFor(this.draft, this.context);
    const effective = effectiveDeclaration(this.draft, version);
    const issues = validateDeclaration(effective, this.context);
    const steps = buildSteps(version, this.draft, { uploads: this.uploads });
    const fields = steps.flatMap((s) => (s.section ? sectionFields(s.section, this.draft) : []));
    const value: Derived = { version, effective, issues, steps, fields, byField: issuesByField(issues, fields) };
    this.derivedCache = { key, value };
    return value;
  }

  private get currentStep(): Step {
    const { steps } = this.derived;
    return steps.find((s) => s.id === this.stepId) ?? steps[0]!;
  }

  private sectionOf(fieldId: string): Section | undefined {
    return this.derived.steps.find((s) => s.section?.fields.some((f) => f.id === fieldId))?.section;
  }

  private isShown(field: Field): boolean {
    const section = this.sectionOf(field.id);
    return this.shown.has(field.id) || (section !== undefined && this.submitted.has(section.id));
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
      if (this.dirty.has(field.id)) {
        this.dirty.delete(field.id);
        this.shown = new Set([...this.shown, field.id]);
      }
      return;
    }
    const text = element.value ?? '';
    const next = draftValue(field, text);
    if (readPath(this.draft, field.id) === next) return;
    this.dirty.add(field.id);
    this.draft = writePath(this.draft, field.id, next);
    this.afterChange();
  }

  private afterChange(): void {
    this.hasChanges = true;
    const { version, steps } = this.derived;
    if (this.currentForm !== null && version.form !== this.currentForm) this.onFormSwitch(this.currentForm, version.form, steps);
    this.currentForm = version.form;
    this.scheduleSave();
  }

  private onFormSwitch(from: FormId, to: FormId, steps: readonly Step[]): void {
    this.notice = to;
    // Religion and office defaults of the new version, where empty.
    this.draft = withDefaults(this.draft, this.derived.version, this.province);
    // TK01a adds part A (the representative) before the child's sections: go there on the next "Tiếp tục".
    const index = steps.findIndex((s) => s.id === this.stepId);
    const added = from === 'TK01' && to === 'TK01a' ? steps.find((s, i) => s.section && i < index && !this.submitted.has(s.id)) : undefined;
    this.detour = added ? { to: added.id, resumeAfter: this.stepId } : null;
  }

  // ---- navigation ----

  private goto(stepId: string, focus: FocusTarget = { heading: true }, remember = true): void {
    const from = this.stepId;
    const { steps } = this.derived;
    const index = steps.findIndex((s) => s.id === stepId);
    if (index < 0) return;
    if (remember && from !== stepId) this.history.push(from);
    this.stepId = stepId;
    this.summary = [];
    this.confirmClear = false;
    if (stepId === 'review') this.notice = null;
    if (stepId !== 'export') this.exportState = null;
    this.pendingFocus = focus;
    emit(this, 'hochieu-step-change', { from, to: stepId, index, count: steps.length });
    if (this.hasChanges) this.scheduleSave();
  }

  private next(): void {
    const { steps } = this.derived;
    if (this.returnToReview) {
      this.returnToReview = false;
      this.goto('review');
      return;
    }
    const detour = this.detour;
    if (detour && detour.to !== this.stepId && steps.some((s) => s.id === detour.to)) {
      this.detour = { to: detour.to, resumeAfter: detour.resumeAfter };
      this.goto(detour.to);
      return;
    }
    let from = this.stepId;
    if (detour && detour.to === this.stepId) {
      from = detour.resumeAfter;
      this.detour = null;
    }
    const index = steps.findIndex((s) => s.id === from);
    const following = steps[index + 1];
    if (following) this.goto(following.id);
  }

  /** "Quay lại": the page the citizen came from (GOV.UK back link), else the step before in order. */
  private back(): void {
    const { steps } = this.derived;
    this.returnToReview = false;
    let previous: string | undefined;
    while ((previous = this.history.pop()) !== undefined) {
      if (previous !== this.stepId && steps.some((s) => s.id === previous)) {
        this.goto(previous, { heading: true }, false);
        return;
      }
    }
    const index = steps.findIndex((s) => s.id === this.stepId);
    const before = steps[index - 1];
    if (before) this.goto(before.id, { heading: true }, false);
  }

  private stepFields(step: Step): Field[] {
    return step.section ? sectionFields(step.section, this.draft) : [];
  }

  private validationDetail(step: string, issues: readonly ValidationIssue[]): void {
    emit(this, 'hochieu-validation', {
      step,
      valid: !issues.some((i) => i.severity === 'error'),
      issues: issues.map((i) => ({ path: i.path, id: i.id, severity: i.severity })),
    });
  }

  /** The first error of each field, in order, as error summary items. */
  private summaryItems(fields: readonly Field[], target: (field: Field) => string): ErrorSummaryItem[] {
    const items: ErrorSummaryItem[] = [];
    for (const field of fields) {
      const error = (this.derived.byField.get(field.id) ?? []).find((i) => i.severity === 'error');
      if (error) items.push({ target: target(field), text: this.l10n.tCore(error) });
    }
    return items;
  }

  private continueSection(step: Step): void {
    const fields = this.stepFields(step);
    const issues = fields.flatMap((f) => this.derived.byField.get(f.id) ?? []);
    this.submitted = new Set([...this.submitted, step.id]);
    this.validationDetail(step.id, issues);
    const items = this.summaryItems(fields, (f) => fieldElementId(f.id));
    this.scheduleSave();
    if (items.length > 0) {
      this.summary = items;
      this.pendingFocus = { summary: true };
      return;
    }
    this.next();
  }

  private confirmReview(): void {
    const { fields, issues, steps } = this.derived;
    this.submitted = new Set([...this.submitted, ...steps.filter((s) => s.section).map((s) => s.id)]);
    this.validationDetail('review', issues);
    const items = this.summaryItems(fields, (f) => changeLinkId(f.id));
    const unplaced = (this.derived.byField.get('') ?? []).filter((i) => i.severity === 'error');
    for (const issue of unplaced) items.push({ target: 'review-heading', text: this.l10n.tCore(issue) });
    if (items.length > 0) {
      this.summary = items;
      this.pendingFocus = { summary: true };
      return;
    }
    this.goto('export');
  }

  private change(field: Field): void {
    const section = this.sectionOf(field.id);
    if (!section) return;
    this.returnToReview = true;
    this.goto(section.id, { field: fieldElementId(field.id) });
  }

  // ---- drafts ----

  private async openDrafts(): Promise<void> {
    this.store = new DraftStore(this.draftKey);
    this.saver = new DraftSaver(this.store, (outcome, record) => this.onSaved(outcome, record));
    let record: DraftRecord | null = null;
    try {
      record = await this.store.load();
    } catch {
      record = null;
    }
    if (record) {
      this.offer = record;
      return;
    }
    this.draftsReady = true;
    if (this.hasChanges) this.scheduleSave();
  }

  private record(): DraftRecord {
    const completed = [...this.submitted].filter((id) => this.derived.steps.some((s) => s.id === id && s.section));
    return createDraftRecord(this.draft, completed, new Date());
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
    this.draftMessage = { text: this.l10n.t('draft.restored', { time: this.formatTime(record.savedAt) }), tone: 'info' };
    this.draftEvent('restored', record);
    this.pendingFocus = { heading: true };
  }

  private applyRecord(record: DraftRecord): void {
    this.draft = withDefaults(fillEmpty({}, record.declaration), versionFor(record.declaration, this.context), this.province);
    this.submitted = new Set(record.completed ?? []);
    this.shown = new Set();
    this.dirty.clear();
    this.summary = [];
    this.detour = null;
    this.returnToReview = false;
    this.history.length = 0;
    this.currentForm = this.derived.version.form;
    this.savedAt = record.savedAt;
  }

  private async restartDraft(): Promise<void> {
    this.offer = null;
    await this.store?.remove();
    this.draftsReady = true;
    this.draftEvent('cleared');
    this.pendingFocus = { heading: true };
    this.requestUpdate();
    if (this.hasChanges) this.scheduleSave();
  }

  private async clearData(): Promise<void> {
    await this.saver?.cancel();
    await clearAllDrafts();
    this.hasChanges = false;
    this.draft = withDefaults(this.declaration ? fillEmpty({}, this.declaration) : {}, versionFor(this.declaration ?? {}, this.context), this.province);
    this.submitted = new Set();
    this.shown = new Set();
    this.dirty.clear();
    this.summary = [];
    this.notice = null;
    this.detour = null;
    this.returnToReview = false;
    this.history.length = 0;
    this.currentForm = this.derived.version.form;
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
    this.hasChanges = true;
    this.draftsReady = true;
    this.offer = null;
    this.draftMessage = { text: this.l10n.t('draft.imported', { file: name, time: this.formatTime(result.record.savedAt) }), tone: 'info' };
    this.draftEvent('imported', result.record);
    this.scheduleSave();
  }

  // ---- export ----

  private get container(): Element {
    return this.renderRoot.querySelector('.root') ?? (this.renderRoot as unknown as Element);
  }

  private failureReason(error: unknown): { text: string; id: string } {
    if (error instanceof ExportFailure) {
      if (error.stage === 'invalid') {
        const list = error.issues.map((i) => this.l10n.tCore(i)).join('; ');
        return { text: this.l10n.t('form.export.reason.invalid', { list }), id: error.issues[0]?.id ?? 'invalid' };
      }
      if (error.stage === 'load') return { text: this.l10n.t('form.export.reason.load'), id: 'load' };
      return { text: this.l10n.t('form.export.reason.render', { detail: error.message }), id: 'render' };
    }
    return { text: this.l10n.t('form.export.reason.render', { detail: String(error) }), id: 'render' };
  }

  private async exportDocument(kind: DocumentKind): Promise<void> {
    if (this.exportState?.phase === 'busy') return;
    this.exportState = { kind, phase: 'busy' };
    try {
      const file = await exportDeclaration(kind, this.derived.effective, this.context);
      downloadFile(file, this.container);
      this.exportState = { kind, phase: 'done', file: file.fileName };
      emit(this, 'hochieu-export', { kind, ok: true });
    } catch (error) {
      const reason = this.failureReason(error);
      this.exportState = { kind, phase: 'failed', reason: reason.text };
      emit(this, 'hochieu-export', { kind, ok: false, reason: reason.id });
    }
  }

  // ---- rendering ----

  private renderLive(): TemplateResult {
    const notice = this.notice;
    return html`<div class="live" role="status">${notice
      ? html`<div class="notice" data-notice=${notice}>
          <p>${this.l10n.t(notice === 'TK01a' ? 'form.switch.TK01a' : 'form.switch.TK01')}</p>
          ${notice === 'TK01a' ? html`<p>${this.l10n.t('form.switch.TK01a.more')}</p>` : nothing}
        </div>`
      : nothing}${this.storageUnavailable
      ? html`<div class="notice warning" data-notice="storage"><p>${this.l10n.t('draft.unavailable')}</p></div>`
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
    const link = (id: string, text: string, statusId?: string) =>
      html`<a href=${`#step-${id}`} aria-describedby=${statusId ?? nothing} @click=${(e: Event) => {
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
      <li class="task" data-task="review">${link('review', this.l10n.t('form.tasks.review'))}</li>
      ${allDone && !this.derived.issues.some((i) => i.severity === 'error')
        ? html`<li class="task" data-task="export">${link('export', this.l10n.t('form.tasks.export'))}</li>`
        : nothing}
    </ol>`;
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
    const sections = this.derived.steps.filter((s) => s.section);
    const index = sections.findIndex((s) => s.id === step.id) + 1;
    const context: FieldViewContext = {
      l10n: this.l10n,
      offices: this.offices,
      state: (field) => ({ value: fieldText(readPath(this.draft, field.id)), ...this.messagesOf(field) }),
      handle: (field, kind, event) => this.onField(field, kind, event),
    };
    return html`<section class="step" data-step=${step.id} aria-labelledby="heading">
      ${this.renderBack()} ${this.renderLive()} ${this.renderSummary()}
      <p class="caption">${this.l10n.t('form.caption', { form: this.derived.version.form, index, count: sections.length })}</p>
      <h2 id="heading" tabindex="-1">${this.l10n.tCore(section.titleId)}</h2>
      <div class="fields">${this.stepFields(step).map((field) => renderField(field, context))}</div>
      <div class="actions">
        <button type="button" part="button" class="button" data-action="continue" @click=${() => this.continueSection(step)}>
          ${this.l10n.t('form.continue')}
        </button>
      </div>
    </section>`;
  }

  /** The answer as the review shows it. */
  private answerText(field: Field): string {
    const value = readPath(this.draft, field.id);
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
      </dl>
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
      <div class="actions">
        <button type="button" part="button" class="button" data-action="confirm" @click=${() => this.confirmReview()}>
          ${this.l10n.t('review.confirm')}
        </button>
      </div>
    </section>`;
  }

  private renderExportStatus(): TemplateResult {
    const state = this.exportState;
    const kind = state ? state.kind.toUpperCase() : '';
    return html`<div class="live" role="status" data-export-status=${state?.phase ?? 'idle'}>${state?.phase === 'busy'
      ? html`<p class="notice">${this.l10n.t('form.export.busy', { kind })}</p>`
      : state?.phase === 'done'
        ? html`<p class="notice">${this.l10n.t('form.export.done', { file: state.file })}</p>`
        : nothing}</div>
      <div class="live" role="alert">${state?.phase === 'failed'
        ? html`<p class="notice error" data-export-error>${this.l10n.t('form.export.failed', { kind, reason: state.reason })}</p>`
        : nothing}</div>`;
  }

  private renderExport(): TemplateResult {
    const busy = this.exportState?.phase === 'busy';
    const button = (kind: DocumentKind) =>
      html`<button
        type="button"
        part="button"
        class="button"
        data-export=${kind}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => void this.exportDocument(kind)}
      >
        ${this.l10n.t(kind === 'pdf' ? 'form.export.pdf' : 'form.export.docx')}
      </button>`;
    return html`<section class="step" data-step="export" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderBack()} ${this.renderLive()}
      <h2 id="heading" tabindex="-1">${this.l10n.t('form.export.title')}</h2>
      <p class="lead">${this.l10n.t('form.export.intro', { form: this.derived.version.form })}</p>
      <div class="actions">${button('pdf')} ${button('docx')}</div>
      ${this.renderExportStatus()} ${this.renderDraftTools()}
    </section>`;
  }

  private renderUploads(): TemplateResult {
    return html`<section class="step" data-step="uploads" aria-labelledby="heading">
      ${this.renderBack()} ${this.renderLive()}
      <h2 id="heading" tabindex="-1"><slot name="uploads-title"></slot></h2>
      <slot name="uploads"></slot>
      <div class="actions">
        <button type="button" part="button" class="button" data-action="continue" @click=${() => this.next()}>
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
