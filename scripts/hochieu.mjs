#!/usr/bin/env node
// `pnpm hochieu …`: runs the compiled command packages/docgen/dist/cli.js,
// the same file the published package's `hochieu` bin runs. It is built
// first when missing or older than core's and docgen's sources (about 3 s,
// once), so the workspace never runs a stale build and never compiles
// TypeScript on each call.
import { pathToFileURL } from 'node:url';
import { buildCli, cliFile, cliIsStale } from './package-builds.mjs';

if (cliIsStale()) {
  process.stderr.write('hochieu: building packages/docgen/dist/cli.js…\n');
  await buildCli();
}
// cli.js reads process.argv itself: drop this script from it.
process.argv.splice(1, 1, cliFile);
await import(pathToFileURL(cliFile).href);
