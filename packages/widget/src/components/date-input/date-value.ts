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
  return m ? { day: m[1] ?? '', month: m[2] ?? '', year: m[3] ?? '' } : null;
}
