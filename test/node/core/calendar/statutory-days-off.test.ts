import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  daysOffIn,
  isWorkingDay,
  officialYear,
  parseIsoDate,
  dayOfWeek,
  statutoryDaysOff,
} from '@hochieu/core';

function isWeekday(iso: string): boolean {
  const ymd = parseIsoDate(iso);
  assert.ok(ymd, iso);
  const dow = dayOfWeek(ymd);
  return dow >= 1 && dow <= 5;
}

test('2027 (no notice yet): the days off worked out by hand from the law and the documented rules', () => {
  // 1/1 Fri. Tết: Mùng 1 = Sat 6/2, so the five days are Fri 5/2 (last day of the year) to Tue 9/2 (Mùng 4);
  // Sat 6/2 and Sun 7/2 are made up on Wed 10/2 and Thu 11/2. Giỗ Tổ Fri 16/4. 30/4 Fri; 1/5 Sat -> Mon 3/5.
  // 2/9 Thu -> adjacent Fri 3/9. 24/11 Wed.
  assert.deepEqual(
    statutoryDaysOff(2027).map((d) => [d.date, d.kind]),
    [
      ['2027-01-01', 'holiday'],
      ['2027-02-05', 'tet'],
      ['2027-02-06', 'tet'],
      ['2027-02-07', 'tet'],
      ['2027-02-08', 'tet'],
      ['2027-02-09', 'tet'],
      ['2027-02-10', 'makeUp'],
      ['2027-02-11', 'makeUp'],
      ['2027-04-16', 'holiday'],
      ['2027-04-30', 'holiday'],
      ['2027-05-01', 'holiday'],
      ['2027-05-03', 'makeUp'],
      ['2027-09-02', 'holiday'],
      ['2027-09-03', 'holiday'],
      ['2027-11-24', 'holiday'],
    ],
  );
});

test('Tết 2027 across a weekend: Thursday 4/2 and Friday 12/2 are working days, 5/2 to 11/2 are not', () => {
  assert.equal(isWorkingDay('2027-02-04'), true);
  for (const day of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']) {
    assert.equal(isWorkingDay(day), false, day);
  }
  assert.equal(isWorkingDay('2027-02-12'), true);
});

test('computed days are marked estimated and computed, with the rule they come from', () => {
  for (const d of daysOffIn(2027)) {
    assert.equal(d.estimated, true);
    assert.equal(d.source, 'computed');
    assert.ok(d.basis && d.basis.length > 5);
  }
  assert.equal(statutoryDaysOff(2027).find((d) => d.date === '2027-05-03')?.holidayId, 'calendar.labourDay');
});

test('the rules reproduce the official 2026 table apart from the announced swaps', () => {
  const table = officialYear(2026);
  assert.ok(table);
  const official = table.daysOff.filter((d) => d.kind !== 'swapped').map((d) => d.date);
  assert.deepEqual(statutoryDaysOff(2026).map((d) => d.date), official);
});

test('the adjacent Quốc khánh day: 3/9 after a Sunday, Monday or Thursday 2/9, otherwise 1/9', () => {
  const nationalDays = (year: number): string[] =>
    statutoryDaysOff(year)
      .filter((d) => d.nameId === 'calendar.nationalDay' || d.holidayId === 'calendar.nationalDay')
      .map((d) => d.date);
  assert.deepEqual(nationalDays(2027), ['2027-09-02', '2027-09-03']); // Thursday
  assert.deepEqual(nationalDays(2028), ['2028-09-01', '2028-09-02', '2028-09-04']); // Saturday, made up Monday
  assert.deepEqual(nationalDays(2029), ['2029-09-02', '2029-09-03', '2029-09-04']); // Sunday: Mon adjacent, Tue make-up
  assert.deepEqual(nationalDays(2030), ['2030-09-02', '2030-09-03']); // Monday
  assert.deepEqual(nationalDays(2031), ['2031-09-01', '2031-09-02']); // Tuesday
  assert.deepEqual(nationalDays(2033), ['2033-09-01', '2033-09-02']); // Friday
  assert.deepEqual(nationalDays(2037), ['2037-09-01', '2037-09-02']); // Wednesday
});

test('a weekend 1/1 is made up on the next Monday', () => {
  // 1/1/2028 is a Saturday; 1/1/2034 a Sunday.
  assert.ok(statutoryDaysOff(2028).some((d) => d.date === '2028-01-03' && d.kind === 'makeUp' && d.holidayId === 'calendar.newYear'));
  assert.ok(statutoryDaysOff(2034).some((d) => d.date === '2034-01-02' && d.kind === 'makeUp' && d.holidayId === 'calendar.newYear'));
});

test('30/4 and 1/5 falling together on a weekend take the next two working days in order', () => {
  // 2033: 30/4 Saturday, 1/5 Sunday -> Monday 2/5 for 30/4, Tuesday 3/5 for 1/5.
  const makeUps = statutoryDaysOff(2033).filter((d) => d.kind === 'makeUp' && d.date.startsWith('2033-05'));
  assert.deepEqual(
    makeUps.map((d) => [d.date, d.holidayId]),
    [
      ['2033-05-02', 'calendar.victoryDay'],
      ['2033-05-03', 'calendar.labourDay'],
    ],
  );
  // 2028: 30/4 Sunday, 1/5 Monday -> the make-up skips the holiday Monday and lands on Tuesday 2/5.
  assert.ok(statutoryDaysOff(2028).some((d) => d.date === '2028-05-02' && d.holidayId === 'calendar.victoryDay'));
  assert.equal(isWorkingDay('2028-05-02'), false);
  assert.equal(isWorkingDay('2028-05-03'), true);
});

test('24/11 on a weekend is not made up (2029: Saturday)', () => {
  const list = statutoryDaysOff(2029);
  assert.ok(list.some((d) => d.date === '2029-11-24' && d.nameId === 'calendar.cultureDay'));
  assert.equal(list.some((d) => d.holidayId === 'calendar.cultureDay'), false);
  assert.equal(isWorkingDay('2029-11-26'), true);
});

test('24/11 is a day off only from 2026', () => {
  assert.equal(statutoryDaysOff(2025).some((d) => d.nameId === 'calendar.cultureDay'), false);
  assert.equal(statutoryDaysOff(2026).some((d) => d.nameId === 'calendar.cultureDay'), true);
});

test('every computed year 2027-2199 gives the 11 statutory weekdays off, plus 24/11 on a weekday', () => {
  for (let year = 2027; year <= 2199; year += 1) {
    const list = statutoryDaysOff(year);
    const weekdayDates = list.filter((d) => isWeekday(d.date)).map((d) => d.date);
    assert.equal(new Set(weekdayDates).size, weekdayDates.length, `${year}: a weekday is used twice`);
    const cultureDayIsWeekday = isWeekday(`${year}-11-24`);
    assert.equal(weekdayDates.length, 11 + (cultureDayIsWeekday ? 1 : 0), String(year));
    for (const d of list.filter((x) => x.kind === 'makeUp')) assert.ok(isWeekday(d.date), d.date);
    assert.equal(list.filter((d) => d.kind === 'tet').length, 5);
    assert.ok(list.every((d) => d.date.startsWith(`${year}-`)));
  }
});

test('years outside 2021-2199 are refused', () => {
  assert.throws(() => statutoryDaysOff(2020), RangeError);
  assert.throws(() => statutoryDaysOff(2200), RangeError);
  assert.throws(() => statutoryDaysOff(2027.5), RangeError);
  assert.throws(() => isWorkingDay('2020-06-01'), RangeError);
  assert.doesNotThrow(() => statutoryDaysOff(2021));
});
