// Every dated fact of core carries a checked-on date and a source, in one
// list (datedFacts): the test command fails when one lacks them. The list
// includes every bundled rule and table (a new fee rule, form version,
// days-off year or office appears by itself), and the first screen's two
// constants (DATA_DATE, FIRST_STALE_DAY) agree with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DATA_DATE,
  FEE_RULES,
  FIRST_STALE_DAY,
  bundledProvinceConfigs,
  dataDateOf,
  datedFactProblems,
  datedFacts,
  firstStaleDay,
  formVersionMeta,
  officialYears,
  registerDatedFacts,
  type DatedFact,
} from '@hochieu/core';

test('no dated fact lacks a checked-on date, a source, a title or a valid window', () => {
  const problems = datedFactProblems(datedFacts());
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the check rejects a fact without checkedOn, with a malformed date, or with a window that ends before it starts', () => {
  const good = datedFacts()[0]!;
  const missing = { ...good, id: 'test/missing', checkedOn: undefined } as unknown as DatedFact;
  const empty = { ...good, id: 'test/empty', checkedOn: '' };
  const wrong = { ...good, id: 'test/wrong', checkedOn: '2026-02-30' };
  const reversed = { ...good, id: 'test/reversed', validFrom: '2026-05-01', validTo: '2026-04-30' };
  const problems = datedFactProblems([missing, empty, wrong, reversed, good, good]);
  assert.ok(problems.some((p) => p.startsWith('test/missing: checkedOn')));
  assert.ok(problems.some((p) => p.startsWith('test/empty: checkedOn')));
  assert.ok(problems.some((p) => p.startsWith('test/wrong: checkedOn')));
  assert.ok(problems.some((p) => p.startsWith('test/reversed: validTo before validFrom')));
  assert.ok(problems.some((p) => p === `${good.id}: id repeated`));
});

test('every bundled rule and table is in the list', () => {
  const ids = new Set(datedFacts().map((f) => f.id));
  for (const r of FEE_RULES) assert.ok(ids.has(`fees/${r.id}`), r.id);
  for (const key of Object.keys(formVersionMeta)) assert.ok(ids.has(`forms/${key}`), key);
  for (const y of officialYears) assert.ok(ids.has(`calendar/official-${y.year}`), String(y.year));
  for (const c of Object.values(bundledProvinceConfigs)) for (const o of c.offices) assert.ok(ids.has(`offices/${o.id}`), o.id);
  for (const id of ['calendar/statutory-estimate', 'places/provinces', 'procedure/steps', 'procedure/documents', 'procedure/legalBasis']) {
    assert.ok(ids.has(id), id);
  }
});

test('facts carry the data they describe: the fee window of tt64-2025 and its uncertain end', () => {
  const tt64 = datedFacts().find((f) => f.id === 'fees/tt64-2025');
  assert.ok(tt64);
  assert.equal(tt64.validFrom, '2025-07-01');
  assert.equal(tt64.validTo, '2026-12-31');
  assert.equal(tt64.fallback, true);
  assert.match(tt64.next ?? '', /Ends 2026-12-31 \(uncertain.*base rule tt25-2021-base/u);
  const base = datedFacts().find((f) => f.id === 'fees/tt25-2021-base');
  assert.equal(base?.fallback, false);
});

test('no checked-on date is later than the data date, and the data date is not in the future of its own facts', () => {
  const facts = datedFacts();
  assert.equal(DATA_DATE, dataDateOf(facts), 'update DATA_DATE in packages/core/src/freshness/data-date.ts');
  for (const f of facts) assert.ok(f.checkedOn <= DATA_DATE, f.id);
});

test('FIRST_STALE_DAY agrees with the facts (the first screen loads the stale check only from that day)', () => {
  assert.equal(FIRST_STALE_DAY, firstStaleDay(datedFacts()), 'update FIRST_STALE_DAY in packages/core/src/freshness/data-date.ts');
});

test('a module registers its facts once; a repeated id is refused', () => {
  const before = datedFacts().length;
  const fact: DatedFact = {
    id: 'places/test-units',
    area: 'places',
    title: { vi: 'Đơn vị thử', en: 'Test units' },
    source: 'test',
    checkedOn: '2026-12-05',
    validFrom: null,
    validTo: null,
    confidence: 'S1',
    fallback: false,
    next: null,
    checkNote: null,
  };
  registerDatedFacts([fact]);
  assert.equal(datedFacts().length, before + 1);
  assert.equal(datedFacts().at(-1)?.id, 'places/test-units');
  assert.throws(() => registerDatedFacts([fact]), /already registered/u);
  assert.throws(() => registerDatedFacts([{ ...fact, id: 'fees/tt64-2025' }]), /already registered/u);
});
