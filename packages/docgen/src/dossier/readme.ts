/**
 * `doc-truoc.txt`, the "read me first" of the dossier: a short plain-text
 * note in Vietnamese (followed by English when the locale is English) saying
 * what is in the ZIP, what is missing, and what to do next for the chosen
 * channel. Encoding decision: UTF-8 with a byte order mark and CRLF line
 * ends. Windows Notepad before version 1903 reads a BOM-less file as the ANSI
 * code page (mojibake for Vietnamese) and older versions show LF-only text on
 * one line; with BOM and CRLF every Notepad, and every other editor, shows it
 * right. Texts are NFC.
 */
import { strToU8 } from 'fflate';
import { formatVietnameseDate, type ApplicationPlan, type Declaration, type Locale } from '@hochieu/core';
import type { DocgenIssue } from '../errors.js';
import type { ComponentState, DossierEntry } from './contents.js';
import { titleText } from './contents.js';
import { describeDossierIssues, dossierText } from './messages.js';
import { fullName, groupThousands, paperItems } from './checklist-layout.js';

export interface ReadmeInput {
  declaration: Declaration;
  plan: ApplicationPlan;
  states: readonly ComponentState[];
  /** Every entry of the ZIP except manifest.json and this file. */
  entries: readonly DossierEntry[];
  warnings: readonly DocgenIssue[];
  coverSheet: boolean;
  declarationFile: string;
  generatedAt: Date;
  locale: Locale;
}

const BOM = '\uFEFF';

/** "05/12/2026 21:30" in Vietnam time (UTC+7, no daylight saving), as people there read a time. */
export function vietnamTime(date: Date): string {
  const t = new Date(date.getTime() + 7 * 3600 * 1000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}`;
}

function section(input: ReadmeInput, locale: Locale): string[] {
  const t = (id: Parameters<typeof dossierText>[0], params: Record<string, string | number> = {}): string => dossierText(id, params, locale);
  const { plan } = input;
  const lines: string[] = [t('dossier.readme.title'), '', t('dossier.readme.applicant', { name: fullName(input.declaration), form: plan.form ?? '' }), ''];
  lines.push(t('dossier.readme.contents'));
  for (const e of input.entries) lines.push(`  - ${e.name}: ${titleText(e.title, locale)}`);
  lines.push(`  - manifest.json`);
  const missing = input.states.filter((s) => s.status === 'missing');
  if (missing.length > 0) {
    lines.push('', t('dossier.readme.missing'));
    for (const s of missing) lines.push(`  - ${titleText({ id: s.document.spec.title }, locale)}`);
  }
  lines.push('', t('dossier.readme.nextSteps'));
  lines.push(`  - ${plan.channel === 'online' ? t('dossier.readme.online') : t('dossier.readme.inPerson', { declarationFile: input.declarationFile })}`);
  if (input.coverSheet && paperItems(input.states, plan.channel === 'online').length > 0) lines.push(`  - ${t('dossier.readme.post')}`);
  const fee = plan.fee ? `${groupThousands(plan.fee.amount, locale)} ${locale === 'vi' ? 'đồng' : 'VND'} (${plan.fee.basis})` : '?';
  const due = plan.dueDate ? formatVietnameseDate(plan.dueDate) : '?';
  lines.push(`  - ${t('dossier.readme.feeDue', { fee, due })}`);
  lines.push('', t('dossier.readme.notes'));
  for (const w of describeDossierIssues(input.warnings.map((i) => ({ ...i, path: '' })), locale)) lines.push(`  - ${w}`);
  lines.push(`  - ${t('dossier.readme.integrity')}`, `  - ${t('dossier.readme.privacy')}`);
  lines.push('', t('dossier.readme.generated', { time: vietnamTime(input.generatedAt) }));
  return lines;
}

/** The text of doc-truoc.txt (with BOM and CRLF), and its bytes. */
export function readmeText(input: ReadmeInput): string {
  const lines = section(input, 'vi');
  if (input.locale === 'en') lines.splice(1, 0, dossierText('dossier.readme.englishBelow', {}, 'vi'));
  if (input.locale === 'en') lines.push('', '----------------------------------------', '', ...section(input, 'en'));
  return BOM + lines.map((l) => l.normalize('NFC')).join('\r\n') + '\r\n';
}

export function readmeBytes(input: ReadmeInput): Uint8Array {
  return strToU8(readmeText(input));
}
