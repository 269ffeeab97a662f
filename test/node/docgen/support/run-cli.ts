// The one place that starts the `hochieu` command line for tests, exactly as
// `pnpm hochieu …` does (node --import tsx packages/docgen/src/cli.ts). A
// compiled bin can be switched in here alone.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const CLI = join(ROOT, 'packages/docgen/src/cli.ts');
/** tsx by absolute URL: the child runs in a temporary directory, where a bare `--import tsx` would not resolve. */
const TSX = import.meta.resolve('tsx');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from start to exit, in milliseconds. */
  ms: number;
}

/** Starts the CLI; the caller feeds stdin and watches it. */
export function spawnCli(args: readonly string[], cwd: string): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '' } });
}

/** Collects a started CLI's output and exit. */
export function collect(child: ChildProcessWithoutNullStreams): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
  });
}

/** Runs the CLI to its end with `stdin` (empty by default). */
export function runCli(args: readonly string[], opts: { cwd: string; stdin?: string | Uint8Array }): Promise<CliRun> {
  const child = spawnCli(args, opts.cwd);
  const done = collect(child);
  child.stdin.on('error', () => undefined); // the CLI may refuse before reading all of stdin
  child.stdin.end(opts.stdin ?? '');
  return done;
}
