/**
 * Working days of the immigration (XNC) offices and due dates. A working day
 * is a Monday-Friday that is not a day off, or a rest day that is worked in
 * exchange for a swapped day. Days off come from the official table of the
 * year (official-days-off.ts) or, failing that, from the law
 * (statutory-days-off.ts, estimated), plus what the host configures
 * (`HostConfig.daysOff` / `workingDays`): a host-listed working day wins over
 * any day off, and a host-listed day off wins over the bundled data.
 * Periods follow Bộ luật Dân sự 2015 Điều 147 k1: the first day is not
 * counted, so "không quá 08 ngày làm việc kể từ ngày nhận đầy đủ hồ sơ" (the
 * procedure page's time limit) ends on the 8th working day after the day of
 * receipt, and a dossier received on a Saturday starts counting on Monday.
 * A result is `estimated` when a year it relies on has no official table and
 * the host gave no days for that year either (a host that lists days for a
 * year is taken to have checked that year).
 */
import { dayOfWeek, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../dates/iso.js';
import type { CalendarMessageId } from './messages.js';
import { officialYear } from './official-days-off.js';
import type { DayOffKind } from './official-days-off.js';
import { statutoryDaysOff } from './statutory-days-off.js';

/** Host additions; the same shape as `HostConfig.daysOff` and `HostConfig.workingDays` (ISO dates). */
export interface CalendarOptions {
  daysOff?: readonly string[];
  workingDays?: readonly string[];
}

/** Where a day comes from: a bundled official notice, the statutory computation, or the host's configuration. */
export type DayOffSource = 'official' | 'computed' | 'host';

export interface DayOff {
  /** ISO date. */
  date: string;
  kind: DayOffKind;
  nameId: CalendarMessageId;
  /** For a make-up or swapped day: the holiday it belongs to. */
  holidayId?: CalendarMessageId;
  source: DayOffSource;
  /** The instrument (official) or the rule (computed); absent for host days. */
  basis?: string;
  estimated: boolean;
}

/** A rest day that is worked (a Saturday worked to swap a bridge day). */
export interface ExtraWorkingDay {
  date: string;
  nameId: CalendarMessageId;
  holidayId?: CalendarMessageId;
  source: DayOffSource;
  basis?: string;
}

export interface CountedDate {
  /** ISO date. */
  date: string;
  /** True when a year involved has neither an official table nor host data. */
  estimated: boolean;
}

/** The time limit of the procedure: "Không quá 08 ngày làm việc". */
export const PROCESSING_WORKING_DAYS = 8;

interface BundledYear {
  official: boolean;
  daysOff: readonly DayOff[];
  workingDays: readonly ExtraWorkingDay[];
  offDates: ReadonlySet<string>;
  workDates: ReadonlySet<string>;
}

const bundledCache = new Map<number, BundledYear>();

function bundledYear(year: number): BundledYear {
  const cached = bundledCache.get(year);
  if (cached) return cached;
  const table = officialYear(year);
  let daysOff: DayOff[];
  let workingDays: ExtraWorkingDay[];
  if (table) {
    daysOff = table.daysOff.map((d) => ({
      date: d.date,
      kind: d.kind,
      nameId: d.nameId,
      ...(d.holidayId ? { holidayId: d.holidayId } : {}),
      source: 'official' as const,
      basis: d.source,
      estimated: false,
    }));
    workingDays = table.workingDays.map((w) => ({
      date: w.date,
      nameId: w.nameId,
      holidayId: w.holidayId,
      source: 'official' as const,
      basis: w.source,
    }));
  } else {
    daysOff = statutoryDaysOff(year).map((d) => ({
      date: d.date,
      kind: d.kind,
      nameId: d.nameId,
      ...(d.holidayId ? { holidayId: d.holidayId } : {}),
      source: 'computed' as const,
      basis: d.rule,
      estimated: true,
    }));
    workingDays = [];
  }
  const entry: BundledYear = {
    official: table !== undefined,
    daysOff,
    workingDays,
    offDates: new Set(daysOff.map((d) => d.date)),
    workDates: new Set(workingDays.map((w) => w.date)),
  };
  bundledCache.set(year, entry);
  return entry;
}

interface HostDates {
  off: ReadonlySet<string>;
  work: ReadonlySet<string>;
  years: ReadonlySet<number>;
}

function hostDates(options: CalendarOptions | undefined): HostDates {
  const years = new Set<number>();
  const collect = (list: readonly string[] | undefined, what: string): Set<string> => {
    const set = new Set<string>();
    for (const iso of list ?? []) {
      const ymd = parseIsoDate(iso);
      if (!ymd) throw new RangeError(`Not an ISO date in ${what}: ${iso}`);
      set.add(iso);
      years.add(ymd.year);
    }
    return set;
  };
  return { off: collect(options?.daysOff, 'daysOff'), work: collect(options?.workingDays, 'workingDays'), years };
}

function parseOrThrow(iso: string): number {
  const ymd = typeof iso === 'string' ? parseIsoDate(iso) : null;
  if (!ymd) throw new RangeError(`Not an ISO date: ${String(iso)}`);
  return toDayNumber(ymd);
}

function isWorkingDayNumber(day: number, host: HostDates): boolean {
  const ymd = fromDayNumber(day);
  const iso = formatIsoDate(ymd);
  const bundled = bundledYear(ymd.year);
  if (host.work.has(iso)) return true;
  if (host.off.has(iso)) return false;
  if (bundled.workDates.has(iso)) return true;
  if (bundled.offDates.has(iso)) return false;
  const dow = dayOfWeek(ymd);
  return dow !== 0 && dow !== 6;
}

function yearIsEstimated(year: number, host: HostDates): boolean {
  return !bundledYear(year).official && !host.years.has(year);
}

/** Whether the days off of `year` are an estimate (no official table, no host data for that year). */
export function isEstimatedYear(year: number, options?: CalendarOptions): boolean {
  return yearIsEstimated(year, hostDates(options));
}

/**
 * The days off of `year`, sorted by date: bundled (official or computed) and
 * the host's, without the days the host lists as working. Statutory holidays
 * are listed on their date even on a weekend; ordinary weekends are not.
 */
export function daysOffIn(year: number, options?: CalendarOptions): DayOff[] {
  const host = hostDates(options);
  const bundled = bundledYear(year);
  const list: DayOff[] = bundled.daysOff.filter((d) => !host.work.has(d.date)).map((d) => ({ ...d }));
  for (const iso of host.off) {
    if (iso.startsWith(`${String(year).padStart(4, '0')}-`) && !bundled.offDates.has(iso) && !host.work.has(iso)) {
      list.push({ date: iso, kind: 'announced', nameId: 'calendar.announced', source: 'host', estimated: false });
    }
  }
  // Stable: entries of one date keep their order.
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Rest days of `year` that are worked (official worked Saturdays and the host's working days), sorted. */
export function extraWorkingDaysIn(year: number, options?: CalendarOptions): ExtraWorkingDay[] {
  const host = hostDates(options);
  const bundled = bundledYear(year);
  const list: ExtraWorkingDay[] = bundled.workingDays.filter((w) => !host.off.has(w.date)).map((w) => ({ ...w }));
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const iso of host.work) {
    const ymd = parseIsoDate(iso);
    const dow = ymd ? dayOfWeek(ymd) : 1;
    const isRestDay = dow === 0 || dow === 6 || bundled.offDates.has(iso);
    if (iso.startsWith(prefix) && isRestDay && !bundled.workDates.has(iso)) {
      list.push({ date: iso, nameId: 'calendar.workedSaturday', source: 'host' });
    }
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether the offices work on `iso`. Throws a RangeError for a malformed date or a year the calendar does not cover. */
export function isWorkingDay(iso: string, options?: CalendarOptions): boolean {
  return isWorkingDayNumber(parseOrThrow(iso), hostDates(options));
}

/**
 * The date `n` working days after `iso`, not counting `iso` itself
 * (Bộ luật Dân sự 2015 Điều 147 k1). `n = 0` returns `iso`.
 */
export function addWorkingDays(iso: string, n: number, options?: CalendarOptions): CountedDate {
  const start = parseOrThrow(iso);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`The number of working days must be a whole number >= 0, not ${n}`);
  const host = hostDates(options);
  let day = start;
  let counted = 0;
  let estimated = n === 0 ? yearIsEstimated(fromDayNumber(start).year, host) : false;
  let lastYear = Number.NaN;
  while (counted < n) {
    day += 1;
    const year = fromDayNumber(day).year;
    if (year !== lastYear) {
      lastYear = year;
      if (yearIsEstimated(year, host)) estimated = true;
    }
    if (isWorkingDayNumber(day, host)) counted += 1;
  }
  return { date: formatIsoDate(fromDayNumber(day)), estimated };
}

/** The first working day after `iso`. */
export function nextWorkingDay(iso: string, options?: CalendarOptions): string {
  return addWorkingDays(iso, 1, options).date;
}

/**
 * The last day of the time limit for a complete dossier received on
 * `receivedIso`: the `workingDays`-th (default 8) working day after it.
 */
export function dueDate(
  receivedIso: string,
  options?: CalendarOptions,
  workingDays: number = PROCESSING_WORKING_DAYS,
): CountedDate {
  return addWorkingDays(receivedIso, workingDays, options);
}
