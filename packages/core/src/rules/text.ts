/**
 * Free text: every value the product prints is Unicode NFC (UAX #15; values
 * are normalized before this check, so decomposed input is accepted and stored
 * composed), contains no control, format, surrogate or private-use characters
 * (they do not print, or print as boxes), and fits its length limit, counted
 * in characters (code points) after normalization.
 */
import type { MessageId } from '../messages/index.js';
import { error, type ValidationIssue } from './issue.js';

/** Characters that must not appear in printed text: Unicode categories Cc, Cf, Cs, Co. */
export const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;

export function characterCount(value: string): number {
  return [...value.normalize('NFC')].length;
}

export function checkText(value: string, path: string, field: MessageId, maxLength?: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const text = value.normalize('NFC');
  if (UNPRINTABLE.test(text)) issues.push(error(path, 'error.text.controlCharacters', { field }));
  if (maxLength !== undefined && characterCount(text) > maxLength) {
    issues.push(error(path, 'error.text.tooLong', { field, max: maxLength }));
  }
  return issues;
}
