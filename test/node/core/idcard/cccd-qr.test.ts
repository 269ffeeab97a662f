import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ADMINISTRATIVE_MERGER_DATE,
  CCCD_QR_FIELD_COUNT,
  formatMessage,
  isMessageId,
  parseCccdQr,
  parseDdmmyyyy,
  preMergerHintsOf,
  splitFullName,
  type CccdQrFailure,
} from '@hochieu/core';

/** Builds a QR text the way the card prints it (independently of the parser). */
function qr(fields: {
  id?: string;
  oldId?: string;
  name?: string;
  birth?: string;
  sex?: string;
  address?: string;
  issue?: string;
}): string {
  return [
    fields.id ?? '001098012345',
    fields.oldId ?? '',
    fields.name ?? 'Nguyễn Văn An',
    fields.birth ?? '15031998',
    fields.sex ?? 'Nam',
    fields.address ?? 'Phường Đông Kinh, Lạng Sơn',
    fields.issue ?? '20082025',
  ].join('|');
}

function reasonOf(text: string, today?: string): CccdQrFailure | 'ok' {
  const result = today === undefined ? parseCccdQr(text) : parseCccdQr(text, { today });
  return result.ok ? 'ok' : result.reason;
}

test('a card QR text gives every field in the declaration’s terms', () => {
  const result = parseCccdQr(
    '020190001234|123456789|Hoàng Thị Mai Anh|01021990|Nữ|Thôn Nà Pàn, Xã Tân Đoàn, Huyện Văn Quan, Lạng Sơn|12042021',
  );
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(result.data, {
    personalId: '020190001234',
    oldId: '123456789',
    fullName: 'Hoàng Thị Mai Anh',
    familyName: 'Hoàng',
    givenNames: 'Thị Mai Anh',
    dateOfBirth: '1990-02-01',
    sex: 'female',
    permanentAddress: 'Thôn Nà Pàn, Xã Tân Đoàn, Huyện Văn Quan, Lạng Sơn',
    issueDate: '2021-04-12',
    addressMayBePreMerger: true,
    preMergerHints: ['issuedBeforeMerger', 'districtLevel'],
  });
});

test('an empty old CMND field leaves oldId out', () => {
  const result = parseCccdQr(qr({ oldId: '' }));
  assert.ok(result.ok);
  assert.equal('oldId' in result.data, false);
});

test('a 12-digit old CMND is kept, a 10-digit one is refused', () => {
  const twelve = parseCccdQr(qr({ oldId: '012345678901' }));
  assert.ok(twelve.ok);
  assert.equal(twelve.data.oldId, '012345678901');
  assert.equal(reasonOf(qr({ oldId: '0123456789' })), 'invalidOldId');
});

test('decomposed (NFD) text comes out NFC', () => {
  const result = parseCccdQr(qr({ name: 'Trần Thị Ánh Nguyệt', address: 'Phường Hội An, Thành phố Đà Nẵng' }).normalize('NFD'));
  assert.ok(result.ok);
  assert.equal(result.data.fullName, 'Trần Thị Ánh Nguyệt'.normalize('NFC'));
  assert.equal(result.data.familyName, 'Trần');
  assert.equal(result.data.permanentAddress, 'Phường Hội An, Thành phố Đà Nẵng'.normalize('NFC'));
  assert.equal(result.data.sex, 'male');
});

test('"Nữ" typed decomposed is still female', () => {
  const result = parseCccdQr(qr({ sex: 'Nữ'.normalize('NFD') }));
  assert.ok(result.ok);
  assert.equal(result.data.sex, 'female');
});

test('a trailing line break or byte order mark from a scanner is ignored', () => {
  assert.equal(reasonOf(`${qr({})}\r\n`), 'ok');
  assert.equal(reasonOf(`\uFEFF${qr({})}`), 'ok');
});

test('inner white space of the name and address is folded', () => {
  const result = parseCccdQr(qr({ name: '  Lê   Văn  Tám ', address: 'Xã A,   Hà Nội ' }));
  assert.ok(result.ok);
  assert.equal(result.data.fullName, 'Lê Văn Tám');
  assert.equal(result.data.givenNames, 'Văn Tám');
  assert.equal(result.data.permanentAddress, 'Xã A, Hà Nội');
});

test(`exactly ${CCCD_QR_FIELD_COUNT} fields: one more or one fewer is an unknown layout`, () => {
  assert.equal(reasonOf(`${qr({})}|extra`), 'unknownLayout');
  assert.equal(reasonOf(qr({}).split('|').slice(0, 6).join('|')), 'unknownLayout');
  assert.equal(reasonOf(`${qr({})}|`), 'unknownLayout');
});

test('texts from other kinds of QR code are unknown layouts, never guessed', () => {
  for (const text of [
    'https://dichvucong.gov.vn/',
    'WIFI:S:home;T:WPA;P:secret;;',
    '001098012345',
    '00020101021138570010A000000727',
  ]) {
    assert.equal(reasonOf(text), 'unknownLayout', text);
  }
});

test('control characters inside the text mean another kind of payload', () => {
  assert.equal(reasonOf(qr({ address: 'Xã A\u0000, Hà Nội' })), 'unknownLayout');
  assert.equal(reasonOf(qr({ name: 'Lê\tVăn Tám' })), 'unknownLayout');
});

test('format characters inside the name or address (bidi override, zero-width space, …) mean another kind of payload', () => {
  for (const [where, value] of [
    ['name', 'Nguyễn Văn\u202E An'],
    ['name', 'Nguyễn\u200B Văn An'],
    ['name', 'Nguyễn Văn An\u200F'],
    ['name', 'Ng\u00ADuyễn Văn An'],
    ['name', 'Nguyễn\u2060Văn An'],
    ['name', 'Nguyễn \u{E0041}Văn An'],
    ['address', 'Phường Đông Kinh\u202E, Lạng Sơn'],
    ['address', 'Phường Đông\u200B Kinh, Lạng Sơn'],
    ['address', 'Phường Đông Kinh,\u200D Lạng Sơn'],
    ['address', 'Phường Đông Kinh, Lạng Sơn\uFEFF'],
  ] as const) {
    assert.equal(reasonOf(qr({ [where]: value })), 'unknownLayout', JSON.stringify(value));
  }
});

test('surrogate halves and private-use characters are refused too', () => {
  assert.equal(reasonOf(qr({ name: 'Nguyễn \uD800Văn An' })), 'unknownLayout', 'a lone high surrogate');
  assert.equal(reasonOf(qr({ address: 'Phường \uDC00Đông Kinh, Lạng Sơn' })), 'unknownLayout', 'a lone low surrogate');
  assert.equal(reasonOf(qr({ name: 'Nguyễn \uE000Văn An' })), 'unknownLayout', 'private use');
  assert.equal(reasonOf(qr({ address: 'Phường Đông Kinh, Lạng Sơn \u{F0000}' })), 'unknownLayout', 'supplementary private use');
});

test('characters near the refused ones are kept: a non-breaking space, a typographic apostrophe, an en dash', () => {
  assert.equal(reasonOf(qr({ name: 'Nguyễn\u00A0Văn An' })), 'ok', 'a non-breaking space is white space, folded');
  assert.equal(reasonOf(qr({ name: 'H’Hen Niê' })), 'ok');
  assert.equal(reasonOf(qr({ address: 'Thôn Pò Mã – xã Đồng Đăng, Lạng Sơn' })), 'ok');
});

test('empty and blank texts are reported as empty', () => {
  assert.equal(reasonOf(''), 'empty');
  assert.equal(reasonOf(' \n '), 'empty');
});

test('the personal ID must be exactly 12 ASCII digits', () => {
  assert.equal(reasonOf(qr({ id: '00109801234' })), 'invalidPersonalId');
  assert.equal(reasonOf(qr({ id: '0010980123456' })), 'invalidPersonalId');
  assert.equal(reasonOf(qr({ id: '00109801234A' })), 'invalidPersonalId');
  assert.equal(reasonOf(qr({ id: '001 098 012345' })), 'invalidPersonalId');
  assert.equal(reasonOf(qr({ id: '٠٠١٠٩٨٠١٢٣٤٥' })), 'invalidPersonalId');
});

test('the name must hold letters and no digits', () => {
  assert.equal(reasonOf(qr({ name: '' })), 'invalidName');
  assert.equal(reasonOf(qr({ name: 'Nguyễn Văn 2' })), 'invalidName');
  assert.equal(reasonOf(qr({ name: '---' })), 'invalidName');
});

test('dates must be real ddmmyyyy dates', () => {
  assert.equal(reasonOf(qr({ birth: '29022001' })), 'invalidDateOfBirth');
  assert.equal(reasonOf(qr({ birth: '1998-03-15' })), 'invalidDateOfBirth');
  assert.equal(reasonOf(qr({ birth: '1503198' })), 'invalidDateOfBirth');
  assert.equal(reasonOf(qr({ birth: '31041998' })), 'invalidDateOfBirth');
  assert.equal(reasonOf(qr({ birth: '29022000' })), 'ok');
  assert.equal(reasonOf(qr({ issue: '00012022' })), 'invalidIssueDate');
  assert.equal(reasonOf(qr({ issue: '15132022' })), 'invalidIssueDate');
});

test('an issue date before the date of birth is refused; the same day is not', () => {
  assert.equal(reasonOf(qr({ birth: '15031998', issue: '14031998' })), 'issueBeforeBirth');
  assert.equal(reasonOf(qr({ birth: '15031998', issue: '15031998' })), 'ok');
});

test('with today given, a date after it is refused and today itself is accepted', () => {
  assert.equal(reasonOf(qr({ issue: '02092026' }), '2026-09-01'), 'dateInFuture');
  assert.equal(reasonOf(qr({ issue: '01092026' }), '2026-09-01'), 'ok');
});

test('sex is "Nam" or "Nữ" exactly', () => {
  for (const sex of ['nam', 'NAM', 'Nu', 'Male', 'F', '']) assert.equal(reasonOf(qr({ sex })), 'invalidSex', sex);
});

test('an empty address is refused', () => {
  assert.equal(reasonOf(qr({ address: '' })), 'invalidAddress');
  assert.equal(reasonOf(qr({ address: ' , ' })), 'invalidAddress');
});

test('every failure has a message in both languages that tells the user to type the details', () => {
  const reasons: CccdQrFailure[] = [
    'empty',
    'unknownLayout',
    'invalidPersonalId',
    'invalidOldId',
    'invalidName',
    'invalidDateOfBirth',
    'invalidSex',
    'invalidAddress',
    'invalidIssueDate',
    'issueBeforeBirth',
    'dateInFuture',
  ];
  for (const reason of reasons) {
    const id = `idcard.qr.${reason}`;
    assert.ok(isMessageId(id), id);
    assert.match(formatMessage(id, {}, 'vi'), /Hãy tự nhập thông tin/u);
    assert.match(formatMessage(id, {}, 'en'), /type the details/u);
  }
  const refused = parseCccdQr('not a card');
  assert.ok(!refused.ok);
  assert.equal(refused.id, 'idcard.qr.unknownLayout');
});

test('a card issued the day before the merger is flagged; one issued on the day is not (by date)', () => {
  assert.equal(ADMINISTRATIVE_MERGER_DATE, '2025-07-01');
  const before = parseCccdQr(qr({ issue: '30062025', address: 'Phường Đông Kinh, Lạng Sơn' }));
  const on = parseCccdQr(qr({ issue: '01072025', address: 'Phường Đông Kinh, Lạng Sơn' }));
  assert.ok(before.ok && on.ok);
  assert.deepEqual(before.data.preMergerHints, ['issuedBeforeMerger']);
  assert.equal(before.data.addressMayBePreMerger, true);
  assert.deepEqual(on.data.preMergerHints, []);
  assert.equal(on.data.addressMayBePreMerger, false);
});

test('an address naming a merged-away province is flagged even on a new card', () => {
  const result = parseCccdQr(qr({ issue: '01082025', address: 'Xã Minh Tân, Huyện Vị Xuyên, Tỉnh Hà Giang' }));
  assert.ok(result.ok);
  assert.deepEqual(result.data.preMergerHints, ['formerProvince', 'districtLevel']);
  assert.equal(result.data.formerProvinceId, 'ha-giang');
  assert.equal(result.data.currentProvinceId, 'tuyen-quang');
});

test('a province that kept its name is not a former province', () => {
  for (const address of ['Phường Kỳ Lừa, Tỉnh Lạng Sơn', 'Phường Sài Gòn, Thành phố Hồ Chí Minh', 'Phường Ba Đình, Hà Nội']) {
    assert.deepEqual(preMergerHintsOf(address, '2025-08-01').hints, [], address);
  }
});

test('district words are recognised without diacritics and only at the start of a part', () => {
  assert.deepEqual(preMergerHintsOf('Thon 3, Quan Hoan Kiem, Ha Noi').hints, ['districtLevel']);
  assert.deepEqual(preMergerHintsOf('Thị xã Sa Pa, Lào Cai').hints, ['districtLevel']);
  assert.deepEqual(preMergerHintsOf('Số 5 đường Quang Trung, Phường Hà Đông, Hà Nội').hints, []);
});

test('splitFullName takes the first word as the family name', () => {
  assert.deepEqual(splitFullName('Nguyễn Văn An'), { familyName: 'Nguyễn', givenNames: 'Văn An' });
  assert.deepEqual(splitFullName('  Tôn Nữ  Thị Ninh '), { familyName: 'Tôn', givenNames: 'Nữ Thị Ninh' });
  assert.deepEqual(splitFullName('Ksor'), { familyName: 'Ksor', givenNames: '' });
});

test('parseDdmmyyyy checks leap years at the century boundaries', () => {
  assert.equal(parseDdmmyyyy('29021900'), null);
  assert.equal(parseDdmmyyyy('29022000'), '2000-02-29');
  assert.equal(parseDdmmyyyy('31122099'), '2099-12-31');
  assert.equal(parseDdmmyyyy('3112209'), null);
});

// ---- property: a generated valid QR text always parses back to its data ----

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const dateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
const syllable = fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Thị', 'Văn', 'Ánh', 'Nguyệt', 'Đức', 'Ý', 'Hà', 'Ksor', 'H’Hen');
const nameArb = fc.array(syllable, { minLength: 1, maxLength: 5 });
const addressPart = fc.constantFrom('Thôn Bản Chắt', 'Xã Hữu Lũng', 'Phường Đông Kinh', 'Số 12 đường Trần Phú', 'Tổ 3');
const provinceArb = fc.constantFrom('Lạng Sơn', 'Hà Giang', 'Thành phố Hồ Chí Minh', 'Tỉnh Bình Dương', 'Hà Nội', 'Cần Thơ');

test('property: any valid card text parses back to the same data', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^\d{12}$/u),
      fc.oneof(fc.constant(''), fc.stringMatching(/^\d{9}$/u), fc.stringMatching(/^\d{12}$/u)),
      nameArb,
      dateArb,
      fc.nat({ max: 40000 }),
      fc.constantFrom('Nam', 'Nữ'),
      fc.array(addressPart, { minLength: 0, maxLength: 3 }),
      provinceArb,
      fc.boolean(),
      (id, oldId, names, birth, daysLater, sex, parts, province, nfd) => {
        const birthIso = `${pad(birth.y, 4)}-${pad(birth.m, 2)}-${pad(birth.d, 2)}`;
        const issue = new Date(Date.UTC(birth.y, birth.m - 1, birth.d + daysLater));
        const issueParts = { y: issue.getUTCFullYear(), m: issue.getUTCMonth() + 1, d: issue.getUTCDate() };
        const issueIso = `${pad(issueParts.y, 4)}-${pad(issueParts.m, 2)}-${pad(issueParts.d, 2)}`;
        const address = [...parts, province].join(', ');
        const text = [
          id,
          oldId,
          names.join(' '),
          `${pad(birth.d, 2)}${pad(birth.m, 2)}${pad(birth.y, 4)}`,
          sex,
          address,
          `${pad(issueParts.d, 2)}${pad(issueParts.m, 2)}${pad(issueParts.y, 4)}`,
        ].join('|');
        const result = parseCccdQr(nfd ? text.normalize('NFD') : text);
        assert.ok(result.ok, text);
        const d = result.data;
        assert.equal(d.personalId, id);
        assert.equal(d.oldId, oldId === '' ? undefined : oldId);
        assert.equal(d.fullName, names.join(' ').normalize('NFC'));
        assert.equal(d.familyName, names[0]!.normalize('NFC'));
        assert.equal(d.givenNames, names.slice(1).join(' ').normalize('NFC'));
        assert.equal(d.dateOfBirth, birthIso);
        assert.equal(d.sex, sex === 'Nam' ? 'male' : 'female');
        assert.equal(d.permanentAddress, address.normalize('NFC'));
        assert.equal(d.issueDate, issueIso);
        assert.equal(d.preMergerHints.includes('issuedBeforeMerger'), issueIso < '2025-07-01');
        const merged = province === 'Hà Giang' || province === 'Tỉnh Bình Dương';
        assert.equal(d.preMergerHints.includes('formerProvince'), merged);
        assert.equal(d.addressMayBePreMerger, d.preMergerHints.length > 0);
      },
    ),
    { seed: 20260715, numRuns: 400 },
  );
});

test('property: a valid text with any field count other than 7 is an unknown layout', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }).filter((n) => n !== 7), (count) => {
      const base = qr({}).split('|');
      const fields = Array.from({ length: count }, (_, i) => base[i % base.length]!);
      assert.equal(reasonOf(fields.join('|')), 'unknownLayout');
    }),
    { seed: 7, numRuns: 50 },
  );
});
