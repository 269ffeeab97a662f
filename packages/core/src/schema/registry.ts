/**
 * The registry of form versions and the choice between them (the rule, in
 * versions.ts: Thông tư 31/2023/TT-BCA until 30/6/2026, Thông tư
 * 69/2026/TT-BCA from 1/7/2026, for TK01 and TK01a; `pinnedFormVersion`
 * overrides the date).
 */
import type { HostConfig } from '../config/types.js';
import type { FormId } from '../declaration/types.js';
import { evaluateCondition } from './condition.js';
import { tk01Tt31 } from './tk01-tt31.js';
import { tk01Tt69 } from './tk01-tt69.js';
import { tk01aTt31 } from './tk01a-tt31.js';
import { tk01aTt69 } from './tk01a-tt69.js';
import type { Field, FormVersion, FormVersionKey } from './types.js';
import { selectFormVersionKey } from './versions.js';

export const formVersions: Readonly<Record<FormVersionKey, FormVersion>> = {
  'TK01@TT31_2023': tk01Tt31,
  'TK01a@TT31_2023': tk01aTt31,
  'TK01@TT69_2026': tk01Tt69,
  'TK01a@TT69_2026': tk01aTt69,
};

/** The version for a form and a submission date (`YYYY-MM-DD`); an invalid date gives the default version. */
export function selectFormVersion(form: FormId, submissionDate: string, config: HostConfig = {}): FormVersion {
  return formVersions[selectFormVersionKey(form, submissionDate, config)];
}

/** Every field of a version, in printed order. */
export function fieldsOf(version: FormVersion): Field[] {
  return version.sections.flatMap((s) => [...s.fields]);
}

/** The fields shown for this declaration (those whose `showIf` holds). */
export function visibleFields(version: FormVersion, declaration: unknown): Field[] {
  return fieldsOf(version).filter((f) => !f.showIf || evaluateCondition(f.showIf, declaration));
}

/** The field with this id in a version, if any. */
export function findField(version: FormVersion, id: string): Field | undefined {
  return fieldsOf(version).find((f) => f.id === id);
}
