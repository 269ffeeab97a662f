// Every message id core can name has a Vietnamese and an English text, in NFC,
// with the same placeholders in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, messages, type MessageId } from '@hochieu/core';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

test('every message has non-empty vi and en texts in NFC', () => {
  const bad: string[] = [];
  for (const [id, text] of Object.entries(messages)) {
    for (const locale of ['vi', 'en'] as const) {
      const s = text[locale];
      if (typeof s !== 'string' || s.trim() === '' || s !== s.normalize('NFC')) bad.push(`${id}.${locale}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('vi and en texts use the same placeholders', () => {
  const bad = Object.entries(messages)
    .filter(([, t]) => placeholders(t.vi).join() !== placeholders(t.en).join())
    .map(([id]) => id);
  assert.deepEqual(bad, []);
});

test('Vietnamese texts are Vietnamese: most carry Vietnamese letters or are proper names', () => {
  const vietnamese = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu;
  const all = Object.values(messages);
  const withLetters = all.filter((t) => vietnamese.test(t.vi)).length;
  assert.ok(withLetters / all.length > 0.8, `${withLetters} of ${all.length}`);
});

test('formatMessage translates a parameter that is itself a message id', () => {
  const id = 'error.required' as MessageId;
  const anyLabel = Object.keys(messages).find((k) => k.startsWith('label.')) as MessageId | undefined;
  assert.ok(anyLabel, 'schema labels exist');
  const vi = formatMessage(id, { field: anyLabel }, 'vi');
  const en = formatMessage(id, { field: anyLabel }, 'en');
  assert.equal(vi, `Nhập ${messages[anyLabel].vi}`);
  assert.equal(en, `Enter ${messages[anyLabel].en}`);
});
