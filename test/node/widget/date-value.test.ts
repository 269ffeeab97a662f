// The date boxes' pure rules (date-value.ts): whole dates recognised in one
// box, and what one keystroke does in a box (move on, carry extra digits).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitTypedDate, stepBox } from '../../../packages/widget/src/components/date-input/date-value.js';

test('a whole date in one box: with separators, or eight digits ddmmyyyy', () => {
  assert.deepEqual(splitTypedDate('15031990'), { day: '15', month: '03', year: '1990' });
  assert.deepEqual(splitTypedDate('27/3/2007'), { day: '27', month: '3', year: '2007' });
  assert.deepEqual(splitTypedDate('27.03.2007'), { day: '27', month: '03', year: '2007' });
  assert.equal(splitTypedDate('1503199'), null);
  assert.equal(splitTypedDate('150319901'), null);
  assert.equal(splitTypedDate('15'), null);
});

test('typing in a box: two digits stay (Tab moves on), a separator moves on, extra digits are carried', () => {
  assert.deepEqual(stepBox('day', '1'), { text: '1', carry: '', advance: false });
  assert.deepEqual(stepBox('day', '15'), { text: '15', carry: '', advance: false });
  assert.deepEqual(stepBox('day', '150'), { text: '15', carry: '0', advance: true });
  assert.deepEqual(stepBox('day', '3/'), { text: '3', carry: '', advance: true });
  assert.deepEqual(stepBox('month', '/'), { text: '', carry: '', advance: false });
  assert.deepEqual(stepBox('month', '031990'), { text: '03', carry: '1990', advance: true });
  assert.deepEqual(stepBox('year', '/1990'), { text: '1990', carry: '', advance: false });
  assert.deepEqual(stepBox('year', '19905'), { text: '19905', carry: '', advance: false }, 'a year too long stays for core to explain');
  assert.deepEqual(stepBox('day', 'x'), { text: 'x', carry: '', advance: false });
});
