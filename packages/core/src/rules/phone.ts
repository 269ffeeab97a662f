/**
 * Vietnamese mobile numbers (domain-facts.md §4): 10 digits, "0" followed by
 * 9 digits, since the move of the 11-digit prefixes on 15/9/2018; the
 * international form is +84 without the leading 0. Spaces, dots, dashes and
 * parentheses are ignored. Accepted: `^(?:\+?84|0)(3|5|7|8|9)\d{8}$`. A
 * three-digit prefix outside the carriers' known list is a warning, not an
 * error, because prefixes are reallocated over time.
 *
 * Fixed (landline) numbers are accepted too (issue 13): since the area-code
 * plan of Quyết định 2036/QĐ-BTTTT (carried out 11/2–31/8/2017) every area
 * code starts with 2 and a fixed number dialled with its area code has 11
 * digits: 0 + 2X + 8 digits (Hà Nội 24, TP. Hồ Chí Minh 28) or 0 + 2XX + 7
 * digits (other provinces), i.e. `0` + `2` + 9 digits. The 2025 province
 * merger (Nghị quyết 202/2025/QH15) changed no number: văn bản
 * 2784/BKHCN-CVT keeps the former provinces' area codes in parallel in the
 * 23 merged provinces until further notice, so any 2XX code still in use is
 * accepted. See `FIXED_LINE_SOURCES`.
 */
import { error, warning, type ValidationIssue } from './issue.js';

const MOBILE = /^(?:\+?84|0)([35789]\d{8})$/u;
/** A fixed number with its area code: 0 (or +84) + 2 + 9 digits. */
const FIXED = /^(?:\+?84|0)(2\d{9})$/u;

/** Where the fixed-number rule comes from (checked on 2026-12-05; secondary sources, the decisions themselves not read). */
export const FIXED_LINE_SOURCES = [
  {
    what: 'Area codes 2XX (Hà Nội 24, TP.HCM 28); 11 digits = 0 + area code + subscriber number, from 31/8/2017 (Quyết định 2036/QĐ-BTTTT)',
    url: 'nld.com.vn/tin-tuc/ma-vung-dien-thoai-co-dinh-59-tinh-tp-duoc-doi-tu-11-2-20170118100258067.htm',
  },
  { what: 'Hà Nội, TP.HCM: 0 2X XXXXXXXX; other provinces: 0 2XX XXXXXXX', url: 'saigontiepthi.vn/13-tinh-thanh-doi-ma-vung-dien-thoai-tu-ngay-mai.sgtt' },
  {
    what: 'From 1/7/2025 (Nghị quyết 202/2025/QH15) văn bản 2784/BKHCN-CVT: 11 provinces keep their codes, the 23 merged ones use the former codes in parallel',
    url: 'vjs.vietnam.vn/ma-vung-dien-thoai-thay-doi-ra-sao-sau-sap-nhap-tinh',
  },
] as const;

/** Known mobile prefixes (Viettel, Vinaphone, Mobifone, Vietnamobile, Gmobile, iTel, Reddi). */
export const KNOWN_MOBILE_PREFIXES: ReadonlySet<string> = new Set([
  '032', '033', '034', '035', '036', '037', '038', '039',
  '052', '055', '056', '058', '059',
  '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '087', '088', '089',
  '090', '091', '092', '093', '094', '096', '097', '098', '099',
]);

/** A mobile number (0 + 9 digits) or a fixed one with its area code (0 + 2 + 9 digits). */
export type PhoneKind = 'mobile' | 'fixed';

/** The kind of an accepted number, or null. */
export function phoneKind(value: string): PhoneKind | null {
  const compact = value.replace(/[\s.\-()]/gu, '');
  if (MOBILE.test(compact)) return 'mobile';
  if (FIXED.test(compact)) return 'fixed';
  return null;
}

/** The number as `0` followed by its digits (9 for a mobile, 10 for a fixed number), for any accepted form, or null. */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s.\-()]/gu, '');
  const m = MOBILE.exec(compact) ?? FIXED.exec(compact);
  return m ? `0${m[1] ?? ''}` : null;
}

export function checkPhone(value: string, path: string): ValidationIssue[] {
  const phone = normalizePhone(value);
  if (!phone) return [error(path, 'error.phone.format')];
  if (phone.startsWith('02')) return [];
  const prefix = phone.slice(0, 3);
  return KNOWN_MOBILE_PREFIXES.has(prefix) ? [] : [warning(path, 'warning.phone.unknownPrefix', { prefix })];
}
