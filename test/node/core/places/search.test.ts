import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  COUNTRIES,
  CURRENT_PROVINCES,
  FORMER_PROVINCES,
  foldVietnamese,
  searchEthnicities,
  searchPlaces,
  searchReligions,
} from '@hochieu/core';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** The 134 precomposed Vietnamese letters outside ASCII: 12 vowels × 6 tones × 2 cases, less a e i o u y, plus đ and Đ. */
const LETTERS = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))),
  ...VOWELS.flatMap((v) => TONES.map((t) => (v.toUpperCase() + t).normalize('NFC'))),
  'đ',
  'Đ',
].filter((letter) => !/^[A-Za-z]$/.test(letter));

test('foldVietnamese strips marks, maps đ, lower-cases and folds spaces', () => {
  assert.equal(foldVietnamese('Đắk Lắk'), 'dak lak');
  assert.equal(foldVietnamese('  THÀNH   PHỐ\tHỒ CHÍ MINH '), 'thanh pho ho chi minh');
  assert.equal(foldVietnamese('Nguyễn Thị Ưng'), 'nguyen thi ung');
  assert.equal(foldVietnamese(''), '');
});

test('foldVietnamese gives the same result for NFC and NFD input', () => {
  const text = 'Quảng Ngãi, Bà Rịa - Vũng Tàu, Đồng Tháp';
  assert.equal(foldVietnamese(text.normalize('NFD')), foldVietnamese(text.normalize('NFC')));
});

test('each of the 134 Vietnamese letters folds to one ASCII letter', () => {
  assert.equal(LETTERS.length, 134);
  assert.equal(new Set(LETTERS).size, 134);
  for (const letter of LETTERS) {
    assert.equal(letter.length, 1, `${letter} is precomposed`);
    assert.match(foldVietnamese(letter), /^[a-z]$/, letter);
  }
});

test('foldVietnamese is idempotent and never longer than its NFC input (property)', () => {
  const alphabet = fc.constantFrom(...LETTERS, ' ', '  ', '-', 'b', 'N', '\t');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      const folded = foldVietnamese(text);
      assert.equal(foldVietnamese(folded), folded);
      assert.ok(folded.length <= text.normalize('NFC').length);
      assert.doesNotMatch(folded, /[^\x20-\x7e]/);
    }),
  );
});

test('"ha noi" finds Hà Nội first', () => {
  const [first] = searchPlaces('ha noi');
  assert.equal(first?.kind, 'current');
  assert.equal(first?.id, 'ha-noi');
  assert.equal(first?.name, 'Thành phố Hà Nội');
});

test('"lang son" finds Lạng Sơn once, as a current province', () => {
  const results = searchPlaces('lang son');
  assert.equal(results[0]?.id, 'lang-son');
  assert.equal(results[0]?.kind, 'current');
  assert.equal(results.filter((r) => r.id === 'lang-son').length, 1);
});

test('"TP HCM", "tphcm" and "ho chi minh" find Thành phố Hồ Chí Minh first', () => {
  for (const query of ['TP HCM', 'tphcm', 'ho chi minh', 'Hồ Chí Minh', 'Sài Gòn']) {
    assert.equal(searchPlaces(query)[0]?.id, 'ho-chi-minh', query);
  }
});

test('"nhat ban" finds the country Nhật Bản', () => {
  const [first] = searchPlaces('nhat ban');
  assert.deepEqual(first, { kind: 'country', id: 'JP', name: 'Nhật Bản' });
});

test('a former province comes with the current unit it now belongs to', () => {
  const [first] = searchPlaces('ha giang');
  assert.equal(first?.kind, 'former');
  assert.equal(first?.name, 'Hà Giang');
  assert.equal(first?.code, '002');
  assert.deepEqual(first?.mergedInto, { id: 'tuyen-quang', name: 'Tuyên Quang' });
});

test('the start of a name ranks before the start of a later word, which ranks before a substring', () => {
  const names = searchPlaces('an', { include: ['current'], limit: 40 }).map((r) => r.id);
  const anGiang = names.indexOf('an-giang');
  const ngheAn = names.indexOf('nghe-an');
  const langSon = names.indexOf('lang-son');
  assert.ok(anGiang >= 0 && ngheAn >= 0 && langSon >= 0, names.join());
  assert.ok(anGiang < ngheAn && ngheAn < langSon, names.join());
  assert.ok(
    searchPlaces('son', { include: ['current'] }).map((r) => r.id).indexOf('son-la') <
      searchPlaces('son', { include: ['current'] }).map((r) => r.id).indexOf('lang-son'),
  );
});

test('at the same match quality, current units come before former ones and countries', () => {
  const results = searchPlaces('ha', { limit: 50 });
  const firstFormer = results.findIndex((r) => r.kind === 'former');
  const firstCountry = results.findIndex((r) => r.kind === 'country');
  const haNoi = results.findIndex((r) => r.id === 'ha-noi');
  const haGiang = results.findIndex((r) => r.id === 'ha-giang');
  const haLan = results.findIndex((r) => r.id === 'NL');
  assert.ok(haNoi >= 0 && haGiang > haNoi && haLan > haGiang, results.map((r) => r.name).join());
  assert.ok(firstFormer > 0 && firstCountry > firstFormer);
});

test('include restricts the kinds searched', () => {
  assert.deepEqual(searchPlaces('ha noi', { include: ['country'] }), []);
  assert.ok(searchPlaces('phap', { include: ['country'] }).every((r) => r.kind === 'country'));
  const formerOnly = searchPlaces('lang son', { include: ['former'] });
  assert.equal(formerOnly[0]?.kind, 'former');
  assert.equal(formerOnly[0]?.id, 'lang-son');
});

test('limit caps the number of results; a blank query or a zero limit gives none', () => {
  assert.equal(searchPlaces('a', { limit: 3 }).length, 3);
  assert.equal(searchPlaces('a').length, 10);
  assert.deepEqual(searchPlaces(''), []);
  assert.deepEqual(searchPlaces('   '), []);
  assert.deepEqual(searchPlaces('ha', { limit: 0 }), []);
  assert.deepEqual(searchPlaces('zzzz'), []);
});

test('every current, former and country name finds itself first within its kind', () => {
  for (const p of CURRENT_PROVINCES) assert.equal(searchPlaces(p.name, { include: ['current'] })[0]?.id, p.id, p.name);
  for (const p of FORMER_PROVINCES) assert.equal(searchPlaces(p.name, { include: ['former'] })[0]?.id, p.id, p.name);
  for (const c of COUNTRIES) assert.equal(searchPlaces(c.name, { include: ['country'] })[0]?.id, c.code, c.name);
});

test('a typed "tỉnh" or "thành phố" in front does not hide the province', () => {
  assert.equal(searchPlaces('tỉnh Lạng Sơn')[0]?.id, 'lang-son');
  assert.equal(searchPlaces('thanh pho da nang')[0]?.id, 'da-nang');
  assert.equal(searchPlaces('tinh ha giang')[0]?.id, 'ha-giang');
});

test('ethnicity and religion suggestions use the same matching', () => {
  assert.equal(searchEthnicities('hmong')[0]?.code, '08');
  assert.equal(searchEthnicities('tay')[0]?.code, '02');
  assert.equal(searchEthnicities('khmer')[0]?.code, '05');
  assert.deepEqual(searchEthnicities(''), []);
  assert.equal(searchReligions('phat')[0]?.name, 'Phật giáo');
  assert.equal(searchReligions('khong')[0]?.name, 'Không');
  assert.equal(searchReligions('a', 2).length, 2);
});
