/**
 * How the guide writes amounts and dates. Vietnamese follows the usage of
 * administrative pages: a dot groups thousands and "đ" follows the amount
 * ("100.000 đ"), dates are day/month/year with two-digit day and month
 * ("04/12/2026"), as on the forms. English writes "100,000 VND" and
 * "4 December 2026". Dates are civil dates in Vietnam (ISO `YYYY-MM-DD`),
 * formatted without any time zone arithmetic.
 */
import { formatVietnameseDate, parseIsoDate, type Locale } from '@hochieu/core';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Groups the digits of a whole number by three with `separator`. */
export function groupThousands(amount: number, separator: string): string {
  const digits = String(Math.trunc(Math.abs(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
  return amount < 0 ? `-${grouped}` : grouped;
}

/** The number part of an amount of đồng: `100.000` in Vietnamese, `100,000` in English. */
export function formatAmountNumber(amount: number, locale: Locale): string {
  return groupThousands(amount, locale === 'vi' ? '.' : ',');
}

/** An amount of đồng: `100.000 đ` (vi) or `100,000 VND` (en). */
export function formatVnd(amount: number, locale: Locale): string {
  return locale === 'vi' ? `${formatAmountNumber(amount, locale)} đ` : `${formatAmountNumber(amount, locale)} VND`;
}

/** A civil date: `04/12/2026` (vi) or `4 December 2026` (en); anything unparsable is returned as given. */
export function formatDate(iso: string, locale: Locale): string {
  if (locale === 'vi') return formatVietnameseDate(iso);
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${d.day} ${EN_MONTHS[d.month - 1] ?? ''} ${d.year}`;
}

/** The host name of a URL (`https://dichvucong.gov.vn` -> `dichvucong.gov.vn`). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
