/**
 * The official days off of the civil service for the years whose notices are
 * known (2025 and 2026), as data transcribed from domain-facts §7.2: Thông
 * báo 6150/TB-BLĐTBXH (2025); Công văn 12729/VPCP-KGVX, Thông báo
 * 9441/TB-BNV, Công văn 3383/BNV-CVL and Nghị quyết 28/2026/QH16 (2026).
 * Each statutory holiday of Bộ luật Lao động 2019 Điều 112 k1 is listed on
 * its own date even when that date is a Saturday or Sunday (so that its name
 * can be shown), together with the weekdays the notices add: make-up days
 * (nghỉ bù, Điều 111 k3) and days swapped against a worked Saturday. Ordinary
 * weekends inside a long break are not listed: they are off anyway. The
 * worked Saturdays are listed separately. A year in this table is never
 * estimated; a year outside it falls back to statutory-days-off.ts.
 */
import type { Confidence } from '../config/types.js';
import type { CalendarMessageId } from './messages.js';

/** Why a day is off: a statutory holiday, one of the five Tết days, a swapped day, a make-up day, or a day a host announced. */
export type DayOffKind = 'holiday' | 'tet' | 'swapped' | 'makeUp' | 'announced';

export interface OfficialDayOff {
  /** ISO date. */
  date: string;
  kind: DayOffKind;
  nameId: CalendarMessageId;
  /** For a make-up or swapped day: the holiday it belongs to. */
  holidayId?: CalendarMessageId;
  /** The instrument that fixes this day. */
  source: string;
  confidence: Confidence;
}

/** A Saturday (or other rest day) worked in exchange for a swapped day off. */
export interface OfficialWorkingDay {
  date: string;
  nameId: CalendarMessageId;
  /** The holiday whose bridge day was swapped. */
  holidayId: CalendarMessageId;
  source: string;
  confidence: Confidence;
}

export interface OfficialYear {
  year: number;
  /** The notices the year's table is transcribed from. */
  source: string;
  /** When those notices were last checked (ISO date; see freshness/). */
  checkedOn: string;
  daysOff: readonly OfficialDayOff[];
  workingDays: readonly OfficialWorkingDay[];
}

const TB_6150 = 'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 (lịch nghỉ lễ, Tết năm 2025)';
const CV_12729 = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (hoán đổi ngày làm việc dịp Tết Dương lịch 2026)';
const TB_9441 = 'Thông báo 9441/TB-BNV ngày 16/10/2025 (lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026)';
const CV_3383 = 'Công văn 3383/BNV-CVL ngày 10/4/2026 (nghỉ 30/4 và 1/5/2026, không hoán đổi)';
const BLLD_112 = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const BLLD_111 = 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)';
const NQ_28 = 'Nghị quyết 28/2026/QH16, Điều 2 (Ngày Văn hóa Việt Nam 24/11, hiệu lực 01/7/2026)';

const official2025: OfficialYear = {
  year: 2025,
  source: `${TB_6150}; ${BLLD_112}`,
  checkedOn: '2026-11-21',
  daysOff: [
    { date: '2025-01-01', kind: 'holiday', nameId: 'calendar.newYear', source: TB_6150, confidence: 'C2' },
    // Tết Ất Tỵ: off Sat 25/1 - Sun 2/2; the five Tết days are Mon 27/1 - Fri 31/1 (Mùng 1 = 29/1).
    { date: '2025-01-27', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_6150, confidence: 'C2' },
    { date: '2025-01-28', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_6150, confidence: 'C2' },
    { date: '2025-01-29', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_6150, confidence: 'C2' },
    { date: '2025-01-30', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_6150, confidence: 'C2' },
    { date: '2025-01-31', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_6150, confidence: 'C2' },
    { date: '2025-04-07', kind: 'holiday', nameId: 'calendar.hungKings', source: TB_6150, confidence: 'C2' },
    { date: '2025-04-30', kind: 'holiday', nameId: 'calendar.victoryDay', source: TB_6150, confidence: 'C2' },
    { date: '2025-05-01', kind: 'holiday', nameId: 'calendar.labourDay', source: TB_6150, confidence: 'C2' },
    {
      date: '2025-05-02',
      kind: 'swapped',
      nameId: 'calendar.swapped',
      holidayId: 'calendar.labourDay',
      source: TB_6150,
      confidence: 'C2',
    },
    // Quốc khánh: off Sat 30/8 - Tue 2/9; the two holidays are Mon 1/9 and Tue 2/9.
    { date: '2025-09-01', kind: 'holiday', nameId: 'calendar.nationalDay', source: TB_6150, confidence: 'C2' },
    { date: '2025-09-02', kind: 'holiday', nameId: 'calendar.nationalDay', source: TB_6150, confidence: 'C2' },
  ],
  workingDays: [
    {
      date: '2025-04-26',
      nameId: 'calendar.workedSaturday',
      holidayId: 'calendar.labourDay',
      source: TB_6150,
      confidence: 'C2',
    },
  ],
};

const official2026: OfficialYear = {
  year: 2026,
  source: `${CV_12729}; ${TB_9441}; ${CV_3383}; ${NQ_28}; ${BLLD_112}`,
  checkedOn: '2026-11-21',
  daysOff: [
    { date: '2026-01-01', kind: 'holiday', nameId: 'calendar.newYear', source: BLLD_112, confidence: 'S1' },
    {
      date: '2026-01-02',
      kind: 'swapped',
      nameId: 'calendar.swapped',
      holidayId: 'calendar.newYear',
      source: CV_12729,
      confidence: 'S1',
    },
    // Tết Bính Ngọ: off Sat 14/2 - Sun 22/2; the five Tết days are Mon 16/2 - Fri 20/2 (Mùng 1 = 17/2).
    { date: '2026-02-16', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_9441, confidence: 'C2' },
    { date: '2026-02-17', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_9441, confidence: 'C2' },
    { date: '2026-02-18', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_9441, confidence: 'C2' },
    { date: '2026-02-19', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_9441, confidence: 'C2' },
    { date: '2026-02-20', kind: 'tet', nameId: 'calendar.lunarNewYear', source: TB_9441, confidence: 'C2' },
    // Giỗ Tổ falls on Sunday 26/4 and is made up on Monday 27/4.
    { date: '2026-04-26', kind: 'holiday', nameId: 'calendar.hungKings', source: BLLD_112, confidence: 'S1' },
    {
      date: '2026-04-27',
      kind: 'makeUp',
      nameId: 'calendar.makeUp',
      holidayId: 'calendar.hungKings',
      source: BLLD_111,
      confidence: 'S1',
    },
    { date: '2026-04-30', kind: 'holiday', nameId: 'calendar.victoryDay', source: CV_3383, confidence: 'S1' },
    { date: '2026-05-01', kind: 'holiday', nameId: 'calendar.labourDay', source: CV_3383, confidence: 'S1' },
    // Quốc khánh: off Sat 29/8 - Wed 2/9; Mon 31/8 is swapped against Sat 22/8.
    {
      date: '2026-08-31',
      kind: 'swapped',
      nameId: 'calendar.swapped',
      holidayId: 'calendar.nationalDay',
      source: TB_9441,
      confidence: 'S1',
    },
    { date: '2026-09-01', kind: 'holiday', nameId: 'calendar.nationalDay', source: TB_9441, confidence: 'S1' },
    { date: '2026-09-02', kind: 'holiday', nameId: 'calendar.nationalDay', source: TB_9441, confidence: 'S1' },
    { date: '2026-11-24', kind: 'holiday', nameId: 'calendar.cultureDay', source: NQ_28, confidence: 'C2' },
  ],
  workingDays: [
    {
      date: '2026-01-10',
      nameId: 'calendar.workedSaturday',
      holidayId: 'calendar.newYear',
      source: CV_12729,
      confidence: 'S1',
    },
    {
      date: '2026-08-22',
      nameId: 'calendar.workedSaturday',
      holidayId: 'calendar.nationalDay',
      source: TB_9441,
      confidence: 'S1',
    },
  ],
};

/** Every year with an official table, in order. */
export const officialYears: readonly OfficialYear[] = [official2025, official2026];

/** The official table of a year, or undefined when none is bundled. */
export function officialYear(year: number): OfficialYear | undefined {
  return officialYears.find((y) => y.year === year);
}

export function hasOfficialTable(year: number): boolean {
  return officialYear(year) !== undefined;
}
