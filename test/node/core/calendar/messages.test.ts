import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarMessages, daysOffIn, extraWorkingDaysIn, formatMessage, isMessageId } from '@hochieu/core';

test('every calendar message has Vietnamese and English text, in NFC, with the same placeholders', () => {
  const entries = Object.entries(calendarMessages);
  assert.ok(entries.length >= 10);
  for (const [id, text] of entries) {
    assert.ok(id.startsWith('calendar.'), id);
    assert.ok(isMessageId(id), id);
    for (const s of [text.vi, text.en]) {
      assert.ok(s.trim().length > 0, id);
      assert.equal(s, s.normalize('NFC'), id);
    }
    const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();
    assert.deepEqual(placeholders(text.vi), placeholders(text.en), id);
  }
});

test('the holiday names are the Vietnamese official names', () => {
  assert.equal(formatMessage('calendar.lunarNewYear'), 'Tết Nguyên đán');
  assert.equal(formatMessage('calendar.hungKings'), 'Giỗ Tổ Hùng Vương');
  assert.equal(formatMessage('calendar.cultureDay'), 'Ngày Văn hóa Việt Nam 24/11');
  assert.equal(formatMessage('calendar.makeUp', {}, 'en'), 'Day off in lieu');
});

test('the estimate notice names the year', () => {
  assert.match(formatMessage('calendar.notice.estimated', { year: 2027 }), /năm 2027 chưa được công bố/u);
  assert.match(formatMessage('calendar.notice.estimated', { year: 2027 }, 'en'), /for 2027 has not been announced/u);
});

test('every day the calendar returns is named by a known message id', () => {
  const options = { daysOff: ['2027-03-05'], workingDays: ['2027-03-13'] };
  for (const year of [2025, 2026, 2027, 2028]) {
    for (const d of daysOffIn(year, options)) {
      assert.ok(isMessageId(d.nameId), d.nameId);
      if (d.holidayId) assert.ok(isMessageId(d.holidayId), d.holidayId);
    }
    for (const w of extraWorkingDaysIn(year, options)) assert.ok(isMessageId(w.nameId), w.nameId);
  }
});
