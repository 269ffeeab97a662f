// planApplication over the named examples. Expected fees and dates are worked
// out by hand from domain-facts.md (§6 fees, §7.2 days off), not from the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planApplication, type HostConfig } from '@hochieu/core';
import { example } from '@hochieu/core/examples';

const TODAY = '2026-11-21';

test('minimal adult, first issue on Monday 23/11/2026: TK01 of 69/2026, 100.000 đ, due Friday 4/12', () => {
  const plan = planApplication(example('minimalAdult'), { date: TODAY });
  assert.equal(plan.form, 'TK01');
  assert.equal(plan.formVersion, 'TK01@TT69_2026');
  assert.equal(plan.circular, 'TT69_2026');
  assert.equal(plan.fee?.amount, 100000);
  assert.match(plan.fee?.basis ?? '', /64\/2025\/TT-BTC/u);
  assert.equal(plan.fee?.uncertain, true, 'the end of the 50% window is disputed in 2026');
  // 24/11 (Tue) is the new holiday: 25, 26, 27, 30/11, 1, 2, 3, 4/12 are working days 1..8.
  assert.equal(plan.dueDate, '2026-12-04');
  assert.equal(plan.dueDateEstimated, false);
  assert.deepEqual(
    plan.documents.map((d) => d.id),
    // The ID card shown at the counter: "khi đến nộp hồ sơ phải xuất trình … Thẻ căn cước công dân" (seed 004).
    ['declaration', 'photo', 'identityDocument'],
  );
  assert.equal(plan.office?.id, plan.offices[0]?.id);
});

test('the plan uses the declaration\'s submission date, not today', () => {
  const d = example('minimalAdult');
  d.submission.date = '2023-12-29';
  const plan = planApplication(d, { date: TODAY });
  assert.equal(plan.date, '2023-12-29');
  assert.equal(plan.fee?.amount, 160000); // TT 44/2023 window, 1/7-31/12/2023
});

test('a lost passport pays the replacement fee and needs the loss report', () => {
  const plan = planApplication(example('lostPassport'), { date: TODAY });
  assert.equal(plan.fee?.amount, 200000);
  assert.equal(plan.fee?.kind, 'replacement');
  assert.ok(plan.documents.some((d) => d.id === 'lossReport'));
});

test('a child gets TK01a, no chip, and the proof of legal representation', () => {
  const plan = planApplication(example('child'), { date: TODAY });
  assert.equal(plan.form, 'TK01a');
  assert.equal(plan.formVersion, 'TK01a@TT69_2026');
  assert.equal(plan.chip, false);
  const ids = plan.documents.map((d) => d.id);
  assert.ok(ids.includes('representationProof'));
  assert.ok(!ids.includes('birthCertificate'), 'she has a personal ID number');
});

test('a child without a personal ID number needs the birth certificate copy', () => {
  const ids = planApplication(example('childWithoutId'), { date: TODAY }).documents.map((d) => d.id);
  assert.ok(ids.includes('birthCertificate'));
  assert.ok(ids.includes('representationProof'));
});

test('the form switches exactly on the 14th birthday', () => {
  const d = example('child');
  d.applicant.dateOfBirth = '2012-11-24';
  assert.equal(planApplication(d, { date: TODAY }).form, 'TK01a');
  d.applicant.dateOfBirth = '2012-11-23';
  const plan = planApplication(d, { date: TODAY });
  assert.equal(plan.form, 'TK01');
  assert.equal(plan.fourteenthBirthday, '2026-11-23');
});

test('the plan names the form of the submission date (69/2026 from 1/7/2026); a host pin to 31/2023 wins', () => {
  const plan = planApplication(example('fullAdult'), { date: TODAY });
  assert.equal(plan.formVersion, 'TK01@TT69_2026');
  assert.equal(plan.formVersionVerified, false);
  const before = example('fullAdult');
  before.submission.date = '2026-06-30';
  assert.equal(planApplication(before, { date: '2026-06-15' }).formVersion, 'TK01@TT31_2023');
  const pinned: HostConfig = { pinnedFormVersion: 'TT31_2023' };
  assert.equal(planApplication(example('fullAdult'), { date: TODAY, config: pinned }).formVersion, 'TK01@TT31_2023');
  assert.equal(planApplication(example('child'), { date: TODAY, config: pinned }).formVersion, 'TK01a@TT31_2023');
});

test('host days off and worked days move the due date', () => {
  const config: HostConfig = { daysOff: ['2026-11-25'] };
  // Without 25/11: 26, 27, 30/11, 1, 2, 3, 4, 7/12.
  assert.equal(planApplication(example('minimalAdult'), { date: TODAY, config }).dueDate, '2026-12-07');
  const worked: HostConfig = { workingDays: ['2026-11-28'] };
  // Saturday 28/11 worked: 25, 26, 27, 28, 30/11, 1, 2, 3/12.
  assert.equal(planApplication(example('minimalAdult'), { date: TODAY, config: worked }).dueDate, '2026-12-03');
});

test('a dossier received on a Saturday starts counting on Monday', () => {
  const d = example('minimalAdult');
  d.submission.date = '2026-11-21'; // Saturday
  // Monday 23/11 is day 1, 24/11 off, then 25, 26, 27, 30/11, 1, 2, 3/12 are days 2..8.
  assert.equal(planApplication(d, { date: TODAY }).dueDate, '2026-12-03');
});

test('a year without an official day-off table gives an estimated due date', () => {
  const d = example('minimalAdult');
  d.submission.date = '2027-02-01';
  const plan = planApplication(d, { date: TODAY });
  assert.equal(plan.dueDateEstimated, true);
  assert.equal(plan.fee?.amount, 200000, 'the 50% window ends on 31/12/2026');
});

test('online submission lists the ID card images and the online conditions', () => {
  const plan = planApplication(example('onlinePostal'), { date: TODAY });
  assert.equal(plan.channel, 'online');
  assert.equal(plan.delivery, 'post');
  assert.ok(plan.documents.length > 2);
});

test('a few questionnaire answers are enough; what is missing is named', () => {
  const plan = planApplication({ applicant: { dateOfBirth: '2000-01-01' }, request: { reason: 'renewal' } }, { date: TODAY });
  assert.equal(plan.form, 'TK01');
  assert.equal(plan.fee?.amount, 100000);
  assert.deepEqual(plan.unknown.sort(), ['channel', 'chipId']);
  const empty = planApplication({}, { date: TODAY });
  assert.equal(empty.form, null);
  assert.equal(empty.fee, null);
  assert.ok(empty.unknown.includes('dateOfBirth') && empty.unknown.includes('reason'));
  assert.equal(empty.dueDate, '2026-12-03', 'from today, Saturday 21/11');
});

test('the chip ID card answer widens where a first issue may be filed', () => {
  const d = example('minimalAdult');
  const without = planApplication(d, { date: TODAY, hasChipId: false }).officeRule;
  const withCard = planApplication(d, { date: TODAY, hasChipId: true }).officeRule;
  assert.equal(without?.scope, 'residence');
  assert.equal(withCard?.scope, 'anyConvenient');
});

test('a submission date outside the calendar years (2020) gives no due date instead of throwing (issue 13)', () => {
  const plan = planApplication({ applicant: { dateOfBirth: '1990-03-15' }, request: { reason: 'first' }, submission: { date: '2020-01-01' } }, { date: '2026-11-23' });
  assert.equal(plan.dueDate, null);
  assert.equal(plan.form, 'TK01');
});

// Issue 13 item 6: online filing needs the declarant's chip ID card (procedure
// condition online.condition.chipId); for TK01a the declarant is the parent.
test('no chip ID card + online: online is not possible, the dossier is the in-person one (no ID card images, nothing mailed)', () => {
  const draft = { applicant: { dateOfBirth: '1990-05-10' }, request: { reason: 'first' as const }, submission: { date: '2026-11-23', channel: 'online' as const } };
  const without = planApplication(draft, { date: TODAY, hasChipId: false });
  assert.equal(without.onlinePossible, false);
  assert.equal(without.onlineBlockedBy, 'declarantChipId');
  const ids = without.documents.map((d) => d.id);
  assert.ok(!ids.includes('idCardImages'), `no ID card images without a card: ${ids.join(', ')}`);
  assert.ok(ids.includes('identityDocument'), 'the paper shown at the counter instead');
  assert.deepEqual(without.mailedToOffice, []);
  const withCard = planApplication(draft, { date: TODAY, hasChipId: true });
  assert.equal(withCard.onlinePossible, true);
  assert.equal(withCard.onlineBlockedBy, null);
  assert.ok(withCard.documents.some((d) => d.id === 'idCardImages'));
  const unknownCard = planApplication(draft, { date: TODAY });
  assert.equal(unknownCard.onlinePossible, null);
});

test('TK01a: the parent\'s chip card decides online, not the child\'s', () => {
  const draft = { applicant: { dateOfBirth: '2018-02-01' }, request: { reason: 'first' as const }, submission: { date: '2026-11-23', channel: 'online' as const } };
  // The child's (missing) card says nothing about online filing.
  assert.equal(planApplication(draft, { date: TODAY, hasChipId: false }).onlinePossible, null);
  const parentWithout = planApplication(draft, { date: TODAY, declarantHasChipId: false });
  assert.equal(parentWithout.form, 'TK01a');
  assert.equal(parentWithout.onlinePossible, false);
  assert.ok(!parentWithout.documents.some((d) => d.id === 'idCardImages'));
  const parentWith = planApplication(draft, { date: TODAY, hasChipId: false, declarantHasChipId: true });
  assert.equal(parentWith.onlinePossible, true);
});
