// Issue 13, item 7: the English guide writes Vietnamese place names with
// their diacritics ("Lạng Sơn", never "Lang Son"); a true English name
// ("Ho Chi Minh City") is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provinceConfig } from '@hochieu/core';
import { provinceName } from '../../../packages/widget/src/components/hochieu-guide/section-content.js';

test('province names in English keep their diacritics unless there is a true English name', () => {
  assert.equal(provinceName(provinceConfig('lang-son')!, 'en'), 'Lạng Sơn');
  assert.equal(provinceName(provinceConfig('lang-son')!, 'vi'), 'Lạng Sơn');
  assert.equal(provinceName(provinceConfig('phu-tho')!, 'en'), 'Phú Thọ');
  assert.equal(provinceName(provinceConfig('ho-chi-minh')!, 'en'), 'Ho Chi Minh City');
});
