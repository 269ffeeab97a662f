import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  BIRTH_REGISTRATION_CODES,
  centurySexDigit,
  checkPersonalId,
  checkRepresentativeId,
  decodePersonalId,
  type Sex,
  type ValidationIssue,
} from '@hochieu/core';

const FIELD = 'label.applicant.personalId' as const;
const codes = Object.keys(BIRTH_REGISTRATION_CODES);
const ids = (issues: ValidationIssue[]) => issues.map((i) => i.id).sort();

function check(id: string, sex?: Sex, dateOfBirth?: string) {
  return checkPersonalId(id, { path: 'applicant.personalId', field: FIELD, sex, dateOfBirth });
}

test('decodes province, century, sex and year', () => {
  assert.deepEqual(decodePersonalId('020090123456'), {
    provinceCode: '020',
    province: 'Lạng Sơn',
    century: 1900,
    sex: 'male',
    yearTwoDigits: 90,
    birthYear: 1990,
  });
  const woman2000s = decodePersonalId('079305001122');
  assert.equal(woman2000s?.sex, 'female');
  assert.equal(woman2000s?.birthYear, 2005);
  assert.equal(woman2000s?.province, 'Hồ Chí Minh');
});

test('decoding ignores spaces and refuses anything but 12 digits', () => {
  assert.equal(decodePersonalId('020 090 123 456')?.provinceCode, '020');
  assert.equal(decodePersonalId('02009012345'), null);
  assert.equal(decodePersonalId('0200901234567'), null);
  assert.equal(decodePersonalId('02009012345a'), null);
  assert.equal(decodePersonalId(''), null);
});

test('an unknown birth-registration code is decoded without a province, and only warned about', () => {
  const decoded = decodePersonalId('003090123456');
  assert.ok(decoded && decoded.province === undefined);
  const issues = check('003090123456', 'male', '1990-05-12');
  assert.deepEqual(ids(issues), ['warning.personalId.unknownProvinceCode']);
  assert.equal(issues[0]?.severity, 'warning');
  assert.deepEqual(issues[0]?.params, { code: '003' });
});

test('codes of merged-away provinces stay valid (Hà Giang 002, Bình Dương 074)', () => {
  assert.deepEqual(check('002090123456', 'male', '1990-05-12'), []);
  assert.deepEqual(check('074090123456', 'male', '1990-05-12'), []);
});

test('the century-and-sex digit follows the table of Nghị định 137/2015', () => {
  assert.equal(centurySexDigit(1900, 'male'), 0);
  assert.equal(centurySexDigit(1999, 'female'), 1);
  assert.equal(centurySexDigit(2000, 'male'), 2);
  assert.equal(centurySexDigit(2099, 'female'), 3);
  assert.equal(centurySexDigit(2100, 'male'), 4);
  assert.equal(centurySexDigit(2399, 'female'), 9);
  assert.equal(centurySexDigit(1899, 'male'), null);
  assert.equal(centurySexDigit(2400, 'male'), null);
});

test('format errors: length and characters', () => {
  assert.deepEqual(ids(check('02009012345', 'male', '1990-05-12')), ['error.personalId.format']);
  assert.deepEqual(ids(check('02009012345X', 'male', '1990-05-12')), ['error.personalId.format']);
  assert.deepEqual(check('020 090 123 456', 'male', '1990-05-12'), []);
});

test('with a year-only date of birth, only the year is compared', () => {
  assert.deepEqual(check('020090123456', 'male', '1990'), []);
  assert.deepEqual(ids(check('020090123456', 'male', '1991')), ['error.personalId.yearMismatch']);
});

test('the year mismatch names the expected two digits', () => {
  const issues = check('020091123456', 'male', '2005-01-01');
  assert.deepEqual(ids(issues), ['error.personalId.centuryMismatch', 'error.personalId.yearMismatch']);
  assert.equal(issues.find((i) => i.id === 'error.personalId.yearMismatch')?.params?.['expected'], '05');
});

test('without sex or date of birth, only the structure is checked', () => {
  assert.deepEqual(check('020190123456'), []);
});

const person = fc.record({
  sex: fc.constantFrom<Sex>('male', 'female'),
  date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
  code: fc.constantFrom(...codes),
  tail: fc.stringMatching(/^\d{6}$/u),
});

function build(p: { sex: Sex; date: Date; code: string; tail: string }) {
  const year = p.date.getUTCFullYear();
  const iso = p.date.toISOString().slice(0, 10);
  const digit = centurySexDigit(year, p.sex);
  const id = `${p.code}${digit}${String(year % 100).padStart(2, '0')}${p.tail}`;
  return { id, iso, year };
}

test('property: a number built from a known code, the sex and the birth date always passes', () => {
  fc.assert(
    fc.property(person, (p) => {
      const { id, iso } = build(p);
      assert.deepEqual(check(id, p.sex, iso), []);
    }),
    { numRuns: 300 },
  );
});

test('property: flipping digit 4 to the other sex always gives sexMismatch, and only that', () => {
  fc.assert(
    fc.property(person, (p) => {
      const { id, iso } = build(p);
      const fourth = Number(id[3]);
      const flipped = `${id.slice(0, 3)}${fourth % 2 === 0 ? fourth + 1 : fourth - 1}${id.slice(4)}`;
      assert.deepEqual(ids(check(flipped, p.sex, iso)), ['error.personalId.sexMismatch']);
    }),
    { numRuns: 300 },
  );
});

test('property: moving digit 4 to another century always gives centuryMismatch, and only that', () => {
  fc.assert(
    fc.property(person, fc.integer({ min: 1, max: 4 }), (p, shift) => {
      const { id, iso, year } = build(p);
      const fourth = Number(id[3]);
      const moved = (fourth + shift * 2) % 10;
      const changed = `${id.slice(0, 3)}${moved}${id.slice(4)}`;
      const issues = check(changed, p.sex, iso);
      assert.deepEqual(ids(issues), ['error.personalId.centuryMismatch']);
      assert.equal(issues[0]?.params?.['year'], year);
    }),
    { numRuns: 300 },
  );
});

test('property: changing digits 5-6 always gives yearMismatch, and only that', () => {
  fc.assert(
    fc.property(person, fc.integer({ min: 1, max: 99 }), (p, delta) => {
      const { id, iso, year } = build(p);
      const other = String((((year % 100) + delta) % 100)).padStart(2, '0');
      const changed = `${id.slice(0, 4)}${other}${id.slice(6)}`;
      assert.deepEqual(ids(check(changed, p.sex, iso)), ['error.personalId.yearMismatch']);
    }),
    { numRuns: 300 },
  );
});

test('representative: a 12-digit number is checked against the representative', () => {
  const base = { path: 'representative.idNumber', field: 'label.representative.idNumber' as const, submissionDate: '2026-11-23' };
  assert.deepEqual(checkRepresentativeId('020187009876', { ...base, sex: 'female', dateOfBirth: '1987-12-01' }), []);
  assert.deepEqual(
    ids(checkRepresentativeId('020187009876', { ...base, sex: 'male', dateOfBirth: '1987-12-01' })),
    ['error.personalId.sexMismatch'],
  );
});

test('representative: a 9-digit CMND is warned about only after 31/12/2024', () => {
  const base = { path: 'representative.idNumber', field: 'label.representative.idNumber' as const };
  assert.deepEqual(checkRepresentativeId('082123456', { ...base, submissionDate: '2024-12-31' }), []);
  const after = checkRepresentativeId('082 123 456', { ...base, submissionDate: '2025-01-01' });
  assert.deepEqual(ids(after), ['warning.representativeId.cmndExpired']);
  assert.equal(after[0]?.severity, 'warning');
});

test('representative: other lengths are an error', () => {
  const base = { path: 'representative.idNumber', field: 'label.representative.idNumber' as const, submissionDate: '2026-11-23' };
  for (const bad of ['12345', '0821234567', '0201870098761', 'ABCDEFGHI']) {
    assert.deepEqual(ids(checkRepresentativeId(bad, base)), ['error.representativeId.format'], bad);
  }
});
