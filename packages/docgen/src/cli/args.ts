/**
 * Command-line parsing with `node:util` parseArgs (strict: an unknown option
 * is a usage error, exit 2): the command, its one input (`file` or `-`), and
 * the options each command accepts. Values are checked here (date format,
 * language, form), so commands receive a typed, valid request.
 */
import { parseArgs } from 'node:util';
import { parseIsoDate } from '@hochieu/core';
import { CliError } from './io.js';
import { cliText, type CliLocale } from './strings.js';

export const COMMANDS = ['check', 'plan', 'pdf', 'docx', 'blank', 'dossier', 'data-status'] as const;
export type Command = (typeof COMMANDS)[number];

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  date: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  qr: { type: 'boolean' },
  photo: { type: 'string' },
  config: { type: 'string' },
  form: { type: 'string' },
  docx: { type: 'boolean' },
  'id-front': { type: 'string' },
  'id-back': { type: 'string' },
  attach: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Options each command accepts (besides --date, --lang, --config and --help, which all accept). */
const ALLOWED: Record<Command, readonly OptionName[]> = {
  check: ['json'],
  plan: ['json'],
  pdf: ['output', 'qr', 'photo'],
  docx: ['output', 'qr', 'photo'],
  blank: ['output', 'form', 'docx'],
  dossier: ['output', 'photo', 'id-front', 'id-back', 'attach'],
  'data-status': ['json'],
};
const COMMON: readonly OptionName[] = ['date', 'lang', 'config', 'help'];

export interface CliRequest {
  command: Command | null;
  input: string | null;
  locale: CliLocale;
  help: boolean;
  output?: string;
  date?: string;
  json: boolean;
  qr: boolean;
  photo?: string;
  config?: string;
  form?: 'TK01' | 'TK01a';
  docx: boolean;
  idFront?: string;
  idBack?: string;
  attach: string[];
}

/** The language asked for, read leniently so that even a usage error is worded in it. */
export function requestedLocale(argv: readonly string[]): CliLocale {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

export function parseCli(argv: readonly string[]): CliRequest {
  let locale = requestedLocale(argv);
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(cliText(locale, 'unknownOption', { detail: err instanceof Error ? err.message : String(err) }));
  }
  const v = parsed.values;
  if (v.lang !== undefined) {
    if (v.lang !== 'vi' && v.lang !== 'en') throw new CliError(cliText(locale, 'badLang', { value: v.lang }));
    locale = v.lang;
  }
  const [first, ...rest] = parsed.positionals;
  const help = v.help === true;
  if (first === undefined) {
    if (help) return { command: null, input: null, locale, help, json: false, qr: false, docx: false, attach: [] };
    throw new CliError(cliText(locale, 'usage'));
  }
  if (!(COMMANDS as readonly string[]).includes(first)) throw new CliError(cliText(locale, 'unknownCommand', { command: first }));
  const command = first as Command;
  const request: CliRequest = { command, input: null, locale, help, json: v.json === true, qr: v.qr === true, docx: v.docx === true, attach: v.attach ?? [] };
  if (help) return request;

  for (const name of Object.keys(v) as OptionName[]) {
    if (!COMMON.includes(name) && !ALLOWED[command].includes(name)) {
      throw new CliError(cliText(locale, 'optionNotFor', { option: `--${name}`, command }));
    }
  }
  if (command === 'blank') {
    if (rest.length > 0) throw new CliError(cliText(locale, 'extraArgument', { arg: rest[0]! }));
    if (v.form !== 'TK01' && v.form !== 'TK01a') throw new CliError(cliText(locale, 'badForm', { value: v.form ?? '' }));
    request.form = v.form;
  } else if (command === 'data-status') {
    if (rest.length > 0) throw new CliError(cliText(locale, 'extraArgument', { arg: rest[0]! }));
  } else {
    if (rest.length === 0) throw new CliError(cliText(locale, 'missingInput'));
    if (rest.length > 1) throw new CliError(cliText(locale, 'extraArgument', { arg: rest[1]! }));
    request.input = rest[0]!;
  }
  if (ALLOWED[command].includes('output')) {
    if (!v.output) throw new CliError(cliText(locale, 'missingOutput'));
    request.output = v.output;
  }
  if (v.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(v.date) || !parseIsoDate(v.date)) throw new CliError(cliText(locale, 'badDate', { value: v.date }));
    request.date = v.date;
  }
  if (v.photo !== undefined) request.photo = v.photo;
  if (v.config !== undefined) request.config = v.config;
  if (v['id-front'] !== undefined) request.idFront = v['id-front'];
  if (v['id-back'] !== undefined) request.idBack = v['id-back'];
  return request;
}
