/**
 * Messages of the calendar area (vi source, en translation): the names of the
 * days off of Bộ luật Lao động 2019 Điều 112 k1 and Nghị quyết 28/2026/QH16
 * (24/11), the kinds of days the official notices create (nghỉ bù, hoán đổi,
 * làm bù), and the notice shown when a due date rests on an estimated table.
 */
import { defineMessages } from '../messages/define.js';

export const calendarMessages = defineMessages({
  'calendar.newYear': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'calendar.lunarNewYear': { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  'calendar.hungKings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  'calendar.victoryDay': { vi: 'Ngày Chiến thắng 30/4', en: 'Victory Day, 30 April' },
  'calendar.labourDay': { vi: 'Ngày Quốc tế Lao động 1/5', en: 'International Labour Day, 1 May' },
  'calendar.nationalDay': { vi: 'Quốc khánh 2/9', en: 'National Day, 2 September' },
  'calendar.cultureDay': { vi: 'Ngày Văn hóa Việt Nam 24/11', en: 'Vietnamese Culture Day, 24 November' },
  'calendar.makeUp': { vi: 'Nghỉ bù', en: 'Day off in lieu' },
  'calendar.swapped': { vi: 'Ngày nghỉ hoán đổi', en: 'Day off swapped with a working Saturday' },
  'calendar.announced': { vi: 'Ngày nghỉ do địa phương thông báo', en: 'Day off announced locally' },
  'calendar.workedSaturday': { vi: 'Ngày làm việc bù', en: 'Working day in exchange for a day off' },
  'calendar.notice.estimated': {
    vi: 'Ngày dự kiến: lịch nghỉ lễ, Tết năm {year} chưa được công bố chính thức nên ngày này có thể thay đổi.',
    en: 'Estimated date: the official holiday schedule for {year} has not been announced yet, so this date may change.',
  },
  'calendar.picture.caption': {
    vi: 'Hồ sơ nộp ngày {submission}; {count} ngày làm việc được đếm từ ngày hôm sau (không tính ngày nghỉ cuối tuần, nghỉ lễ, Tết); hạn trả kết quả là ngày {due}.',
    en: 'Dossier submitted on {submission}; {count} working days are counted from the next day (weekends and public holidays are skipped); the result is due on {due}.',
  },
  'calendar.picture.month': { vi: 'Tháng {month}/{year}', en: 'Month {month}/{year}' },
  'calendar.picture.submission': { vi: 'Ngày nộp hồ sơ', en: 'Submission day' },
  'calendar.picture.due': { vi: 'Hạn trả kết quả (ngày làm việc thứ {count})', en: 'Due date (working day {count})' },
  'calendar.picture.counted': { vi: 'Ngày làm việc thứ {count}', en: 'Working day {count}' },
  'calendar.picture.weekend': { vi: 'Nghỉ cuối tuần', en: 'Weekend' },
  'calendar.picture.legend': { vi: 'Ngày nghỉ và ngày làm bù trong thời hạn', en: 'Days off and worked rest days in the period' },
  'calendar.picture.short.submission': { vi: 'nộp', en: 'filed' },
  'calendar.picture.short.due': { vi: 'hạn', en: 'due' },
  'calendar.picture.short.dayOff': { vi: 'nghỉ', en: 'off' },
  'calendar.picture.short.workedSaturday': { vi: 'làm bù', en: 'worked' },
  'calendar.picture.range': { vi: '{from} đến {to}', en: '{from} to {to}' },
  'calendar.weekday.1': { vi: 'T2', en: 'Mon' },
  'calendar.weekday.2': { vi: 'T3', en: 'Tue' },
  'calendar.weekday.3': { vi: 'T4', en: 'Wed' },
  'calendar.weekday.4': { vi: 'T5', en: 'Thu' },
  'calendar.weekday.5': { vi: 'T6', en: 'Fri' },
  'calendar.weekday.6': { vi: 'T7', en: 'Sat' },
  'calendar.weekday.7': { vi: 'CN', en: 'Sun' },
  'calendar.weekdayFull.1': { vi: 'Thứ Hai', en: 'Monday' },
  'calendar.weekdayFull.2': { vi: 'Thứ Ba', en: 'Tuesday' },
  'calendar.weekdayFull.3': { vi: 'Thứ Tư', en: 'Wednesday' },
  'calendar.weekdayFull.4': { vi: 'Thứ Năm', en: 'Thursday' },
  'calendar.weekdayFull.5': { vi: 'Thứ Sáu', en: 'Friday' },
  'calendar.weekdayFull.6': { vi: 'Thứ Bảy', en: 'Saturday' },
  'calendar.weekdayFull.7': { vi: 'Chủ nhật', en: 'Sunday' },
});


/** A message id of the calendar area. */
export type CalendarMessageId = keyof typeof calendarMessages;
