import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkBankAccount,
  checkChildChip,
  checkChildWithoutId,
  checkFamilyRows,
  checkFormChoice,
  checkOnlineChannel,
  checkParentAges,
  checkPassportNumber,
  checkPreviousPassportRow,
  checkReasonAgainstPreviousPassport,
  checkFeeRefundRow,
  checkRepresentativeAdult,
  checkRepresentativePresent,
  checkRequestDetails,
  checkSpouseAge,
  checkSubmissionNotPast,
  parentAgeGap,
  writePath,
  type RuleContext,
  type ValidationIssue,
} from '@hochieu/core';
import { example } from '@hochieu/core/examples';

const TK01: RuleContext = { form: 'TK01', referenceDate: '2026-11-23', today: '2026-11-23' };
const TK01A: RuleContext = { ...TK01, form: 'TK01a' };
const ids = (issues: ValidationIssue[]) => issues.map((i) => `${i.path} ${i.id}`);
const adult = () => example('minimalAdult');
const child = () => example('child');

test('family rows: a name without a date, or a date without a name, asks to complete the row', () => {
  const d1 = writePath(adult(), 'family.father', { fullName: 'Nguyễn Văn Bình', dateOfBirth: '' });
  assert.deepEqual(ids(checkFamilyRows(d1, TK01)), ['family.father.dateOfBirth error.family.incompleteRow']);
  const d2 = writePath(adult(), 'family.spouse', { fullName: ' ', dateOfBirth: '1991' });
  const issues = checkFamilyRows(d2, TK01);
  assert.deepEqual(ids(issues), ['family.spouse.fullName error.family.incompleteRow']);
  assert.equal(issues[0]?.params?.['field'], 'label.family.spouse.fullName');
  assert.deepEqual(checkFamilyRows(writePath(adult(), 'family.mother', null), TK01), []);
  assert.deepEqual(checkFamilyRows(writePath(adult(), 'family.mother', { fullName: '', dateOfBirth: '' }), TK01), []);
});

test('family rows of fields a version does not show are not checked', () => {
  const d = writePath(child(), 'family.spouse', { fullName: 'X', dateOfBirth: '' });
  const fields = new Set(['family.father.fullName', 'family.mother.fullName']);
  assert.deepEqual(checkFamilyRows(d, { ...TK01A, fields }), []);
});

test('parents: the age gap in completed years, negative when the parent is not older', () => {
  assert.equal(parentAgeGap('1960-05-12', '1990-05-12'), 30);
  assert.equal(parentAgeGap('1960-05-13', '1990-05-12'), 29);
  assert.equal(parentAgeGap('1990-05-12', '1990-05-12'), -1);
  assert.equal(parentAgeGap('1960', '1990-05-12'), 30);
  assert.equal(parentAgeGap('x', '1990'), null);
});

test('parents: 12 years is plausible, 11 warns, younger than the applicant warns', () => {
  const withFather = (dob: string) => writePath(adult(), 'family.father', { fullName: 'Nguyễn Văn Bình', dateOfBirth: dob });
  assert.deepEqual(checkParentAges(withFather('1978-05-12'), TK01), []);
  const young = checkParentAges(withFather('1978-05-13'), TK01);
  assert.deepEqual(ids(young), ['family.father.dateOfBirth warning.family.parentTooYoung']);
  assert.equal(young[0]?.severity, 'warning');
  assert.equal(young[0]?.params?.['years'], 11);
  assert.deepEqual(ids(checkParentAges(withFather('1990-05-12'), TK01)), ['family.father.dateOfBirth warning.family.parentNotOlder']);
  assert.deepEqual(ids(checkParentAges(withFather('1995'), TK01)), ['family.father.dateOfBirth warning.family.parentNotOlder']);
});

test('spouse: a man from 20 and a woman from 18 (Luật Hôn nhân và gia đình 2014, Điều 8)', () => {
  const spouse = { fullName: 'Hoàng Thị Mai', dateOfBirth: '2000-01-01' };
  const person = (sex: 'male' | 'female', dob: string) =>
    writePath(writePath(writePath(adult(), 'applicant.sex', sex), 'applicant.dateOfBirth', dob), 'family.spouse', spouse);
  assert.deepEqual(checkSpouseAge(person('male', '2006-11-23'), TK01), []);
  assert.deepEqual(ids(checkSpouseAge(person('male', '2006-11-24'), TK01)), ['family.spouse.fullName warning.family.spouseUnderMarriageableAge']);
  assert.deepEqual(checkSpouseAge(person('female', '2008-11-23'), TK01), []);
  const girl = checkSpouseAge(person('female', '2008-11-24'), TK01);
  assert.deepEqual(girl[0]?.params, { age: 17 });
  assert.deepEqual(checkSpouseAge(writePath(person('male', '2008-01-01'), 'family.spouse', null), TK01), []);
});

test('passport number: known shapes pass, other letters and digits warn, symbols are an error', () => {
  for (const ok of ['C1234567', 'B7654321', 'P01234567', 'AB1234567', 'c1234567', 'C 1234567']) {
    assert.deepEqual(checkPassportNumber(ok, 'n'), [], ok);
  }
  for (const odd of ['12345678', 'C123456', 'C123456789', 'ABC123456']) {
    assert.deepEqual(checkPassportNumber(odd, 'n').map((i) => i.severity), ['warning'], odd);
  }
  assert.deepEqual(ids(checkPassportNumber('C123-4567', 'n')), ['n error.previousPassport.numberCharacters']);
});

test('previous passport: number and date together, the date after the birth', () => {
  const renewal = writePath(writePath(adult(), 'request.reason', 'renewal'), 'previousPassport', { number: 'C1234567', issueDate: '2016-08-15' });
  assert.deepEqual(checkPreviousPassportRow(renewal, TK01), []);
  assert.deepEqual(ids(checkPreviousPassportRow(writePath(renewal, 'previousPassport.issueDate', ''), TK01)), [
    'previousPassport.issueDate error.previousPassport.incomplete',
  ]);
  assert.deepEqual(ids(checkPreviousPassportRow(writePath(renewal, 'previousPassport.number', ''), TK01)), [
    'previousPassport.number error.previousPassport.incomplete',
  ]);
  assert.deepEqual(checkPreviousPassportRow(writePath(renewal, 'previousPassport.issueDate', '1990-05-13'), TK01), []);
  assert.deepEqual(ids(checkPreviousPassportRow(writePath(renewal, 'previousPassport.issueDate', '1990-05-12'), TK01)), [
    'previousPassport.issueDate error.date.beforeBirth',
  ]);
});

test('first issue with a previous passport is an error; renewal without one is a warning', () => {
  const withPassport = writePath(adult(), 'previousPassport', { number: 'C1234567', issueDate: '2016-08-15' });
  assert.deepEqual(ids(checkReasonAgainstPreviousPassport(withPassport, TK01)), ['request.reason error.request.firstIssueWithPreviousPassport']);
  assert.deepEqual(checkReasonAgainstPreviousPassport(writePath(withPassport, 'request.reason', 'renewal'), TK01), []);
  for (const reason of ['renewal', 'lost', 'damaged']) {
    const issues = checkReasonAgainstPreviousPassport(writePath(adult(), 'request.reason', reason), TK01);
    assert.deepEqual(ids(issues), ['previousPassport.number warning.request.previousPassportMissing'], reason);
    assert.equal(issues[0]?.severity, 'warning');
  }
  assert.deepEqual(checkReasonAgainstPreviousPassport(adult(), TK01), []);
});

test('request details: required for "other", suggested for lost and damaged', () => {
  const reason = (r: string, details?: string) => writePath(writePath(adult(), 'request.reason', r), 'request.details', details);
  assert.deepEqual(ids(checkRequestDetails(reason('other'))), ['request.details error.request.detailsRequired']);
  assert.deepEqual(checkRequestDetails(reason('other', 'Đề nghị điều chỉnh họ tên')), []);
  assert.deepEqual(ids(checkRequestDetails(reason('lost'))), ['request.details warning.request.describeLoss']);
  assert.deepEqual(ids(checkRequestDetails(reason('damaged'))), ['request.details warning.request.describeDamage']);
  assert.deepEqual(checkRequestDetails(reason('first')), []);
});

test('a child under 14 cannot ask for a chip passport', () => {
  assert.deepEqual(ids(checkChildChip(writePath(child(), 'request.chip', true), TK01A)), ['request.chip error.request.chipUnder14']);
  assert.deepEqual(checkChildChip(child(), TK01A), []);
  assert.deepEqual(checkChildChip(adult(), TK01), []);
});

test('TK01a: the representative must be given and be 18 on the submission date', () => {
  assert.deepEqual(ids(checkRepresentativePresent(writePath(child(), 'representative', null), TK01A)), ['representative error.representative.missing']);
  assert.deepEqual(ids(checkRepresentativePresent(writePath(child(), 'representative', { fullName: '' }), TK01A)), ['representative error.representative.missing']);
  assert.deepEqual(checkRepresentativePresent(child(), TK01A), []);
  assert.deepEqual(checkRepresentativePresent(adult(), TK01), []);
  const born = (dob: string) => writePath(child(), 'representative.dateOfBirth', dob);
  assert.deepEqual(checkRepresentativeAdult(born('2008-11-23'), TK01A), []);
  const minor = checkRepresentativeAdult(born('2008-11-24'), TK01A);
  assert.deepEqual(ids(minor), ['representative.dateOfBirth error.representative.notAdult']);
  assert.deepEqual(minor[0]?.params, { age: 17 });
});

test('TK01a: a child without a personal ID number gets a warning about the birth certificate', () => {
  assert.deepEqual(ids(checkChildWithoutId(writePath(child(), 'applicant.personalId', ''), TK01A)), ['applicant.personalId warning.personalId.childWithoutId']);
  assert.deepEqual(checkChildWithoutId(child(), TK01A), []);
});

test('form: must match the age on the submission date, switching on the 14th birthday', () => {
  const ctx = (date: string): RuleContext => ({ form: 'TK01', referenceDate: date, today: date });
  const kid = writePath(writePath(child(), 'applicant.dateOfBirth', '2012-11-24'), 'form', 'TK01a');
  assert.deepEqual(checkFormChoice(kid, ctx('2026-11-23')), []);
  const late = checkFormChoice(kid, ctx('2026-11-24'));
  assert.deepEqual(ids(late), ['form error.form.mustBeTK01']);
  assert.deepEqual(late[0]?.params, { birthday: '24/11/2026' });
  const early = checkFormChoice(writePath(kid, 'form', 'TK01'), ctx('2026-11-23'));
  assert.deepEqual(ids(early), ['form error.form.mustBeTK01a']);
  assert.deepEqual(checkFormChoice(writePath(kid, 'form', 'TK01'), ctx('2026-11-24')), []);
});

test('form: a child born on 29 February turns 14 on 28 February of a common year', () => {
  const ctx = (date: string): RuleContext => ({ form: 'TK01', referenceDate: date, today: date });
  const leap = writePath(writePath(child(), 'applicant.dateOfBirth', '2012-02-29'), 'form', 'TK01');
  assert.deepEqual(ids(checkFormChoice(leap, ctx('2026-02-27'))), ['form error.form.mustBeTK01a']);
  assert.deepEqual(checkFormChoice(leap, ctx('2026-02-28')), []);
});

test('form: absent form is fine; an unknown one is an error', () => {
  assert.deepEqual(checkFormChoice(adult(), TK01), []);
  assert.deepEqual(ids(checkFormChoice(writePath(adult(), 'form', 'TK02'), TK01)), ['form error.form.unknown']);
});

test('online: the declarant needs a 12-digit ID number (chip ID card)', () => {
  const online = (d: unknown) => writePath(d, 'submission.channel', 'online');
  assert.deepEqual(checkOnlineChannel(online(adult()), TK01), []);
  assert.deepEqual(checkOnlineChannel(online(child()), TK01A), []);
  const cmnd = writePath(online(child()), 'representative.idNumber', '082123456');
  const issues = checkOnlineChannel(cmnd, TK01A);
  assert.deepEqual(ids(issues), ['submission.channel error.submission.onlineNeedsChipId']);
  assert.equal(issues[0]?.params?.['field'], 'label.representative.idNumber');
  assert.deepEqual(checkOnlineChannel(writePath(child(), 'representative.idNumber', '082123456'), TK01A), [], 'in person is fine');
});

test('submission date in the past is a warning against today', () => {
  assert.deepEqual(checkSubmissionNotPast(adult(), TK01), []);
  assert.deepEqual(checkSubmissionNotPast(adult(), { ...TK01, today: '2026-11-23' }), []);
  assert.deepEqual(ids(checkSubmissionNotPast(adult(), { ...TK01, today: '2026-11-24' })), ['submission.date warning.submission.dateInPast']);
});

test('refund account: all three parts or none; the number is digits', () => {
  const account = (a: string, h: string, b: string) =>
    writePath(adult(), 'feeRefund', { accountNumber: a, accountHolder: h, bankName: b });
  assert.deepEqual(checkFeeRefundRow(account('0123456789', 'NGUYỄN VĂN AN', 'Vietcombank'), TK01), []);
  assert.deepEqual(checkFeeRefundRow(account('', '', ''), TK01), []);
  assert.deepEqual(ids(checkFeeRefundRow(account('0123456789', '', ''), TK01)), [
    'feeRefund.accountHolder error.feeRefund.incomplete',
    'feeRefund.bankName error.feeRefund.incomplete',
  ]);
  assert.deepEqual(checkFeeRefundRow(account('0123456789', '', ''), { ...TK01, fields: new Set(['applicant.familyName']) }), []);
  assert.deepEqual(checkBankAccount('0123 4567 89', 'a'), []);
  assert.deepEqual(checkBankAccount('123456', 'a'), []);
  assert.deepEqual(ids(checkBankAccount('12345', 'a')), ['a error.bankAccount.length']);
  assert.deepEqual(checkBankAccount('1234567890123456789', 'a'), []);
  assert.deepEqual(ids(checkBankAccount('12345678901234567890', 'a')), ['a error.bankAccount.length']);
  assert.deepEqual(ids(checkBankAccount('0123#456', 'a')), ['a error.bankAccount.format']);
  assert.deepEqual(ids(checkBankAccount('VCB0123456', 'a')), ['a error.bankAccount.format'], 'digits only');
});
