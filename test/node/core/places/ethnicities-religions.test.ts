import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ETHNICITIES, NO_RELIGION, RELIGIONS, ethnicityByCode, findEthnicity, findReligion } from '@hochieu/core';

/** Danh mục các dân tộc Việt Nam, Quyết định 1019/QĐ-TCTK (2008), as listed in domain-facts §5.1. */
const GSO_2008 = [
  'Kinh (Việt)', 'Tày', 'Thái', 'Mường', 'Khơ me', 'Hoa (Hán)', 'Nùng', "H'mông (Mèo)", 'Dao', 'Gia - rai',
  'Ê-đê', 'Ba-na', 'Sán Chay (Cao Lan-Sán Chỉ)', 'Chăm (Chàm)', 'Cơ-ho', 'Xơ-đăng', 'Sán Dìu', 'Hrê', 'Ra-glai', 'Mnông',
  'Thổ', 'Xtiêng', 'Khơ-mú', 'Bru-Vân Kiều', 'Cơ-tu', 'Giáy', 'Tà-ôi', 'Mạ', 'Gié-Triêng', 'Co',
  'Chơ-ro', 'Xinh-mun', 'Hà Nhì', 'Chu-ru', 'Lào', 'La Chí', 'Kháng', 'Phù Lá', 'La Hủ', 'La Ha',
  'Pà Thẻn', 'Lự', 'Ngái', 'Chứt', 'Lô Lô', 'Mảng', 'Cơ Lao', 'Bố Y', 'Cống', 'Si La',
  'Pu Péo', 'Rơ-măm', 'Brâu', 'Ơ Đu',
];

test('54 ethnic groups with the codes 01 to 54, each once', () => {
  assert.equal(ETHNICITIES.length, 54);
  const codes = ETHNICITIES.map((e) => e.code).sort();
  assert.deepEqual(codes, Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
  assert.equal(new Set(ETHNICITIES.map((e) => e.name)).size, 54);
});

test('every entry of the GSO 2008 list is found under its own code', () => {
  GSO_2008.forEach((entry, i) => {
    assert.equal(findEthnicity(entry)?.code, String(i + 1).padStart(2, '0'), entry);
  });
});

test('spelling variants are found', () => {
  const cases: [string, string][] = [
    ["H'Mông", '08'],
    ['Hmông', '08'],
    ['Mông', '08'],
    ['hmong', '08'],
    ['Khmer', '05'],
    ['Khơ-me', '05'],
    ['Ê-đê', '11'],
    ['Êđê', '11'],
    ['ede', '11'],
    ['Xtiêng', '22'],
    ["X'tiêng", '22'],
    ['Kinh', '01'],
    ['Việt', '01'],
    ['KINH', '01'],
    ['dân tộc Kinh', '01'],
    ['người Tày', '02'],
    ['Gia Rai', '10'],
    ['Jrai', '10'],
    ["M'Nông", '20'],
    ['Cao Lan', '13'],
    ['Chàm', '14'],
    ['Bru Vân Kiều', '24'],
    ['Tày'.normalize('NFD'), '02'],
  ];
  for (const [text, code] of cases) assert.equal(findEthnicity(text)?.code, code, text);
});

test('accents tell Mạ from Mảng and Lào from La Ha', () => {
  assert.equal(findEthnicity('Mạ')?.code, '28');
  assert.equal(findEthnicity('Mảng')?.code, '46');
  assert.equal(findEthnicity('Lào')?.code, '35');
  assert.equal(findEthnicity('La Ha')?.code, '40');
});

test('every display name, official entry and variant finds its own group (no variant is shared)', () => {
  for (const e of ETHNICITIES) {
    for (const text of [e.name, e.officialName, ...e.variants]) {
      if (text !== undefined) assert.equal(findEthnicity(text)?.code, e.code, text);
    }
  }
});

test('unknown or empty ethnicity text gives nothing', () => {
  for (const text of ['', '  ', 'Người nước ngoài', 'Kinhh', 'dân tộc', 'Việt Nam']) {
    assert.equal(findEthnicity(text), undefined, text);
  }
  assert.equal(ethnicityByCode('55'), undefined);
  assert.equal(ethnicityByCode('08')?.name, "H'Mông");
});

/** Danh mục tôn giáo (GSO), codes 01–14, as listed in domain-facts §5.2. */
const GSO_RELIGIONS = [
  'Phật giáo', 'Công giáo', 'Phật giáo Hoà Hảo', 'Hồi giáo', 'Cao Đài', 'Minh sư đạo', 'Minh Lý đạo', 'Tin Lành',
  'Tịnh độ cư sĩ Phật hội Việt Nam', 'Đạo Tứ ấn hiếu nghĩa', 'Bửu sơn Kỳ hương', "Đạo Ba Ha'i", 'Bà La Môn', 'Mặc Môn',
];

test('the 14 religions of the GSO list are found under their codes', () => {
  GSO_RELIGIONS.forEach((entry, i) => {
    assert.equal(findReligion(entry)?.code, String(i + 1).padStart(2, '0'), entry);
  });
  const codes = RELIGIONS.flatMap((r) => (r.code === undefined ? [] : [r.code]));
  assert.equal(codes.length, 14);
  assert.equal(new Set(codes).size, 14);
});

test('"Không" is the no-religion value, listed first and found in common phrasings', () => {
  assert.equal(NO_RELIGION, 'Không');
  assert.equal(RELIGIONS[0]?.name, NO_RELIGION);
  assert.equal(RELIGIONS[0]?.code, undefined);
  for (const text of ['Không', 'không', 'KHONG', 'Không có', 'không theo tôn giáo nào']) {
    assert.equal(findReligion(text)?.name, NO_RELIGION, text);
  }
});

test('common names of religions are recognised', () => {
  assert.equal(findReligion('Thiên Chúa giáo')?.code, '02');
  assert.equal(findReligion('dao phat')?.code, '01');
  assert.equal(findReligion('Hòa Hảo')?.code, '03');
  assert.equal(findReligion('tin lanh')?.code, '08');
  assert.equal(findReligion("Baha'i")?.code, '12');
  assert.equal(findReligion('Phật giáo Hiếu Nghĩa Tà Lơn')?.confidence, 'INF');
  assert.equal(findReligion(''), undefined);
  assert.equal(findReligion('Phật giáo Tây Tạng'), undefined);
});

test('every religion name and variant finds its own religion', () => {
  for (const r of RELIGIONS) {
    for (const text of [r.name, r.officialName, ...r.variants]) {
      if (text !== undefined) assert.equal(findReligion(text)?.name, r.name, text);
    }
  }
});
