/**
 * The `hochieu` command line: check a declaration, plan the application, make
 * the declaration as PDF or DOCX (optionally with the photo and the data QR
 * code), the blank form, and the dossier ZIP. Exit codes: 0 success, 1 invalid
 * declaration (issues printed, nothing written), 2 usage or file error. All
 * output files are written atomically (see io.ts). `main` takes its streams
 * and working directory as arguments so it can be driven in tests.
 */
import {
  checkHostConfig,
  formatMessage,
  formVersionFor,
  isMessageId,
  planApplication,
  validateDeclaration,
  vietnamDateOf,
  type HostConfig,
} from '@hochieu/core';
import type { Readable, Writable } from 'node:stream';
import type { DeclarationDocumentOptions } from '../declaration.js';
import { isDocgenError } from '../errors.js';
import { describeIssues } from '../messages.js';
import { checkImageBytes, PHOTO_LIMITS, sniffImage } from '../model/check.js';
import type { DocgenIssue } from '../errors.js';
import { parseCli, requestedLocale, type CliRequest } from './args.js';
import { assertOutputIsNotInput, CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, readBytes, readJson, writeAtomic } from './io.js';
import { escapeForTerminal } from './terminal.js';
import { checkLines, checkReport, planLines } from './report.js';
import { cliText, type CliLocale } from './strings.js';
import { runDossier } from './dossier.js';
import { runDataStatus } from './data-status.js';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
}

export interface CliContext extends CliIo {
  request: CliRequest;
  locale: CliLocale;
  today: string;
  config: HostConfig | undefined;
  print(line: string): void;
  printError(line: string): void;
}

async function loadConfig(ctx: CliIo, request: CliRequest): Promise<HostConfig | undefined> {
  if (!request.config) return undefined;
  const raw = await readJson(request.config, ctx.cwd, ctx.stdin, request.locale);
  const checked = checkHostConfig(raw);
  if (!checked.config) {
    const lines = checked.problems.map((p) => `  ${p.path ? `[${p.path}] ` : ''}${isMessageId(p.id) ? formatMessage(p.id, p.params ?? {}, request.locale) : p.id}`);
    throw new CliError([cliText(request.locale, 'badConfig', { file: request.config }), ...lines].join('\n'));
  }
  if (checked.notices?.length) ctx.stderr.write(`${cliText(request.locale, 'retiredVersions', { file: request.config })}\n`);
  return checked.config;
}

/** Refusal of an invalid declaration: localized issues with their paths, exit 1, nothing written. */
function refuse(ctx: CliContext, issues: readonly { path: string; id: string; params?: Record<string, string | number> }[]): number {
  ctx.printError(cliText(ctx.locale, 'invalid', { count: issues.length }));
  for (const line of describeIssues(issues, ctx.locale)) ctx.printError(`  ${line}`);
  return EXIT_INVALID;
}

async function check(ctx: CliContext): Promise<number> {
  const input = await readJson(ctx.request.input!, ctx.cwd, ctx.stdin, ctx.locale);
  const options = { date: ctx.today, ...(ctx.config ? { config: ctx.config } : {}) };
  const issues = validateDeclaration(input, options);
  const version = typeof input === 'object' && input !== null ? formVersionFor(input, options) : null;
  const report = checkReport(issues, version, ctx.locale);
  if (ctx.request.json) ctx.print(JSON.stringify(report, null, 2));
  else for (const line of checkLines(report, ctx.locale)) (report.valid ? ctx.print : ctx.printError)(line);
  return report.valid ? EXIT_OK : EXIT_INVALID;
}

async function plan(ctx: CliContext): Promise<number> {
  const input = await readJson(ctx.request.input!, ctx.cwd, ctx.stdin, ctx.locale);
  const result = planApplication(input as never, { date: ctx.today, ...(ctx.config ? { config: ctx.config } : {}) });
  if (ctx.request.json) ctx.print(JSON.stringify(result, null, 2));
  else for (const line of planLines(result, ctx.locale)) ctx.print(line);
  return EXIT_OK;
}

async function photoOption(ctx: CliContext): Promise<DeclarationDocumentOptions['photo']> {
  if (!ctx.request.photo) return undefined;
  const bytes = await readBytes(ctx.request.photo, ctx.cwd, ctx.stdin, ctx.locale, PHOTO_LIMITS.maxBytes);
  const mediaType = sniffImage(bytes);
  if (!mediaType) throw new CliError(cliText(ctx.locale, 'badPhoto', { file: ctx.request.photo }));
  // Size declared in the header, completeness: a file given on the command line is a usage error (exit 2).
  const issues: DocgenIssue[] = [];
  checkImageBytes(issues, bytes, mediaType, 'photo');
  if (issues.length > 0) throw new CliError([`${ctx.request.photo}:`, ...describeIssues(issues, ctx.locale).map((l) => `  ${l}`)].join('\n'));
  return { bytes, mediaType };
}

async function document(ctx: CliContext, kind: 'pdf' | 'docx'): Promise<number> {
  const input = await readJson(ctx.request.input!, ctx.cwd, ctx.stdin, ctx.locale);
  const photo = await photoOption(ctx);
  const options: DeclarationDocumentOptions = {
    date: ctx.today,
    ...(ctx.config ? { config: ctx.config } : {}),
    ...(photo ? { photo } : {}),
    ...(ctx.request.qr ? { qr: true } : {}),
  };
  // The renderers (pdf-lib, fontkit, docx) load only for the commands that draw.
  const { buildDeclarationDocx, buildDeclarationPdf } = await import('../declaration.js');
  let bytes: Uint8Array;
  try {
    bytes = kind === 'pdf' ? await buildDeclarationPdf(input, options) : await buildDeclarationDocx(input, options);
  } catch (err) {
    if (isDocgenError(err)) return refuse(ctx, err.issues);
    throw err;
  }
  return written(ctx, bytes);
}

async function written(ctx: CliContext, bytes: Uint8Array): Promise<number> {
  const path = await writeAtomic(ctx.request.output!, bytes, ctx.cwd, ctx.locale);
  ctx.printError(cliText(ctx.locale, 'written', { file: path, bytes: bytes.length }));
  return EXIT_OK;
}

async function blank(ctx: CliContext): Promise<number> {
  const options = { form: ctx.request.form!, date: ctx.today, ...(ctx.config ? { config: ctx.config } : {}) };
  const { buildBlankFormDocx, buildBlankFormPdf } = await import('../declaration.js');
  const bytes = ctx.request.docx ? await buildBlankFormDocx(options) : await buildBlankFormPdf(options);
  return written(ctx, bytes);
}

/** Runs the command line; resolves to the exit code. */
/** Every path the request reads from (the output must be none of them). */
function inputsOf(request: CliRequest): string[] {
  const attached = request.attach.map((a) => a.slice(a.indexOf('=') + 1).trim());
  return [request.input, request.config, request.photo, request.idFront, request.idBack, ...attached].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
}

/** `check --json` prints JSON whatever happens: a refusal of the input is a report too. */
function jsonRefusal(message: string, code: number): string {
  return JSON.stringify({ valid: false, form: null, formVersion: null, errors: 1, warnings: 0, issues: [], refused: { exitCode: code, message } }, null, 2);
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Every line goes through the terminal escape: control characters from files never reach the terminal raw.
  const line = (stream: Writable) => (text: string) => void stream.write(`${escapeForTerminal(text)}\n`);
  let request: CliRequest | undefined;
  try {
    request = parseCli(argv);
    if (request.help || request.command === null) {
      line(io.stdout)(cliText(request.locale, 'help'));
      return EXIT_OK;
    }
    if (request.output) await assertOutputIsNotInput(request.output, inputsOf(request), io.cwd, request.locale);
    const ctx: CliContext = {
      ...io,
      request,
      locale: request.locale,
      today: request.date ?? vietnamDateOf(new Date()),
      config: await loadConfig(io, request),
      print: line(io.stdout),
      printError: line(io.stderr),
    };
    switch (request.command) {
      case 'check':
        return await check(ctx);
      case 'plan':
        return await plan(ctx);
      case 'pdf':
      case 'docx':
        return await document(ctx, request.command);
      case 'blank':
        return await blank(ctx);
      case 'data-status':
        return runDataStatus(ctx);
      case 'dossier':
        return await runDossier(ctx, { refuse: (issues, describe) => {
          ctx.printError(cliText(ctx.locale, 'dossierInvalid', { count: issues.length }));
          for (const l of describe(issues, ctx.locale)) ctx.printError(`  ${l}`);
          return EXIT_INVALID;
        }, written: (bytes) => written(ctx, bytes) });
    }
  } catch (err) {
    const locale = request?.locale ?? requestedLocale(argv);
    const known = err instanceof CliError;
    const code = known ? err.code : EXIT_USAGE;
    // No stack trace with source paths for users; HOCHIEU_DEBUG=1 shows it to developers.
    const message = known
      ? err.message
      : `hochieu: ${cliText(locale, 'internalError', { reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) })}`;
    if (request?.command === 'check' && request.json) line(io.stdout)(jsonRefusal(message, code));
    line(io.stderr)(message);
    if (!known && process.env['HOCHIEU_DEBUG'] === '1' && err instanceof Error && err.stack) line(io.stderr)(err.stack);
    return code;
  }
}

export { requestedLocale };
