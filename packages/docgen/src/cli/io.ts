/**
 * File input and output of the command line (Node only): a declaration read
 * from a file or from standard input (`-`), images and configuration read as
 * bytes, and outputs written atomically: to a temporary file in the target's
 * directory, flushed, then renamed over the target (rename(2) is atomic within
 * one file system), so a failure never leaves a partial file. Every failure
 * becomes a CliError with exit code 2 and a localized sentence.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { cliText, type CliLocale } from './strings.js';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

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

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Bytes of a file, or of standard input for `-`. */
export async function readBytes(spec: string, cwd: string, stdin: Readable, locale: CliLocale): Promise<Uint8Array> {
  try {
    if (spec === '-') return await readStream(stdin);
    return new Uint8Array(await readFile(resolve(cwd, spec)));
  } catch (err) {
    throw new CliError(cliText(locale, 'unreadable', { file: spec === '-' ? 'stdin' : spec, reason: reason(err) }));
  }
}

/** Parsed JSON of a file or of standard input. */
export async function readJson(spec: string, cwd: string, stdin: Readable, locale: CliLocale): Promise<unknown> {
  const bytes = await readBytes(spec, cwd, stdin, locale);
  try {
    // A UTF-8 byte order mark (Windows editors) is not part of the JSON text.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new CliError(cliText(locale, 'badJson', { file: spec === '-' ? 'stdin' : spec, reason: err instanceof Error ? err.message : String(err) }));
  }
}

/** Writes `bytes` to `target` atomically: a temporary sibling, fsync, rename; the temporary file is removed on failure. */
export async function writeAtomic(target: string, bytes: Uint8Array, cwd: string, locale: CliLocale): Promise<string> {
  const path = resolve(cwd, target);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    return path;
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new CliError(cliText(locale, 'writeFailed', { file: target, reason: reason(err) }));
  }
}
