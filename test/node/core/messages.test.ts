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
  // Inside the sentence the label starts with a small letter (issue 13).
  const lower = (t: string): string => t.charAt(0).toLocaleLowerCase() + t.slice(1);
  assert.equal(vi, `Nhập ${lower(messages[anyLabel].vi)}`);
  assert.equal(en, `Enter ${lower(messages[anyLabel].en)}`);
});

// Issue 13 item 7: a field label inside a sentence starts with a small letter; at the start of a
// sentence it keeps its capital, and abbreviations keep theirs.
test('field labels are lower-cased inside a sentence, kept at its start', () => {
  assert.equal(formatMessage('error.value.wrongType', { field: 'label.applicant.personalId' }, 'vi'), 'Nhập lại số định danh cá nhân');
  assert.equal(formatMessage('error.date.fullDateRequired', { field: 'label.applicant.dateOfBirth' }, 'vi'), 'Nhập đầy đủ ngày, tháng, năm của ngày sinh');
  assert.match(formatMessage('error.value.wrongType', { field: 'label.applicant.personalId' }, 'en'), /^Enter personal identification number again$/u);
  // At the start of the message the label opens the sentence.
  assert.match(formatMessage('error.name.digits', { field: 'label.applicant.familyName' }, 'vi'), /^Họ chỉ gồm chữ cái/u);
  assert.match(formatMessage('error.name.punctuation', { field: 'label.applicant.familyName' }, 'vi'), /^Trong họ, /u);
  assert.match(formatMessage('error.name.punctuation', { field: 'label.applicant.familyName' }, 'en'), /^In family name, /u);
});
