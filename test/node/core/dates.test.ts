import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addIsoDays,
  ageOn,
  dateOfAge,
  dayOfWeek,
  formatIsoDate,
  formatVietnameseDate,
  fromDayNumber,
  parseIsoDate,
  parsePartialDate,
  toDayNumber,
  vietnamDateOf,
} from '@hochieu/core';

test('parseIsoDate accepts real dates and refuses impossible ones', () => {
  assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  assert.equal(parseIsoDate('2025-02-29'), null);
  assert.equal(parseIsoDate('1900-02-29'), null);
  assert.deepEqual(parseIsoDate('2000-02-29'), { year: 2000, month: 2, day: 29 });
  assert.equal(parseIsoDate('2026-13-01'), null);
  assert.equal(parseIsoDate('2026-04-31'), null);
  assert.equal(parseIsoDate('26-04-01'), null);
  assert.equal(parseIsoDate('2026-4-1'), null);
});

test('parsePartialDate accepts a year alone', () => {
  assert.deepEqual(parsePartialDate('1950'), { precision: 'year', year: 1950 });
  assert.deepEqual(parsePartialDate('1950-01-02'), { precision: 'day', year: 1950, month: 1, day: 2 });
  assert.equal(parsePartialDate('195'), null);
});

test('day numbers round-trip over four centuries', () => {
  for (let n = toDayNumber({ year: 1899, month: 12, day: 25 }); n < toDayNumber({ year: 2301, month: 1, day: 5 }); n += 1) {
    assert.equal(toDayNumber(fromDayNumber(n)), n);
  }
  assert.equal(toDayNumber({ year: 1970, month: 1, day: 1 }), 0);
  assert.equal(formatIsoDate(fromDayNumber(20000)), new Date(20000 * 86400000).toISOString().slice(0, 10));
});

test('dayOfWeek matches known days', () => {
  assert.equal(dayOfWeek({ year: 2026, month: 11, day: 24 }), 2); // Tuesday
  assert.equal(dayOfWeek({ year: 2025, month: 1, day: 25 }), 6); // Saturday
  assert.equal(dayOfWeek({ year: 2027, month: 2, day: 6 }), 6); // Saturday
});

test('ageOn counts the birthday itself', () => {
  const birth = { year: 2012, month: 5, day: 10 };
  assert.equal(ageOn(birth, { year: 2026, month: 5, day: 9 }), 13);
  assert.equal(ageOn(birth, { year: 2026, month: 5, day: 10 }), 14);
});

test('a 29 February birthday is reached on 28 February in a common year', () => {
  const birth = { year: 2012, month: 2, day: 29 };
  assert.equal(ageOn(birth, { year: 2026, month: 2, day: 27 }), 13);
  assert.equal(ageOn(birth, { year: 2026, month: 2, day: 28 }), 14);
  assert.deepEqual(dateOfAge(birth, 14), { year: 2026, month: 2, day: 28 });
  assert.deepEqual(dateOfAge(birth, 16), { year: 2028, month: 2, day: 29 });
  assert.equal(ageOn(birth, { year: 2028, month: 2, day: 28 }), 15);
});

test('addIsoDays crosses month and year ends', () => {
  assert.equal(addIsoDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addIsoDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addIsoDays('2024-03-01', -1), '2024-02-29');
});

test('formatVietnameseDate prints dd/mm/yyyy or the year alone', () => {
  assert.equal(formatVietnameseDate('1990-05-02'), '02/05/1990');
  assert.equal(formatVietnameseDate('1950'), '1950');
});

test('vietnamDateOf uses UTC+7', () => {
  assert.equal(vietnamDateOf(new Date('2026-11-23T16:59:59Z')), '2026-11-23');
  assert.equal(vietnamDateOf(new Date('2026-11-23T17:00:00Z')), '2026-11-24');
});
