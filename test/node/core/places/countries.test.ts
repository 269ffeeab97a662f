import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES, countryByCode, findCountry, foldVietnamese, provinceOfPlaceName } from '@hochieu/core';

test('192 UN member states (all but Việt Nam), 2 observers and 3 territories', () => {
  assert.equal(COUNTRIES.filter((c) => c.status === 'member').length, 192);
  assert.deepEqual(
    COUNTRIES.filter((c) => c.status === 'observer').map((c) => c.code).sort(),
    ['PS', 'VA'],
  );
  assert.deepEqual(
    COUNTRIES.filter((c) => c.status === 'territory').map((c) => c.code).sort(),
    ['HK', 'MO', 'TW'],
  );
  assert.equal(countryByCode('VN'), undefined);
});

test('codes are unique ISO 3166-1 alpha-2 shapes', () => {
  assert.equal(new Set(COUNTRIES.map((c) => c.code)).size, COUNTRIES.length);
  for (const c of COUNTRIES) assert.match(c.code, /^[A-Z]{2}$/);
});

test('the countries most often named on Vietnamese papers have their usual names', () => {
  const expected: Record<string, string> = {
    CN: 'Trung Quốc',
    US: 'Hoa Kỳ',
    JP: 'Nhật Bản',
    KR: 'Hàn Quốc',
    RU: 'Liên bang Nga',
    DE: 'Cộng hòa Liên bang Đức',
    FR: 'Pháp',
    LA: 'Lào',
    KH: 'Campuchia',
    TH: 'Thái Lan',
    GB: 'Vương quốc Anh',
    AU: 'Australia',
    TW: 'Đài Loan (Trung Quốc)',
    CZ: 'Séc',
    PL: 'Ba Lan',
  };
  for (const [code, name] of Object.entries(expected)) assert.equal(countryByCode(code)?.name, name, code);
});

test('countryByCode ignores case and surrounding spaces', () => {
  assert.equal(countryByCode(' jp ')?.name, 'Nhật Bản');
  assert.equal(countryByCode('XX'), undefined);
  assert.equal(countryByCode(''), undefined);
});

test('findCountry reads Vietnamese, unaccented, English and short forms', () => {
  const cases: [string, string][] = [
    ['nhat ban', 'JP'],
    ['Japan', 'JP'],
    ['NHẬT BẢN', 'JP'],
    ['Đức', 'DE'],
    ['CHLB Đức', 'DE'],
    ['Mỹ', 'US'],
    ['Nga', 'RU'],
    ['Úc', 'AU'],
    ['Ô-xtrây-li-a', 'AU'],
    ['nước Pháp', 'FR'],
    ['Cộng hòa Séc', 'CZ'],
    ['Đài Loan', 'TW'],
    ["Côte d'Ivoire", 'CI'],
    ['Hàn Quốc'.normalize('NFD'), 'KR'],
  ];
  for (const [text, code] of cases) assert.equal(findCountry(text)?.code, code, text);
  for (const text of ['', 'Hà Nội', 'Atlantis', 'Nhật Bản Nhật Bản']) assert.equal(findCountry(text), undefined, text);
});

test('no name or alias names two different countries', () => {
  const owner = new Map<string, string>();
  for (const c of COUNTRIES) {
    for (const text of [c.name, c.nameEn, ...c.aliases]) {
      const key = foldVietnamese(text).replace(/[^a-z0-9]/g, '');
      const previous = owner.get(key);
      assert.ok(previous === undefined || previous === c.code, `${text}: ${previous} and ${c.code}`);
      owner.set(key, c.code);
    }
  }
});

test('every name and alias finds its own country', () => {
  for (const c of COUNTRIES) {
    for (const text of [c.name, c.nameEn, ...c.aliases]) assert.equal(findCountry(text)?.code, c.code, text);
  }
});

test('no country name is mistaken for a Vietnamese province', () => {
  for (const c of COUNTRIES) assert.equal(provinceOfPlaceName(c.name), undefined, c.name);
});
