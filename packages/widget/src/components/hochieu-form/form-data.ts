/**
 * The data side of `<hochieu-form>`, with no rendering. The citizen's draft
 * keeps everything typed, also values that the current form version does not
 * show (after a switch from TK01 to TK01a nothing is cleared). What is
 * validated and exported is the *effective* declaration: only the values of
 * the fields the chosen version shows (`visibleFields`, so `showIf` applies),
 * with `form` set to the form that the age on the submission date requires
 * (Thông tư 31/2023/TT-BCA, Điều 4, through core's `formVersionFor`), no chip
 * on TK01a (chipless under 14, Luật 49/2019/QH14, Điều 6 k2), and the groups a
 * declaration always has (`family`, `previousPassport`). Rules are core's:
 * this module only routes their issues to fields and sections.
 */
import {
  chooseForm,
  evaluateCondition,
  formVersionFor,
  isFilled,
  NO_RELIGION,
  readPath,
  visibleFields,
  writePath,
  type DeclarationDraft,
  type Field,
  type FormId,
  type FormVersion,
  type HostConfig,
  type ProvinceConfig,
  type Section,
  type ValidationIssue,
} from '@hochieu/core';

export interface FormContext {
  /** Today (ISO), the reference date when no submission date is given. */
  readonly date: string;
  readonly config?: HostConfig | undefined;
}

function options(context: FormContext): { date: string; config?: HostConfig } {
  return context.config ? { date: context.date, config: context.config } : { date: context.date };
}

/** The form version for the draft: by age on the submission date (else today), else the form the draft names. */
export function versionFor(draft: DeclarationDraft, context: FormContext): FormVersion {
  return formVersionFor(draft, options(context));
}

/** Whether the age decides the form (a valid birth date and a reference date). */
export function formDecided(draft: DeclarationDraft, context: FormContext): FormId | null {
  const birth = readPath(draft, 'applicant.dateOfBirth');
  const submission = readPath(draft, 'submission.date');
  if (typeof birth !== 'string') return null;
  const on = typeof submission === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(submission) ? submission : context.date;
  return chooseForm(birth, on).form;
}

/** Only what the version shows, plus `form`, the fixed groups and no chip on TK01a. */
export function effectiveDeclaration(draft: DeclarationDraft, version: FormVersion): DeclarationDraft {
  let out: Record<string, unknown> = { schemaVersion: 1, form: version.form };
  for (const field of visibleFields(version, draft)) {
    const value = readPath(draft, field.id);
    if (!isFilled(value)) continue;
    out = writePath(out, field.id, value);
  }
  if (!isFilled(out['family'])) out['family'] = {};
  if (!isFilled(out['previousPassport'])) out['previousPassport'] = null;
  if (version.form === 'TK01a') out = writePath(out, 'request.chip', false);
  return out as DeclarationDraft;
}

/** Fills the draft's empty values from `initial` (the host's data), never replacing what is there. */
export function fillEmpty(draft: DeclarationDraft, initial: unknown, prefix = ''): DeclarationDraft {
  if (initial === null || typeof initial !== 'object' || Array.isArray(initial)) return draft;
  let out = draft;
  for (const [key, value] of Object.entries(initial as Record<string, unknown>)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out = fillEmpty(out, value, path);
    } else if ((typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') && !isFilled(readPath(out, path))) {
      out = writePath(out, path, value);
    }
  }
  return out;
}

/** Defaults of the form: religion "Không" and the host's default office, where still empty. */
export function withDefaults(draft: DeclarationDraft, version: FormVersion, province: ProvinceConfig | undefined): DeclarationDraft {
  let out = draft;
  for (const field of version.sections.flatMap((s) => s.fields)) {
    if (isFilled(readPath(out, field.id))) continue;
    if (field.kind === 'religion') out = writePath(out, field.id, NO_RELIGION);
    if (field.kind === 'office' && province?.defaultOffice) out = writePath(out, field.id, province.defaultOffice);
  }
  return out;
}

/** The sections of a version that show at least one field for this draft. */
export function visibleSections(version: FormVersion, draft: DeclarationDraft): Section[] {
  return version.sections.filter((s) => sectionFields(s, draft).length > 0);
}

/** The fields of a section shown for this draft. */
export function sectionFields(section: Section, draft: DeclarationDraft): Field[] {
  return section.fields.filter((f) => !f.showIf || evaluateCondition(f.showIf, draft));
}

/**
 * The field an issue belongs to: the field with its path, else the first shown
 * field inside the group it names (`representative` → its first field).
 */
export function fieldOfIssue(issue: ValidationIssue, fields: readonly Field[]): Field | undefined {
  return fields.find((f) => f.id === issue.path) ?? fields.find((f) => f.id.startsWith(`${issue.path}.`));
}

/** Issues grouped by field id (in core's order); issues without a field under ''. */
export function issuesByField(issues: readonly ValidationIssue[], fields: readonly Field[]): Map<string, ValidationIssue[]> {
  const map = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const id = fieldOfIssue(issue, fields)?.id ?? '';
    const list = map.get(id);
    if (list) list.push(issue);
    else map.set(id, [issue]);
  }
  return map;
}

/** A field element id in the form's shadow root. */
export function fieldElementId(fieldId: string): string {
  return `f-${fieldId.replace(/\./gu, '-')}`;
}

/** The id of the "Thay đổi" link of an answer on the review page. */
export function changeLinkId(fieldId: string): string {
  return `change-${fieldId.replace(/\./gu, '-')}`;
}

/** The value a field element shows for a draft value (`true`/`false` for chip options). */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return '';
}

/** The draft value for what a field element gives: option values keep their JSON type. */
export function draftValue(field: Field, text: string): string | boolean {
  const option = field.options?.find((o) => String(o.value) === text);
  return option ? option.value : text;
}
