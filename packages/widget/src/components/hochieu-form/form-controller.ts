/**
 * The state of `<hochieu-form>` and its transitions, with no DOM: the draft,
 * the current step, the steps visited ("Quay lại"), the fields whose messages
 * are shown, the steps where "Tiếp tục" was pressed, the form switch notice
 * and the detour to part A after a switch to TK01a, the return to the
 * check-answers page after "Thay đổi", and the question asked when the
 * citizen leaves the uploads step with a photo chosen but not confirmed. The
 * element renders this state and performs the effects (focus, events,
 * saving); everything here runs and is tested in Node.
 *
 * Nothing pending is ever left silently: `continueUploads` with a pending
 * upload does not move; it asks (`pendingQuestion`), and the citizen either
 * keeps the file (`keepPending`) or lets it go (`dropPending`).
 */
import {
  isFilled,
  normalizeText,
  readPath,
  representativeParentValues,
  validateDeclaration,
  writePath,
  type ApplicationPlan,
  type DeclarationDraft,
  type Field,
  type FormId,
  type FormVersion,
  type HostConfig,
  type ProvinceConfig,
  type Section,
  type ValidationIssue,
} from '@hochieu/core';
import { effectiveDeclaration, fillEmpty, issuesByField, sectionFields, versionFor, withDefaults } from './form-data.js';
import { buildSteps, type Step } from './steps.js';
import { planFor, uploadSlots, type UploadSlot } from './uploads-plan.js';

/** What the controller needs from its host: today, the configuration, the province, whether uploads are on. */
export interface ControllerContext {
  readonly date: string;
  readonly config?: HostConfig | undefined;
  readonly province?: ProvinceConfig | undefined;
  readonly uploads: boolean;
}

export interface Derived {
  readonly version: FormVersion;
  readonly effective: DeclarationDraft;
  readonly issues: readonly ValidationIssue[];
  readonly steps: readonly Step[];
  readonly fields: readonly Field[];
  readonly byField: Map<string, ValidationIssue[]>;
  /** Core's plan of the case (dossier components), for the uploads step. */
  readonly plan: ApplicationPlan;
  readonly slots: readonly UploadSlot[];
}

/** A move from one step to another, as the `hochieu-step-change` event reports it. */
export interface StepChange {
  readonly from: string;
  readonly to: string;
  readonly index: number;
  readonly count: number;
}

/** The outcome of "Tiếp tục" or "Xác nhận": the issues checked, the fields (or review rows) with an error, and whether the step moved. */
export interface CheckOutcome {
  readonly step: string;
  readonly issues: readonly ValidationIssue[];
  /** Fields with an error, in order, each with its first error. */
  readonly errors: readonly { readonly field: Field; readonly issue: ValidationIssue }[];
  /** Errors that belong to no field (review only). */
  readonly unplaced: readonly ValidationIssue[];
  readonly moved: boolean;
}

/** What `continueUploads` did: moved on, or stopped to ask about uploads chosen but not confirmed. */
export type UploadsOutcome = { readonly moved: true } | { readonly moved: false; readonly pending: readonly string[] };

export interface ControllerListener {
  /** Something the element renders changed. */
  changed(): void;
  /** The step changed (after the state was updated). */
  stepChanged(change: StepChange): void;
}

export class FormController {
  private draftValue: DeclarationDraft = {};
  private stepValue = 'tasks';
  private shownValue: ReadonlySet<string> = new Set();
  private submittedValue: ReadonlySet<string> = new Set();
  private noticeValue: FormId | null = null;
  private pendingValue: readonly string[] = [];
  /** Fields changed since they were last left. */
  private readonly dirty = new Set<string>();
  /** Steps visited, for "Quay lại". */
  private readonly history: string[] = [];
  /** After a switch to TK01a adds a section before the current step: go there next, then resume. */
  private detour: { readonly to: string; readonly resumeAfter: string } | null = null;
  private returnToReview = false;
  private currentForm: FormId | null = null;
  private cache: { key: unknown[]; value: Derived } | null = null;
  /** Parent-row answers (TK01a part B) written from part A by the program, with the value written: rewritten while untouched. */
  private readonly fromRepresentative = new Map<string, string>();
  /** The citizen changed something since the form opened or was cleared. */
  hasChanges = false;

  constructor(
    private readonly context: () => ControllerContext,
    private readonly listener: ControllerListener = { changed: () => undefined, stepChanged: () => undefined },
  ) {}

  // ---- state read by the element ----

  get draft(): DeclarationDraft {
    return this.draftValue;
  }

  /** The current step id (`tasks`, a section id, `uploads`, `review`, `export`). */
  get stepId(): string {
    return this.stepValue;
  }

  /** Fields whose messages are shown (left after a change). */
  get shown(): ReadonlySet<string> {
    return this.shownValue;
  }

  /** Steps where "Tiếp tục" was pressed. */
  get submitted(): ReadonlySet<string> {
    return this.submittedValue;
  }

  /** The form the citizen was switched to (TK01 ↔ TK01a), shown until the review. */
  get notice(): FormId | null {
    return this.noticeValue;
  }

  /** Upload slots chosen but not confirmed, while the question about them is open. */
  get pendingQuestion(): readonly string[] {
    return this.pendingValue;
  }

  get derived(): Derived {
    const context = this.context();
    const key = [this.draftValue, context.date, context.config, context.uploads];
    const cached = this.cache;
    if (cached && cached.key.every((k, i) => k === key[i])) return cached.value;
    const options = context.config ? { date: context.date, config: context.config } : { date: context.date };
    const version = versionFor(this.draftValue, options);
    const effective = effectiveDeclaration(this.draftValue, version);
    const issues = validateDeclaration(effective, options);
    const steps = buildSteps(version, this.draftValue, { uploads: context.uploads });
    const fields = steps.flatMap((s) => (s.section ? sectionFields(s.section, this.draftValue) : []));
    const plan = planFor(effective, options);
    const value: Derived = {
      version,
      effective,
      issues,
      steps,
      fields,
      byField: issuesByField(issues, fields),
      plan,
      slots: context.uploads ? uploadSlots(plan) : [],
    };
    this.cache = { key, value };
    return value;
  }

  get currentStep(): Step {
    const { steps } = this.derived;
    return steps.find((s) => s.id === this.stepValue) ?? steps[0]!;
  }

  stepFields(step: Step): Field[] {
    return step.section ? sectionFields(step.section, this.draftValue) : [];
  }

  sectionOf(fieldId: string): Section | undefined {
    return this.derived.steps.find((s) => s.section?.fields.some((f) => f.id === fieldId))?.section;
  }

  /** Whether a field's messages are shown: it was left after a change, or its step was submitted. */
  isShown(fieldId: string): boolean {
    const section = this.sectionOf(fieldId);
    return this.shownValue.has(fieldId) || (section !== undefined && this.submittedValue.has(section.id));
  }

  /** The steps to record as completed in a draft (sections and uploads where "Tiếp tục" was pressed). */
  completedSteps(): string[] {
    const { steps } = this.derived;
    return [...this.submittedValue].filter((id) => steps.some((s) => s.id === id && (s.section || s.kind === 'uploads')));
  }

  // ---- data ----

  /** Initial data from the host: fills empty answers only. */
  fillFrom(initial: DeclarationDraft): void {
    this.draftValue = fillEmpty(this.draftValue, initial);
    this.listener.changed();
  }

  /** The version's defaults (religion "Không", the office) where empty. */
  applyDefaults(): void {
    const next = withDefaults(this.draftValue, this.derived.version, this.context().province);
    if (next !== this.draftValue) {
      this.draftValue = next;
      this.listener.changed();
    }
  }

  /** A field's new value; returns false when nothing changed. */
  edit(fieldId: string, value: unknown): boolean {
    if (readPath(this.draftValue, fieldId) === value) return false;
    this.dirty.add(fieldId);
    this.draftValue = writePath(this.draftValue, fieldId, value);
    // Typed over a value taken from part A: it is the citizen's now.
    this.fromRepresentative.delete(fieldId);
    if (fieldId.startsWith('representative.')) this.syncParentRow();
    this.afterChange();
    return true;
  }

  /** Values written by the program (the ID card's QR): not marked as typed. */
  writeValues(values: readonly { readonly path: string; readonly value: unknown }[]): void {
    if (values.length === 0) return;
    for (const { path, value } of values) {
      this.draftValue = writePath(this.draftValue, path, value);
      this.dirty.delete(path);
    }
    if (values.some((v) => v.path.startsWith('representative.'))) this.syncParentRow();
    this.afterChange();
  }

  /** A value copied in one tap (issue 17's "same as permanent address"): written and its messages shown at once. */
  copyInto(fieldId: string, value: unknown): void {
    this.draftValue = writePath(this.draftValue, fieldId, value);
    this.shownValue = new Set([...this.shownValue, fieldId]);
    this.dirty.delete(fieldId);
    this.afterChange();
  }

  /** The citizen left a field: its messages are shown if it was changed. */
  leave(fieldId: string): void {
    if (!this.dirty.has(fieldId)) return;
    this.dirty.delete(fieldId);
    this.shownValue = new Set([...this.shownValue, fieldId]);
    this.listener.changed();
  }

  // ---- TK01a: the representative is often the father or the mother ----

  /**
   * Writes part A's name and birth date into the parent row the relationship names, where that row
   * is empty or still holds what this did earlier (untouched by the citizen); a row filled this way
   * is emptied again when the relationship changes to another row. A typed answer is never replaced:
   * it shows up in `parentConflicts` and changes only by `useRepresentativeForParent`.
   */
  private syncParentRow(): void {
    if (this.derived.version.form !== 'TK01a') return;
    const { values } = representativeParentValues(this.draftValue);
    const wanted = new Map(values.map((v) => [v.path, v.value]));
    for (const [path, written] of [...this.fromRepresentative]) {
      if (wanted.has(path)) continue;
      if (readPath(this.draftValue, path) === written) this.draftValue = writePath(this.draftValue, path, '');
      this.fromRepresentative.delete(path);
    }
    for (const [path, value] of wanted) {
      const current = readPath(this.draftValue, path);
      if (isFilled(current) && current !== this.fromRepresentative.get(path)) continue;
      this.draftValue = writePath(this.draftValue, path, value);
      this.fromRepresentative.set(path, value);
    }
  }

  /** Part A's values that differ from what the citizen typed in the matching parent row (TK01a): offered, never forced. */
  get parentConflicts(): readonly { readonly path: string; readonly value: string; readonly typed: string }[] {
    if (this.derived.version.form !== 'TK01a') return [];
    return representativeParentValues(this.draftValue).values.flatMap(({ path, value }) => {
      const current = readPath(this.draftValue, path);
      if (!isFilled(current)) return [];
      const typed = String(current);
      return normalizeText(typed).toLocaleLowerCase('vi') === normalizeText(value).toLocaleLowerCase('vi') ? [] : [{ path, value, typed }];
    });
  }

  /** The citizen chose to take part A's name and birth date for the matching parent row. */
  useRepresentativeForParent(): void {
    const conflicts = this.parentConflicts;
    if (conflicts.length === 0) return;
    for (const { path, value } of conflicts) {
      this.draftValue = writePath(this.draftValue, path, value);
      this.fromRepresentative.set(path, value);
      this.dirty.delete(path);
    }
    this.shownValue = new Set([...this.shownValue, ...conflicts.map((c) => c.path)]);
    this.afterChange();
  }

  /** Notes a change that came from outside the fields (an upload): the draft is worth saving. */
  touch(): void {
    this.hasChanges = true;
  }

  /** After a change: explain a switch of form (TK01 ↔ TK01a). */
  private afterChange(): void {
    this.hasChanges = true;
    this.checkFormSwitch();
    this.listener.changed();
  }

  /** Compares the form now with the one before; a switch shows the notice and may add a detour to part A. */
  checkFormSwitch(): void {
    const { version, steps } = this.derived;
    const from = this.currentForm;
    const to = version.form;
    this.currentForm = to;
    if (from === null || from === to) return;
    this.noticeValue = to;
    this.draftValue = withDefaults(this.draftValue, version, this.context().province);
    // TK01a adds part A (the representative) before the child's sections: go there on the next "Tiếp tục".
    const index = steps.findIndex((s) => s.id === this.stepValue);
    const added = from === 'TK01' && to === 'TK01a' ? steps.find((s, i) => s.section && i < index && !this.submittedValue.has(s.id)) : undefined;
    this.detour = added ? { to: added.id, resumeAfter: this.stepValue } : null;
  }

  /** The form in use now is the reference for the next switch (first render, restore). */
  settleForm(): void {
    this.currentForm = this.derived.version.form;
  }

  // ---- navigation ----

  goto(stepId: string, remember = true): boolean {
    const from = this.stepValue;
    const { steps } = this.derived;
    const index = steps.findIndex((s) => s.id === stepId);
    if (index < 0) return false;
    if (remember && from !== stepId) this.history.push(from);
    this.stepValue = stepId;
    this.pendingValue = [];
    if (stepId === 'review') this.noticeValue = null;
    this.listener.changed();
    this.listener.stepChanged({ from, to: stepId, index, count: steps.length });
    return true;
  }

  /** The step after the current one: back to the review after "Thay đổi", the detour to part A, else the next in order. */
  next(): void {
    const { steps } = this.derived;
    if (this.returnToReview) {
      this.returnToReview = false;
      this.goto('review');
      return;
    }
    const detour = this.detour;
    if (detour && detour.to !== this.stepValue && steps.some((s) => s.id === detour.to)) {
      this.goto(detour.to);
      return;
    }
    let from = this.stepValue;
    if (detour && detour.to === this.stepValue) {
      from = detour.resumeAfter;
      this.detour = null;
    }
    const index = steps.findIndex((s) => s.id === from);
    const following = steps[index + 1];
    if (following) this.goto(following.id);
  }

  /** "Quay lại": the page the citizen came from (GOV.UK back link), else the step before in order. */
  back(): void {
    const { steps } = this.derived;
    this.returnToReview = false;
    let previous: string | undefined;
    while ((previous = this.history.pop()) !== undefined) {
      if (previous !== this.stepValue && steps.some((s) => s.id === previous)) {
        this.goto(previous, false);
        return;
      }
    }
    const index = steps.findIndex((s) => s.id === this.stepValue);
    const before = steps[index - 1];
    if (before) this.goto(before.id, false);
  }

  private firstErrors(fields: readonly Field[]): { field: Field; issue: ValidationIssue }[] {
    const out: { field: Field; issue: ValidationIssue }[] = [];
    for (const field of fields) {
      const issue = (this.derived.byField.get(field.id) ?? []).find((i) => i.severity === 'error');
      if (issue) out.push({ field, issue });
    }
    return out;
  }

  /** "Tiếp tục" on a section: its messages are shown; without errors the form moves on. */
  continueSection(stepId: string = this.stepValue): CheckOutcome {
    const step = this.derived.steps.find((s) => s.id === stepId);
    const fields = step ? this.stepFields(step) : [];
    const issues = fields.flatMap((f) => this.derived.byField.get(f.id) ?? []);
    this.submittedValue = new Set([...this.submittedValue, stepId]);
    const errors = this.firstErrors(fields);
    this.listener.changed();
    if (errors.length === 0) this.next();
    return { step: stepId, issues, errors, unplaced: [], moved: errors.length === 0 };
  }

  /** "Xác nhận" on the review: every section's messages are shown; without errors the export step opens. */
  confirmReview(): CheckOutcome {
    const { fields, issues, steps } = this.derived;
    this.submittedValue = new Set([...this.submittedValue, ...steps.filter((s) => s.section).map((s) => s.id)]);
    const errors = this.firstErrors(fields);
    const unplaced = (this.derived.byField.get('') ?? []).filter((i) => i.severity === 'error');
    this.listener.changed();
    const ok = errors.length === 0 && unplaced.length === 0;
    if (ok) this.goto('export');
    return { step: 'review', issues, errors, unplaced, moved: ok };
  }

  /** "Thay đổi" of an answer: its section, then back to the review. */
  change(fieldId: string): boolean {
    const section = this.sectionOf(fieldId);
    if (!section) return false;
    this.returnToReview = true;
    return this.goto(section.id);
  }

  /** "Thay đổi" of an upload: the uploads step, then back to the review. */
  changeUpload(): boolean {
    this.returnToReview = true;
    return this.goto('uploads');
  }

  /**
   * "Tiếp tục" on the uploads step: never blocked by missing files, but a file chosen and not
   * confirmed (the photo waiting for "Dùng khung này" or "Vẫn dùng ảnh này") stops it with a question.
   */
  continueUploads(pending: readonly string[] = []): UploadsOutcome {
    this.submittedValue = new Set([...this.submittedValue, 'uploads']);
    if (pending.length > 0) {
      this.pendingValue = [...pending];
      this.listener.changed();
      return { moved: false, pending: this.pendingValue };
    }
    this.pendingValue = [];
    this.listener.changed();
    this.next();
    return { moved: true };
  }

  /** The answer to the question about pending uploads; the element has kept or dropped them, then the form moves on. */
  answerPending(): void {
    this.pendingValue = [];
    this.next();
  }

  /** Closes the question without moving (the citizen returns to the pending upload). */
  closePending(): void {
    this.pendingValue = [];
    this.listener.changed();
  }

  // ---- drafts ----

  /** Puts back a stored or imported draft: its answers (with defaults) and its completed steps; the view starts afresh. */
  restore(declaration: DeclarationDraft, completed: readonly string[] = []): void {
    const context = this.context();
    const options = context.config ? { date: context.date, config: context.config } : { date: context.date };
    this.draftValue = withDefaults(fillEmpty({}, declaration), versionFor(declaration, options), context.province);
    this.submittedValue = new Set(completed);
    this.resetView();
    this.settleForm();
    this.listener.changed();
  }

  /** Clears everything typed; the host's initial data (if any) fills the new draft. */
  reset(initial: DeclarationDraft | undefined): void {
    const context = this.context();
    const options = context.config ? { date: context.date, config: context.config } : { date: context.date };
    this.draftValue = withDefaults(initial ? fillEmpty({}, initial) : {}, versionFor(initial ?? {}, options), context.province);
    this.submittedValue = new Set();
    this.noticeValue = null;
    this.hasChanges = false;
    this.resetView();
    this.settleForm();
    this.listener.changed();
  }

  private resetView(): void {
    this.fromRepresentative.clear();
    this.shownValue = new Set();
    this.dirty.clear();
    this.detour = null;
    this.returnToReview = false;
    this.pendingValue = [];
    this.history.length = 0;
  }
}
