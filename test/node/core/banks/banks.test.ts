// Issue 17: the bank list (data with its source) and the fee-refund checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BANKS, BANK_LIST_SOURCE, findBank, formatMessage, searchBanks, validateDeclaration, writePath } from '@hochieu/core';
import { example } from '@hochieu/core/examples';

test('the list is Vietnamese banks with unique BINs, NFC names and its source', () => {
  assert.ok(BANKS.length >= 40);
  assert.equal(new Set(BANKS.map((b) => b.bin)).size, BANKS.length);
  for (const b of BANKS) {
    assert.equal(b.name, b.name.normalize('NFC'));
    assert.match(b.bin, /^\d{6}$/u);
    assert.ok(b.name.length > b.shortName.length || b.name.startsWith('Ngân hàng'), b.name);
  }
  assert.ok(!BANKS.some((b) => b.shortName === 'MoMo'), 'no e-wallet');
  assert.equal(BANK_LIST_SOURCE.package, 'vietnam-qr-pay');
  assert.match(BANK_LIST_SOURCE.checkedOn, /^\d{4}-\d{2}-\d{2}$/u);
});

test('people find their bank by short name, full name, without accents, with a branch, or by a former name', () => {
  assert.equal(findBank('vietcombank')?.bin, '970436');
  assert.equal(findBank('Ngân hàng TMCP Ngoại thương Việt Nam, chi nhánh Lạng Sơn')?.bin, '970436');
  assert.equal(findBank('ngan hang tmcp ngoai thuong viet nam')?.bin, '970436');
  assert.equal(findBank('MB Bank')?.shortName, findBank('mbbank')?.shortName);
  assert.equal(findBank('LienVietPostBank')?.shortName, 'LPBank');
  assert.equal(findBank('Agribank - CN Hà Nội')?.shortName, 'Agribank');
  assert.equal(findBank('Ngân hàng Không Có Thật'), undefined);
  assert.equal(findBank(''), undefined);
  assert.equal(searchBanks('viet')[0]?.shortName.toLowerCase().startsWith('viet'), true);
  assert.ok(searchBanks('ngoai thuong').some((b) => b.shortName === 'Vietcombank'));
  assert.equal(searchBanks('').length, 8);
});

const withRefund = (refund: Record<string, string>) => writePath(structuredClone(example('minimalAdult')), 'feeRefund', refund);
const issuesAt = (d: unknown, path: string) => validateDeclaration(d, { date: '2026-11-20' }).filter((i) => i.path === path).map((i) => `${i.severity} ${i.id}`);

test('account number: digits only (separators ignored), 6 to 19; holder: a name; bank: a warning when unknown', () => {
  const ok = { accountNumber: '0123 4567-89', accountHolder: 'NGUYEN VAN AN', bankName: 'BIDV' };
  assert.deepEqual(validateDeclaration(withRefund(ok), { date: '2026-11-20' }).filter((i) => i.path.startsWith('feeRefund')), []);
  assert.deepEqual(issuesAt(withRefund({ ...ok, accountNumber: 'ABC123456' }), 'feeRefund.accountNumber'), ['error error.bankAccount.format']);
  assert.deepEqual(issuesAt(withRefund({ ...ok, accountNumber: '12345' }), 'feeRefund.accountNumber'), ['error error.bankAccount.length']);
  assert.deepEqual(issuesAt(withRefund({ ...ok, accountNumber: '1'.repeat(20) }), 'feeRefund.accountNumber'), ['error error.bankAccount.length']);
  assert.deepEqual(issuesAt(withRefund({ ...ok, accountHolder: 'NGUYEN 2' }), 'feeRefund.accountHolder'), ['error error.name.digits']);
  assert.deepEqual(issuesAt(withRefund({ ...ok, bankName: 'Ngân hàng Không Có Thật' }), 'feeRefund.bankName'), ['warning warning.bankName.unknown']);
  assert.deepEqual(issuesAt(withRefund({ ...ok, bankName: '' }), 'feeRefund.bankName'), ['error error.feeRefund.incomplete']);
});

test('the refund account is not checked on the 31/2023 form, which has no such item', () => {
  const d = writePath(withRefund({ accountNumber: 'x', accountHolder: '', bankName: '' }), 'submission.date', '2026-06-20');
  assert.deepEqual(validateDeclaration(d, { date: '2026-06-10' }).filter((i) => i.path.startsWith('feeRefund')), []);
});

test('the messages name the field in Vietnamese and English', () => {
  for (const locale of ['vi', 'en'] as const) {
    assert.match(formatMessage('error.bankAccount.length', { min: 6, max: 19 }, locale), /6.*19/u);
    assert.ok(formatMessage('warning.bankName.unknown', {}, locale).length > 20);
  }
  assert.match(formatMessage('error.bankAccount.format', {}, 'vi'), /Số tài khoản/u);
  assert.match(formatMessage('error.bankAccount.format', {}, 'en'), /account number/u);
});
