/**
 * The declarations the quality gates start from: one valid example per form
 * version (TK01 and TK01a of Thông tư 31/2023/TT-BCA, TK01 of Thông tư
 * 69/2026/TT-BCA enabled by the host), a fixed "today" and clock so every
 * document is reproducible, and the issue ids a refusal may carry.
 */
import { isMessageId, normalizeText, toPrintedCapitals, type Field, type FormVersionKey, type HostConfig } from '@hochieu/core';
import type { ValidExampleName } from '@hochieu/core/examples';
import { isDocgenMessageId, isDossierMessageId, type DocgenIssue } from '@hochieu/docgen';

export const TODAY = '2026-11-21';
export const CLOCK = (): Date => new Date('2026-11-21T03:00:00Z');

export interface VersionCase {
  key: FormVersionKey;
  example: ValidExampleName;
  config: HostConfig;
}

export const VERSION_CASES: readonly VersionCase[] = [
  { key: 'TK01@TT31_2023', example: 'fullAdult', config: {} },
  { key: 'TK01a@TT31_2023', example: 'child', config: {} },
  { key: 'TK01@TT69_2026', example: 'fullAdult', config: { enabledFormVersions: ['TT69_2026'] } },
];

/** An issue a caller can act on: a string path and an id that one of the message tables words. */
export function isCleanIssue(issue: DocgenIssue): boolean {
  return typeof issue.path === 'string' && typeof issue.id === 'string' && (isMessageId(issue.id) || isDocgenMessageId(issue.id) || isDossierMessageId(issue.id));
}

/** The text a field's value is printed as: normalized (NFC, folded white space), in capitals where the form asks. */
export function printedForm(field: Pick<Field, 'printCase'>, value: string): string {
  const text = normalizeText(value);
  return field.printCase === 'upper' ? toPrintedCapitals(text) : text;
}

/** Removes all white space, so text wrapped over several lines compares with the value. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}
