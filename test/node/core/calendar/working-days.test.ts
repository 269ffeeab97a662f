import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  PROCESSING_WORKING_DAYS,
  addIsoDays,
  addWorkingDays,
  daysOffIn,
  dueDate,
  extraWorkingDaysIn,
  formatIsoDate,
  fromDayNumber,
  isEstimatedYear,
  isWorkingDay,
  nextWorkingDay,
  toDayNumber,
} from '@hochieu/core';

test('the procedure limit is 8 working days', () => {
  assert.equal(PROCESSING_WORKING_DAYS, 8);
});

test('received Monday 2026-11-23: 24/11 is off, so the 8th working day is Friday 2026-12-04', () => {
  // Wed 25 (1), Thu 26 (2), Fri 27 (3), Mon 30 (4), Tue 1/12 (5), Wed 2 (6), Thu 3 (7), Fri 4 (8).
  assert.deepEqual(dueDate('2026-11-23'), { date: '2026-12-04', estimated: false });
});

test('received on an ordinary Saturday, counting starts on Monday', () => {
  // Sat 2026-03-07 -> Mon 9 (1), Tue 10 (2), Wed 11 (3), Thu 12 (4), Fri 13 (5), Mon 16 (6), Tue 17 (7), Wed 18 (8).
  assert.deepEqual(dueDate('2026-03-07'), { date: '2026-03-18', estimated: false });
  // Sunday 2026-03-08 gives the same date.
  assert.deepEqual(dueDate('2026-03-08'), { date: '2026-03-18', estimated: false });
});

test('received Friday 2026-02-13, just before Tết: nothing counts until Monday 23/2', () => {
  // Off Sat 14/2 - Sun 22/2. Mon 23 (1), Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5), Mon 2/3 (6), Tue 3 (7), Wed 4 (8).
  assert.deepEqual(dueDate('2026-02-13'), { date: '2026-03-04', estimated: false });
});

test('a worked Saturday counts: received Friday 2026-01-09', () => {
  // Sat 10/1 worked (1), Mon 12 (2), Tue 13 (3), Wed 14 (4), Thu 15 (5), Fri 16 (6), Mon 19 (7), Tue 20 (8).
  assert.deepEqual(dueDate('2026-01-09'), { date: '2026-01-20', estimated: false });
  // Received on that worked Saturday itself: the Saturday is not counted. Mon 12 (1) ... Wed 21 (8).
  assert.deepEqual(dueDate('2026-01-10'), { date: '2026-01-21', estimated: false });
});

test('across Quốc khánh 2026 with the swapped Monday 31/8 and the worked Saturday 22/8', () => {
  // Fri 21/8 received. Sat 22 (1), Mon 24 (2), Tue 25 (3), Wed 26 (4), Thu 27 (5), Fri 28 (6),
  // Sat 29 - Wed 2/9 off, Thu 3/9 (7), Fri 4/9 (8).
  assert.deepEqual(dueDate('2026-08-21'), { date: '2026-09-04', estimated: false });
});

test('across 30/4 - 1/5/2025 with the swapped Friday 2/5 and the worked Saturday 26/4', () => {
  // Thu 24/4 received. Fri 25 (1), Sat 26 (2), Mon 28 (3), Tue 29 (4), 30/4 - 4/5 off, Mon 5/5 (5), Tue 6 (6), Wed 7 (7), Thu 8 (8).
  assert.deepEqual(dueDate('2025-04-24'), { date: '2025-05-08', estimated: false });
});

test('a host day off moves the due date later', () => {
  // As 2026-11-23 but Mon 30/11 is off: Wed 25 (1), Thu 26 (2), Fri 27 (3), Tue 1/12 (4), Wed 2 (5), Thu 3 (6), Fri 4 (7), Mon 7 (8).
  assert.deepEqual(dueDate('2026-11-23', { daysOff: ['2026-11-30'] }), { date: '2026-12-07', estimated: false });
});

test('a host worked Saturday moves the due date earlier', () => {
  // As 2026-11-23 with Sat 28/11 worked: Wed 25 (1), Thu 26 (2), Fri 27 (3), Sat 28 (4), Mon 30 (5), Tue 1/12 (6), Wed 2 (7), Thu 3 (8).
  assert.deepEqual(dueDate('2026-11-23', { workingDays: ['2026-11-28'] }), { date: '2026-12-03', estimated: false });
});

test('a due date in 2027 is estimated, one in 2026 is not', () => {
  // Mon 2027-03-01: Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5), Tue 9 (6), Wed 10 (7), Thu 11 (8).
  assert.deepEqual(dueDate('2027-03-01'), { date: '2027-03-11', estimated: true });
  assert.equal(dueDate('2026-03-02').estimated, false);
  assert.equal(isEstimatedYear(2027), true);
  assert.equal(isEstimatedYear(2026), false);
});

test('a period that crosses into 2027 is estimated', () => {
  // Mon 2026-12-28: Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 1/1/2027 off, Mon 4 (4), Tue 5 (5), Wed 6 (6), Thu 7 (7), Fri 8 (8).
  assert.deepEqual(dueDate('2026-12-28'), { date: '2027-01-08', estimated: true });
  // Received 2026-12-21: Tue 22 ... Thu 31 is the 8th working day, all in 2026.
  assert.deepEqual(dueDate('2026-12-21'), { date: '2026-12-31', estimated: false });
});

test('host days for 2027 make 2027 no longer estimated', () => {
  const options = { daysOff: ['2027-02-04'] };
  assert.equal(isEstimatedYear(2027, options), false);
  assert.equal(dueDate('2027-03-01', options).estimated, false);
  assert.equal(isEstimatedYear(2027, { workingDays: ['2027-02-20'] }), false);
  assert.equal(isEstimatedYear(2028, options), true);
});

test('a host working day overrides a computed make-up day', () => {
  assert.equal(isWorkingDay('2027-02-11'), false);
  const options = { workingDays: ['2027-02-11'], daysOff: ['2027-02-04'] };
  assert.equal(isWorkingDay('2027-02-11', options), true);
  assert.equal(isWorkingDay('2027-02-04', options), false);
  const list = daysOffIn(2027, options);
  assert.equal(list.some((d) => d.date === '2027-02-11'), false);
  const announced = list.find((d) => d.date === '2027-02-04');
  assert.deepEqual(announced, { date: '2027-02-04', kind: 'announced', nameId: 'calendar.announced', source: 'host', estimated: false });
  assert.deepEqual(
    extraWorkingDaysIn(2027, options).map((w) => [w.date, w.source]),
    [['2027-02-11', 'host']],
  );
});

test('daysOffIn is sorted and only holds days of the year asked for', () => {
  const options = { daysOff: ['2026-03-05', '2027-03-05'] };
  for (const year of [2025, 2026, 2027, 2028]) {
    const dates = daysOffIn(year, options).map((d) => d.date);
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(dates.every((d) => d.startsWith(`${year}-`)));
  }
  assert.ok(daysOffIn(2026, options).some((d) => d.date === '2026-03-05' && d.source === 'host'));
  // A host day that repeats an official one is not listed twice.
  assert.equal(daysOffIn(2026, { daysOff: ['2026-11-24'] }).filter((d) => d.date === '2026-11-24').length, 1);
});

test('nextWorkingDay skips weekends and days off', () => {
  assert.equal(nextWorkingDay('2026-02-13'), '2026-02-23');
  assert.equal(nextWorkingDay('2026-01-09'), '2026-01-10');
  assert.equal(nextWorkingDay('2026-11-23'), '2026-11-25');
  assert.equal(nextWorkingDay('2026-03-10'), '2026-03-11');
});

test('addWorkingDays with 0 returns the same date; the number of days can be chosen', () => {
  assert.deepEqual(addWorkingDays('2026-03-10', 0), { date: '2026-03-10', estimated: false });
  assert.equal(addWorkingDays('2027-03-10', 0).estimated, true);
  // Mon 2026-11-23 + 1 working day: 24/11 is off -> Wed 25/11.
  assert.equal(addWorkingDays('2026-11-23', 1).date, '2026-11-25');
  assert.equal(dueDate('2026-11-23', {}, 3).date, '2026-11-27');
});

test('invalid input throws a RangeError', () => {
  assert.throws(() => isWorkingDay('2026-02-30'), RangeError);
  assert.throws(() => isWorkingDay('23/11/2026'), RangeError);
  assert.throws(() => dueDate(''), RangeError);
  assert.throws(() => addWorkingDays('2026-11-23', -1), RangeError);
  assert.throws(() => addWorkingDays('2026-11-23', 1.5), RangeError);
  assert.throws(() => nextWorkingDay('2026-1-5'), RangeError);
  assert.throws(() => dueDate('2026-11-23', { daysOff: ['2026-11-31'] }), RangeError);
  assert.throws(() => isWorkingDay('2026-11-23', { workingDays: ['next Saturday'] }), RangeError);
  assert.throws(() => daysOffIn(2019), RangeError);
});

const days2025to2040 = fc
  .integer({ min: toDayNumber({ year: 2025, month: 1, day: 1 }), max: toDayNumber({ year: 2040, month: 12, day: 31 }) })
  .map((n) => formatIsoDate(fromDayNumber(n)));

test('the result is a working day and exactly n working days lie after the start, up to it', () => {
  fc.assert(
    fc.property(days2025to2040, fc.integer({ min: 1, max: 30 }), (start, n) => {
      const { date } = addWorkingDays(start, n);
      assert.equal(isWorkingDay(date), true);
      let count = 0;
      for (let d = addIsoDays(start, 1); d <= date; d = addIsoDays(d, 1)) if (isWorkingDay(d)) count += 1;
      assert.equal(count, n);
    }),
    { numRuns: 150 },
  );
});

test('counting m then n working days equals counting m + n', () => {
  fc.assert(
    fc.property(days2025to2040, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (start, m, n) => {
      assert.equal(addWorkingDays(addWorkingDays(start, m).date, n).date, addWorkingDays(start, m + n).date);
    }),
    { numRuns: 150 },
  );
});
