// docs/data-status.md is generated from the dated facts and must match them
// (regenerate with `node --import tsx scripts/write-data-status.ts`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataStatus, dataStatusMarkdown, datedFacts } from '@hochieu/core';

test('docs/data-status.md is up to date with the data', () => {
  const onDisk = readFileSync(new URL('../../../../docs/data-status.md', import.meta.url), 'utf8');
  assert.equal(onDisk, dataStatusMarkdown(datedFacts()), 'docs/data-status.md is stale: run node --import tsx scripts/write-data-status.ts');
});

test('the document lists every fact with its checked-on date and what comes next', () => {
  const md = dataStatusMarkdown(datedFacts());
  for (const f of datedFacts()) {
    const row = md.split('\n').find((l) => l.startsWith(`| \`${f.id}\` |`));
    assert.ok(row, f.id);
    assert.ok(row.includes(` ${f.checkedOn} `), f.id);
  }
  assert.match(md, /- `fees\/tt64-2025`: Ends 2026-12-31 \(uncertain from 2026-01-01\); after that the base rule tt25-2021-base applies\./u);
});

test('dataStatus rows carry source, checkedOn, validFrom, validTo and confidence, in the chosen language', () => {
  const vi = dataStatus(datedFacts(), 'vi');
  const row = vi.facts.find((r) => r.id === 'calendar/official-2026');
  assert.deepEqual(
    { validFrom: row?.validFrom, validTo: row?.validTo, confidence: row?.confidence, checkedOn: row?.checkedOn },
    { validFrom: '2026-01-01', validTo: '2026-12-31', confidence: 'C2', checkedOn: '2026-11-21' },
  );
  assert.equal(row?.title, 'Ngày nghỉ chính thức năm 2026');
  assert.match(row?.source ?? '', /Thông báo 9441\/TB-BNV/u);
});
