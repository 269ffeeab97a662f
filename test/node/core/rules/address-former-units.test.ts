// validateDeclaration and addresses in former units: with `addresses:
// resolveAddress`, an address naming a former commune is a warning (never an
// error) naming the unit and today's candidates, with their codes in params;
// a current address, a made-up one and the birthplace (a province, as on the
// birth certificate) give none; without the resolver nothing is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, hasErrors, validateDeclaration, writePath } from '@hochieu/core';
import { example } from '@hochieu/core/examples';
import { resolveAddress } from '@hochieu/core/address';

const DATE = '2026-11-20';
const withAddress = (path: string, text: string): unknown => writePath(example('minimalAdult'), path, text);
const addressIssues = (declaration: unknown, withResolver = true) =>
  validateDeclaration(declaration, { date: DATE, ...(withResolver ? { addresses: resolveAddress } : {}) }).filter((i) => i.id.startsWith('warning.address.'));

test('a former ward in the permanent address is a warning with the current unit and its code', () => {
  const declaration = withAddress('applicant.permanentAddress', 'Số 12 đường Lê Lợi, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn');
  const all = validateDeclaration(declaration, { date: DATE, addresses: resolveAddress });
  assert.equal(hasErrors(all), false);
  const issues = addressIssues(declaration);
  assert.deepEqual(issues, [
    {
      path: 'applicant.permanentAddress',
      id: 'warning.address.formerUnit',
      severity: 'warning',
      params: { field: 'label.applicant.permanentAddress', unit: 'Phường Chi Lăng', current: 'Phường Lương Văn Tri, Tỉnh Lạng Sơn', candidates: '05983' },
    },
  ]);
  assert.equal(
    formatMessage(issues[0]!.id, issues[0]!.params, 'vi'),
    'Nơi thường trú: Phường Chi Lăng là đơn vị hành chính cũ (trước 1/7/2025), nay thuộc Phường Lương Văn Tri, Tỉnh Lạng Sơn. Bạn có thể giữ như trên giấy tờ hoặc ghi theo tên mới.',
  );
  assert.match(formatMessage(issues[0]!.id, issues[0]!.params, 'en'), /^Permanent residence: Phường Chi Lăng is a former administrative unit/u);
});

test('a split former unit gives the split warning with every candidate', () => {
  const issues = addressIssues(withAddress('applicant.permanentAddress', 'Số 1 phố Kim Mã, phường Kim Mã, quận Ba Đình, Hà Nội'));
  assert.equal(issues.length, 1);
  assert.equal(issues[0]!.id, 'warning.address.formerUnitSplit');
  assert.ok(String(issues[0]!.params!.candidates).split(' ').length >= 2);
});

test('current, made-up and unchecked addresses give no warning; the birthplace is not an address', () => {
  assert.deepEqual(addressIssues(example('minimalAdult')), []);
  assert.deepEqual(addressIssues(withAddress('applicant.permanentAddress', 'Thôn Bản Lầy, xã Không Có, tỉnh Lạng Sơn')), []);
  assert.deepEqual(addressIssues(withAddress('applicant.permanentAddress', 'phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn'), false), []);
  const birthplace = writePath(example('minimalAdult'), 'applicant.placeOfBirth', 'Hà Tây');
  assert.deepEqual(validateDeclaration(birthplace, { date: DATE, addresses: resolveAddress }), validateDeclaration(birthplace, { date: DATE }));
});

test('every address field of the schema is checked (temporary, current, postal, representative)', () => {
  const old = 'phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn';
  let declaration = example('onlinePostal') as unknown;
  for (const path of ['applicant.permanentAddress', 'applicant.temporaryAddress', 'applicant.currentAddress', 'submission.postalAddress']) declaration = writePath(declaration, path, old);
  const paths = addressIssues(declaration).map((i) => i.path).sort();
  assert.ok(paths.includes('applicant.permanentAddress') && paths.includes('submission.postalAddress'), paths.join(' '));
  const child = writePath(example('childWithoutId'), 'representative.permanentAddress', old);
  assert.deepEqual(addressIssues(child).map((i) => i.path), ['representative.permanentAddress']);
});
