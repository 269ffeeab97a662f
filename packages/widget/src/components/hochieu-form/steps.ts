/**
 * The steps of `<hochieu-form>`, after the GOV.UK Design System patterns
 * "Task list pages", "Question pages" (one topic per page) and "Check
 * answers": the task list first, then one step per section of the chosen form
 * version (so the steps follow the schema and are never hard-coded), the
 * uploads step ("Ảnh và giấy tờ", on unless the host sets `no-uploads`), the
 * check-answers review and the export step. Each section has a status on the
 * task list: not started, in progress, completed (the citizen pressed
 * "Tiếp tục" on it without errors and it still has none) or has errors (once
 * its messages are shown).
 */
import type { DeclarationDraft, FormVersion, Section, ValidationIssue } from '@hochieu/core';
import { isFilled, readPath } from '@hochieu/core';
import { sectionFields, visibleSections } from './form-data.js';

export type StepKind = 'tasks' | 'section' | 'uploads' | 'review' | 'export';

export interface Step {
  /** `tasks`, a section id (`identity`, `representative`…), `uploads`, `review`, `export`. */
  readonly id: string;
  readonly kind: StepKind;
  readonly section?: Section;
}

export type SectionStatus = 'notStarted' | 'inProgress' | 'completed' | 'hasErrors';

export interface StepOptions {
  /** Include the uploads step (photo, ID card images, attachments). */
  readonly uploads?: boolean;
}

export const TASKS: Step = { id: 'tasks', kind: 'tasks' };
export const REVIEW: Step = { id: 'review', kind: 'review' };
export const EXPORT: Step = { id: 'export', kind: 'export' };
export const UPLOADS: Step = { id: 'uploads', kind: 'uploads' };

/** Every step for this version and draft, in order. */
export function buildSteps(version: FormVersion, draft: DeclarationDraft, options: StepOptions = {}): Step[] {
  const sections = visibleSections(version, draft).map((section): Step => ({ id: section.id, kind: 'section', section }));
  return [TASKS, ...sections, ...(options.uploads ? [UPLOADS] : []), REVIEW, EXPORT];
}

/** The status of a section on the task list. */
export function sectionStatus(
  section: Section,
  draft: DeclarationDraft,
  errors: readonly ValidationIssue[],
  shown: { readonly submitted: boolean; readonly touched: boolean },
): SectionStatus {
  const fields = sectionFields(section, draft);
  const ids = new Set(fields.map((f) => f.id as string));
  const hasError = errors.some((i) => i.severity === 'error' && (ids.has(i.path) || fields.some((f) => f.id.startsWith(`${i.path}.`))));
  if (hasError && (shown.submitted || shown.touched)) return 'hasErrors';
  if (shown.submitted && !hasError) return 'completed';
  // Defaults (religion "Không", the office) alone do not count as started.
  const started = fields.some((f) => f.kind !== 'religion' && f.kind !== 'office' && isFilled(readPath(draft, f.id)));
  return started ? 'inProgress' : 'notStarted';
}
