import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkApplicantDateOfBirth,
  checkFamilyDateOfBirth,
  checkPastDate,
  checkRepresentativeDateOfBirth,
  isBefore,
  type ValidationIssue,
} from '@hochieu/core';

const ON = '2026-11-23';
const at = (field: 'label.applicant.dateOfBirth' | 'label.family.father.dateOfBirth' | 'label.representative.dateOfBirth') => ({
  path: 'x',
  field,
  referenceDate: ON,
});
const applicant = (v: string, referenceDate: string | null = ON) =>
  checkApplicantDateOfBirth(v, { ...at('label.applicant.dateOfBirth'), referenceDate });
const family = (v: string) => checkFamilyDateOfBirth(v, at('label.family.father.dateOfBirth'));
const representative = (v: string) => checkRepresentativeDateOfBirth(v, at('label.representative.dateOfBirth'));
const ids = (issues: ValidationIssue[]) => issues.map((i) => `${i.severity}:${i.id}`);

test('a real date is accepted; an impossible one is refused', () => {
  assert.deepEqual(applicant('1990-05-12'), []);
  assert.deepEqual(ids(applicant('1990-02-30')), ['error:error.date.invalid']);
  assert.deepEqual(ids(applicant('1990-5-12')), ['error:error.date.invalid']);
  assert.deepEqual(ids(applicant('12/05/1990')), ['error:error.date.invalid']);
});

test('29 February: real in a leap year only', () => {
  assert.deepEqual(applicant('2012-02-29'), []);
  assert.deepEqual(ids(applicant('2011-02-29')), ['error:error.date.invalid']);
  assert.deepEqual(ids(applicant('1900-02-29')), ['error:error.date.invalid']);
});

test('not after the submission date: the day itself is fine, the next day is not', () => {
  assert.deepEqual(applicant(ON), []);
  assert.deepEqual(ids(applicant('2026-11-24')), ['error:error.date.future']);
  assert.deepEqual(ids(family('2027')), ['error:error.date.future']);
  assert.deepEqual(family('2026'), []);
});

test('plausible age: 120 years accepted, 121 refused', () => {
  assert.deepEqual(applicant('1906-11-23'), []);
  assert.deepEqual(applicant('1905-11-24'), []);
  const old = applicant('1905-11-23');
  assert.deepEqual(ids(old), ['error:error.dateOfBirth.tooOld']);
  assert.equal(old[0]?.params?.['years'], 120);
});

test('parents may be up to 150 years back, since they may have died', () => {
  // Accepted, with a warning to check a year before 1900 (issue 13).
  assert.deepEqual(ids(family('1890')), ['warning:warning.dateOfBirth.before1900']);
  assert.deepEqual(ids(family('1876-11-23')), ['warning:warning.dateOfBirth.before1900']);
  assert.deepEqual(family('1900'), []);
  assert.deepEqual(ids(family('1875')), ['error:error.dateOfBirth.tooOld']);
});

test('applicant: a year alone is a warning when it decides the form', () => {
  assert.deepEqual(ids(applicant('1990')), ['warning:warning.dateOfBirth.yearOnly']);
  assert.deepEqual(ids(applicant('2020')), ['warning:warning.dateOfBirth.yearOnly']);
  assert.deepEqual(ids(applicant('2011')), ['warning:warning.dateOfBirth.yearOnly']);
});

test('applicant: a year alone is an error when the person may turn 14 within it', () => {
  assert.deepEqual(ids(applicant('2012')), ['error:error.dateOfBirth.yearOnlyAmbiguous']);
  // On 31 December 2025 someone born in 2012 is 13 at most, so TK01a: decided.
  assert.deepEqual(ids(applicant('2012', '2025-12-31')), ['warning:warning.dateOfBirth.yearOnly']);
  // On 1 January 2026 someone born on 1 January 2012 turns 14: undecided.
  assert.deepEqual(ids(applicant('2012', '2026-01-01')), ['error:error.dateOfBirth.yearOnlyAmbiguous']);
  assert.deepEqual(ids(applicant('2011', '2026-01-01')), ['warning:warning.dateOfBirth.yearOnly']);
  // On 30 December 2026 someone born on 31 December 2012 is still 13: undecided; a day later all are 14.
  assert.deepEqual(ids(applicant('2012', '2026-12-30')), ['error:error.dateOfBirth.yearOnlyAmbiguous']);
  assert.deepEqual(ids(applicant('2012', '2026-12-31')), ['warning:warning.dateOfBirth.yearOnly']);
});

test('family: a year alone is accepted without a warning', () => {
  assert.deepEqual(family('1960'), []);
  assert.deepEqual(ids(family('196')), ['error:error.date.invalid']);
});

test('representative: the full date is required', () => {
  assert.deepEqual(representative('1987-12-01'), []);
  assert.deepEqual(ids(representative('1987')), ['error:error.date.fullDateRequired']);
});

test('without a reference date only the format is checked', () => {
  assert.deepEqual(applicant('2099-01-01', null), []);
  assert.deepEqual(ids(applicant('2099-02-30', null)), ['error:error.date.invalid']);
});

test('past dates (issue dates): full, real, not after the submission date', () => {
  const past = (v: string) => checkPastDate(v, { path: 'p', field: 'label.previousPassport.issueDate', referenceDate: ON });
  assert.deepEqual(past(ON), []);
  assert.deepEqual(ids(past('2026-11-24')), ['error:error.date.future']);
  assert.deepEqual(ids(past('2016')), ['error:error.date.fullDateRequired']);
  assert.deepEqual(ids(past('2016-02-30')), ['error:error.date.invalid']);
});

test('isBefore compares full dates, and years when they differ', () => {
  assert.equal(isBefore('1990-05-12', '1990-05-13'), true);
  assert.equal(isBefore('1990-05-12', '1990-05-12'), false);
  assert.equal(isBefore('1989', '1990-01-01'), true);
  assert.equal(isBefore('1990', '1990-06-01'), null);
  assert.equal(isBefore('x', '1990'), null);
});
