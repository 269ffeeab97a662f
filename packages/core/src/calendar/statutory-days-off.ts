/**
 * Days off computed from the law, for years that have no official table
 * (2027 and later in practice; any year from 2021, when Bộ luật Lao động 2019
 * took effect). Every day computed here is an estimate (`estimated: true`):
 * the Prime Minister fixes the Tết days and the second Quốc khánh day each
 * year (Điều 112 k3) and often swaps bridge days, so a host should add the
 * announced days once they are known. The rules, with the decisions taken
 * where the law leaves a choice:
 * - Điều 112 k1: 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương (10/3 âm lịch,
 *   computed at UTC+7 by lunar.ts); 30/4; 1/5; 2/9 and one adjacent day.
 * - Tết (decision, estimate): the last day of the lunar year through Mùng 4,
 *   the pattern of the 2026 notice (29 tháng Chạp to Mùng 4).
 * - Quốc khánh adjacent day (decision, estimate): 3/9 when 2/9 is a Sunday,
 *   Monday or Thursday, otherwise 1/9. This keeps the bridge to a weekend
 *   where one exists and reproduces the choices made for 2021-2026 (2/9 on
 *   Thursday 2021 -> 3/9; Friday 2022 -> 1/9; Saturday 2023 -> 1/9; Monday
 *   2024 -> 3/9; Tuesday 2025 -> 1/9; Wednesday 2026 -> 1/9) [INF].
 * - Make-up (Điều 111 k3): a holiday of Điều 112 k1 that falls on a Saturday
 *   or Sunday is made up on the next working day. When several need it
 *   (e.g. two Tết days on a weekend, or 30/4 and 1/5 on Saturday and
 *   Sunday), they are taken in date order and each takes the first Monday-
 *   Friday after it that is neither a holiday nor already a make-up day.
 *   Should two holidays share a date (Giỗ Tổ can land on 30/4 or 1/5), the
 *   later-listed one is made up the same way (decision, estimate).
 * - 24/11 Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16, from 2026): a day
 *   off, but outside Điều 112 k1, so never made up [S1 INF].
 * Swapped days and worked Saturdays are never guessed.
 */
import { dayOfWeek, formatIsoDate, fromDayNumber, toDayNumber } from '../dates/iso.js';
import { hungKingsDate, tetDate } from './lunar.js';
import type { CalendarMessageId } from './messages.js';
import type { DayOffKind } from './official-days-off.js';

/** First year of Bộ luật Lao động 2019 (in force 1/1/2021), the law these rules follow. */
export const STATUTORY_FIRST_YEAR = 2021;
/** Last year the computation is offered for (the lunar astronomy is checked up to about 2150). */
export const STATUTORY_LAST_YEAR = 2199;
/** First year with 24/11 as a day off (Nghị quyết 28/2026/QH16, effective 1/7/2026). */
export const CULTURE_DAY_FIRST_YEAR = 2026;

export interface StatutoryDayOff {
  date: string;
  kind: DayOffKind;
  nameId: CalendarMessageId;
  /** For a make-up day: the holiday it replaces. */
  holidayId?: CalendarMessageId;
  /** The legal rule or documented decision the day comes from. */
  rule: string;
  estimated: true;
}

interface Holiday {
  day: number;
  kind: 'holiday' | 'tet';
  nameId: CalendarMessageId;
  rule: string;
  /** Whether Điều 111 k3 gives a make-up day when it falls on a weekly rest day. */
  madeUp: boolean;
}

const K1 = 'Bộ luật Lao động 2019, Điều 112 khoản 1';

function isWeekend(day: number): boolean {
  const dow = dayOfWeek(fromDayNumber(day));
  return dow === 0 || dow === 6;
}

function statutoryHolidays(year: number): Holiday[] {
  const on = (month: number, day: number): number => toDayNumber({ year, month, day });
  const holidays: Holiday[] = [
    { day: on(1, 1), kind: 'holiday', nameId: 'calendar.newYear', rule: `${K1} điểm a`, madeUp: true },
  ];
  const mung1 = toDayNumber(tetDate(year));
  for (let i = -1; i <= 3; i += 1) {
    holidays.push({
      day: mung1 + i,
      kind: 'tet',
      nameId: 'calendar.lunarNewYear',
      rule: `${K1} điểm b; ước tính: ngày cuối năm âm lịch đến hết Mùng 4`,
      madeUp: true,
    });
  }
  holidays.push(
    {
      day: toDayNumber(hungKingsDate(year)),
      kind: 'holiday',
      nameId: 'calendar.hungKings',
      rule: `${K1} điểm e (10/3 âm lịch, UTC+7)`,
      madeUp: true,
    },
    { day: on(4, 30), kind: 'holiday', nameId: 'calendar.victoryDay', rule: `${K1} điểm c`, madeUp: true },
    { day: on(5, 1), kind: 'holiday', nameId: 'calendar.labourDay', rule: `${K1} điểm d`, madeUp: true },
  );
  const nationalDay = on(9, 2);
  const dow = dayOfWeek(fromDayNumber(nationalDay));
  const adjacent = dow === 0 || dow === 1 || dow === 4 ? nationalDay + 1 : nationalDay - 1;
  holidays.push(
    { day: nationalDay, kind: 'holiday', nameId: 'calendar.nationalDay', rule: `${K1} điểm đ`, madeUp: true },
    {
      day: adjacent,
      kind: 'holiday',
      nameId: 'calendar.nationalDay',
      rule: `${K1} điểm đ; ước tính: ngày liền kề ${adjacent > nationalDay ? '3/9' : '1/9'}`,
      madeUp: true,
    },
  );
  if (year >= CULTURE_DAY_FIRST_YEAR) {
    holidays.push({
      day: on(11, 24),
      kind: 'holiday',
      nameId: 'calendar.cultureDay',
      rule: 'Nghị quyết 28/2026/QH16, Điều 2 (không nghỉ bù)',
      madeUp: false,
    });
  }
  // Stable sort keeps the statutory order for two holidays on one date.
  return holidays.sort((a, b) => a.day - b.day);
}

/**
 * The estimated days off of `year` under the rules above, sorted by date:
 * each holiday on its own date (weekend or not), then the make-up days.
 * Throws a RangeError outside STATUTORY_FIRST_YEAR..STATUTORY_LAST_YEAR.
 */
export function statutoryDaysOff(year: number): StatutoryDayOff[] {
  if (!Number.isInteger(year) || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) {
    throw new RangeError(`The working-day calendar covers ${STATUTORY_FIRST_YEAR}-${STATUTORY_LAST_YEAR}, not ${year}`);
  }
  const holidays = statutoryHolidays(year);
  const occupied = new Set(holidays.map((h) => h.day));
  const seen = new Set<number>();
  const result: Array<StatutoryDayOff & { day: number }> = [];
  for (const h of holidays) {
    const clash = seen.has(h.day);
    seen.add(h.day);
    result.push({ day: h.day, date: formatIsoDate(fromDayNumber(h.day)), kind: h.kind, nameId: h.nameId, rule: h.rule, estimated: true });
    if (!h.madeUp || !(clash || isWeekend(h.day))) continue;
    let d = h.day + 1;
    while (isWeekend(d) || occupied.has(d)) d += 1;
    occupied.add(d);
    result.push({
      day: d,
      date: formatIsoDate(fromDayNumber(d)),
      kind: 'makeUp',
      nameId: 'calendar.makeUp',
      holidayId: h.nameId,
      rule: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
      estimated: true,
    });
  }
  return result.sort((a, b) => a.day - b.day).map(({ day: _day, ...entry }) => entry);
}
