/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for a time zone: by
 * Quyết định 121-CP (1967) Vietnam reckons it at the 105°E meridian, UTC+7,
 * which is why some years differ from the Chinese calendar (UTC+8), e.g. Tết
 * 1985 fell on 21 January in Vietnam and 20 February in China. The rules are
 * the usual ones (described for Vietnam by Hồ Ngọc Đức's "amlich" notes; this
 * is a fresh implementation): a month begins on the local day of the true new
 * moon; month 11 is the month containing the winter solstice; when thirteen
 * months lie between two months 11, the first of them (after month 11) that
 * contains no major solar term (the sun's apparent longitude crossing a
 * multiple of 30°, measured at local midnight) is the leap month and takes
 * the number of the month before it. The astronomy follows J. Meeus,
 * Astronomical Algorithms (2nd ed.): chapter 49 for the true new moon with
 * all periodic and planetary terms, chapter 25 (low accuracy, about 0.01°)
 * for the sun, and the Espenak-Meeus polynomials for ΔT. Accurate for the
 * years 1900-2150 that matter here; usable but less certain outside them.
 */
import { daysInMonth, fromDayNumber, toDayNumber } from '../dates/iso.js';
import type { Ymd } from '../dates/iso.js';

/** A date in the lunisolar calendar; `year` is the Gregorian year in which that lunar year's Tết falls. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for a leap (nhuận) month, which repeats the number of the month before it. */
  leap: boolean;
}

/** Vietnam's legal time zone for the calendar (Quyết định 121-CP): UTC+7. */
export const VIETNAM_TIME_ZONE = 7;

const RAD = Math.PI / 180;
/** Julian Day of 1970-01-01 00:00 UT, the origin of the day numbers of dates/iso. */
const JD_UNIX_EPOCH = 2440587.5;
/** Mean synodic month in days (Meeus 49.1). */
const SYNODIC_MONTH = 29.530588861;
/** JDE of the mean new moon with k = 0 (6 January 2000). */
const NEW_MOON_EPOCH = 2451550.09766;

function sin(degrees: number): number {
  return Math.sin(degrees * RAD);
}

/** ΔT = TT - UT in seconds for a decimal year (Espenak and Meeus polynomials, NASA eclipse pages). */
export function deltaTSeconds(year: number): number {
  if (year >= 2005 && year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (year >= 1986 && year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year >= 1961 && year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year >= 1941 && year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year >= 1920 && year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year >= 1900 && year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  const u = (year - 1820) / 100;
  if (year >= 2050 && year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}

function decimalYear(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

/** JDE (Terrestrial Time) of the true new moon number k (k = 0 is the new moon of 6 January 2000). Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  let jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  jde +=
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(om) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);

  // Planetary arguments (Meeus table 49.B), common to all phases.
  const planetary: ReadonlyArray<readonly [number, number, number, number]> = [
    [0.000325, 299.77, 0.107408, -0.009173],
    [0.000165, 251.88, 0.016321, 0],
    [0.000164, 251.83, 26.651886, 0],
    [0.000126, 349.42, 36.412478, 0],
    [0.00011, 84.66, 18.206239, 0],
    [0.000062, 141.74, 53.303771, 0],
    [0.00006, 207.14, 2.453732, 0],
    [0.000056, 154.84, 7.30686, 0],
    [0.000047, 34.52, 27.261239, 0],
    [0.000042, 207.19, 0.121824, 0],
    [0.00004, 291.34, 1.844379, 0],
    [0.000037, 161.72, 24.198154, 0],
    [0.000035, 239.56, 25.513099, 0],
    [0.000023, 331.55, 3.592518, 0],
  ];
  for (const [coefficient, a0, a1, a2] of planetary) jde += coefficient * sin(a0 + a1 * k + a2 * t2);
  return jde;
}

/** Julian Day (UT) of the true new moon number k. */
function newMoonJdUt(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTSeconds(decimalYear(jde)) / 86400;
}

/** Day number (days since 1970-01-01) of the local civil day on which new moon k falls. */
export function newMoonDay(k: number, tz: number = VIETNAM_TIME_ZONE): number {
  return Math.floor(newMoonJdUt(k) + 0.5 + tz / 24) - Math.floor(JD_UNIX_EPOCH + 0.5);
}

/** Apparent geocentric longitude of the sun in degrees [0, 360) at a Julian Day in UT. Meeus ch. 25, low accuracy. */
export function sunLongitude(jdUt: number): number {
  const jde = jdUt + deltaTSeconds(decimalYear(jdUt)) / 86400;
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const apparent = l0 + c - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/** Longitude of the sun at the local midnight that starts day `dayNumber`. */
function sunLongitudeAtDayStart(dayNumber: number, tz: number): number {
  return sunLongitude(dayNumber + JD_UNIX_EPOCH - tz / 24);
}

/** Which 30° segment (0-11) the sun is in at the start of a local day; a change between two days is a major solar term. */
function solarTermSector(dayNumber: number, tz: number): number {
  return Math.floor(sunLongitudeAtDayStart(dayNumber, tz) / 30);
}

/** The number k of the new moon that begins the lunar month containing local day `dayNumber`. */
function monthIndexOfDay(dayNumber: number, tz: number): number {
  let k = Math.floor((dayNumber + JD_UNIX_EPOCH - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1, tz) <= dayNumber) k += 1;
  while (newMoonDay(k, tz) > dayNumber) k -= 1;
  return k;
}

/** The new moon number k that begins month 11 (the month of the winter solstice of Gregorian `year`). */
function month11Index(year: number, tz: number): number {
  const k = monthIndexOfDay(toDayNumber({ year, month: 12, day: 31 }), tz);
  // The month that starts on or before 31 December holds the solstice only if the
  // sun has not yet reached 270° at the start of its first day.
  return sunLongitudeAtDayStart(newMoonDay(k, tz), tz) >= 270 ? k - 1 : k;
}

/**
 * In a 13-month span starting at month 11 (new moon `k11`), the offset (1-12)
 * of the leap month: the first month in which no major solar term begins.
 */
function leapMonthOffset(k11: number, tz: number): number {
  let previous = solarTermSector(newMoonDay(k11 + 1, tz), tz);
  for (let i = 1; i <= 12; i += 1) {
    const next = solarTermSector(newMoonDay(k11 + i + 1, tz), tz);
    if (next === previous) return i;
    previous = next;
  }
  // Thirteen months always hold one without a major term; unreachable with sane input.
  throw new RangeError('No leap month found');
}

function isRealYmd(date: Ymd): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Converts a Gregorian date to the lunisolar calendar reckoned at `tz` hours east of UTC (default 7). */
export function solarToLunar(date: Ymd, tz: number = VIETNAM_TIME_ZONE): LunarDate {
  if (!isRealYmd(date)) throw new RangeError(`Not a real date: ${JSON.stringify(date)}`);
  const dayNumber = toDayNumber(date);
  const k = monthIndexOfDay(dayNumber, tz);
  let k11 = month11Index(date.year, tz);
  let nextK11: number;
  let lunarYear: number;
  if (newMoonDay(k11, tz) <= dayNumber) {
    nextK11 = month11Index(date.year + 1, tz);
    lunarYear = date.year + 1;
  } else {
    nextK11 = k11;
    k11 = month11Index(date.year - 1, tz);
    lunarYear = date.year;
  }
  const offset = k - k11;
  let month = 11 + offset;
  let leap = false;
  if (nextK11 - k11 === 13) {
    const leapOffset = leapMonthOffset(k11, tz);
    if (offset >= leapOffset) month -= 1;
    if (offset === leapOffset) leap = true;
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 at the start of the span belong to the lunar year that began before it.
  const year = month >= 11 && offset < 4 ? lunarYear - 1 : lunarYear;
  return { day: dayNumber - newMoonDay(k, tz) + 1, month, year, leap };
}

/**
 * Converts a lunisolar date to the Gregorian calendar. Returns null when the
 * date does not exist: a month without that leap month, a day 30 in a 29-day
 * month, or numbers out of range.
 */
export function lunarToSolar(
  day: number,
  month: number,
  year: number,
  leap: boolean = false,
  tz: number = VIETNAM_TIME_ZONE,
): Ymd | null {
  if (![day, month, year].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const k11 = month >= 11 ? month11Index(year, tz) : month11Index(year - 1, tz);
  const nextK11 = month >= 11 ? month11Index(year + 1, tz) : month11Index(year, tz);
  let offset = (month - 11 + 12) % 12;
  if (nextK11 - k11 === 13) {
    const leapOffset = leapMonthOffset(k11, tz);
    const leapMonthNumber = ((11 + leapOffset - 2) % 12) + 1;
    if (leap && month !== leapMonthNumber) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  const start = newMoonDay(k11 + offset, tz);
  const length = newMoonDay(k11 + offset + 1, tz) - start;
  if (day > length) return null;
  return fromDayNumber(start + day - 1);
}

/** Mùng 1 Tết: the first day of the first lunar month of `year`. */
export function tetDate(year: number, tz: number = VIETNAM_TIME_ZONE): Ymd {
  const date = lunarToSolar(1, 1, year, false, tz);
  if (!date) throw new RangeError(`No Tết date for ${year}`);
  return date;
}

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (not the leap one) of `year`. */
export function hungKingsDate(year: number, tz: number = VIETNAM_TIME_ZONE): Ymd {
  const date = lunarToSolar(10, 3, year, false, tz);
  if (!date) throw new RangeError(`No Giỗ Tổ date for ${year}`);
  return date;
}

/** Number of days (29 or 30) of a lunar month, or null when it does not exist. */
export function lunarMonthLength(month: number, year: number, leap: boolean = false, tz: number = VIETNAM_TIME_ZONE): number | null {
  const first = lunarToSolar(1, month, year, leap, tz);
  if (!first) return null;
  return lunarToSolar(30, month, year, leap, tz) ? 30 : 29;
}
