import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldsOf, formatMessage, formVersions, messages, type MessageId } from '@hochieu/core';

const ids = Object.keys(messages) as MessageId[];
const schemaIds = ids.filter((id) => /^(label|hint|section|option)\./u.test(id));
const ruleIds = ids.filter((id) => /^(error|warning)\./u.test(id));

test('every schema and rule message has a Vietnamese and an English text, NFC, without stray spaces', () => {
  for (const id of [...schemaIds, ...ruleIds]) {
    const text = messages[id];
    for (const s of [text.vi, text.en]) {
      assert.ok(s.length > 0, id);
      assert.equal(s, s.normalize('NFC'), id);
      assert.equal(s, s.trim(), id);
      assert.ok(!/ {2}/u.test(s), id);
    }
  }
});

test('Vietnamese texts are written with diacritics', () => {
  const withMarks = schemaIds.filter((id) => /[^\x20-\x7e]/u.test(messages[id].vi));
  assert.ok(withMarks.length / schemaIds.length > 0.9);
  assert.equal(messages['label.applicant.placeOfBirth'].vi, 'Nơi sinh');
});

test('every field of every version has a label, and labels are unique within a version', () => {
  for (const version of Object.values(formVersions)) {
    const labels = fieldsOf(version).map((f) => f.labelId);
    assert.equal(new Set(labels).size, labels.length, version.id);
  }
});

test('rule messages use the same placeholders in both languages', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
  for (const id of ruleIds) assert.deepEqual(names(messages[id].vi), names(messages[id].en), id);
});

test('no error message says only "không hợp lệ"', () => {
  for (const id of ruleIds) assert.ok(!/không hợp lệ/u.test(messages[id].vi), id);
});

test('a label id passed as {field} is translated into the sentence', () => {
  assert.equal(formatMessage('error.required', { field: 'label.applicant.familyName' }), 'Nhập họ');
  assert.equal(formatMessage('error.required', { field: 'label.applicant.familyName' }, 'en'), 'Enter family name');
  assert.equal(
    formatMessage('error.personalId.format', { field: 'label.applicant.personalId' }),
    'Nhập số định danh cá nhân gồm đúng 12 chữ số',
  );
});
