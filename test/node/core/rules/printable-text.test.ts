// Free text must be printable on the official form: characters outside the
// declaration's printable repertoire (emoji, Han, Arabic, noncharacters, …)
// are refused by validation at the field the citizen typed in, with the
// characters named, instead of reaching docgen and failing there at a path of
// the document model. These tests use only the rule functions and the
// validator, so they run against any version of the repertoire data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkPersonName,
  checkText,
  formatMessage,
  MINORITY_LETTERS,
  validateDeclaration,
  VIETNAMESE_LETTERS,
  writePath,
  type HostConfig,
  type ValidationIssue,
} from '@hochieu/core';
import { example, type ValidExampleName } from '@hochieu/core/examples';

const FIELD = 'label.applicant.placeOfBirth' as const;
const text = (value: string, max = 200) => checkText(value, 'applicant.placeOfBirth', FIELD, max);
const ids = (issues: ValidationIssue[]) => issues.map((i) => i.id);

test('emoji, Han, Arabic, Hebrew and noncharacters are refused with error.text.unsupportedCharacters', () => {
  for (const value of ['Hà Nội 😀', '中文地址', 'مرحبا', 'שלום', 'a\uFFFEb', 'a\uFFFF', 'Số 5 → 6', 'Hà Nội ™']) {
    assert.deepEqual(ids(text(value)), ['error.text.unsupportedCharacters'], JSON.stringify(value));
  }
});

test('the refusal names each offending character once, in the order typed', () => {
  const [issue] = text('李 Hà 😀 李 Nội 😀');
  assert.equal(issue?.path, 'applicant.placeOfBirth');
  assert.equal(issue?.severity, 'error');
  assert.deepEqual(issue?.params, { field: FIELD, characters: '李 😀' });
});

test('a character that does not show by itself is named by its code point', () => {
  assert.equal(text('a\uFFFEb\uFFFF')[0]?.params?.['characters'], 'U+FFFE U+FFFF');
  // A combining mark outside the repertoire (the ring above) on a letter with no precomposed form.
  assert.equal(text('q\u030A')[0]?.params?.['characters'], 'U+030A');
  // A character outside the Basic Multilingual Plane keeps its whole code point.
  assert.equal(text('\u{1D49C}x')[0]?.params?.['characters'], '𝒜');
  assert.equal(text('\u{E0041}x')[0]?.id, 'error.text.controlCharacters', 'a tag character is a format character (Cf)');
});

test('at most five characters are named; more are shown as an ellipsis', () => {
  assert.equal(text('一二三四五六七')[0]?.params?.['characters'], '一 二 三 四 五 …');
  assert.equal(text('一二三四五')[0]?.params?.['characters'], '一 二 三 四 五');
});

test('control and format characters keep their own error and are not reported twice', () => {
  assert.deepEqual(ids(text('Hà Nội\u0007 😀')), ['error.text.controlCharacters']);
  assert.deepEqual(ids(text('👨\u200D👩')), ['error.text.controlCharacters']);
});

test('the length limit is still checked next to the character check', () => {
  assert.deepEqual(ids(text('😀'.repeat(11), 10)), ['error.text.unsupportedCharacters', 'error.text.tooLong']);
  assert.deepEqual(ids(text('😀'.repeat(10), 10)), ['error.text.unsupportedCharacters']);
});

test('boundaries of the repertoire: the edges of each block are accepted, their neighbours refused', () => {
  const accepted = [' ', '~', '\u00A1', '\u00AC', '\u00AE', 'ÿ', 'Ā', 'ſ', 'ƀ', 'Ơ', 'ơ', 'Ư', 'ư', 'Ƀ', 'ʼ', 'Ạ', 'ỹ', '‐', '•', '…', '‰', '₫', '€', '№'];
  const refused = ['Ɓ', 'Ɵ', 'Ʊ', 'ɂ', 'ɐ', 'ʻ', 'ʽ', 'ẟ', 'Ỻ', '\u2023', '′', '\u20AA', '\u20AD', '™', '←', 'Ω'];
  for (const ch of accepted) assert.deepEqual(text(`x${ch}x`), [], `accepted: U+${ch.codePointAt(0)?.toString(16)}`);
  for (const ch of refused) assert.deepEqual(ids(text(`x${ch}x`)), ['error.text.unsupportedCharacters'], `refused: U+${ch.codePointAt(0)?.toString(16)}`);
});

test('Vietnamese typed decomposed (NFD) is accepted once composed, tone marks included', () => {
  assert.deepEqual(text('Thành phố Hồ Chí Minh, Việt Nam'.normalize('NFD')), []);
  assert.deepEqual(text('Lạng Sơn – “Xứ Lạng” … ‘x’ ₫'), []);
});

test('every letter a name may hold is printable, so the name rule gives its own errors only', () => {
  for (const letter of [...VIETNAMESE_LETTERS, ...MINORITY_LETTERS]) assert.deepEqual(checkPersonName(`A${letter}n`, 'applicant.givenNames', 'label.applicant.givenNames'), [], letter);
  assert.deepEqual(checkPersonName('HʼHen Niê', 'applicant.givenNames', 'label.applicant.givenNames'), []);
  assert.deepEqual(checkPersonName('Ô\u0306 Ơ\u0306', 'applicant.givenNames', 'label.applicant.givenNames'), [], 'a combining breve over ô and ơ');
});

test('a name with a character outside the repertoire gets the repertoire error, not also the name error', () => {
  assert.deepEqual(ids(checkPersonName('Lý 李', 'applicant.familyName', 'label.applicant.familyName')), ['error.text.unsupportedCharacters']);
  assert.deepEqual(ids(checkPersonName('Lý Ω', 'applicant.familyName', 'label.applicant.familyName')), ['error.text.unsupportedCharacters']);
  assert.deepEqual(ids(checkPersonName('Lý 3', 'applicant.familyName', 'label.applicant.familyName')), ['error.name.digits'], 'digits are printable: the name rule speaks');
});

test('validateDeclaration refuses an emoji at the field it was typed in, on every form version', () => {
  const cases: { name: ValidExampleName; path: string; config: HostConfig }[] = [
    { name: 'fullAdult', path: 'applicant.occupation', config: {} },
    { name: 'child', path: 'representative.permanentAddress', config: {} },
    { name: 'fullAdult', path: 'submission.place', config: { enabledFormVersions: ['TT69_2026'] } },
  ];
  for (const c of cases) {
    const d = writePath(example(c.name), c.path, 'Lạng Sơn 😀');
    const errors = validateDeclaration(d, { date: '2026-11-21', config: c.config }).filter((i) => i.severity === 'error');
    assert.deepEqual(errors.map((i) => [i.path, i.id, i.params?.['characters']]), [[c.path, 'error.text.unsupportedCharacters', '😀']], c.path);
  }
});

test('the message names the characters and says what to do, in Vietnamese and English', () => {
  const params = { field: FIELD, characters: '李 😀' };
  const vi = formatMessage('error.text.unsupportedCharacters', params, 'vi');
  const en = formatMessage('error.text.unsupportedCharacters', params, 'en');
  assert.ok(vi.startsWith(formatMessage(FIELD, {}, 'vi')), vi);
  assert.ok(vi.includes('李 😀') && en.includes('李 😀'));
  assert.match(vi, /Hãy xóa/u);
  assert.match(en, /Remove/u);
  assert.equal(vi, vi.normalize('NFC'));
});
