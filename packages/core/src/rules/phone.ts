/**
 * Vietnamese mobile numbers (domain-facts.md §4): 10 digits, "0" followed by
 * 9 digits, since the move of the 11-digit prefixes on 15/9/2018; the
 * international form is +84 without the leading 0. Spaces, dots, dashes and
 * parentheses are ignored. Accepted: `^(?:\+?84|0)(3|5|7|8|9)\d{8}$`. A
 * three-digit prefix outside the carriers' known list is a warning, not an
 * error, because prefixes are reallocated over time.
 */
import { error, warning, type ValidationIssue } from './issue.js';

const MOBILE = /^(?:\+?84|0)([35789]\d{8})$/u;

/** Known mobile prefixes (Viettel, Vinaphone, Mobifone, Vietnamobile, Gmobile, iTel, Reddi). */
export const KNOWN_MOBILE_PREFIXES: ReadonlySet<string> = new Set([
  '032', '033', '034', '035', '036', '037', '038', '039',
  '052', '055', '056', '058', '059',
  '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '087', '088', '089',
  '090', '091', '092', '093', '094', '096', '097', '098', '099',
]);

/** The mobile number as `0` followed by nine digits, for any accepted form, or null. */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s.\-()]/gu, '');
  const m = MOBILE.exec(compact);
  return m ? `0${m[1] ?? ''}` : null;
}

export function checkPhone(value: string, path: string): ValidationIssue[] {
  const phone = normalizePhone(value);
  if (!phone) return [error(path, 'error.phone.format')];
  const prefix = phone.slice(0, 3);
  return KNOWN_MOBILE_PREFIXES.has(prefix) ? [] : [warning(path, 'warning.phone.unknownPrefix', { prefix })];
}
