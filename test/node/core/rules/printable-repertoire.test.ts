// The printable repertoire of the declaration as data (PRINTABLE_RANGES and
// its helpers): well formed, free of characters that never print, stable
// under NFC, covering the Vietnamese alphabet and the name letters, and the
// exact set of characters checkText lets through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  charactersOutsideRepertoire,
  checkText,
  isInPrintableRepertoire,
  MINORITY_LETTERS,
  PRINTABLE_RANGES,
  printableRepertoire,
  UNPRINTABLE,
  VIETNAMESE_LETTERS,
} from '@hochieu/core';

test('the ranges are ordered and disjoint (isInPrintableRepertoire relies on it)', () => {
  let previous = -1;
  for (const [first, last] of PRINTABLE_RANGES) {
    assert.ok(first <= last, `U+${first.toString(16)}`);
    assert.ok(first > previous, `U+${first.toString(16)} comes after the previous range`);
    previous = last;
  }
});

test('printableRepertoire lists each range character once, in code point order', () => {
  const all = printableRepertoire();
  const size = PRINTABLE_RANGES.reduce((n, [first, last]) => n + last - first + 1, 0);
  assert.equal(all.length, size);
  assert.equal(new Set(all).size, size);
  const cps = all.map((c) => c.codePointAt(0) ?? 0);
  assert.deepEqual(cps, [...cps].sort((a, b) => a - b));
});

test('no character of the repertoire is a control, format, surrogate, private-use or unassigned character, and each is its own NFC', () => {
  for (const ch of printableRepertoire()) {
    const cp = `U+${(ch.codePointAt(0) ?? 0).toString(16)}`;
    assert.ok(!UNPRINTABLE.test(ch), cp);
    assert.ok(!/\p{Cn}/u.test(ch), cp);
    assert.equal(ch.normalize('NFC'), ch, cp);
  }
});

test('the repertoire holds the 134 Vietnamese letters, the minority letters, ASCII and the punctuation of the form', () => {
  for (const ch of [...VIETNAMESE_LETTERS, ...MINORITY_LETTERS, 'ʼ', '\u0306', '–', '—', '‘', '’', '“', '”', '…', '₫']) assert.ok(isInPrintableRepertoire(ch), ch);
  for (let cp = 0x20; cp <= 0x7e; cp++) assert.ok(isInPrintableRepertoire(String.fromCodePoint(cp)), `U+${cp.toString(16)}`);
});

test('isInPrintableRepertoire takes one character: an empty string or two characters are not one', () => {
  assert.equal(isInPrintableRepertoire(''), false);
  assert.equal(isInPrintableRepertoire('ab'), false);
  assert.equal(isInPrintableRepertoire('\u0000'), false);
  assert.equal(isInPrintableRepertoire('\u00AD'), false, 'the soft hyphen (Cf) is left out of Latin-1');
});

test('the whole repertoire is accepted by checkText, in chunks of 100 characters', () => {
  const all = printableRepertoire().join('');
  for (let i = 0; i < all.length; i += 100) assert.deepEqual(checkText(all.slice(i, i + 100), 'p', 'label.applicant.placeOfBirth', 100), [], `chunk at ${i}`);
});

test('property: checkText gives no character error exactly when every character is in the repertoire', () => {
  const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.constantFrom(...printableRepertoire()), maxLength: 30 }));
  fc.assert(
    fc.property(anyText, (value) => {
      const text = value.normalize('NFC');
      const characterError = checkText(value, 'p', 'label.applicant.placeOfBirth').some((i) => i.id === 'error.text.controlCharacters' || i.id === 'error.text.unsupportedCharacters');
      assert.equal(characterError, charactersOutsideRepertoire(text).length > 0, JSON.stringify(value));
    }),
    { seed: 4242, numRuns: 600 },
  );
});
