// A host configuration that can print (issue 15, item 5): every text is held
// to the documents' printable repertoire and a length limit, reported at its
// place while the defaults stay in force; docgen's refusals read as words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHostConfig, formatMessage, isInPrintableRepertoire } from '@hochieu/core';
import { describeDossierIssues, describeIssues } from '@hochieu/docgen';

const office = {
  id: 'quang-ninh-ha-long',
  name: 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh Quảng Ninh',
  address: 'Số 1 đường Ví dụ, phường Hồng Gai, tỉnh Quảng Ninh',
};
const fee = {
  id: 'host-fee',
  validFrom: '2026-01-01',
  amounts: { issue: 200000, replacement: 400000 },
  basis: 'Thông tư số 25/2021/TT-BTC',
};

function withName(name: string): unknown {
  return { province: 'quang-ninh', offices: [{ ...office, name }] };
}

test('the clean configuration still passes', () => {
  assert.deepEqual(checkHostConfig({ province: 'quang-ninh', offices: [office], fees: [fee] }).problems, []);
});

test('zero-width space, U+202E, an emoji, Han characters and control characters in an office name are refused at offices[0].name', () => {
  for (const bad of ['Phòng\u200bQuản lý', 'Phòng \u202eQuản lý', 'Phòng 🛂', 'Phòng 出入境', 'Phòng\u001b[31m', 'Phòng\u0007']) {
    const check = checkHostConfig(withName(bad));
    assert.equal(check.config, undefined, JSON.stringify(bad));
    const problem = check.problems.find((p) => p.path === 'offices[0].name');
    assert.ok(problem, `${JSON.stringify(bad)}: ${JSON.stringify(check.problems)}`);
    assert.equal(problem.id, 'config.text.unprintable');
    const words = formatMessage(problem.id as never, problem.params ?? {}, 'en');
    assert.match(words, /cannot be printed on the documents/u);
    assert.doesNotMatch(words, /\{characters\}/u);
  }
});

test('a fee basis with an emoji is refused at fees[0].basis; the same checker covers keys nested in a province object', () => {
  const check = checkHostConfig({ fees: [{ ...fee, basis: 'Thông tư 🙂' }] });
  assert.deepEqual(check.problems.map((p) => `${p.path} ${p.id}`), ['fees[0].basis config.text.unprintable']);
  const nested = checkHostConfig({ province: { province: 'quang-ninh', offices: [{ ...office, address: 'Số 1\u2028phố' }] } });
  assert.ok(nested.problems.some((p) => p.path === 'province.offices[0].address' && p.id === 'config.text.unprintable'), JSON.stringify(nested.problems));
});

test('a 120 000-character office name is refused as too long, quickly', () => {
  const started = performance.now();
  const check = checkHostConfig(withName('Phòng '.repeat(20_000)));
  assert.ok(performance.now() - started < 2000);
  const problem = check.problems.find((p) => p.path === 'offices[0].name');
  assert.equal(problem?.id, 'config.text.tooLong');
  assert.equal(problem?.params?.['max'], 150);
});

test('a configuration nested thousands of levels deep is one problem, not an exception', () => {
  let deep: unknown = 'x';
  for (let i = 0; i < 5000; i += 1) deep = [deep];
  const check = checkHostConfig({ fees: deep });
  assert.deepEqual(check.problems.map((p) => p.id), ['config.text.tooDeep']);
});

test('comment keys ($…, _…) are not checked; every character the check accepts is in the printable repertoire', () => {
  assert.deepEqual(checkHostConfig({ $comment: 'ghi chú 🙂', ...(withName('Phòng A') as object) }).problems, []);
  assert.ok(Array.from(office.name).every(isInPrintableRepertoire));
});

test("docgen's refusals read as words in both languages, never as raw ids", () => {
  const issues = [
    { path: 'offices', id: 'docgen.text.unsupportedCharacter', params: { character: '🙂', codePoint: 'U+1F642' } },
    { path: '', id: 'docgen.something.unknown' },
  ];
  for (const locale of ['vi', 'en'] as const) {
    for (const line of [...describeDossierIssues(issues, locale), ...describeIssues(issues, locale)]) {
      assert.doesNotMatch(line.replace(/\((mã lỗi|error code) [^)]*\)/u, ''), /docgen\.[a-z]/u, line);
    }
  }
  assert.match(describeDossierIssues(issues, 'en')[0]!, /The font cannot print the character “🙂”/u);
});
