// TK01a: which parent row part A's representative is (issue 13 item 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parentRowOf, representativeParentValues } from '@hochieu/core';

test('the relationship names the parent row, in Vietnamese (any Unicode form) or English; a guardian names none', () => {
  assert.equal(parentRowOf('Cha'), 'father');
  assert.equal(parentRowOf(' bố đẻ '), 'father');
  assert.equal(parentRowOf('Mẹ'.normalize('NFD')), 'mother');
  assert.equal(parentRowOf('Mẹ nuôi'), 'mother');
  assert.equal(parentRowOf('Mother'), 'mother');
  assert.equal(parentRowOf('Người giám hộ'), null);
  assert.equal(parentRowOf('Ông nội'), null);
  assert.equal(parentRowOf(''), null);
  assert.equal(parentRowOf(42), null);
});

test('the values offered are part A\'s name and birth date for that row, NFC', () => {
  const out = representativeParentValues({
    representative: { fullName: 'Lê Thị Hoà'.normalize('NFD'), dateOfBirth: '1990-03-04', relationship: 'Mẹ' },
  } as never);
  assert.equal(out.row, 'mother');
  assert.deepEqual(out.values, [
    { path: 'family.mother.fullName', value: 'Lê Thị Hoà'.normalize('NFC') },
    { path: 'family.mother.dateOfBirth', value: '1990-03-04' },
  ]);
  assert.deepEqual(representativeParentValues({ representative: { relationship: 'Cha' } } as never).values, []);
});
