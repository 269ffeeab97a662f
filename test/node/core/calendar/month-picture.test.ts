import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueDate, formatMessage, isMessageId, namedRanges, workingDaysCalendar, type CalendarDay } from '@hochieu/core';

const days = (iso: string, options?: Parameters<typeof workingDaysCalendar>[1]): CalendarDay[] =>
  workingDaysCalendar(iso, options).months.flatMap((m) => m.weeks.flat()).filter((d): d is CalendarDay => d !== null);
const at = (list: CalendarDay[], iso: string): CalendarDay => {
  const d = list.find((x) => x.date === iso);
  assert.ok(d, iso);
  return d;
};

test('a dossier received just before Tết 2026 spans the five Tết days and the weekends, in two months', () => {
  const cal = workingDaysCalendar('2026-02-12');
  assert.equal(cal.due, dueDate('2026-02-12').date);
  assert.equal(cal.due, '2026-03-03');
  assert.deepEqual(cal.months.map((m) => `${m.year}-${m.month}`), ['2026-2', '2026-3']);
  const list = days('2026-02-12');
  assert.equal(at(list, '2026-02-12').kind, 'submission');
  assert.deepEqual(at(list, '2026-02-13'), { date: '2026-02-13', day: 13, kind: 'counted', count: 1 });
  assert.equal(at(list, '2026-02-14').kind, 'weekend');
  for (const iso of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
    assert.equal(at(list, iso).kind, 'dayOff', iso);
    assert.equal(at(list, iso).name, 'calendar.lunarNewYear', iso);
  }
  assert.equal(at(list, '2026-02-23').count, 2);
  assert.equal(at(list, '2026-02-27').count, 6);
  assert.equal(at(list, '2026-02-28').kind, 'weekend');
  assert.deepEqual(at(list, '2026-03-03'), { date: '2026-03-03', day: 3, kind: 'due', count: 8 });
  assert.equal(at(list, '2026-02-11').kind, 'outside');
  assert.equal(at(list, '2026-03-04').kind, 'outside');
  // The counted days are exactly 1..8, each once.
  assert.deepEqual(list.filter((d) => d.count !== undefined).map((d) => d.count), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(cal.named.filter((n) => n.name === 'calendar.lunarNewYear').length, 5);
});

test('weeks start on Monday and hold seven cells; a period over a month end shows two months', () => {
  const cal = workingDaysCalendar('2026-11-20');
  assert.deepEqual(cal.months.map((m) => m.month), [11, 12]);
  for (const m of cal.months) for (const w of m.weeks) assert.equal(w.length, 7);
  // 1 November 2026 is a Sunday: six empty cells before it.
  assert.deepEqual(cal.months[0]!.weeks[0]!.slice(0, 6), [null, null, null, null, null, null]);
  assert.equal(cal.months[0]!.weeks[0]![6]!.date, '2026-11-01');
});

test('24/11/2026 (Vietnamese Culture Day) is a named day off, not counted', () => {
  const list = days('2026-11-20');
  const culture = at(list, '2026-11-24');
  assert.equal(culture.kind, 'dayOff');
  assert.equal(culture.name, 'calendar.cultureDay');
  assert.equal(culture.count, undefined);
  assert.equal(at(list, '2026-11-23').count, 1);
  assert.equal(at(list, '2026-11-25').count, 2);
  assert.equal(workingDaysCalendar('2026-11-20').due, '2026-12-03');
});

test('a swapped Saturday worked is counted and named; its swapped weekday is a named day off', () => {
  const list = days('2026-01-08');
  const saturday = at(list, '2026-01-10');
  assert.equal(saturday.kind, 'workedSaturday');
  assert.equal(saturday.count, 2);
  assert.equal(saturday.name, 'calendar.workedSaturday');
  assert.equal(at(list, '2026-01-09').count, 1);
  assert.equal(at(list, '2026-01-11').kind, 'weekend');
  const before = days('2025-12-30');
  assert.equal(at(before, '2026-01-01').name, 'calendar.newYear');
  assert.equal(at(before, '2026-01-02').kind, 'dayOff');
  assert.equal(at(before, '2026-01-02').holiday, 'calendar.newYear');
});

test('host days off and working days change the picture the same way as the due date', () => {
  const options = { daysOff: ['2026-03-10'], workingDays: ['2026-03-14'] };
  const cal = workingDaysCalendar('2026-03-09', options);
  assert.equal(cal.due, dueDate('2026-03-09', options).date);
  const list = days('2026-03-09', options);
  assert.equal(at(list, '2026-03-10').kind, 'dayOff');
  assert.equal(at(list, '2026-03-10').name, 'calendar.announced');
  assert.equal(at(list, '2026-03-14').kind, 'workedSaturday');
});

test('an estimated year is reported, and every name is a known message', () => {
  const cal = workingDaysCalendar('2027-02-03');
  assert.equal(cal.estimated, true);
  for (const n of cal.named) assert.ok(isMessageId(n.name), n.name);
  assert.equal(workingDaysCalendar('2026-02-03').estimated, false);
  assert.throws(() => workingDaysCalendar('2026-02-30'), RangeError);
});

test('the summary sentence names both dates in both languages', () => {
  const args = { submission: '12/02/2026', due: '27/02/2026', count: 8 };
  assert.match(formatMessage('calendar.picture.caption', args), /nộp ngày 12\/02\/2026.*8 ngày làm việc.*ngày 27\/02\/2026/u);
  assert.match(formatMessage('calendar.picture.caption', args, 'en'), /submitted on 12\/02\/2026.*8 working days.*due on 27\/02\/2026/u);
});

test('the legend groups the five Tết days into one run and keeps single days apart', () => {
  assert.deepEqual(namedRanges(workingDaysCalendar('2026-02-12')), [
    { from: '2026-02-16', to: '2026-02-20', kind: 'dayOff', name: 'calendar.lunarNewYear' },
  ]);
  assert.deepEqual(namedRanges(workingDaysCalendar('2025-12-30')), [
    { from: '2026-01-01', to: '2026-01-01', kind: 'dayOff', name: 'calendar.newYear' },
    { from: '2026-01-02', to: '2026-01-02', kind: 'dayOff', name: 'calendar.swapped', holiday: 'calendar.newYear' },
    { from: '2026-01-10', to: '2026-01-10', kind: 'workedSaturday', name: 'calendar.workedSaturday', holiday: 'calendar.newYear' },
  ]);
});
