/**
 * `hochieu address "<text>" [--date YYYY-MM-DD] [--json]`: which of today's
 * communes an address (old or new) lies in, from core's `resolveAddress`.
 * Prints the candidates (with --json: exactly the object `resolveAddress`
 * returns); exit 0 when at least one candidate, 1 when none, 2 on usage
 * errors (no text). `-` reads the text from standard input. The admin-unit
 * tables load only for this command.
 */
import type { AddressResolution } from '@hochieu/core/address';
import type { Readable } from 'node:stream';
import { CliError, EXIT_INVALID, EXIT_OK, readBytes } from './io.js';
import type { CliLocale } from './strings.js';

interface AddressContext {
  request: { input: string | null; json: boolean; date?: string };
  locale: CliLocale;
  cwd: string;
  stdin: Readable;
  print(line: string): void;
  printError(line: string): void;
}

const TEXT = {
  vi: {
    missing: 'Thiếu địa chỉ: hochieu address "<địa chỉ>" [--date YYYY-MM-DD] [--json].',
    none: 'Không tìm thấy xã, phường hay đặc khu nào (hiện nay hoặc trước 1/7/2025) trong: {text}',
    current: 'Địa chỉ theo đơn vị hành chính hiện nay:',
    former: 'Đơn vị cũ (trước 1/7/2025): {unit}',
    now: 'Nay thuộc:',
    choose: 'Nay thuộc một trong các đơn vị sau (hãy chọn đúng nơi của bạn):',
    partial: '(một phần)',
    rest: 'Số nhà, đường, thôn: {rest}',
    rewritten: 'Viết theo đơn vị hiện nay: {address}',
  },
  en: {
    missing: 'Missing address: hochieu address "<address>" [--date YYYY-MM-DD] [--json].',
    none: 'No commune, ward or special zone (current, or from before 1/7/2025) found in: {text}',
    current: 'The address names a current administrative unit:',
    former: 'Former unit (before 1/7/2025): {unit}',
    now: 'Now part of:',
    choose: 'Now part of one of these units (choose the one where you live):',
    partial: '(part)',
    rest: 'House number, street, hamlet: {rest}',
    rewritten: 'Written in today’s units: {address}',
  },
} as const;

function say(locale: CliLocale, id: keyof (typeof TEXT)['vi'], params: Record<string, string> = {}): string {
  return TEXT[locale][id].replace(/\{(\w+)\}/gu, (whole, name: string) => params[name] ?? whole);
}

/** The lines printed for a resolution (without --json). */
export function addressLines(result: AddressResolution, locale: CliLocale, format: (street: string, commune: string, province: string) => string): string[] {
  const lines: string[] = [];
  if (result.current) lines.push(say(locale, 'current'));
  else {
    for (const unit of result.former ?? []) lines.push(say(locale, 'former', { unit }));
    lines.push(say(locale, result.candidates.length > 1 ? 'choose' : 'now'));
  }
  for (const c of result.candidates) {
    lines.push(`  ${c.code}  ${c.name}, ${c.province.name}${c.partial ? ` ${say(locale, 'partial')}` : ''}`);
  }
  if (result.rest) lines.push(say(locale, 'rest', { rest: result.rest }));
  if (result.candidates.length === 1) {
    const only = result.candidates[0]!;
    lines.push(say(locale, 'rewritten', { address: format(result.rest, only.name, only.province.name) }));
  }
  return lines;
}

export async function runAddress(ctx: AddressContext): Promise<number> {
  const spec = ctx.request.input ?? '';
  const text = (spec === '-' ? new TextDecoder().decode(await readBytes('-', ctx.cwd, ctx.stdin, ctx.locale)) : spec).normalize('NFC').trim();
  if (text === '') throw new CliError(say(ctx.locale, 'missing'));
  const { resolveAddress, formatAddress } = await import('@hochieu/core/address');
  const result = resolveAddress(text, ctx.request.date ? { date: ctx.request.date } : {});
  if (ctx.request.json) ctx.print(JSON.stringify(result, null, 2));
  else if (result.candidates.length === 0) ctx.printError(say(ctx.locale, 'none', { text }));
  else for (const line of addressLines(result, ctx.locale, formatAddress)) ctx.print(line);
  return result.candidates.length > 0 ? EXIT_OK : EXIT_INVALID;
}
