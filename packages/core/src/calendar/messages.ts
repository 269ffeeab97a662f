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
});

/** A message id of the calendar area. */
export type CalendarMessageId = keyof typeof calendarMessages;
