import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  checkPersonName,
  checkText,
  isNameLetter,
  MINORITY_LETTERS,
  VIETNAMESE_LETTERS,
  type ValidationIssue,
} from '@hochieu/core';

const FIELD = 'label.applicant.givenNames' as const;
const name = (value: string, max = 60) => checkPersonName(value, 'applicant.givenNames', FIELD, max);
const ids = (issues: ValidationIssue[]) => issues.map((i) => i.id);

test('the Vietnamese alphabet has 134 precomposed letters, all NFC single code points', () => {
  const letters = [...VIETNAMESE_LETTERS];
  assert.equal(letters.length, 134);
  assert.equal(new Set(letters).size, 134);
  for (const l of letters) assert.equal(l.normalize('NFC'), l);
  for (const l of 'ạẶễỮđĐơƠưƯ') assert.ok(letters.includes(l), l);
});

test('every Vietnamese letter is accepted in a name, in either case', () => {
  for (const letter of VIETNAMESE_LETTERS) assert.deepEqual(name(`A${letter}n`), [], letter);
  assert.deepEqual(name('nguyễn thị thu hường'), []);
  assert.deepEqual(name('NGUYỄN THỊ THU HƯỜNG'), []);
});

test('a name typed in decomposed form (NFD) is accepted', () => {
  assert.deepEqual(name('Hường'.normalize('NFD')), []);
  assert.deepEqual(name('Nguyễn Đức'.normalize('NFD')), []);
});

test('names of ethnic minorities: apostrophes, hyphens and their letters', () => {
  assert.deepEqual(name('H’Hen Niê'), []);
  assert.deepEqual(name("H'Hen Niê"), []);
  assert.deepEqual(name('Y Bih Mlô'), []);
  assert.deepEqual(name('Ka-sô Liêng'), []);
  assert.deepEqual(name('Ƀăm Čư Ñu'), []);
  assert.deepEqual(name('Mơ̆k'), [], 'o with horn and combining breve');
  for (const l of MINORITY_LETTERS) assert.ok(isNameLetter(l), l);
});

test('digits are refused', () => {
  assert.deepEqual(ids(name('Văn An 2')), ['error.name.digits']);
  assert.deepEqual(ids(name('V4n')), ['error.name.digits']);
});

test('symbols are refused and the offending character named', () => {
  const issues = name('Văn An!');
  assert.deepEqual(ids(issues), ['error.name.characters']);
  assert.equal(issues[0]?.params?.['char'], '!');
  assert.deepEqual(ids(name('Văn.An')), ['error.name.characters']);
  assert.deepEqual(ids(name('Văn_An')), ['error.name.characters']);
  assert.deepEqual(ids(name('Văn An ©')), ['error.name.characters'], 'a printable symbol');
  assert.deepEqual(ids(name('Văn An ❤')), ['error.text.unsupportedCharacters'], 'a symbol the form cannot print is named by the text rule');
  assert.deepEqual(ids(name('\u0306An')), ['error.name.characters'], 'a combining mark needs a letter before it');
});

test('hyphens and apostrophes must join two letters', () => {
  for (const bad of ['-An', 'An-', 'Văn -An', "H''Hen", "'Hen", 'Văn - An']) {
    assert.deepEqual(ids(name(bad)), ['error.name.punctuation'], bad);
  }
});

test('length limit: at the limit accepted, one over refused', () => {
  assert.deepEqual(name('Ư'.repeat(40), 40), []);
  const over = name('Ư'.repeat(41), 40);
  assert.deepEqual(ids(over), ['error.text.tooLong']);
  assert.deepEqual(over[0]?.params, { field: FIELD, max: 40 });
});

test('text: control, format and private-use characters are refused', () => {
  for (const bad of ['Kinh\u0007', 'Kinh\u200b', 'Kinh\u202e', 'Kinh\ue000', 'Kinh\u0000']) {
    assert.deepEqual(ids(checkText(bad, 'applicant.ethnicity', 'label.applicant.ethnicity', 50)), ['error.text.controlCharacters']);
  }
  assert.deepEqual(checkText('Phật giáo Hòa Hảo', 'applicant.religion', 'label.applicant.religion', 80), []);
});

test('text: the length is counted in characters after NFC, not UTF-16 units', () => {
  const decomposed = 'ệ'.normalize('NFD').repeat(10);
  assert.equal(decomposed.length, 30);
  assert.deepEqual(checkText(decomposed, 'p', 'label.applicant.religion', 10), []);
  assert.deepEqual(ids(checkText('ệ'.repeat(11), 'p', 'label.applicant.religion', 10)), ['error.text.tooLong']);
});

test('property: any string of Vietnamese letters and single spaces is a valid name', () => {
  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz', ...VIETNAMESE_LETTERS);
  const word = fc.array(letter, { minLength: 1, maxLength: 8 }).map((l) => l.join(''));
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
      assert.deepEqual(name(words.join(' '), 100), []);
    }),
  );
});
