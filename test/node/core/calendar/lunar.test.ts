import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  deltaTSeconds,
  formatIsoDate,
  fromDayNumber,
  hungKingsDate,
  lunarMonthLength,
  lunarToSolar,
  newMoonJde,
  solarToLunar,
  sunLongitude,
  tetDate,
  toDayNumber,
} from '@hochieu/core';

const iso = formatIsoDate;

test('the new moon of February 1977 matches Meeus example 49.a (JDE 2443192.65118)', () => {
  assert.ok(Math.abs(newMoonJde(-283) - 2443192.65118) < 0.00001);
});

test('the apparent longitude of the sun on 1992-10-13.0 TD matches Meeus example 25.a (199.90895°)', () => {
  const jdUt = 2448908.5 - deltaTSeconds(1992.78) / 86400;
  assert.ok(Math.abs(sunLongitude(jdUt) - 199.90895) < 0.0005);
});

test('Mùng 1 Tết 2025-2030 matches the table of domain-facts §7.3', () => {
  const expected: Record<number, string> = {
    2025: '2025-01-29',
    2026: '2026-02-17',
    2027: '2027-02-06',
    2028: '2028-01-26',
    2029: '2029-02-13',
    2030: '2030-02-02',
  };
  for (const [year, date] of Object.entries(expected)) assert.equal(iso(tetDate(Number(year))), date, year);
});

test('Giỗ Tổ Hùng Vương 2025-2030 matches the table of domain-facts §7.3', () => {
  const expected: Record<number, string> = {
    2025: '2025-04-07',
    2026: '2026-04-26',
    2027: '2027-04-16',
    2028: '2028-04-04',
    2029: '2029-04-23',
    2030: '2030-04-12',
  };
  for (const [year, date] of Object.entries(expected)) assert.equal(iso(hungKingsDate(Number(year))), date, year);
});

test('historic Tết dates 2020-2024 are reproduced', () => {
  assert.equal(iso(tetDate(2020)), '2020-01-25');
  assert.equal(iso(tetDate(2021)), '2021-02-12');
  assert.equal(iso(tetDate(2022)), '2022-02-01');
  assert.equal(iso(tetDate(2023)), '2023-01-22');
  assert.equal(iso(tetDate(2024)), '2024-02-10');
});

test('Tết 1985 is 21 January at UTC+7 but 20 February at UTC+8', () => {
  assert.equal(iso(tetDate(1985)), '1985-01-21');
  assert.equal(iso(tetDate(1985, 7)), '1985-01-21');
  assert.equal(iso(tetDate(1985, 8)), '1985-02-20');
});

test('Tết 2007 (17 vs 18 February) and 2030 (2 vs 3 February) differ between UTC+7 and UTC+8', () => {
  assert.equal(iso(tetDate(2007)), '2007-02-17');
  assert.equal(iso(tetDate(2007, 8)), '2007-02-18');
  assert.equal(iso(tetDate(2030, 8)), '2030-02-03');
});

test('Tết Mậu Thân 1968 is 29 January at UTC+7 and 30 January at UTC+8', () => {
  assert.equal(iso(tetDate(1968)), '1968-01-29');
  assert.equal(iso(tetDate(1968, 8)), '1968-01-30');
});

test('leap months of recent years: 2020 has a leap 4th month, 2023 a leap 2nd, 2025 a leap 6th', () => {
  assert.deepEqual(solarToLunar({ year: 2020, month: 6, day: 1 }), { day: 10, month: 4, year: 2020, leap: true });
  assert.deepEqual(solarToLunar({ year: 2023, month: 4, day: 1 }), { day: 11, month: 2, year: 2023, leap: true });
  assert.equal(iso(lunarToSolar(1, 6, 2025, true) ?? { year: 0, month: 0, day: 0 }), '2025-07-25');
  // The ordinary 6th month of 2025 comes first, one lunar month earlier.
  assert.deepEqual(solarToLunar({ year: 2025, month: 7, day: 24 }), { day: 30, month: 6, year: 2025, leap: false });
});

test('months 11 and 12 belong to the lunar year that began before them', () => {
  // 2026-02-16 is the day before Mùng 1 Tết Bính Ngọ: the last day of month 12 of Ất Tỵ (lunar year 2025).
  const eve = solarToLunar({ year: 2026, month: 2, day: 16 });
  assert.equal(eve.month, 12);
  assert.equal(eve.year, 2025);
  assert.equal(eve.leap, false);
  assert.deepEqual(solarToLunar({ year: 2026, month: 2, day: 17 }), { day: 1, month: 1, year: 2026, leap: false });
  // The winter solstice (21 or 22 December) is always in month 11.
  for (const year of [2020, 2024, 2025, 2026, 2033, 2034]) {
    assert.equal(solarToLunar({ year, month: 12, day: 22 }).month, 11, String(year));
    assert.equal(solarToLunar({ year, month: 12, day: 22 }).year, year, String(year));
  }
});

test('lunarToSolar returns null for dates that do not exist', () => {
  assert.equal(lunarToSolar(1, 3, 2026, true), null, '2026 has no leap 3rd month');
  assert.equal(lunarToSolar(1, 2, 2025, true), null, '2025 leaps the 6th month, not the 2nd');
  assert.equal(lunarToSolar(1, 1, 2026, true), null);
  assert.equal(lunarToSolar(0, 1, 2026), null);
  assert.equal(lunarToSolar(31, 1, 2026), null);
  assert.equal(lunarToSolar(1, 13, 2026), null);
  assert.equal(lunarToSolar(1.5, 1, 2026), null);
  const shortMonth = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => lunarMonthLength(m, 2026) === 29);
  assert.ok(shortMonth !== undefined);
  assert.equal(lunarToSolar(30, shortMonth, 2026), null);
  assert.notEqual(lunarToSolar(29, shortMonth, 2026), null);
});

test('solarToLunar refuses a date that does not exist', () => {
  assert.throws(() => solarToLunar({ year: 2025, month: 2, day: 29 }), RangeError);
  assert.throws(() => solarToLunar({ year: 2025, month: 13, day: 1 }), RangeError);
});

const dayNumbers = fc.integer({
  min: toDayNumber({ year: 1900, month: 3, day: 1 }),
  max: toDayNumber({ year: 2150, month: 12, day: 31 }),
});

test('solar -> lunar -> solar is the identity (1900-2150, UTC+7 and UTC+8)', () => {
  fc.assert(
    fc.property(dayNumbers, fc.constantFrom(7, 8), (n, tz) => {
      const solar = fromDayNumber(n);
      const lunar = solarToLunar(solar, tz);
      assert.ok(lunar.day >= 1 && lunar.day <= 30);
      assert.ok(lunar.month >= 1 && lunar.month <= 12);
      assert.deepEqual(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap, tz), solar);
    }),
    { numRuns: 400 },
  );
});

test('consecutive solar days step the lunar day by one or start a new month', () => {
  fc.assert(
    fc.property(dayNumbers, (n) => {
      const a = solarToLunar(fromDayNumber(n));
      const b = solarToLunar(fromDayNumber(n + 1));
      if (b.day === 1) assert.ok(a.day === 29 || a.day === 30);
      else assert.deepEqual(b, { ...a, day: a.day + 1 });
    }),
    { numRuns: 300 },
  );
});

test('Mùng 1 Tết always falls between 21 January and 20 February (1900-2150)', () => {
  for (let year = 1900; year <= 2150; year += 1) {
    const tet = tetDate(year);
    const n = toDayNumber(tet);
    assert.ok(n >= toDayNumber({ year, month: 1, day: 21 }) && n <= toDayNumber({ year, month: 2, day: 20 }), `${year}: ${iso(tet)}`);
    assert.deepEqual(solarToLunar(tet), { day: 1, month: 1, year, leap: false });
  }
});

test('every lunar year 2000-2100 has 12 or 13 months of 29 or 30 days, about 354-385 days', () => {
  for (let year = 2000; year <= 2100; year += 1) {
    const length = toDayNumber(tetDate(year + 1)) - toDayNumber(tetDate(year));
    assert.ok((length >= 353 && length <= 355) || (length >= 383 && length <= 385), `${year}: ${length}`);
    let months = 0;
    for (let m = 1; m <= 12; m += 1) {
      for (const leap of [false, true]) {
        const len = lunarMonthLength(m, year, leap);
        if (len === null) continue;
        assert.ok(len === 29 || len === 30);
        months += 1;
      }
    }
    assert.equal(months, length > 360 ? 13 : 12, String(year));
  }
});
