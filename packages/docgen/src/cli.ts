#!/usr/bin/env node
/**
 * Entry point of the `hochieu` command (Node only): `pnpm hochieu …` in the
 * workspace, or the `hochieu` bin of the published package. See cli/main.ts.
 */
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
