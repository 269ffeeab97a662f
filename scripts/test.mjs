#!/usr/bin/env node
// The one test command (`pnpm test`): type check, Node tests, the dated facts
// due for review (printed, never failing), the size budgets of the embed
// bundle (one test), browser tests.
// Each step runs even if an earlier one failed, so one run shows everything;
// the last line is "N passed, N failed" and the exit code is non-zero when
// anything failed (a type error, a failing test, a file that does not import).
// Options: --node (Node tests only), --browser (browser tests only), --no-types,
// --no-consumers (skip the consumer tests of the packed packages, test/consumers).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test/.out');
const args = new Set(process.argv.slice(2));
const only = args.has('--node') ? 'node' : args.has('--browser') ? 'browser' : null;
const bin = (name) => join(root, 'node_modules/.bin', name);
const testBin = (name) => join(root, 'test/node_modules/.bin', name);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, argv, options = {}) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  if (r.error) console.error(r.error);
  return r.status ?? 1;
}

function listFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) found.push(...listFiles(p, suffix));
    else if (p.endsWith(suffix)) found.push(p);
  }
  return found.sort();
}

if (!args.has('--no-types') && !only) {
  for (const project of ['tsconfig.json', 'packages/core/tsconfig.json', 'packages/docgen/tsconfig.json']) {
    if (!existsSync(join(root, project))) continue;
    const status = run(`type check ${project}`, bin('tsc'), ['-p', project, '--noEmit']);
    if (status !== 0) {
      failed += 1;
      problems.push(`type check of ${project} failed`);
    }
  }
}

if (only !== 'browser') {
  // test/e2e runs the built bundle (building it first when missing or stale) in headless Chromium.
  const files = [...listFiles(join(root, 'test/node'), '.test.ts'), ...listFiles(join(root, 'test/e2e'), '.test.ts')].map((f) =>
    relative(root, f),
  );
  const tap = join(out, 'node.tap');
  const status = run('Node tests (and end-to-end tests of the built bundle)', process.execPath, [
    '--import', 'tsx',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const nodePassed = num('pass');
  const nodeFailed = num('fail') + num('cancelled');
  passed += nodePassed;
  failed += nodeFailed;
  if (num('skipped') + num('todo') > 0) problems.push('Node tests: skipped or todo tests are not allowed');
  if (files.length === 0 || nodePassed + nodeFailed === 0) problems.push('Node tests: no test ran');
  if (status !== 0 && nodeFailed === 0) {
    failed += 1;
    problems.push(`Node test runner exited with ${status}`);
  }
}

if (only !== 'browser' && !args.has('--no-consumers')) {
  // Consumer tests (issue 14): `pnpm run pack`, then npm installs the tarballs into the projects of
  // test/consumers (shared npm cache in test/.cache/npm), builds the React, Vue and webpack apps and
  // opens them in Chromium; publint and arethetypeswrong check the tarballs. A few minutes.
  const tap = join(out, 'consumers.tap');
  const status = run('Consumer tests (packed packages in fresh npm projects)', process.execPath, [
    '--import', 'tsx',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    'test/consumers/consumers.test.ts',
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  passed += num('pass');
  failed += num('fail') + num('cancelled');
  if (num('skipped') + num('todo') > 0) problems.push('consumer tests: skipped or todo tests are not allowed');
  if (status !== 0 && num('fail') + num('cancelled') === 0) {
    failed += 1;
    problems.push(`consumer tests exited with ${status}`);
  }
}

if (only !== 'browser') {
  // Dated facts whose review is due within 60 days (packages/core/src/freshness): printed on every run,
  // never a failure (a fact without a checked-on date fails test/node/core/freshness instead).
  run('Data status: reviews due within 60 days', process.execPath, ['--import', 'tsx', 'scripts/write-data-status.ts', '--due', '60']);
}

if (only !== 'browser') {
  // Size budgets of the embed bundle (bench/budgets.json; builds dist/widget first when missing or stale): one test.
  const status = run('Size budgets (pnpm bench --check --sizes)', process.execPath, ['scripts/bench.mjs', '--check', '--sizes']);
  if (status === 0) passed += 1;
  else {
    failed += 1;
    problems.push('size budgets: a size is over its limit in bench/budgets.json (see above)');
  }
}

if (only !== 'node') {
  const summaryFile = join(out, 'browser-summary.json');
  const status = run('Browser tests (headless Chromium)', testBin('web-test-runner'), [
    '--config', 'test/web-test-runner.config.mjs',
  ]);
  const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : null;
  if (!summary) {
    failed += 1;
    problems.push('browser tests: the runner wrote no summary');
  } else {
    passed += summary.passed;
    failed += summary.failed;
    if (summary.skipped > 0) problems.push('browser tests: skipped tests are not allowed');
    for (const f of summary.brokenFiles) problems.push(`browser tests: ${f} did not run`);
    if (status !== 0 && summary.failed === 0) {
      failed += 1;
      problems.push(`browser test runner exited with ${status}`);
    }
  }
}

if (problems.length) {
  console.log('\nProblems:');
  for (const p of problems) console.log(`- ${p}`);
}
const ok = failed === 0 && problems.length === 0;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
