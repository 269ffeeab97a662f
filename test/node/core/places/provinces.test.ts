import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BIRTH_REGISTRATION_CODES,
  CURRENT_PROVINCES,
  FORMER_PROVINCES,
  currentProvince,
  currentProvinceOfCode,
  formerProvince,
  formerProvinceOfCode,
  formerProvincesOf,
  provinceOfPlaceName,
} from '@hochieu/core';

/** ASCII slug of a Vietnamese name, written independently of the implementation. */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

test('there are 34 current units: 6 cities and 28 provinces', () => {
  assert.equal(CURRENT_PROVINCES.length, 34);
  assert.equal(CURRENT_PROVINCES.filter((p) => p.kind === 'city').length, 6);
  assert.equal(CURRENT_PROVINCES.filter((p) => p.kind === 'province').length, 28);
  assert.deepEqual(
    CURRENT_PROVINCES.filter((p) => p.kind === 'city').map((p) => p.id).sort(),
    ['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue'],
  );
});

test('current ids are unique ASCII slugs', () => {
  const ids = CURRENT_PROVINCES.map((p) => p.id);
  assert.equal(new Set(ids).size, 34);
  for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
});

test('city names start with "Thành phố" and keep the short name after it', () => {
  for (const p of CURRENT_PROVINCES.filter((c) => c.kind === 'city')) {
    assert.equal(p.name, `Thành phố ${p.shortName}`);
  }
  assert.equal(currentProvince('ho-chi-minh')?.name, 'Thành phố Hồ Chí Minh');
  assert.equal(currentProvince('lang-son')?.name, 'Lạng Sơn');
});

test('there are 63 former units, using every birth-registration code exactly once', () => {
  assert.equal(FORMER_PROVINCES.length, 63);
  const codes = FORMER_PROVINCES.map((p) => p.code).sort();
  assert.deepEqual(codes, Object.keys(BIRTH_REGISTRATION_CODES).sort());
  assert.equal(new Set(FORMER_PROVINCES.map((p) => p.id)).size, 63);
});

test('a former unit carries the name of its code and an id that is the slug of that name', () => {
  for (const p of FORMER_PROVINCES) {
    assert.equal(p.name, BIRTH_REGISTRATION_CODES[p.code]);
    assert.equal(p.id, slug(p.name));
  }
});

test('every former unit belongs to a current unit, and formedFrom lists exactly those units', () => {
  for (const former of FORMER_PROVINCES) {
    assert.ok(currentProvince(former.mergedInto), `${former.id} → ${former.mergedInto}`);
  }
  for (const current of CURRENT_PROVINCES) {
    const members = FORMER_PROVINCES.filter((f) => f.mergedInto === current.id).map((f) => f.id);
    assert.deepEqual([...current.formedFrom].sort(), members.sort(), current.id);
    assert.ok(members.length >= 1 && members.length <= 3, current.id);
  }
  const listed = CURRENT_PROVINCES.flatMap((p) => p.formedFrom);
  assert.equal(listed.length, 63);
  assert.equal(new Set(listed).size, 63);
});

test('the merger table of Nghị quyết 202/2025/QH15 (domain-facts §8.1)', () => {
  const expected: Record<string, string[]> = {
    'ha-noi': ['ha-noi'],
    hue: ['thua-thien-hue'],
    'hai-phong': ['hai-phong', 'hai-duong'],
    'da-nang': ['da-nang', 'quang-nam'],
    'ho-chi-minh': ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'],
    'can-tho': ['can-tho', 'soc-trang', 'hau-giang'],
    'cao-bang': ['cao-bang'],
    'dien-bien': ['dien-bien'],
    'ha-tinh': ['ha-tinh'],
    'lai-chau': ['lai-chau'],
    'lang-son': ['lang-son'],
    'nghe-an': ['nghe-an'],
    'quang-ninh': ['quang-ninh'],
    'thanh-hoa': ['thanh-hoa'],
    'son-la': ['son-la'],
    'tuyen-quang': ['tuyen-quang', 'ha-giang'],
    'lao-cai': ['lao-cai', 'yen-bai'],
    'thai-nguyen': ['thai-nguyen', 'bac-kan'],
    'phu-tho': ['phu-tho', 'vinh-phuc', 'hoa-binh'],
    'bac-ninh': ['bac-ninh', 'bac-giang'],
    'hung-yen': ['hung-yen', 'thai-binh'],
    'ninh-binh': ['ninh-binh', 'ha-nam', 'nam-dinh'],
    'quang-tri': ['quang-tri', 'quang-binh'],
    'quang-ngai': ['quang-ngai', 'kon-tum'],
    'gia-lai': ['gia-lai', 'binh-dinh'],
    'khanh-hoa': ['khanh-hoa', 'ninh-thuan'],
    'lam-dong': ['lam-dong', 'dak-nong', 'binh-thuan'],
    'dak-lak': ['dak-lak', 'phu-yen'],
    'dong-nai': ['dong-nai', 'binh-phuoc'],
    'tay-ninh': ['tay-ninh', 'long-an'],
    'vinh-long': ['vinh-long', 'ben-tre', 'tra-vinh'],
    'dong-thap': ['dong-thap', 'tien-giang'],
    'ca-mau': ['ca-mau', 'bac-lieu'],
    'an-giang': ['an-giang', 'kien-giang'],
  };
  assert.deepEqual(Object.keys(expected).sort(), CURRENT_PROVINCES.map((p) => p.id).sort());
  for (const [id, members] of Object.entries(expected)) {
    assert.deepEqual([...(currentProvince(id)?.formedFrom ?? [])].sort(), [...members].sort(), id);
  }
});

test('eleven units were not merged and are formed from themselves only', () => {
  const unchanged = CURRENT_PROVINCES.filter((p) => p.formedFrom.length === 1).map((p) => p.id);
  assert.equal(unchanged.length, 11);
  // Huế is formed from the former Thừa Thiên Huế, the only unit whose name changed.
  assert.deepEqual(
    CURRENT_PROVINCES.filter((p) => p.formedFrom.length === 1 && p.formedFrom[0] !== p.id).map((p) => p.id),
    ['hue'],
  );
});

test('seats stated by the sources point at a former unit of the same province', () => {
  assert.equal(currentProvince('lao-cai')?.seat?.formerId, 'yen-bai');
  assert.equal(currentProvince('bac-ninh')?.seat?.formerId, 'bac-giang');
  assert.equal(currentProvince('tay-ninh')?.seat?.provenance.confidence, 'INF');
  for (const p of CURRENT_PROVINCES) {
    if (p.seat) assert.ok(p.formedFrom.includes(p.seat.formerId), p.id);
  }
});

test('currentProvinceOfCode follows the code to the unit its former province belongs to', () => {
  assert.equal(currentProvinceOfCode('002')?.name, 'Tuyên Quang');
  assert.equal(currentProvinceOfCode('020')?.id, 'lang-son');
  assert.equal(currentProvinceOfCode('074')?.id, 'ho-chi-minh');
  assert.equal(currentProvinceOfCode('077')?.id, 'ho-chi-minh');
  assert.equal(currentProvinceOfCode('046')?.id, 'hue');
  assert.equal(currentProvinceOfCode('096')?.id, 'ca-mau');
  assert.equal(currentProvinceOfCode('001')?.id, 'ha-noi');
});

test('codes that are not birth-registration codes give no province', () => {
  for (const code of ['000', '003', '097', '999', '02', '0020', '', 'abc']) {
    assert.equal(currentProvinceOfCode(code), undefined, code);
    assert.equal(formerProvinceOfCode(code), undefined, code);
  }
});

test('lookups by id', () => {
  assert.equal(formerProvince('ha-giang')?.mergedInto, 'tuyen-quang');
  assert.equal(formerProvince('ha-giang')?.code, '002');
  assert.equal(formerProvince('hue'), undefined);
  assert.equal(currentProvince('ha-giang'), undefined);
  assert.equal(currentProvince('toString'), undefined);
  assert.deepEqual(
    formerProvincesOf('phu-tho').map((p) => p.code),
    ['017', '025', '026'],
  );
  assert.deepEqual(formerProvincesOf('nowhere'), []);
});

test('provinceOfPlaceName accepts administrative words, abbreviations and missing accents', () => {
  const cases: [string, string, string | undefined][] = [
    ['Lạng Sơn', 'lang-son', 'lang-son'],
    ['tỉnh Lạng Sơn', 'lang-son', 'lang-son'],
    ['TINH LANG SON', 'lang-son', 'lang-son'],
    ['  lang   son ', 'lang-son', 'lang-son'],
    ['Thành phố Hà Nội', 'ha-noi', 'ha-noi'],
    ['TP. Hà Nội', 'ha-noi', 'ha-noi'],
    ['Hà Nội', 'ha-noi', 'ha-noi'],
    ['TP.HCM', 'ho-chi-minh', 'ho-chi-minh'],
    ['TP Hồ Chí Minh', 'ho-chi-minh', 'ho-chi-minh'],
    ['thanh pho ho chi minh', 'ho-chi-minh', 'ho-chi-minh'],
    ['Sài Gòn', 'ho-chi-minh', 'ho-chi-minh'],
    ['Hà Giang', 'tuyen-quang', 'ha-giang'],
    ['tinh ha giang', 'tuyen-quang', 'ha-giang'],
    ['Bà Rịa - Vũng Tàu', 'ho-chi-minh', 'ba-ria-vung-tau'],
    ['Ba Ria Vung Tau', 'ho-chi-minh', 'ba-ria-vung-tau'],
    ['Bình Dương', 'ho-chi-minh', 'binh-duong'],
    ['Thừa Thiên Huế', 'hue', 'thua-thien-hue'],
    ['Huế', 'hue', undefined],
    ['Thanh Hoá', 'thanh-hoa', 'thanh-hoa'],
    ['Daklak', 'dak-lak', 'dak-lak'],
    ['Đăk Nông', 'lam-dong', 'dak-nong'],
  ];
  for (const [text, current, former] of cases) {
    const match = provinceOfPlaceName(text);
    assert.equal(match?.current.id, current, text);
    assert.equal(match?.former?.id, former, text);
  }
});

test('provinceOfPlaceName reads NFD-typed names', () => {
  assert.equal(provinceOfPlaceName('Quảng Trị'.normalize('NFD'))?.current.id, 'quang-tri');
  assert.equal(provinceOfPlaceName('Đồng Tháp'.normalize('NFD'))?.current.id, 'dong-thap');
});

test('every former name and every current name resolves to its own unit', () => {
  for (const former of FORMER_PROVINCES) {
    const match = provinceOfPlaceName(former.name);
    assert.equal(match?.former?.id, former.id, former.name);
    assert.equal(match?.current.id, former.mergedInto, former.name);
  }
  for (const current of CURRENT_PROVINCES) {
    assert.equal(provinceOfPlaceName(current.name)?.current.id, current.id, current.name);
    if (current.shortName) assert.equal(provinceOfPlaceName(current.shortName)?.current.id, current.id);
    const withWord = current.kind === 'city' ? `TP ${current.shortName}` : `tỉnh ${current.name}`;
    assert.equal(provinceOfPlaceName(withWord)?.current.id, current.id, withWord);
  }
});

test('provinceOfPlaceName does not guess', () => {
  for (const text of ['', '   ', 'Nhật Bản', 'Lạng', 'Sơn', 'tỉnh', 'thành phố', 'Hà Nội Hà Nội', 'Lạng Sơnn', 'phường Chi Lăng']) {
    assert.equal(provinceOfPlaceName(text), undefined, text);
  }
});
