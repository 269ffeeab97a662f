/**
 * Validation of a whole declaration, or of one field for the widget. The
 * input is normalized to NFC first (`normalizeDeep`); the form is chosen by
 * the applicant's age on the submission date (`chooseForm`; the declared
 * `form` is the fallback when the age is unknown) and the form version by
 * `selectFormVersion`. Then, driven by the schema: every visible field that
 * is required must be filled (`error.required`, or `error.choiceRequired` for
 * choices, with the field's label id as `{field}`); every filled field must
 * have its JSON type and passes its validators; then the cross-field rules
 * run. Issues are message ids with parameters, sorted in the order of the
 * form. Nothing here throws, whatever JSON comes in.
 */
import type { HostConfig } from '../config/types.js';
import { parseIsoDate } from '../dates/iso.js';
import type { DeclarationDraft, FormId } from '../declaration/types.js';
import { selectFormVersion, fieldsOf, visibleFields } from '../schema/registry.js';
import { isFilled, readPath } from '../schema/path.js';
import type { Field, FieldKind, FormVersion } from '../schema/types.js';
import { normalizeDeep } from '../text/normalize.js';
import { checkFeeRefundRow } from './bank.js';
import { type RuleContext, textAt } from './context.js';
import { checkFamilyRows, checkParentAges, checkSpouseAge } from './family.js';
import { chooseForm } from './form-choice.js';
import { checkFormChoice } from './form-rule.js';
import { checkDeclarationStructure } from './structure.js';
import { error, type ValidationIssue } from './issue.js';
import { checkPreviousPassportRow, checkReasonAgainstPreviousPassport } from './passport.js';
import { checkChildWithoutId, checkRepresentativeAdult, checkRepresentativePresent } from './representative.js';
import { checkChildChip, checkRequestDetails } from './request.js';
import { checkOnlineChannel, checkSubmissionNotPast } from './submission.js';
import { fieldValidators } from './validators.js';

export interface ValidateOptions {
  /** Today (ISO date); defaults to the submission date. Used when that date is missing and for "date already past". */
  date?: string;
  config?: HostConfig;
}

/** A rule that looks at several values at once. */
export type CrossFieldRule = (declaration: unknown, context: RuleContext) => ValidationIssue[];

/** Every cross-field rule, in the order they run. */
export const crossFieldRules: readonly CrossFieldRule[] = [
  checkFormChoice,
  checkRepresentativePresent,
  checkRepresentativeAdult,
  checkChildWithoutId,
  checkFamilyRows,
  checkParentAges,
  checkSpouseAge,
  checkPreviousPassportRow,
  checkReasonAgainstPreviousPassport,
  checkRequestDetails,
  checkChildChip,
  checkFeeRefundRow,
  checkOnlineChannel,
  checkSubmissionNotPast,
];

const CHOICE_KINDS: ReadonlySet<FieldKind> = new Set(['sex', 'reason', 'chip', 'choice', 'office']);

/** Paths that are not fields but may carry issues, shown before every field. */
const HEAD_PATHS = ['', 'schemaVersion', 'form'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface Prepared {
  declaration: DeclarationDraft;
  context: RuleContext;
}

function validIso(value: unknown): string | null {
  return typeof value === 'string' && parseIsoDate(value) ? value : null;
}

function prepare(input: unknown, options: ValidateOptions): Prepared | null {
  if (!isPlainObject(input)) return null;
  const declaration = normalizeDeep(input) as DeclarationDraft;
  const submission = validIso(readPath(declaration, 'submission.date'));
  const today = validIso(options.date);
  const referenceDate = submission ?? today;
  const birth = textAt(declaration, 'applicant.dateOfBirth');
  const chosen = birth && referenceDate ? chooseForm(birth, referenceDate).form : null;
  const declared = readPath(declaration, 'form');
  const form: FormId = chosen ?? (declared === 'TK01' || declared === 'TK01a' ? declared : 'TK01');
  const context: RuleContext = { form, referenceDate, today: today ?? submission };
  if (options.config) context.config = options.config;
  return { declaration, context };
}

function hasExpectedType(field: Field, value: unknown): boolean {
  return field.kind === 'chip' ? typeof value === 'boolean' : typeof value === 'string';
}

function checkFields(version: FormVersion, declaration: DeclarationDraft, context: RuleContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const representativeMissing = version.form === 'TK01a' && !isFilled(readPath(declaration, 'representative'));
  for (const field of visibleFields(version, declaration)) {
    const value = readPath(declaration, field.id);
    if (!isFilled(value)) {
      // A missing representative is one issue (`error.representative.missing`), not one per field.
      if (field.required && !(representativeMissing && field.id.startsWith('representative.'))) {
        issues.push(error(field.id, CHOICE_KINDS.has(field.kind) ? 'error.choiceRequired' : 'error.required', { field: field.labelId }));
      }
      continue;
    }
    if (!hasExpectedType(field, value)) {
      issues.push(error(field.id, 'error.value.wrongType', { field: field.labelId }));
      continue;
    }
    for (const name of field.validators) {
      issues.push(...fieldValidators[name](value as string | boolean, field, declaration, context));
    }
  }
  return issues;
}

function runAll(version: FormVersion, declaration: DeclarationDraft, base: RuleContext): ValidationIssue[] {
  const shown = visibleFields(version, declaration).map((f) => f.id);
  const context: RuleContext = { ...base, form: version.form, fields: new Set(shown) };
  const issues: ValidationIssue[] = [];
  const schemaVersion = readPath(declaration, 'schemaVersion');
  if (schemaVersion !== undefined && schemaVersion !== 1) issues.push(error('schemaVersion', 'error.schemaVersion.unsupported'));
  issues.push(...checkFields(version, declaration, context));
  // Rules that concern fields of only some versions check `context.fields` themselves.
  for (const rule of crossFieldRules) issues.push(...rule(declaration, context));
  return dedupe(issues);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.id}\u0000${JSON.stringify(i.params ?? {})}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Issues in the order of the form: the declaration as a whole, then each
 * field in printed order (a group such as `representative` just before its
 * first field, a value the version does not show after its group's fields),
 * errors before warnings at the same place; the sort is stable.
 */
export function sortIssues(issues: readonly ValidationIssue[], version: FormVersion): ValidationIssue[] {
  const order = fieldsOf(version).map((f) => f.id as string);
  const rank = (path: string): number => {
    const head = HEAD_PATHS.indexOf(path);
    if (head >= 0) return head - HEAD_PATHS.length;
    const exact = order.indexOf(path);
    if (exact >= 0) return exact;
    const child = order.findIndex((id) => id.startsWith(`${path}.`));
    if (child >= 0) return child - 0.5;
    // A value the version does not show (e.g. request.chip on TK01a): after the fields of its group.
    const group = `${path.split('.')[0] ?? ''}.`;
    const last = order.reduce((found, id, index) => (id.startsWith(group) ? index : found), -1);
    return last >= 0 ? last + 0.5 : order.length;
  };
  return issues
    .map((issue, index) => ({ issue, index, rank: rank(issue.path), severity: issue.severity === 'error' ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.severity - b.severity || a.index - b.index)
    .map((x) => x.issue);
}

const NOT_AN_OBJECT: ValidationIssue = { path: '', id: 'error.declaration.notAnObject', severity: 'error' };

/**
 * Validates a declaration or a draft. Input that is not a JSON object gives
 * one error with path ''. Never throws.
 */
export function validateDeclaration(input: DeclarationDraft | unknown, options: ValidateOptions = {}): ValidationIssue[] {
  if (!isPlainObject(input)) return [{ ...NOT_AN_OBJECT }];
  // The shape first (rules/structure.ts): too deep a nesting is the only issue, and nothing else reads it.
  const structure = checkDeclarationStructure(input);
  if (structure.some((i) => i.id === 'error.value.tooDeep')) return structure;
  const prepared = prepare(input, options);
  if (!prepared) return [{ ...NOT_AN_OBJECT }];
  const version = selectFormVersion(prepared.context.form, prepared.context.referenceDate ?? '', options.config);
  return sortIssues(dedupe([...structure, ...runAll(version, prepared.declaration, prepared.context)]), version);
}

/**
 * The form version that `validateDeclaration` uses for this input: chosen by
 * age on the submission date (or `options.date`), then by the host's enabled
 * versions. Useful for the widget and docgen to show the same form.
 */
export function formVersionFor(input: DeclarationDraft | unknown, options: ValidateOptions = {}): FormVersion {
  const prepared = prepare(input, options);
  if (!prepared) return selectFormVersion('TK01', options.date ?? '', options.config);
  return selectFormVersion(prepared.context.form, prepared.context.referenceDate ?? '', options.config);
}

/**
 * Validates one field of the given version, with the cross-field rules that
 * bear on it: the issues whose path is the field (or inside it). For the
 * widget, which validates a field when the user leaves it.
 */
export function validateField(
  version: FormVersion,
  fieldId: string,
  declaration: DeclarationDraft | unknown,
  options: ValidateOptions = {},
): ValidationIssue[] {
  const prepared = prepare(declaration, options);
  if (!prepared) return fieldId === '' ? [{ ...NOT_AN_OBJECT }] : [];
  const issues = runAll(version, prepared.declaration, prepared.context);
  return sortIssues(
    issues.filter((i) => i.path === fieldId || i.path.startsWith(`${fieldId}.`)),
    version,
  );
}
