/**
 * File input and output of the command line (Node only).
 *
 * Reading is bounded: a path is opened without blocking and checked with
 * fstat(2) before a byte is read, so a device (/dev/zero), a FIFO, a socket or
 * a directory is refused at once, and a file larger than the limit of its kind
 * is refused by its size (a 200 MB sparse file costs nothing); then at most
 * the limit is read, so a file that grows while read cannot exhaust memory.
 * Standard input (`-`) is read up to the same limit.
 *
 * Writing is safe and atomic: the target must be missing or a regular file
 * with no other hard link (a symbolic link, a device such as /dev/null, a FIFO
 * or a directory is never replaced); the output goes to a temporary sibling
 * created with mode 0600 (it holds personal data), given the target's mode
 * (an existing 0600 file stays 0600) or 0600 for a new file, flushed, then
 * renamed over the target (rename(2) is atomic within one file system), so a
 * failure never leaves a partial file. The temporary file is named
 * `.<target>.hochieu-<pid>-<hex>.tmp`: it is removed on every exit path, on
 * SIGINT and SIGTERM (see `installInterruptCleanup`), and a later run removes
 * a leftover whose process no longer exists (after SIGKILL or a power cut).
 * Every failure becomes a CliError with exit code 2 and a localized sentence.
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import { lstat, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { cliText, type CliLocale } from './strings.js';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Largest declaration or configuration file read (a declaration is a few kilobytes). */
export const MAX_JSON_BYTES = 1024 * 1024;
/** Largest image or attachment read: the dossier's per-file limit (DEFAULT_DOSSIER_LIMITS.maxFileBytes). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** An error that ends the command with `code` and prints `message` (already localized). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT_USAGE,
  ) {
    super(message);
  }
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ? `${e.code}` : err instanceof Error ? err.message : String(err);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function tooLarge(file: string, max: number, locale: CliLocale): CliError {
  return new CliError(cliText(locale, 'inputTooLarge', { file, max: sizeText(max) }));
}

async function readStream(stream: Readable, max: number, locale: CliLocale): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    total += bytes.length;
    if (total > max) {
      stream.destroy();
      throw tooLarge('stdin', max, locale);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** O_NONBLOCK: opening a FIFO for reading must not wait for a writer (0 where the platform has no such flag). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

async function readRegularFile(path: string, shown: string, max: number, locale: CliLocale): Promise<Uint8Array> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CliError(cliText(locale, 'notRegularFile', { file: shown }));
    if (info.size > max) throw tooLarge(shown, max, locale);
    // Read at most max + 1 bytes whatever the size said: the file may grow meanwhile.
    const buffer = Buffer.alloc(Math.min(max + 1, Math.max(info.size, 0) + 64 * 1024));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (buffer.length > max) throw tooLarge(shown, max, locale);
        break;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } finally {
    await handle.close();
  }
}

/** Bytes of a file, or of standard input for `-`, at most `max` bytes (see the module comment). */
export async function readBytes(spec: string, cwd: string, stdin: Readable, locale: CliLocale, max = MAX_FILE_BYTES): Promise<Uint8Array> {
  try {
    if (spec === '-') return await readStream(stdin, max, locale);
    return await readRegularFile(resolve(cwd, spec), spec, max, locale);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(cliText(locale, 'unreadable', { file: spec === '-' ? 'stdin' : spec, reason: reason(err) }));
  }
}

/** Parsed JSON of a file or of standard input (at most MAX_JSON_BYTES). */
export async function readJson(spec: string, cwd: string, stdin: Readable, locale: CliLocale): Promise<unknown> {
  const bytes = await readBytes(spec, cwd, stdin, locale, MAX_JSON_BYTES);
  try {
    // A UTF-8 byte order mark (Windows editors) is not part of the JSON text.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new CliError(cliText(locale, 'badJson', { file: spec === '-' ? 'stdin' : spec, reason: err instanceof Error ? err.message : String(err) }));
  }
}

/** Temporary files of this process not yet renamed: removed on exit and on SIGINT/SIGTERM. */
const liveTemps = new Set<string>();

function removeLiveTemps(): void {
  for (const temp of liveTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  liveTemps.clear();
}

let cleanupInstalled = false;

/**
 * For the `hochieu` bin: on SIGINT or SIGTERM remove this run's temporary
 * files, say so, and exit with 128 + the signal number (130, 143); on any exit
 * remove them too. In-process callers of `main` (tests) need not call it.
 */
export function installInterruptCleanup(stderr: Writable, locale: () => CliLocale): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removeLiveTemps);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      removeLiveTemps();
      stderr.write(`${cliText(locale(), 'interrupted', { signal })}\n`);
      process.exit(code);
    });
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `.<name>.hochieu-<pid>-<hex>.tmp` files in `dir` left by runs that no longer exist, and owned by us. */
export async function removeLeftovers(dir: string, name: string): Promise<string[]> {
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.hochieu-(\\d+)-[0-9a-f]{8}\\.tmp$`, 'u');
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    const pid = Number(pattern.exec(entry)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || processExists(pid)) continue;
    const path = join(dir, entry);
    try {
      const info = await lstat(path);
      if (!info.isFile() || (typeof process.getuid === 'function' && info.uid !== process.getuid())) continue;
      await unlink(path);
      removed.push(entry);
    } catch {
      // Gone or not ours: leave it.
    }
  }
  return removed;
}

/** The target's state: missing (mode for a new file) or a regular file with one name (its mode); anything else is refused. */
async function targetMode(path: string, shown: string, locale: CliLocale): Promise<number> {
  let info;
  try {
    info = await lstat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0o600;
    throw err;
  }
  if (!info.isFile()) throw new CliError(cliText(locale, 'unsafeTarget', { file: shown }));
  if (info.nlink > 1) throw new CliError(cliText(locale, 'linkedTarget', { file: shown, count: info.nlink - 1 }));
  return info.mode & 0o7777;
}

/** Writes `bytes` to `target` safely and atomically (see the module comment); returns the absolute path. */
export async function writeAtomic(target: string, bytes: Uint8Array, cwd: string, locale: CliLocale): Promise<string> {
  const path = resolve(cwd, target);
  const dir = dirname(path);
  const name = basename(path);
  const temp = join(dir, `.${name}.hochieu-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const mode = await targetMode(path, target, locale);
    await removeLeftovers(dir, name);
    liveTemps.add(temp);
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      // chmod, not the creation mode: the umask must not widen or narrow the target's mode.
      await handle.chmod(mode);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The target may have changed while we wrote: check again just before replacing it.
    await targetMode(path, target, locale);
    await rename(temp, path);
    liveTemps.delete(temp);
    return path;
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    liveTemps.delete(temp);
    if (err instanceof CliError) throw err;
    throw new CliError(cliText(locale, 'writeFailed', { file: target, reason: reason(err) }));
  }
}

/** Refuses an output that is one of the inputs, by path or by identity (a link to it). */
export async function assertOutputIsNotInput(output: string, inputs: readonly string[], cwd: string, locale: CliLocale): Promise<void> {
  const out = resolve(cwd, output);
  const outInfo = await stat(out).catch(() => null);
  for (const input of inputs) {
    if (input === '-') continue;
    const path = resolve(cwd, input);
    if (path === out) throw new CliError(cliText(locale, 'outputIsInput', { file: output }));
    if (!outInfo) continue;
    const info = await stat(path).catch(() => null);
    if (info && info.dev === outInfo.dev && info.ino === outInfo.ino) throw new CliError(cliText(locale, 'outputIsInput', { file: output }));
  }
}
