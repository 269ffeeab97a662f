// `hochieu data-status [--json]`: every dated fact of core with source,
// checkedOn, validFrom, validTo and confidence; facts stale on --date are
// marked, and the configuration's acknowledgeStaleData silences them. Run
// in-process through `main` with captured streams, and once as a child
// process exactly as `pnpm hochieu` runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { datedFacts } from '@hochieu/core';
import { main } from '../../../packages/docgen/src/cli/main.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr, cwd });
  return { code, stdout: out, stderr: err };
}

test('--json lists every dated fact with source, checkedOn, validFrom, validTo and confidence', async () => {
  const r = await cli(['data-status', '--json', '--date', '2026-12-05']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { dataDate: string; date: string; facts: Record<string, unknown>[] };
  assert.equal(report.date, '2026-12-05');
  assert.equal(report.dataDate, '2026-12-05');
  assert.deepEqual(report.facts.map((f) => f['id']), datedFacts().map((f) => f.id));
  for (const f of report.facts) {
    for (const key of ['source', 'checkedOn', 'validFrom', 'validTo', 'confidence']) assert.ok(key in f, `${String(f['id'])} lacks ${key}`);
    assert.match(String(f['checkedOn']), /^\d{4}-\d{2}-\d{2}$/u);
    assert.ok(String(f['source']).length > 0);
    assert.equal(f['stale'], null, String(f['id']));
  }
  const tt64 = report.facts.find((f) => f['id'] === 'fees/tt64-2025');
  assert.deepEqual([tt64?.['validFrom'], tt64?.['validTo'], tt64?.['confidence']], ['2025-07-01', '2026-12-31', 'C2']);
});

test('facts stale on --date are marked, and acknowledgeStaleData in --config clears them', async () => {
  const stale = JSON.parse((await cli(['data-status', '--json', '--date', '2027-01-02'])).stdout) as { facts: { id: string; stale: string | null }[] };
  assert.deepEqual(
    stale.facts.filter((f) => f.stale).map((f) => [f.id, f.stale]),
    [
      ['fees/tt64-2025', 'ended'],
      ['calendar/official-2026', 'ended'],
    ],
  );
  const dir = mkdtempSync(join(tmpdir(), 'hochieu-data-status-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ acknowledgeStaleData: { on: '2027-01-02' } }));
  const acked = JSON.parse((await cli(['data-status', '--json', '--date', '2027-01-02', '--config', 'config.json'], dir)).stdout) as {
    facts: { stale: string | null }[];
  };
  assert.ok(acked.facts.every((f) => f.stale === null));
});

test('the text report, in Vietnamese by default and in English, names each fact and marks the stale ones', async () => {
  const vi = await cli(['data-status', '--date', '2027-01-02']);
  assert.equal(vi.code, 0);
  assert.ok(vi.stdout.startsWith(`Dữ liệu của hochieu được kiểm tra đến ngày 2026-12-05 (${datedFacts().length} mục). Ngày xét: 2027-01-02.`), vi.stdout.slice(0, 120));
  assert.match(vi.stdout, /^fees\/tt64-2025: Lệ phí theo Thông tư số 64\/2025\/TT-BTC \[CŨ: đã hết thời hạn/mu);
  assert.match(vi.stdout, /kiểm tra ngày 2026-12-05; hiệu lực 2025-07-01 → 2026-12-31; độ tin cậy C2/u);
  const en = await cli(['data-status', '--lang', 'en', '--date', '2026-12-05']);
  assert.match(en.stdout, /^hochieu data checked up to 2026-12-05/mu);
  assert.doesNotMatch(en.stdout, /STALE/u);
  for (const f of datedFacts()) assert.ok(en.stdout.includes(`${f.id}: `), f.id);
});

test('usage errors: an input file or an option of another command is refused with exit 2', async () => {
  const extra = await cli(['data-status', 'x.json']);
  assert.equal(extra.code, 2);
  assert.match(extra.stderr, /Thừa đối số: x\.json/u);
  const option = await cli(['data-status', '-o', 'out.txt', '--lang', 'en']);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /--output/u);
});

test('runs as the hochieu command (child process)', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/docgen/src/cli.ts', 'data-status', '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { facts: unknown[] };
  assert.equal(report.facts.length, datedFacts().length);
});
