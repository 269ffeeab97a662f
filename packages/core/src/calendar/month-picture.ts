/**
 * The picture of a due date: the month grids (Monday first) from the day a
 * complete dossier is received to the day the time limit ends, each day
 * classed for display. Pure data, built on working-days.ts so the picture
 * and the due date can never disagree: the counted working days are numbered
 * 1..n (the day of receipt itself is not counted, Bộ luật Dân sự 2015 Điều
 * 147 k1), weekends and days off between them are shaded and named, and a
 * rest day worked in exchange for a swapped day is counted and named.
 * Days of the shown months before the submission or after the due date are
 * `outside`; the cells before the 1st and after the last day of a month are
 * `null` so every week has seven cells.
 */
import { dayOfWeek, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../dates/iso.js';
import type { CalendarMessageId } from './messages.js';
import {
  PROCESSING_WORKING_DAYS,
  daysOffIn,
  dueDate,
  extraWorkingDaysIn,
  isWorkingDay,
  type CalendarOptions,
} from './working-days.js';

export type CalendarDayKind = 'counted' | 'weekend' | 'dayOff' | 'workedSaturday' | 'submission' | 'due' | 'outside';

export interface CalendarDay {
  /** ISO date. */
  date: string;
  /** Day of the month, 1-31. */
  day: number;
  kind: CalendarDayKind;
  /** The working day's rank in the time limit (1..n), on counted, worked-Saturday and due days. */
  count?: number;
  /** Message id naming a day off or a worked rest day (also on the submission/due day if it has one). */
  name?: CalendarMessageId;
  /** For a make-up or swapped day: the holiday it belongs to. */
  holiday?: CalendarMessageId;
}

export interface CalendarMonth {
  year: number;
  /** 1-12. */
  month: number;
  /** Weeks Monday to Sunday; `null` for cells of the neighbouring months. */
  weeks: (CalendarDay | null)[][];
}

export interface WorkingDaysCalendar {
  submission: string;
  due: string;
  /** The number of working days counted (8 for the passport procedure). */
  workingDays: number;
  /** True when a year involved has no official holiday table (see working-days.ts). */
  estimated: boolean;
  months: CalendarMonth[];
  /** The named days between submission and due, in date order, for a legend or a summary sentence. */
  named: { date: string; kind: 'dayOff' | 'workedSaturday'; name: CalendarMessageId; holiday?: CalendarMessageId }[];
}

interface NamedDate {
  name: CalendarMessageId;
  holiday?: CalendarMessageId;
}

function namesOf(years: number[], options: CalendarOptions | undefined) {
  const off = new Map<string, NamedDate>();
  const worked = new Map<string, NamedDate>();
  for (const year of years) {
    for (const d of daysOffIn(year, options)) {
      if (!off.has(d.date)) off.set(d.date, { name: d.nameId, ...(d.holidayId ? { holiday: d.holidayId } : {}) });
    }
    for (const w of extraWorkingDaysIn(year, options)) {
      if (!worked.has(w.date)) worked.set(w.date, { name: w.nameId, ...(w.holidayId ? { holiday: w.holidayId } : {}) });
    }
  }
  return { off, worked };
}

/**
 * The calendar picture for a complete dossier received on `submissionIso`.
 * Throws a RangeError for a malformed date (as working-days.ts does).
 */
export function workingDaysCalendar(
  submissionIso: string,
  options?: CalendarOptions,
  workingDays: number = PROCESSING_WORKING_DAYS,
): WorkingDaysCalendar {
  const start = parseIsoDate(submissionIso);
  if (!start) throw new RangeError(`Not an ISO date: ${String(submissionIso)}`);
  const due = dueDate(submissionIso, options, workingDays);
  const end = parseIsoDate(due.date)!;
  const years: number[] = [];
  for (let y = start.year; y <= end.year; y += 1) years.push(y);
  const { off, worked } = namesOf(years, options);
  const startN = toDayNumber(start);
  const endN = toDayNumber(end);

  const counts = new Map<number, number>();
  let count = 0;
  for (let n = startN + 1; n <= endN; n += 1) {
    if (isWorkingDay(formatIsoDate(fromDayNumber(n)), options)) counts.set(n, ++count);
  }

  const named: WorkingDaysCalendar['named'] = [];
  const classify = (n: number): CalendarDay => {
    const ymd = fromDayNumber(n);
    const iso = formatIsoDate(ymd);
    const dow = dayOfWeek(ymd);
    const working = n > startN && n <= endN ? counts.has(n) : isWorkingDay(iso, options);
    const offName = working ? undefined : off.get(iso);
    const workName = working && (dow === 0 || dow === 6 || off.has(iso)) ? worked.get(iso) : undefined;
    const label = offName ?? workName;
    const base: CalendarDay = { date: iso, day: ymd.day, kind: 'outside' };
    if (label) {
      base.name = label.name;
      if (label.holiday) base.holiday = label.holiday;
    }
    if (n < startN || n > endN) {
      delete base.name;
      delete base.holiday;
      return base;
    }
    if (label && n > startN) {
      named.push({ date: iso, kind: offName ? 'dayOff' : 'workedSaturday', name: label.name, ...(label.holiday ? { holiday: label.holiday } : {}) });
    }
    if (n === startN) return { ...base, kind: 'submission' };
    const rank = counts.get(n);
    if (n === endN) return { ...base, kind: 'due', ...(rank ? { count: rank } : {}) };
    if (rank !== undefined) return { ...base, kind: workName ? 'workedSaturday' : 'counted', count: rank };
    return { ...base, kind: offName ? 'dayOff' : 'weekend' };
  };

  const months: CalendarMonth[] = [];
  let y = start.year;
  let m = start.month;
  while (y < end.year || (y === end.year && m <= end.month)) {
    const first = toDayNumber({ year: y, month: m, day: 1 });
    const next = m === 12 ? toDayNumber({ year: y + 1, month: 1, day: 1 }) : toDayNumber({ year: y, month: m + 1, day: 1 });
    const lead = (dayOfWeek(fromDayNumber(first)) + 6) % 7;
    const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
    for (let n = first; n < next; n += 1) cells.push(classify(n));
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks: (CalendarDay | null)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    months.push({ year: y, month: m, weeks });
    if (m === 12) {
      y += 1;
      m = 1;
    } else m += 1;
  }
  return { submission: submissionIso, due: due.date, workingDays, estimated: due.estimated, months, named };
}

export interface NamedRange {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  kind: 'dayOff' | 'workedSaturday';
  name: CalendarMessageId;
  holiday?: CalendarMessageId;
}

/**
 * The named days of a calendar picture grouped into runs of consecutive days
 * with the same name and holiday (the five Tết days become one line), for a
 * legend under the grid.
 */
export function namedRanges(calendar: WorkingDaysCalendar): NamedRange[] {
  const out: NamedRange[] = [];
  for (const d of calendar.named) {
    const last = out[out.length - 1];
    const dayN = toDayNumber(parseIsoDate(d.date)!);
    if (last && last.kind === d.kind && last.name === d.name && last.holiday === d.holiday && toDayNumber(parseIsoDate(last.to)!) === dayN - 1) {
      last.to = d.date;
    } else {
      out.push({ from: d.date, to: d.date, kind: d.kind, name: d.name, ...(d.holiday ? { holiday: d.holiday } : {}) });
    }
  }
  return out;
}
