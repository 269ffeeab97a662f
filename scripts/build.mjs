#!/usr/bin/env node
// `pnpm build`: the publishable outputs.
// 1. declaration.schema.json regenerated from its TypeScript source;
// 2. each package compiled to dist/ (JavaScript + .d.ts + source maps with
//    their sources inlined) with tsc; docgen's JavaScript instead from
//    scripts/package-builds.mjs (its library entry with docx bundled in, and
//    the compiled `hochieu` command dist/cli.js);
// 3. the self-hosted embed bundle in dist/widget/ (vite.widget.config.ts:
//    hochieu.js and its lazy chunks; vite.loader.config.ts: the classic
//    loader hochieu-loader.js), also copied into packages/widget/dist/bundle/
//    for the npm package, with the Tinos font's OFL notice beside it;
// 4. packages/widget/custom-elements.json (Custom Elements Manifest);
// 5. the demo site built by Vite into dist/demo (vite.config.ts, several pages).
// Options: --widget (step 3 only), --cem (step 4 only), --demo (step 5 only),
// --packages (steps 1-4: what `pnpm run pack` publishes, no demo).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { buildCli, buildDocgenLibrary } from './package-builds.mjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const args = new Set(process.argv.slice(2));
const only = ['--widget', '--cem', '--demo'].find((a) => args.has(a)) ?? null;
const wanted = (step) => (only === null || only === step) && !(step === '--demo' && args.has('--packages'));

function step(label, cmd, argv, cwd = root) {
  console.log(`\n=== ${label}`);
  const started = Date.now();
  const r = spawnSync(cmd, argv, { cwd, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`(${label}: ${Date.now() - started} ms)`);
}

const TINOS_NOTICE = join(root, 'packages/docgen/src/fonts/LICENSE-Tinos.txt');
// The administrative-unit tables (issue 12) come from an MIT dataset: its notice goes wherever they are shipped.
const ADMIN_UNITS_NOTICE = join(root, 'packages/core/src/places/generated/LICENSE-admin-units.txt');

async function timed(label, run) {
  console.log(`\n=== ${label}`);
  const started = Date.now();
  try {
    await run();
  } catch (error) {
    console.error(`build: ${label} failed`, error);
    process.exit(1);
  }
  console.log(`(${label}: ${Date.now() - started} ms)`);
}

async function viteBuild(label, configFile) {
  console.log(`\n=== ${label}`);
  const started = Date.now();
  const { build } = await import('vite');
  try {
    await build({ configFile: join(root, configFile) });
  } catch (error) {
    console.error(`build: ${label} failed`, error);
    process.exit(1);
  }
  console.log(`(${label}: ${Date.now() - started} ms)`);
}

if (only === null) {
  step('JSON Schema', process.execPath, ['--import', 'tsx', 'scripts/write-json-schema.ts']);
  for (const pkg of ['core', 'docgen', 'widget']) {
    rmSync(join(root, `packages/${pkg}/dist`), { recursive: true, force: true });
    const project = `packages/${pkg}/tsconfig.build.json`;
    const fallback = `packages/${pkg}/tsconfig.json`;
    const config = existsSync(join(root, project)) ? project : fallback;
    if (existsSync(join(root, config))) step(`@hochieu/${pkg} (tsc)`, bin('tsc'), ['-p', config, '--noEmit', 'false']);
  }
  copyFileSync(
    join(root, 'packages/core/src/declaration/declaration.schema.json'),
    join(root, 'packages/core/dist/declaration/declaration.schema.json'),
  );
  await timed('@hochieu/docgen library dist/index.js (vite, docx bundled)', buildDocgenLibrary);
  await timed('hochieu command dist/cli.js (vite)', buildCli);
  // The fonts embedded in docgen's code are the OFL Tinos: its notice goes with them.
  copyFileSync(TINOS_NOTICE, join(root, 'packages/docgen/dist/LICENSE-Tinos.txt'));
  mkdirSync(join(root, 'packages/core/dist/places/generated'), { recursive: true });
  copyFileSync(ADMIN_UNITS_NOTICE, join(root, 'packages/core/dist/places/generated/LICENSE-admin-units.txt'));
  copyFileSync(ADMIN_UNITS_NOTICE, join(root, 'packages/docgen/dist/LICENSE-admin-units.txt'));
}

if (wanted('--widget')) {
  await viteBuild('embed bundle dist/widget/hochieu.js (vite)', 'vite.widget.config.ts');
  await viteBuild('classic loader dist/widget/hochieu-loader.js (vite)', 'vite.loader.config.ts');
  const bundle = join(root, 'packages/widget/dist/bundle');
  rmSync(bundle, { recursive: true, force: true });
  mkdirSync(bundle, { recursive: true });
  copyFileSync(TINOS_NOTICE, join(root, 'dist/widget/LICENSE-Tinos.txt'));
  copyFileSync(ADMIN_UNITS_NOTICE, join(root, 'dist/widget/LICENSE-admin-units.txt'));
  cpSync(join(root, 'dist/widget'), bundle, { recursive: true, filter: (src) => !src.includes('.vite') });
}

if (wanted('--cem')) {
  step('custom-elements.json (analyzer)', join(root, 'packages/widget/node_modules/.bin/cem'), ['analyze'], join(root, 'packages/widget'));
}

if (wanted('--demo')) {
  await viteBuild('demo site dist/demo (vite)', 'vite.config.ts');
}
