import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  evaluateCondition,
  findField,
  formVersions,
  isFilled,
  readPath,
  selectFormVersion,
  visibleFields,
  writePath,
  type Condition,
} from '@hochieu/core';
import { example } from '@hochieu/core/examples';

const PIN31 = { pinnedFormVersion: 'TT31_2023' as const };

test('without configuration, the version follows the date: 31/2023 before 1/7/2026, 69/2026 from that day', () => {
  assert.equal(selectFormVersion('TK01', '2026-06-30').id, 'TK01@TT31_2023');
  assert.equal(selectFormVersion('TK01', '2026-07-01').id, 'TK01@TT69_2026');
  assert.equal(selectFormVersion('TK01', '2030-01-01').id, 'TK01@TT69_2026');
  assert.equal(selectFormVersion('TK01a', '2026-11-23').id, 'TK01a@TT69_2026');
  assert.equal(selectFormVersion('TK01a', '2025-11-23').id, 'TK01a@TT31_2023');
});

test('a pinned version wins over the date, for TK01 and TK01a', () => {
  assert.equal(selectFormVersion('TK01', '2025-01-01', { pinnedFormVersion: 'TT69_2026' }).id, 'TK01@TT69_2026');
  assert.equal(selectFormVersion('TK01', '2027-01-01', PIN31).id, 'TK01@TT31_2023');
  assert.equal(selectFormVersion('TK01a', '2027-01-01', PIN31).id, 'TK01a@TT31_2023');
});

test('an invalid submission date gives the latest version (the one a citizen filling the form now needs)', () => {
  assert.equal(selectFormVersion('TK01', '2026-13-01').id, 'TK01@TT69_2026');
  assert.equal(selectFormVersion('TK01', '').id, 'TK01@TT69_2026');
  assert.equal(selectFormVersion('TK01', '', PIN31).id, 'TK01@TT31_2023');
});

test('the postal address is shown only for delivery by post', () => {
  const version = formVersions['TK01@TT31_2023'];
  const office = example('minimalAdult');
  const ids = (d: unknown) => visibleFields(version, d).map((f) => f.id as string);
  assert.ok(!ids(office).includes('submission.postalAddress'));
  assert.ok(ids(example('onlinePostal')).includes('submission.postalAddress'));
  assert.ok(findField(version, 'submission.postalAddress')?.showIf);
});

const d = { a: { b: 'x', n: 0, t: true, empty: '', nothing: null }, list: [] };

test('conditions: equals, in, filled', () => {
  assert.equal(evaluateCondition({ path: 'applicant.sex', equals: 'male' }, { applicant: { sex: 'male' } }), true);
  assert.equal(evaluateCondition({ path: 'applicant.sex', equals: 'male' }, { applicant: { sex: 'female' } }), false);
  assert.equal(evaluateCondition({ path: 'request.reason', in: ['lost', 'damaged'] }, { request: { reason: 'lost' } }), true);
  assert.equal(evaluateCondition({ path: 'request.reason', in: ['lost', 'damaged'] }, { request: { reason: 'first' } }), false);
  assert.equal(evaluateCondition({ path: 'request.details', filled: true }, { request: { details: 'x' } }), true);
  assert.equal(evaluateCondition({ path: 'request.details', filled: true }, { request: { details: '  ' } }), false);
  assert.equal(evaluateCondition({ path: 'request.details', filled: false }, {}), true);
  assert.equal(evaluateCondition({ path: 'request.chip', equals: false }, { request: { chip: false } }), true);
});

test('conditions: all, any, not, and empty lists', () => {
  const male: Condition = { path: 'applicant.sex', equals: 'male' };
  const post: Condition = { path: 'submission.delivery', equals: 'post' };
  const value = { applicant: { sex: 'male' }, submission: { delivery: 'office' } };
  assert.equal(evaluateCondition({ all: [male, post] }, value), false);
  assert.equal(evaluateCondition({ any: [male, post] }, value), true);
  assert.equal(evaluateCondition({ not: post }, value), true);
  assert.equal(evaluateCondition({ all: [] }, value), true);
  assert.equal(evaluateCondition({ any: [] }, value), false);
});

test('readPath follows own properties only and never throws', () => {
  assert.equal(readPath(d, 'a.b'), 'x');
  assert.equal(readPath(d, 'a.n'), 0);
  assert.equal(readPath(d, 'a.b.c'), undefined);
  assert.equal(readPath(d, 'a.toString'), undefined);
  assert.equal(readPath(d, '__proto__'), undefined);
  assert.equal(readPath(null, 'a'), undefined);
  assert.equal(readPath('text', 'length'), undefined);
});

test('writePath returns a new object, leaves the input alone and cannot pollute prototypes', () => {
  const before = JSON.stringify(d);
  const after = writePath(d, 'a.b', 'y');
  assert.equal(readPath(after, 'a.b'), 'y');
  assert.equal(JSON.stringify(d), before);
  const created = writePath({}, 'family.father.fullName', 'Lý Văn Hùng');
  assert.deepEqual(created, { family: { father: { fullName: 'Lý Văn Hùng' } } });
  writePath({}, '__proto__.polluted', 'yes');
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('isFilled: empty strings, null and empty objects are not filled; false and 0 are', () => {
  assert.equal(isFilled(''), false);
  assert.equal(isFilled(' '), false);
  assert.equal(isFilled(null), false);
  assert.equal(isFilled({ a: '', b: null }), false);
  assert.equal(isFilled(false), true);
  assert.equal(isFilled(0), true);
  assert.equal(isFilled({ a: 'x' }), true);
});
