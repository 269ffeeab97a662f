/**
 * The value of `<hochieu-date-input>` as text. A complete date is ISO 8601
 * `YYYY-MM-DD` (the form of every date in the declaration, see core's
 * dates/iso.ts); with `precision="year"` a year alone is `YYYY` (older papers
 * sometimes give only a year of birth). While the three boxes do not make one
 * of those, the value keeps the raw text of the boxes as `day/month/year`, so
 * nothing the user typed is lost and core's date rule can explain the
 * problem. Whether the date exists (e.g. 31/02) is core's rule, not this one.
 */

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DatePrecision = 'day' | 'year';

export const EMPTY_PARTS: DateParts = { day: '', month: '', year: '' };

const DAY_OR_MONTH = /^\d{1,2}$/u;
const YEAR = /^\d{4}$/u;

/** Builds the field value from the three boxes. */
export function composeDateValue(parts: DateParts, precision: DatePrecision): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return '';
  if (precision === 'year' && !day && !month && YEAR.test(year)) return year;
  if (DAY_OR_MONTH.test(day) && DAY_OR_MONTH.test(month) && YEAR.test(year)) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** Splits a field value (ISO date, year, or raw `day/month/year`) into the three boxes. */
export function splitDateValue(value: string): DateParts {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (iso) return { year: iso[1] ?? '', month: iso[2] ?? '', day: iso[3] ?? '' };
  if (YEAR.test(value)) return { day: '', month: '', year: value };
  if (!value) return EMPTY_PARTS;
  const pieces = value.split('/');
  if (pieces.length === 3) return { day: pieces[0] ?? '', month: pieces[1] ?? '', year: pieces[2] ?? '' };
  // Not a value this field produced: keep the text in the day box rather than lose it.
  return { day: value, month: '', year: '' };
}

/**
 * Recognises a whole date typed or pasted into one box ("27/3/2007",
 * "27.03.2007", "27-3-2007", "27 3 2007") and splits it; otherwise null.
 */
export function splitTypedDate(text: string): DateParts | null {
  const m = /^\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})\s*$/u.exec(text);
  if (m) return { day: m[1] ?? '', month: m[2] ?? '', year: m[3] ?? '' };
  // "15031990": eight digits, as people type a date without separators (ddmmyyyy).
  const digits = /^\s*(\d{2})(\d{2})(\d{4})\s*$/u.exec(text);
  return digits ? { day: digits[1] ?? '', month: digits[2] ?? '', year: digits[3] ?? '' } : null;
}

/** What typing into one box does: the box's text, the text carried to the next box, and whether to move there. */
export interface BoxStep {
  readonly text: string;
  readonly carry: string;
  readonly advance: boolean;
}

const SEPARATOR = /[/.\-\s]/u;

/**
 * Typing as people type dates, in the day or month box: two digits fill the box and move on ("15" →
 * month); a separator after one or two digits moves on too ("3/" → month, "3" kept); more digits than
 * fit are carried to the next box ("150" → "15" and "0"), so "15031990" typed in one go lands as
 * 15 / 03 / 1990. In the month and year boxes a separator typed first (right after moving) is dropped.
 * Anything else stays as typed (core's rule explains it).
 */
export function stepBox(box: 'day' | 'month' | 'year', typed: string): BoxStep {
  const text = box === 'day' ? typed : typed.replace(/^[/.\-\s]+/u, '');
  if (box === 'year') return { text, carry: '', advance: false };
  const sep = /^(\d{1,2})[/.\-\s]+(.*)$/u.exec(text);
  if (sep) return { text: sep[1] ?? '', carry: sep[2] ?? '', advance: true };
  const over = /^(\d{2})(\d+)$/u.exec(text);
  if (over) return { text: over[1] ?? '', carry: over[2] ?? '', advance: true };
  return { text: SEPARATOR.test(text) && text.trim() === '' ? '' : text, carry: '', advance: false };
}
