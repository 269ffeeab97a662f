// Issue 17: a draft started under Thông tư 31/2023 and finished from 1/7/2026
// keeps every answer, moves to the 69/2026 version and asks only what is new.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrateDraft, upgradeDraftKeys, validateDeclaration, writePath, formVersionFor } from '@hochieu/core';
import { example } from '@hochieu/core/examples';

const juneDraft = () => writePath(structuredClone(example('minimalAdult')), 'submission.date', '2026-06-20');

test('TK01 31/2023 → 69/2026: every answer kept, the two new items listed as the questions to ask', () => {
  const draft = juneDraft();
  assert.equal(formVersionFor(draft, { date: '2026-06-10' }).id, 'TK01@TT31_2023');
  const m = migrateDraft(draft, 'TK01@TT31_2023', 'TK01@TT69_2026');
  assert.equal(m.circularChanged, true);
  assert.deepEqual(m.draft, draft, 'nothing changed or lost');
  assert.deepEqual(m.newFields, ['applicant.currentAddress', 'feeRefund.accountNumber', 'feeRefund.accountHolder', 'feeRefund.bankName']);
  assert.deepEqual(m.notPrinted, []);
  // The migrated draft, submitted in July, is valid on the new form: the new items are optional.
  const july = writePath(m.draft, 'submission.date', '2026-07-02');
  assert.equal(formVersionFor(july, { date: '2026-07-01' }).id, 'TK01@TT69_2026');
  assert.deepEqual(validateDeclaration(july, { date: '2026-07-01' }).filter((i) => i.severity === 'error'), []);
});

test('an item already answered is not asked again; TK01a gains the same two items', () => {
  const draft = writePath(juneDraft(), 'applicant.currentAddress', 'Số 5 phố Lý Thái Tổ, phường Đông Kinh, tỉnh Lạng Sơn');
  assert.ok(!migrateDraft(draft, 'TK01@TT31_2023', 'TK01@TT69_2026').newFields.includes('applicant.currentAddress'));
  const child = example('child');
  const m = migrateDraft(child, 'TK01a@TT31_2023', 'TK01a@TT69_2026');
  assert.equal(m.circularChanged, true);
  assert.deepEqual(m.newFields, ['applicant.currentAddress', 'feeRefund.accountNumber', 'feeRefund.accountHolder', 'feeRefund.bankName']);
});

test('back to 31/2023 (the date moved back, or a pin): the new answers are kept but listed as not printed', () => {
  const full = example('fullAdult');
  const m = migrateDraft(full, 'TK01@TT69_2026', 'TK01@TT31_2023');
  assert.equal(m.circularChanged, true);
  assert.deepEqual(m.newFields, []);
  assert.deepEqual(m.notPrinted, ['applicant.currentAddress', 'feeRefund.accountNumber', 'feeRefund.accountHolder', 'feeRefund.bankName']);
  assert.equal(m.draft.feeRefund?.accountNumber, full.feeRefund?.accountNumber, 'kept');
});

test('TK01 → TK01a is a change of form, not of circular', () => {
  assert.equal(migrateDraft(example('child'), 'TK01@TT69_2026', 'TK01a@TT69_2026').circularChanged, false);
});

test('drafts that used the old key refundAccount are upgraded to feeRefund; garbage gives an empty draft', () => {
  const old = { ...juneDraft(), refundAccount: { accountNumber: '0123456789', accountHolder: 'NGUYỄN VĂN AN', bankName: 'BIDV' } };
  const up = upgradeDraftKeys(old) as Record<string, unknown>;
  assert.equal('refundAccount' in up, false);
  assert.deepEqual(up['feeRefund'], old.refundAccount);
  const both = upgradeDraftKeys({ ...old, feeRefund: { accountNumber: '1', accountHolder: '', bankName: '' } }) as Record<string, unknown>;
  assert.equal((both['feeRefund'] as { accountNumber: string }).accountNumber, '1', 'the current key wins');
  assert.deepEqual(migrateDraft(old, 'TK01@TT31_2023', 'TK01@TT69_2026').draft.feeRefund, old.refundAccount);
  for (const bad of [null, 42, 'x', [1]]) assert.deepEqual(upgradeDraftKeys(bad), {});
});
