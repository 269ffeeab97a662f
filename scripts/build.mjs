#!/usr/bin/env node
// `pnpm build`: the publishable outputs.
// 1. declaration.schema.json regenerated from its TypeScript source;
// 2. each package compiled to dist/ (JavaScript + .d.ts) with tsc;
// 3. the demo page built by Vite into dist/demo.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);

function step(label, cmd, args) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

step('JSON Schema', process.execPath, ['--import', 'tsx', 'scripts/write-json-schema.ts']);
for (const pkg of ['core', 'docgen', 'widget']) {
  const project = `packages/${pkg}/tsconfig.build.json`;
  const fallback = `packages/${pkg}/tsconfig.json`;
  const config = existsSync(join(root, project)) ? project : fallback;
  if (existsSync(join(root, config))) step(`@hochieu/${pkg} (tsc)`, bin('tsc'), ['-p', config, '--noEmit', 'false']);
}
copyFileSync(
  join(root, 'packages/core/src/declaration/declaration.schema.json'),
  join(root, 'packages/core/dist/declaration/declaration.schema.json'),
);
step('demo (vite)', bin('vite'), ['build']);
