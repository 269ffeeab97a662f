import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PROCEDURE_CHANNELS,
  PROCEDURE_STEPS,
  RECEIVING_OFFICE_MESSAGES,
  RETURN_SCHEDULE,
  SUBMISSION_SCHEDULE,
  procedureChannel,
  procedureStep,
  receivingOfficeRule,
  selectPoints,
} from '@hochieu/core';
import type { GuidePoint, GuideSituation, RequestReason } from '@hochieu/core';

function pointIds(points: readonly GuidePoint[]): string[] {
  return points.flatMap((p) => [p.id, ...pointIds(p.children ?? [])]);
}
const visible = (situation: GuideSituation) => pointIds(PROCEDURE_STEPS.flatMap((s) => selectPoints(s.points, situation)));

test('three steps in order: prepare, submit, receive', () => {
  assert.deepEqual(PROCEDURE_STEPS.map((s) => [s.number, s.id]), [[1, 'prepare'], [2, 'submit'], [3, 'receive']]);
  assert.equal(procedureStep('receive').title, 'procedure.step.receive.title');
  assert.throws(() => procedureStep('x' as never), RangeError);
});

test('step 2 has the three dossier outcomes under the officer check', () => {
  const officer = procedureStep('submit').points.find((p) => p.id === 'submit.officer');
  assert.deepEqual(officer?.children?.map((c) => c.id), ['submit.outcome.complete', 'submit.outcome.incomplete', 'submit.outcome.ineligible']);
});

test('in person, collected at the office: no online or postal points', () => {
  const ids = visible({ channel: 'in-person', delivery: 'office', reason: 'first' });
  assert.ok(ids.includes('submit.inPerson'));
  assert.ok(ids.includes('submit.receptionTime'));
  assert.ok(ids.includes('receive.inPerson'));
  assert.ok(ids.includes('receive.returnTime'));
  assert.ok(!ids.includes('submit.online'));
  assert.ok(!ids.includes('receive.byPost'));
  assert.ok(!ids.includes('submit.postalResult'));
});

test('online with delivery by post: the online and postal points, not collection at the office', () => {
  const ids = visible({ channel: 'online', delivery: 'post', reason: 'renewal' });
  assert.ok(ids.includes('submit.online'));
  assert.ok(ids.includes('submit.postalResult'));
  assert.ok(ids.includes('receive.byPost'));
  assert.ok(!ids.includes('receive.inPerson'));
  assert.ok(!ids.includes('submit.inPerson'));
});

test('where to submit follows the reason; an unknown situation keeps every point', () => {
  assert.ok(!visible({ reason: 'renewal' }).includes('submit.where.first'));
  assert.ok(visible({ reason: 'renewal' }).includes('submit.where.subsequent'));
  assert.ok(!visible({ reason: 'first' }).includes('submit.where.subsequent'));
  const all = visible({});
  assert.ok(all.includes('submit.where.first') && all.includes('submit.where.subsequent'));
  assert.ok(all.includes('receive.notIssued'));
});

test('a first passport without an ID card: the residence office only', () => {
  const r = receivingOfficeRule('first', false);
  assert.equal(r.scope, 'residence');
  assert.equal(r.office, 'procedure.office.residence');
  assert.equal(r.basis, 'procedure.step.submit.where.first');
});

test('a first passport with an ID card: any convenient office', () => {
  const r = receivingOfficeRule('first', true);
  assert.equal(r.scope, 'anyConvenient');
  assert.equal(r.why, 'procedure.office.why.firstWithCard');
});

test('a second or later passport: any convenient office, card or not', () => {
  for (const reason of ['renewal', 'lost', 'damaged'] as RequestReason[]) {
    for (const card of [true, false]) {
      const r = receivingOfficeRule(reason, card);
      assert.equal(r.scope, 'anyConvenient', `${reason} ${card}`);
      assert.equal(r.basis, 'procedure.step.submit.where.subsequent');
    }
  }
});

test('an unspecified request without a card is answered conservatively', () => {
  const r = receivingOfficeRule('other', false);
  assert.equal(r.scope, 'residence');
  assert.equal(r.why, 'procedure.office.why.otherUnknown');
  assert.equal(r.provenance.confidence, 'INF');
  assert.equal(receivingOfficeRule('other', true).scope, 'anyConvenient');
});

test('every id the office rule returns is listed for the guide', () => {
  for (const reason of ['first', 'renewal', 'lost', 'damaged', 'other'] as RequestReason[]) {
    for (const card of [true, false]) {
      const r = receivingOfficeRule(reason, card);
      assert.ok(RECEIVING_OFFICE_MESSAGES.includes(r.office));
      assert.ok(RECEIVING_OFFICE_MESSAGES.includes(r.why));
    }
  }
});

test('reception Monday to Friday plus Saturday morning where arranged; return Monday to Friday only', () => {
  assert.deepEqual(SUBMISSION_SCHEDULE.weekdays, [1, 2, 3, 4, 5]);
  assert.equal(SUBMISSION_SCHEDULE.saturdayMorning, 'whereArranged');
  assert.deepEqual(RETURN_SCHEDULE.weekdays, [1, 2, 3, 4, 5]);
  assert.equal(RETURN_SCHEDULE.saturdayMorning, 'no');
  assert.equal(RETURN_SCHEDULE.closedOnHolidays, true);
});

test('three channels; online has the three portal conditions and the e-certification rule', () => {
  assert.deepEqual(PROCEDURE_CHANNELS.map((c) => c.id), ['in-person', 'online', 'postal']);
  const online = procedureChannel('online');
  assert.equal(online.conditions.length, 4, 'the three of the portal guide and whose chip card it is');
  assert.deepEqual(online.portals, ['national', 'ministry']);
  assert.ok(online.notes.some((n) => n.text === 'procedure.channel.online.certification'));
  const postal = procedureChannel('postal');
  assert.ok(postal.notes.some((n) => n.text === 'procedure.fee.note.courier'));
  assert.ok(postal.notes.some((n) => n.text === 'procedure.step.receive.byPost'));
});
