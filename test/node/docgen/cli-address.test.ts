// `hochieu address`, run as a child process like `pnpm hochieu address …`:
// the README examples, --json giving exactly resolveAddress's object, --date
// for province names, --lang en, standard input, and the exit codes (0 found,
// 1 none, 2 usage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveAddress } from '@hochieu/core/address';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/docgen/src/cli.ts');
const TSX = import.meta.resolve('tsx');

function run(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const OLD = 'Số 15 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn';

test('an old address prints the former unit, the current one and the address rewritten (exit 0)', async () => {
  const r = await run(['address', OLD]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split('\n'), [
    'Đơn vị cũ (trước 1/7/2025): Phường Chi Lăng, Thành phố Lạng Sơn, Tỉnh Lạng Sơn',
    'Nay thuộc:',
    '  05983  Phường Lương Văn Tri, Tỉnh Lạng Sơn',
    'Số nhà, đường, thôn: Số 15 đường Hoàng Văn Thụ',
    'Viết theo đơn vị hiện nay: Số 15 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn',
  ]);
});

test('--json prints exactly the object of resolveAddress; --date names the province as on that day', async () => {
  const text = 'P. Trấn Biên, Đồng Nai';
  const before = await run(['address', text, '--json', '--date', '2026-04-29']);
  assert.equal(before.code, 0, before.stderr);
  assert.deepEqual(JSON.parse(before.stdout), resolveAddress(text, { date: '2026-04-29' }));
  assert.equal(JSON.parse(before.stdout).candidates[0].province.name, 'Tỉnh Đồng Nai');
  const after = await run(['address', text, '--json', '--date', '2026-05-01']);
  assert.equal(JSON.parse(after.stdout).candidates[0].province.name, 'Thành phố Đồng Nai');
});

test('English output, and the text from standard input', async () => {
  const r = await run(['address', '-', '--lang', 'en'], 'Phuong Chi Lang, TP Lang Son, Lang Son\n');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Former unit \(before 1\/7\/2025\): Phường Chi Lăng, Thành phố Lạng Sơn, Tỉnh Lạng Sơn$/mu);
  assert.match(r.stdout, /^ {2}05983 {2}Phường Lương Văn Tri, Tỉnh Lạng Sơn$/mu);
});

test('a split unit lists every candidate marked as part', async () => {
  const r = await run(['address', 'Phường Kim Mã, Quận Ba Đình, Hà Nội']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /hãy chọn đúng nơi của bạn/u);
  assert.ok((r.stdout.match(/\(một phần\)/gu) ?? []).length >= 2, r.stdout);
});

test('exit 1 when nothing matches, 2 on usage errors', async () => {
  const none = await run(['address', 'xã Không Có, Lạng Sơn']);
  assert.equal(none.code, 1);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /Không tìm thấy/u);
  const noneJson = await run(['address', 'xã Không Có, Lạng Sơn', '--json']);
  assert.equal(noneJson.code, 1);
  assert.deepEqual(JSON.parse(noneJson.stdout), { current: false, candidates: [], rest: 'xã Không Có, Lạng Sơn' });
  const missing = await run(['address']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Thiếu địa chỉ/u);
  const badDate = await run(['address', OLD, '--date', '2026-02-30']);
  assert.equal(badDate.code, 2);
  const badOption = await run(['address', OLD, '-o', 'x.pdf']);
  assert.equal(badOption.code, 2);
});

test('hochieu check warns (exit 0) about an address in a former unit', async () => {
  const { example } = await import('@hochieu/core/examples');
  const declaration = { ...example('minimalAdult'), applicant: { ...example('minimalAdult').applicant, permanentAddress: 'Số 12 đường Lê Lợi, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn' } };
  const r = await run(['check', '-', '--json', '--date', '2026-11-20'], JSON.stringify(declaration));
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { valid: boolean; issues?: { id: string }[]; warnings?: { id: string }[] };
  assert.equal(report.valid, true);
  assert.match(r.stdout, /warning\.address\.formerUnit/u);
  assert.match(r.stdout, /Phường Lương Văn Tri/u);
});
