// The committed admin-unit tables are what scripts/build-admin-units.ts makes
// from the shared source files today (their sha256 are in the header, so a
// changed source fails too), the licence notice ships beside them, and the
// script's own completeness check (every former commune maps or is listed
// unmapped with a reason) passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

test('packages/core/src/places/generated/admin-units.ts is up to date with ../shared/reference/data/admin-units/', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-admin-units.ts', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  assert.match(run.stdout, /up to date/u);
});

test('the generated tables name their source and licence, and the MIT notice ships beside them', () => {
  const generated = readFileSync(`${root}packages/core/src/places/generated/admin-units.ts`, 'utf8');
  for (const file of ['units-before-2025-07-01.json', 'units-current.json', 'merger-2025.json', 'LICENSE.txt']) {
    assert.match(generated, new RegExp(`// ${file.replace(/\./gu, '\\.')} sha256:[0-9a-f]{64}`, 'u'));
  }
  assert.match(generated, /MIT licence/u);
  const licence = readFileSync(`${root}packages/core/src/places/generated/LICENSE-admin-units.txt`, 'utf8');
  assert.match(licence, /MIT License/iu);
  assert.match(licence, /Permission is hereby granted/u);
});
