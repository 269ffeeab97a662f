/** Month arithmetic on ISO dates (its own module: the embed's first screen uses it without the rest of status.ts). */
import { formatIsoDate, parseIsoDate } from '../dates/iso.js';

/** The same day `months` later (29 February becomes 28 February when needed). */
export function addIsoMonths(iso: string, months: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not an ISO date: ${iso}`);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatIsoDate({ year, month, day: Math.min(d.day, last) });
}

