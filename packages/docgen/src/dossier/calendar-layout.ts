/**
 * The working-day calendar of the checklist, as blocks of the document model:
 * one summary sentence, then per month a bold "Tháng 2/2026" line and a ruled
 * table Monday to Sunday. Each day cell carries its text so the picture reads
 * without colour (a counted day "13 (1)", the submission "12 nộp", the due
 * date "3 (8) hạn", a day off "16 nghỉ"); weekends and days off are shaded
 * grey as on a printed calendar; a legend names the days off and worked
 * Saturdays (Tết, Giỗ Tổ, 30/4, 1/5, 2/9, 24/11...). Built from core's
 * workingDaysCalendar, the same data as the due date above it.
 */
import {
  formatMessage,
  formatVietnameseDate,
  namedRanges,
  workingDaysCalendar,
  type CalendarDay,
  type CalendarOptions,
  type Locale,
  type MessageId,
} from '@hochieu/core';
import type { Block } from '../model/types.js';

function cellText(day: CalendarDay | null, locale: Locale): string | null {
  if (!day) return null;
  const m = (id: MessageId): string => formatMessage(id, {}, locale);
  switch (day.kind) {
    case 'submission':
      return `${day.day} ${m('calendar.picture.short.submission')}`;
    case 'due':
      return `${day.day} (${day.count ?? ''}) ${m('calendar.picture.short.due')}`;
    case 'counted':
      return `${day.day} (${day.count ?? ''})`;
    case 'workedSaturday':
      return `${day.day} (${day.count ?? ''}) ${m('calendar.picture.short.workedSaturday')}`;
    case 'dayOff':
      return `${day.day} ${m('calendar.picture.short.dayOff')}`;
    default:
      return String(day.day);
  }
}

/** The calendar blocks for a dossier received on `submission`; none when the date is outside the calendar. */
export function calendarBlocks(submission: string, options: CalendarOptions, locale: Locale): Block[] {
  let calendar: ReturnType<typeof workingDaysCalendar>;
  try {
    calendar = workingDaysCalendar(submission, options);
  } catch (error) {
    if (error instanceof RangeError) return [];
    throw error;
  }
  const m = (id: MessageId, params: Record<string, string | number> = {}): string => formatMessage(id, params, locale);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: m('calendar.picture.caption', {
        submission: formatVietnameseDate(calendar.submission),
        due: formatVietnameseDate(calendar.due),
        count: calendar.workingDays,
      }),
    },
  ];
  const columns = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ header: m(`calendar.weekday.${n}` as MessageId), width: 1 }));
  for (const month of calendar.months) {
    blocks.push({ kind: 'paragraph', text: m('calendar.picture.month', { month: month.month, year: month.year }), bold: true });
    blocks.push({
      kind: 'table',
      columns,
      rows: month.weeks.map((w) => w.map((d) => cellText(d, locale))),
      shaded: month.weeks.map((w) => w.map((d) => d !== null && (d.kind === 'weekend' || d.kind === 'dayOff'))),
      cellAlign: 'center',
    });
  }
  const ranges = namedRanges(calendar);
  if (ranges.length > 0) {
    blocks.push({ kind: 'paragraph', text: `${m('calendar.picture.legend')}:`, italic: true });
    for (const r of ranges) {
      const when = r.from === r.to ? formatVietnameseDate(r.from) : m('calendar.picture.range', { from: formatVietnameseDate(r.from), to: formatVietnameseDate(r.to) });
      const what = r.holiday ? `${m(r.name)} (${m(r.holiday)})` : m(r.name);
      blocks.push({ kind: 'paragraph', text: `- ${when}: ${what}`, indentMm: 4 });
    }
  }
  return blocks;
}
