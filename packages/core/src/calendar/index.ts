/**
 * Vietnamese working days: the lunisolar calendar at UTC+7 (Quyết định
 * 121-CP), the official day-off tables per year, the statutory fallback of
 * Bộ luật Lao động 2019 Điều 111-112 for years not yet announced, and due
 * dates counted in working days (Bộ luật Dân sự 2015 Điều 147).
 */
export {
  VIETNAM_TIME_ZONE,
  deltaTSeconds,
  hungKingsDate,
  lunarMonthLength,
  lunarToSolar,
  newMoonDay,
  newMoonJde,
  solarToLunar,
  sunLongitude,
  tetDate,
} from './lunar.js';
export type { LunarDate } from './lunar.js';
export { hasOfficialTable, officialYear, officialYears } from './official-days-off.js';
export type { DayOffKind, OfficialDayOff, OfficialWorkingDay, OfficialYear } from './official-days-off.js';
export {
  CULTURE_DAY_FIRST_YEAR,
  STATUTORY_FIRST_YEAR,
  STATUTORY_LAST_YEAR,
  statutoryDaysOff,
} from './statutory-days-off.js';
export type { StatutoryDayOff } from './statutory-days-off.js';
export {
  PROCESSING_WORKING_DAYS,
  addWorkingDays,
  daysOffIn,
  dueDate,
  extraWorkingDaysIn,
  isEstimatedYear,
  isWorkingDay,
  nextWorkingDay,
} from './working-days.js';
export type { CalendarOptions, CountedDate, DayOff, DayOffSource, ExtraWorkingDay } from './working-days.js';
export { namedRanges, workingDaysCalendar } from './month-picture.js';
export type { CalendarDay, CalendarDayKind, CalendarMonth, NamedRange, WorkingDaysCalendar } from './month-picture.js';
export { calendarMessages } from './messages.js';
export type { CalendarMessageId } from './messages.js';
