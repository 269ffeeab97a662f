import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addIsoDays,
  daysOffIn,
  extraWorkingDaysIn,
  formatIsoDate,
  hasOfficialTable,
  isMessageId,
  isWorkingDay,
  officialYears,
  tetDate,
} from '@hochieu/core';

/** Every day from `from` to `to` inclusive. */
function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addIsoDays(d, 1)) days.push(d);
  return days;
}

// Domain-facts §7.2, written out by hand (weekends inside each break included).
const OFF_2025 = [
  '2025-01-01',
  ...range('2025-01-25', '2025-02-02'), // Tết Ất Tỵ, Sat 25/1 - Sun 2/2
  '2025-04-07', // Giỗ Tổ
  ...range('2025-04-30', '2025-05-04'), // 30/4, 1/5, swapped 2/5, weekend
  ...range('2025-08-30', '2025-09-02'), // Quốc khánh, Sat 30/8 - Tue 2/9
];
const OFF_2026 = [
  '2026-01-01',
  '2026-01-02', // swapped against Sat 10/1
  ...range('2026-02-14', '2026-02-22'), // Tết Bính Ngọ, Sat 14/2 - Sun 22/2
  '2026-04-26', // Giỗ Tổ on Sunday
  '2026-04-27', // made up on Monday
  '2026-04-30',
  '2026-05-01',
  ...range('2026-08-29', '2026-09-02'), // Quốc khánh with swapped Mon 31/8
  '2026-11-24', // Ngày Văn hóa Việt Nam
];
const WORKED_SATURDAYS = ['2025-04-26', '2026-01-10', '2026-08-22'];

test('every day off listed in §7.2 for 2025 is a day off', () => {
  for (const day of OFF_2025) assert.equal(isWorkingDay(day), false, day);
});

test('every day off listed in §7.2 for 2026 is a day off', () => {
  for (const day of OFF_2026) assert.equal(isWorkingDay(day), false, day);
});

test('the worked Saturdays 2025-04-26, 2026-01-10 and 2026-08-22 are working days', () => {
  for (const day of WORKED_SATURDAYS) assert.equal(isWorkingDay(day), true, day);
});

test('ordinary weekdays next to the breaks are working days', () => {
  const weekdays = [
    '2025-01-02',
    '2025-01-24',
    '2025-02-03',
    '2025-04-04',
    '2025-04-08',
    '2025-04-28',
    '2025-04-29',
    '2025-05-05',
    '2025-08-29',
    '2025-09-03',
    '2025-12-31',
    '2026-01-05',
    '2026-01-09',
    '2026-01-12',
    '2026-02-13',
    '2026-02-23',
    '2026-04-24',
    '2026-04-28',
    '2026-04-29',
    '2026-05-04',
    '2026-08-21',
    '2026-08-28',
    '2026-09-03',
    '2026-11-23',
    '2026-11-25',
    '2026-12-31',
  ];
  for (const day of weekdays) assert.equal(isWorkingDay(day), true, day);
});

test('ordinary Saturdays and Sundays are not working days', () => {
  for (const day of ['2025-04-19', '2025-04-27', '2026-01-03', '2026-01-11', '2026-08-15', '2026-08-23']) {
    assert.equal(isWorkingDay(day), false, day);
  }
});

test('the weekdays off of 2025 are exactly those of Thông báo 6150/TB-BLĐTBXH', () => {
  const weekdaysOff = daysOffIn(2025).map((d) => d.date);
  assert.deepEqual(weekdaysOff, [
    '2025-01-01',
    '2025-01-27',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-04-07',
    '2025-04-30',
    '2025-05-01',
    '2025-05-02',
    '2025-09-01',
    '2025-09-02',
  ]);
  assert.ok(daysOffIn(2025).every((d) => d.source === 'official' && d.estimated === false));
});

test('2026 lists Giỗ Tổ on its Sunday with a make-up Monday, the swapped days, and 24/11', () => {
  const list = daysOffIn(2026);
  const byDate = new Map(list.map((d) => [d.date, d]));
  assert.equal(byDate.get('2026-04-26')?.nameId, 'calendar.hungKings');
  assert.equal(byDate.get('2026-04-27')?.kind, 'makeUp');
  assert.equal(byDate.get('2026-04-27')?.holidayId, 'calendar.hungKings');
  assert.equal(byDate.get('2026-01-02')?.kind, 'swapped');
  assert.equal(byDate.get('2026-01-02')?.holidayId, 'calendar.newYear');
  assert.equal(byDate.get('2026-08-31')?.kind, 'swapped');
  assert.equal(byDate.get('2026-08-31')?.holidayId, 'calendar.nationalDay');
  assert.equal(byDate.get('2026-11-24')?.nameId, 'calendar.cultureDay');
  assert.equal(list.filter((d) => d.kind === 'tet').length, 5);
  assert.equal(byDate.has('2026-05-04'), false, 'no swap around 30/4 - 1/5 in 2026');
});

test('the worked Saturdays are listed with the holiday they pay for', () => {
  assert.deepEqual(
    extraWorkingDaysIn(2025).map((w) => [w.date, w.holidayId]),
    [['2025-04-26', 'calendar.labourDay']],
  );
  assert.deepEqual(
    extraWorkingDaysIn(2026).map((w) => [w.date, w.holidayId]),
    [
      ['2026-01-10', 'calendar.newYear'],
      ['2026-08-22', 'calendar.nationalDay'],
    ],
  );
});

test('the official five Tết days surround the computed Mùng 1', () => {
  for (const table of officialYears) {
    const tet = table.daysOff.filter((d) => d.kind === 'tet').map((d) => d.date);
    const mung1 = formatIsoDate(tetDate(table.year));
    assert.equal(tet.length, 5);
    assert.ok(tet.includes(mung1), `${table.year}: ${mung1}`);
  }
});

test('official entries are well formed: real weekdays or named holidays, known message ids, a source', () => {
  for (const table of officialYears) {
    assert.equal(hasOfficialTable(table.year), true);
    for (const d of table.daysOff) {
      assert.ok(d.date.startsWith(`${table.year}-`), d.date);
      assert.ok(isMessageId(d.nameId));
      if (d.kind === 'makeUp' || d.kind === 'swapped') assert.ok(d.holidayId && isMessageId(d.holidayId), d.date);
      assert.ok(d.source.length > 10);
    }
    for (const w of table.workingDays) {
      assert.equal(new Date(`${w.date}T00:00:00Z`).getUTCDay(), 6, `${w.date} is a Saturday`);
      assert.ok(w.source.length > 10);
    }
  }
  assert.equal(hasOfficialTable(2027), false);
});
