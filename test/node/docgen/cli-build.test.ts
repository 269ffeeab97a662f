// `pnpm hochieu` (scripts/hochieu.mjs) runs the compiled command
// packages/docgen/dist/cli.js, the file the published bin runs, building it
// first when it is missing or older than the sources (issue 14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cli = join(root, 'packages/docgen/dist/cli.js');

test('pnpm hochieu runs the compiled, current dist/cli.js (no TypeScript at run time)', async () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.equal(pkg.scripts['hochieu'], 'node scripts/hochieu.mjs');
  const r = spawnSync(process.execPath, ['scripts/hochieu.mjs', 'check', '--lang', 'en', '-'], {
    cwd: root,
    input: JSON.stringify({ schemaVersion: 1 }),
    encoding: 'utf8',
  });
  // An incomplete declaration: exit 1 with issues naming fields, in English.
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout + r.stderr, /applicant\./u);
  const { cliIsStale } = (await import(join(root, 'scripts/package-builds.mjs'))) as { cliIsStale: () => boolean };
  assert.equal(cliIsStale(), false, 'dist/cli.js is current after a run');
  const text = readFileSync(cli, 'utf8');
  assert.match(text, /^#!\/usr\/bin\/env node\n/u);
  assert.doesNotMatch(text, /from ?["']tsx/u);
  assert.ok(statSync(cli).size < 200_000, 'the renderers stay in lazy files beside cli.js');
});
