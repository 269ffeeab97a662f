import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FEE_RULES, addIsoDays, effectiveFeeRules, feeKindFor, feeOn, procedure } from '@hochieu/core';
import type { Channel, FeeRule, RequestReason } from '@hochieu/core';

const fee = (date: string, channel: Channel = 'in-person', reason: RequestReason = 'first', overrides?: FeeRule[]) => {
  const q = feeOn({ date, reason, channel }, overrides);
  assert.ok(q, `a fee exists on ${date}`);
  return q;
};

test('the 80% window of Thông tư 44/2023 starts on 2023-07-01', () => {
  assert.equal(fee('2023-06-30').amount, 200_000);
  assert.equal(fee('2023-06-30').basis, 'Thông tư số 25/2021/TT-BTC');
  assert.equal(fee('2023-07-01').amount, 160_000);
  assert.equal(fee('2023-07-01').basis, 'Thông tư số 44/2023/TT-BTC');
});

test('the 80% window ends on 2023-12-31 and the online 90% rate starts on 2024-01-01', () => {
  assert.equal(fee('2023-12-31').amount, 160_000);
  assert.equal(fee('2023-12-31', 'online').amount, 160_000);
  assert.equal(fee('2024-01-01').amount, 200_000);
  assert.equal(fee('2024-01-01', 'online').amount, 180_000);
  assert.equal(fee('2024-01-01', 'online').basis, 'Thông tư số 63/2023/TT-BTC');
});

test('the 50% window of Thông tư 64/2025 starts on 2025-07-01 for both channels', () => {
  assert.equal(fee('2025-06-30').amount, 200_000);
  assert.equal(fee('2025-06-30', 'online').amount, 180_000);
  assert.equal(fee('2025-07-01').amount, 100_000);
  assert.equal(fee('2025-07-01', 'online').amount, 100_000);
  assert.equal(fee('2025-07-01', 'online').basis, 'Thông tư số 64/2025/TT-BTC');
});

test('on 2025-12-31 online and in person pay the same 50% rate, with no doubt', () => {
  const online = fee('2025-12-31', 'online');
  const counter = fee('2025-12-31', 'in-person');
  assert.equal(online.amount, 100_000);
  assert.equal(counter.amount, 100_000);
  assert.equal(online.rule.id, 'tt64-2025');
  assert.equal(online.uncertain, false);
  assert.equal(counter.uncertain, false);
});

test('in 2026 the 50% rate applies but is flagged uncertain (sources say it ended on 2025-12-31)', () => {
  const q = fee('2026-01-01', 'online');
  assert.equal(q.amount, 100_000);
  assert.equal(q.uncertain, true);
  assert.equal(fee('2026-12-31').amount, 100_000);
  assert.equal(fee('2026-12-31').uncertain, true);
});

test('from 2027-01-01 the base rate applies again, flagged uncertain because the 50% window may have been extended', () => {
  const q = fee('2027-01-01');
  assert.equal(q.amount, 200_000);
  assert.equal(q.basis, 'Thông tư số 25/2021/TT-BTC');
  assert.equal(q.uncertain, true);
  assert.equal(fee('2027-01-01', 'online').amount, 200_000);
});

test('renewal pays the issue fee; lost and damaged pay the replacement fee', () => {
  assert.deepEqual(
    (['first', 'renewal', 'other', 'lost', 'damaged'] as const).map((r) => [r, fee('2026-11-23', 'in-person', r).amount, fee('2026-11-23', 'in-person', r).kind]),
    [
      ['first', 100_000, 'issue'],
      ['renewal', 100_000, 'issue'],
      ['other', 100_000, 'issue'],
      ['lost', 200_000, 'replacement'],
      ['damaged', 200_000, 'replacement'],
    ],
  );
  assert.equal(fee('2025-06-30', 'in-person', 'lost').amount, 400_000);
  assert.equal(fee('2024-06-03', 'online', 'damaged').amount, 360_000);
  assert.equal(fee('2023-09-01', 'in-person', 'lost').amount, 320_000);
  assert.equal(feeKindFor('renewal'), 'issue');
});

test('the quote is in VND and names its rule', () => {
  const q = fee('2024-03-01');
  assert.equal(q.currency, 'VND');
  assert.equal(q.rule.id, 'tt25-2021-base');
});

test('a host that knows the 50% window ended on 2025-12-31 gets the base rate in 2026, without doubt', () => {
  const base = FEE_RULES.find((r) => r.id === 'tt64-2025');
  assert.ok(base);
  const host: FeeRule = {
    ...base,
    validTo: '2025-12-31',
    endDateUncertain: false,
    provenance: { confidence: 'host', source: 'Công an tỉnh X' },
  };
  assert.equal(fee('2025-12-31', 'in-person', 'first', [host]).amount, 100_000);
  const jan = fee('2026-01-01', 'in-person', 'first', [host]);
  assert.equal(jan.amount, 200_000);
  assert.equal(jan.uncertain, false);
  // The online 90% window ended on the same day, so online pays the base rate too.
  assert.equal(fee('2026-01-01', 'online', 'first', [host]).amount, 200_000);
  assert.equal(fee('2026-01-01', 'online', 'lost', [host]).amount, 400_000);
  // The bundled rule is replaced, not duplicated.
  assert.equal(effectiveFeeRules([host]).filter((r) => r.id === 'tt64-2025').length, 1);
});

test('a host can add a new circular, which wins by priority in its window only', () => {
  const added: FeeRule = {
    id: 'host-2027',
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    amounts: { issue: 150_000, replacement: 300_000 },
    basis: 'Thông tư số 99/2026/TT-BTC',
    priority: 40,
    provenance: { confidence: 'host', source: 'host' },
  };
  const q = fee('2027-03-01', 'in-person', 'lost', [added]);
  assert.equal(q.amount, 300_000);
  assert.equal(q.basis, 'Thông tư số 99/2026/TT-BTC');
  assert.equal(q.uncertain, false);
  assert.equal(fee('2026-12-31', 'in-person', 'first', [added]).amount, 100_000);
  assert.equal(fee('2028-01-01', 'in-person', 'first', [added]).amount, 200_000);
  assert.equal(effectiveFeeRules([added]).length, FEE_RULES.length + 1);
});

test('no fee before the base rate took effect; malformed input throws', () => {
  assert.equal(feeOn({ date: '2021-05-21', reason: 'first', channel: 'in-person' }), null);
  assert.equal(fee('2021-05-22').amount, 200_000);
  assert.throws(() => feeOn({ date: '2025-02-29', reason: 'first', channel: 'online' }), RangeError);
  const bad: FeeRule = { ...FEE_RULES[0]!, id: 'bad', validFrom: '2026-01-01', validTo: '2025-01-01' };
  assert.throws(() => feeOn({ date: '2026-01-01', reason: 'first', channel: 'online' }, [bad]), RangeError);
});

test('the bundled rules carry the facts: the 64/2025 end date is marked uncertain, the online rate notes the 62/63 conflict', () => {
  const tt64 = FEE_RULES.find((r) => r.id === 'tt64-2025');
  assert.equal(tt64?.endDateUncertain, true);
  assert.equal(tt64?.validTo, '2026-12-31');
  const online = FEE_RULES.find((r) => r.id === 'tt63-2023-online');
  assert.deepEqual(online?.channels, ['online']);
  assert.match(online?.provenance.source ?? '', /62/u);
  assert.ok(online?.notes?.includes('procedure.fee.note.basisConflict'));
  assert.ok(procedure.fees.notes.some((n) => n.text === 'procedure.fee.note.children'));
  assert.ok(procedure.fees.notes.some((n) => n.text === 'procedure.fee.note.courier'));
});

test('property: on any day, a reissue costs twice a new passport, and online never costs more than in person', () => {
  const day = fc.integer({ min: 0, max: 365 * 10 }).map((n) => addIsoDays('2021-05-22', n));
  fc.assert(
    fc.property(day, fc.constantFrom<RequestReason>('first', 'renewal', 'other'), (date, reason) => {
      const issue = fee(date, 'in-person', reason);
      const replacement = fee(date, 'in-person', 'lost');
      assert.equal(replacement.amount, issue.amount * 2);
      assert.ok(fee(date, 'online', reason).amount <= issue.amount);
      assert.ok(issue.amount > 0);
    }),
    { numRuns: 300 },
  );
});
