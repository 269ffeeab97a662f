#!/usr/bin/env node
// `pnpm run pack`: builds the three publishable packages (scripts/build.mjs
// --packages: JSON Schema, tsc, docgen's library and CLI, the embed bundle,
// custom-elements.json) and writes their tarballs to dist/npm/ with pnpm,
// which applies each package's publishConfig (exports naming only dist/ and
// types/ files) and replaces `workspace:` ranges with the real versions.
// Prints the tarball paths, one a line. Option: --no-build (pack what is built).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/npm');
export const PACKAGES = ['core', 'docgen', 'widget'];

function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`pack: ${cmd} ${argv.join(' ')} failed in ${cwd}`);
    process.exit(r.status ?? 1);
  }
}

if (!process.argv.includes('--no-build')) run(process.execPath, ['scripts/build.mjs', '--packages'], root);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const pkg of PACKAGES) {
  const r = spawnSync('pnpm', ['pack', '--silent', '--pack-destination', out], { cwd: join(root, 'packages', pkg), encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    console.error(`pack: pnpm pack failed for @hochieu/${pkg}`);
    process.exit(1);
  }
}
for (const file of readdirSync(out).sort()) console.log(join(out, file));
