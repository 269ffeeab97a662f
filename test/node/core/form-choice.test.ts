import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseForm, formVersionFor, validateDeclaration } from '@hochieu/core';
import { example } from '@hochieu/core/examples';

test('TK01a the day before the 14th birthday, TK01 on it', () => {
  assert.equal(chooseForm('2012-11-24', '2026-11-23').form, 'TK01a');
  assert.equal(chooseForm('2012-11-23', '2026-11-23').form, 'TK01');
});

test('a child born on 29 February switches to TK01 on 28 February of a common year', () => {
  assert.equal(chooseForm('2012-02-29', '2026-02-27').form, 'TK01a');
  const on = chooseForm('2012-02-29', '2026-02-28');
  assert.equal(on.form, 'TK01');
  assert.ok(on.form && on.fourteenthBirthday === '2026-02-28');
});

test('a year alone decides the form when it is far from 14', () => {
  assert.equal(chooseForm('1950', '2026-11-23').form, 'TK01');
  assert.equal(chooseForm('2020', '2026-11-23').form, 'TK01a');
});

test('a year alone near the 14th birthday cannot decide', () => {
  assert.deepEqual(chooseForm('2012', '2026-11-23'), { form: null, reason: 'yearOnlyAmbiguous' });
  // Born in 2011: 14 by 31/12/2025 at the latest, so TK01 throughout 2026.
  assert.equal(chooseForm('2011', '2026-01-01').form, 'TK01');
});

test('an invalid date gives no form', () => {
  assert.deepEqual(chooseForm('2012-02-30', '2026-11-23'), { form: null, reason: 'invalidDate' });
});

test('a birth date after the submission date decides no form, so an adult who mistypes a future year is not switched to TK01a (issue 13)', () => {
  assert.deepEqual(chooseForm('2030-03-15', '2026-11-23'), { form: null, reason: 'birthAfterDate' });
  assert.deepEqual(chooseForm('2026-11-24', '2026-11-23'), { form: null, reason: 'birthAfterDate' });
  assert.deepEqual(chooseForm('2030', '2026-11-23'), { form: null, reason: 'birthAfterDate' });
  assert.equal(chooseForm('2026-11-23', '2026-11-23').form, 'TK01a', 'born today: a baby');
  const adult = { form: 'TK01', applicant: { dateOfBirth: '2199-03-15' } };
  assert.equal(formVersionFor(adult, { date: '2026-11-23' }).form, 'TK01');
  const issues = validateDeclaration(adult, { date: '2026-11-23' });
  assert.ok(issues.some((i) => i.path === 'applicant.dateOfBirth' && i.severity === 'error'), JSON.stringify(issues.filter((i) => i.path === 'applicant.dateOfBirth')));
});

test('a parent born before 1900 (within the 150-year bound) gets a warning to check the year, not silence (issue 13)', () => {
  const d = JSON.parse(JSON.stringify(example('fullAdult'))) as { family: { father: { dateOfBirth: string } } };
  d.family.father.dateOfBirth = '1880';
  const issues = validateDeclaration(d, { date: '2026-11-23' }).filter((i) => i.path === 'family.father.dateOfBirth');
  assert.deepEqual(issues.map((i) => [i.id, i.severity]), [['warning.dateOfBirth.before1900', 'warning']]);
  assert.equal(issues[0]?.params?.['year'], 1880);
  d.family.father.dateOfBirth = '1950';
  assert.deepEqual(validateDeclaration(d, { date: '2026-11-23' }).filter((i) => i.path === 'family.father.dateOfBirth'), []);
});
