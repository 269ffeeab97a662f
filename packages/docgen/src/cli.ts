#!/usr/bin/env node
/**
 * Entry point of the `hochieu` command (Node only): `pnpm hochieu …` in the
 * workspace, or the `hochieu` bin of the published package. See cli/main.ts.
 * SIGINT and SIGTERM remove this run's temporary files before exiting (io.ts).
 */
import { requestedLocale } from './cli/args.js';
import { installInterruptCleanup } from './cli/io.js';
import { main } from './cli/main.js';

const argv = process.argv.slice(2);
installInterruptCleanup(process.stderr, () => requestedLocale(argv));
process.exitCode = await main(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
