/**
 * Calendar dates without time zones. Every date in the domain is a civil date
 * in Vietnam (UTC+7) written as ISO 8601 `YYYY-MM-DD`; arithmetic is done on a
 * day number (days since 1970-01-01 in the proleptic Gregorian calendar) so
 * that no host time zone or daylight rule can shift a day.
 */

/** A civil date split into numbers; month is 1-12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; returns null for a malformed or non-existent date (e.g. 2025-02-29). */
export function parseIsoDate(text: string): Ymd | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A date that may be a full date or a year alone (`YYYY`), as on some older papers. */
export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'year'; year: number };

export function parsePartialDate(text: string): PartialDate | null {
  const full = parseIsoDate(text);
  if (full) return { precision: 'day', ...full };
  const y = YEAR_ONLY.exec(text);
  if (y) return { precision: 'year', year: Number(y[1]) };
  return null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate({ year, month, day }: Ymd): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `dd/mm/yyyy` as printed on Vietnamese forms; a year alone stays a year. */
export function formatVietnameseDate(text: string): string {
  const p = parsePartialDate(text);
  if (!p) return text;
  if (p.precision === 'year') return pad(p.year, 4);
  return `${pad(p.day, 2)}/${pad(p.month, 2)}/${pad(p.year, 4)}`;
}

/** Days since 1970-01-01 (day 0), proleptic Gregorian; valid for any year. */
export function toDayNumber({ year, month, day }: Ymd): number {
  // Algorithm from the civil-from-days family (era-based), written for integers.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Day of week, 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: Ymd): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days);
}

export function addIsoDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not an ISO date: ${iso}`);
  return formatIsoDate(addDays(d, days));
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * Completed years of age on `on`, counting the birthday itself (a person born
 * on 10/5/2012 is "đủ 14 tuổi" on 10/5/2026). For a birthday on 29 February
 * the anniversary in a common year is 28 February, by analogy with Bộ luật
 * Dân sự 2015, Điều 148 k3 (a period that ends in a month without the
 * corresponding day ends on the last day of that month). Documented decision.
 */
export function ageOn(birth: Ymd, on: Ymd): number {
  const anniversary = dateOfAge(birth, on.year - birth.year);
  const age = on.year - birth.year;
  return compareYmd(on, anniversary) < 0 ? age - 1 : age;
}

/** The date on which a person born on `birth` reaches `years` of age (see `ageOn`). */
export function dateOfAge(birth: Ymd, years: number): Ymd {
  const year = birth.year + years;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return { year, month: 2, day: 28 };
  return { year, month: birth.month, day: birth.day };
}

/** The current civil date in Vietnam (UTC+7) for a given instant. */
export function vietnamDateOf(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3600 * 1000);
  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}
