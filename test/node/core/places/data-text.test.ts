import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COUNTRIES,
  CURRENT_PROVINCES,
  ETHNICITIES,
  FORMER_PROVINCES,
  RELIGIONS,
  bundledProvinceConfigs,
  formatMessage,
  messages,
} from '@hochieu/core';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

const placeMessages = Object.entries(messages).filter(([id]) => id.startsWith('places.'));

test('every string of the places data is NFC, trimmed and without doubled spaces', () => {
  const all = strings([CURRENT_PROVINCES, FORMER_PROVINCES, COUNTRIES, ETHNICITIES, RELIGIONS, bundledProvinceConfigs]);
  assert.ok(all.length > 1000);
  for (const s of all) {
    assert.equal(s, s.normalize('NFC'), JSON.stringify(s));
    assert.equal(s, s.trim(), JSON.stringify(s));
    assert.doesNotMatch(s, /\s{2}/, JSON.stringify(s));
  }
});

test('every places message is NFC in both languages', () => {
  assert.ok(placeMessages.length >= 20);
  for (const [id, text] of placeMessages) {
    assert.equal(text.vi, text.vi.normalize('NFC'), id);
    assert.equal(text.en, text.en.normalize('NFC'), id);
    assert.ok(text.vi.trim().length > 0 && text.en.trim().length > 0, id);
  }
});

test('places messages use the same placeholders in Vietnamese and English', () => {
  const names = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
  for (const [id, text] of placeMessages) assert.deepEqual(names(text.vi), names(text.en), id);
});

test('the former-province label is filled in both languages', () => {
  assert.equal(
    formatMessage('places.former.nowPartOf', { name: 'Hà Giang', current: 'Tuyên Quang' }),
    'Hà Giang (nay thuộc Tuyên Quang)',
  );
  assert.equal(
    formatMessage('places.former.nowPartOf', { name: 'Hà Giang', current: 'Tuyên Quang' }, 'en'),
    'Hà Giang (now part of Tuyên Quang)',
  );
});
