// Whether the bundle is stale on a day: twelve months after a fact's check,
// or past the end of a rule hochieu falls back from; silenced by the host's
// acknowledgement, by a host fee rule replacing the bundled one, and by host
// days off after the last official table. Reviews due within 60 days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DATA_DATE,
  addIsoMonths,
  checkHostConfig,
  datedFacts,
  reviewsDue,
  staleFactsOn,
  type DatedFact,
} from '@hochieu/core';

const facts = datedFacts();
const ids = (date: string, options = {}): string[] => staleFactsOn(date, facts, options).map((s) => s.fact.id);

test('addIsoMonths keeps the day, clamping 29 February', () => {
  assert.equal(addIsoMonths('2026-12-05', 12), '2027-12-05');
  assert.equal(addIsoMonths('2024-02-29', 12), '2025-02-28');
  assert.equal(addIsoMonths('2026-11-30', 3), '2027-02-28');
  assert.equal(addIsoMonths('2026-01-31', 1), '2026-02-28');
});

test('nothing is stale on the data date or on the last day of the disputed fee window', () => {
  assert.deepEqual(ids(DATA_DATE), []);
  assert.deepEqual(ids('2026-12-31'), []);
});

test('from 1/1/2027 the fee rule with a disputed end and the last official days-off table are stale (ended)', () => {
  const stale = staleFactsOn('2027-01-01', facts);
  assert.deepEqual(
    stale.map((s) => [s.fact.id, s.reason]),
    [
      ['fees/tt64-2025', 'ended'],
      ['calendar/official-2026', 'ended'],
    ],
  );
  assert.equal(stale[0]!.freshUntil, '2026-12-31');
});

test('13 months after the data date every fact is stale', () => {
  const date = addIsoMonths(DATA_DATE, 13);
  assert.equal(ids(date).length, facts.length);
});

test('a fact is stale the day after twelve months from its check, not on that day', () => {
  const one: DatedFact[] = [{ ...facts[0]!, checkedOn: '2026-03-10', fallback: false }];
  assert.equal(staleFactsOn('2027-03-10', one).length, 0);
  assert.equal(staleFactsOn('2027-03-11', one)[0]?.reason, 'old');
});

test('an acknowledgement counts as a check: silent for twelve months, ends before it taken as seen', () => {
  const date = addIsoMonths(DATA_DATE, 13);
  assert.deepEqual(ids(date, { acknowledged: { on: date } }), []);
  assert.deepEqual(ids('2027-01-02', { acknowledged: { on: '2027-01-02' } }), []);
  // An acknowledgement before the end does not hide the end.
  assert.deepEqual(ids('2027-01-02', { acknowledged: { on: '2026-12-20' } }), ['fees/tt64-2025', 'calendar/official-2026']);
  // Twelve months after the acknowledgement, the facts are old again.
  assert.equal(ids(addIsoMonths('2027-01-02', 12) + '', { acknowledged: { on: '2027-01-02' } }).length, 0);
  assert.equal(ids('2028-01-03', { acknowledged: { on: '2027-01-02' } }).length, facts.length);
});

test('a host fee rule with the same id, or host days off after the table, take over the end', () => {
  const fee = { fees: [{ id: 'tt64-2025', validFrom: '2025-07-01', validTo: '2027-12-31', amounts: { issue: 100000, replacement: 200000 }, basis: 'x', priority: 30, provenance: { confidence: 'host' as const, source: 'host' } }] };
  assert.deepEqual(ids('2027-01-05', { config: fee }), ['calendar/official-2026']);
  assert.deepEqual(ids('2027-01-05', { config: { daysOff: ['2027-02-08'] } }), ['fees/tt64-2025']);
});

test('reviews due within 60 days of the data date: the two rules ending on 31/12/2026, soonest first', () => {
  const due = reviewsDue(DATA_DATE, facts, 60);
  assert.deepEqual(due.map((d) => d.fact.id).sort(), ['calendar/official-2026', 'fees/tt64-2025']);
  assert.ok(due.every((d) => d.freshUntil === '2026-12-31'));
  assert.deepEqual(reviewsDue(DATA_DATE, facts, 10), []);
});

test('the host configuration accepts acknowledgeStaleData { on } and refuses anything else, naming the field', () => {
  const ok = checkHostConfig({ acknowledgeStaleData: { on: '2027-01-05', _note: 'checked by PA08' } });
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.config?.acknowledgeStaleData, { on: '2027-01-05' });
  assert.deepEqual(checkHostConfig({ acknowledgeStaleData: '2027-01-05' }).problems, [{ path: 'acknowledgeStaleData', id: 'config.acknowledgeInvalid' }]);
  assert.deepEqual(checkHostConfig({ acknowledgeStaleData: { on: '2027-02-30' } }).problems, [{ path: 'acknowledgeStaleData.on', id: 'config.dateInvalid' }]);
  assert.deepEqual(checkHostConfig({ acknowledgeStaleData: { on: '2027-01-05', until: '2028-01-01' } }).problems, [
    { path: 'acknowledgeStaleData.until', id: 'config.unknownKey' },
  ]);
});
