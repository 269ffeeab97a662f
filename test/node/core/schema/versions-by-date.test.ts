// Issue 17: the form version follows the submission date (31/2023 until
// 30/6/2026, 69/2026 from 1/7/2026) for TK01 and TK01a; a host pin wins; the
// retired `enabledFormVersions` still applies with a notice and no effect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkHostConfig,
  circularOn,
  fieldsOf,
  formVersions,
  selectFormVersion,
  selectFormVersionKey,
  type FormVersionKey,
} from '@hochieu/core';

test('TK01 and TK01a switch to Thông tư 69/2026 on 1 July 2026, not the day before', () => {
  for (const form of ['TK01', 'TK01a'] as const) {
    assert.equal(selectFormVersionKey(form, '2026-06-30'), `${form}@TT31_2023`);
    assert.equal(selectFormVersionKey(form, '2026-07-01'), `${form}@TT69_2026`);
    assert.equal(selectFormVersionKey(form, '2026-12-05'), `${form}@TT69_2026`);
    assert.equal(selectFormVersionKey(form, '2024-01-10'), `${form}@TT31_2023`);
  }
  assert.equal(circularOn('2026-06-30'), 'TT31_2023');
  assert.equal(circularOn('2026-07-01'), 'TT69_2026');
});

test('a pin forces one version on every date; an invalid or missing date gives the latest', () => {
  for (const date of ['2024-03-01', '2026-06-30', '2026-07-01', '2031-01-01', '']) {
    assert.equal(selectFormVersionKey('TK01', date, { pinnedFormVersion: 'TT31_2023' }), 'TK01@TT31_2023');
    assert.equal(selectFormVersionKey('TK01a', date, { pinnedFormVersion: 'TT31_2023' }), 'TK01a@TT31_2023');
    assert.equal(selectFormVersionKey('TK01a', date, { pinnedFormVersion: 'TT69_2026' }), 'TK01a@TT69_2026');
  }
  assert.equal(selectFormVersionKey('TK01', '2026-13-01'), 'TK01@TT69_2026');
  assert.equal(selectFormVersionKey('TK01', ''), 'TK01@TT69_2026');
});

test('enabledFormVersions is retired: still valid, no effect on the choice, reported as a notice', () => {
  for (const enabled of [[], ['TT69_2026'], ['TT31_2023']] as const) {
    const check = checkHostConfig({ enabledFormVersions: enabled });
    assert.deepEqual(check.problems, []);
    assert.ok(check.config, 'the configuration still applies');
    assert.deepEqual(check.notices, [{ path: 'enabledFormVersions', id: 'config.enabledFormVersionsRetired' }]);
    assert.equal(selectFormVersion('TK01', '2026-11-16', check.config).id, 'TK01@TT69_2026');
    assert.equal(selectFormVersion('TK01', '2026-06-15', check.config).id, 'TK01@TT31_2023');
  }
  assert.equal(checkHostConfig({ pinnedFormVersion: 'TT31_2023' }).notices, undefined, 'no notice without the key');
  assert.deepEqual(checkHostConfig({ enabledFormVersions: ['TT99'] }).problems.map((p) => p.id), ['config.formVersionUnknown']);
});

test('every version of each form is registered under its key, with the circular and first day of the key', () => {
  const keys = Object.keys(formVersions).sort();
  assert.deepEqual(keys, ['TK01@TT31_2023', 'TK01@TT69_2026', 'TK01a@TT31_2023', 'TK01a@TT69_2026']);
  for (const key of keys as FormVersionKey[]) {
    const v = formVersions[key];
    assert.equal(`${v.form}@${v.circular}`, key);
    assert.equal(v.validFrom, v.circular === 'TT69_2026' ? '2026-07-01' : '2023-08-15');
    assert.ok(v.header.issuedWith.startsWith(`Ban hành kèm theo Thông tư số ${v.circular === 'TT69_2026' ? '69/2026' : '31/2023'}/TT-BCA`));
    assert.equal(v.verified, false, 'no official PDF was read');
  }
});

test('TK01a of 69/2026: part A as in 2023, part B gains "Nơi ở hiện tại" (10) and the refund account (13), items in order, no chip', () => {
  const v = formVersions['TK01a@TT69_2026'];
  const childItems = v.sections.filter((s) => s.id !== 'representative' && s.id !== 'submission').flatMap((s) => s.fields).filter((f) => f.print);
  const numbers = [...new Set(childItems.map((f) => Number(f.item)))];
  assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  const byId = new Map<string, ReturnType<typeof fieldsOf>[number]>(fieldsOf(v).map((f) => [f.id, f]));
  assert.equal(byId.get('applicant.currentAddress')?.item, '10');
  assert.equal(byId.get('applicant.currentAddress')?.print?.label, 'Nơi ở hiện tại');
  for (const id of ['feeRefund.accountNumber', 'feeRefund.accountHolder', 'feeRefund.bankName']) assert.equal(byId.get(id)?.item, '13', id);
  assert.ok(!byId.has('request.chip'), 'a child gets no chip choice');
  assert.ok(!byId.has('applicant.occupation') && !byId.has('family.spouse.fullName'));
  assert.equal(v.subtitle.text, 'Đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người chưa đủ 14 tuổi');
  assert.equal(v.subtitle.provenance, 'verbatim');
  // Everything else printed is reconstructed and says where it comes from.
  for (const f of fieldsOf(v)) if (f.print) assert.equal(f.print.provenance, 'reconstructed', f.id);
  assert.equal(v.header.provenance, 'reconstructed');
  assert.ok(v.notes.some((n) => n.startsWith('UNVERIFIED AND RECONSTRUCTED')));
});

test('TK01 of 69/2026 prints items 10 and 15 verbatim from the transcription, 16 items in all', () => {
  const v = formVersions['TK01@TT69_2026'];
  const byId = new Map<string, ReturnType<typeof fieldsOf>[number]>(fieldsOf(v).map((f) => [f.id, f]));
  assert.equal(byId.get('applicant.currentAddress')?.item, '10');
  assert.deepEqual(
    ['feeRefund.accountNumber', 'feeRefund.accountHolder', 'feeRefund.bankName'].map((id) => [byId.get(id)?.item, byId.get(id)?.print?.label, byId.get(id)?.print?.provenance]),
    [
      ['15', 'Số tài khoản hoàn lệ phí (nếu có)', 'verbatim'],
      ['15', 'Tên chủ tài khoản', 'verbatim'],
      ['15', 'Tên ngân hàng', 'verbatim'],
    ],
  );
  assert.equal(Math.max(...fieldsOf(v).filter((f) => f.item).map((f) => Number(f.item))), 16);
});

test('footnote marker (2) stands once on the applicant\'s name, after "Chữ đệm và tên", on every version', () => {
  for (const v of Object.values(formVersions)) {
    assert.equal(fieldsOf(v).find((f) => f.id === 'applicant.familyName')?.print?.footnote, undefined, `${v.id}: not after "Họ"`);
    assert.equal(fieldsOf(v).find((f) => f.id === 'applicant.givenNames')?.print?.footnote, 2, `${v.id}: after "Chữ đệm và tên"`);
  }
  // Part A of TK01a keeps its own (2) after "Họ và tên" of the representative (verbatim 31/2023).
  assert.equal(fieldsOf(formVersions['TK01a@TT31_2023']).find((f) => f.id === 'representative.fullName')?.print?.footnote, 2);
});
