/**
 * What `check` and `plan` print: localized sentences with each issue's field
 * path (errors first, as core sorts them), or with `--json` one JSON document
 * (issues with their stable message ids and the sentence in the chosen
 * language; the plan as core's `planApplication` returns it).
 */
import { circularNumber, formatMessage, formVersionMeta, isMessageId, type ApplicationPlan, type ValidationIssue } from '@hochieu/core';
import { cliText, type CliLocale } from './strings.js';

export interface CheckReport {
  valid: boolean;
  form: string | null;
  formVersion: string | null;
  errors: number;
  warnings: number;
  issues: (ValidationIssue & { message: string })[];
}

export function checkReport(issues: readonly ValidationIssue[], version: { form: string; id: string } | null, locale: CliLocale): CheckReport {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return {
    valid: errors === 0,
    form: version?.form ?? null,
    formVersion: version?.id ?? null,
    errors,
    warnings: issues.length - errors,
    issues: issues.map((i) => ({ ...i, message: formatMessage(i.id, i.params ?? {}, locale) })),
  };
}

/** Lines of a check report for a terminal. */
export function checkLines(report: CheckReport, locale: CliLocale): string[] {
  const head = !report.valid
    ? cliText(locale, 'invalidCheck', { count: report.errors })
    : report.warnings > 0
      ? cliText(locale, 'validWithWarnings', { form: report.form ?? '', version: report.formVersion ?? '', count: report.warnings })
      : cliText(locale, 'valid', { form: report.form ?? '', version: report.formVersion ?? '' });
  const lines = [head];
  for (const i of report.issues) {
    const label = cliText(locale, i.severity === 'error' ? 'errorLabel' : 'warningLabel');
    lines.push(`  ${label}${i.path ? ` [${i.path}]` : ''}: ${i.message}`);
  }
  return lines;
}

function message(id: string, locale: CliLocale): string {
  return isMessageId(id) ? formatMessage(id, {}, locale) : id;
}

function money(amount: number, locale: CliLocale): string {
  return `${amount.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US')} ${cliText(locale, 'dong')}`;
}

/** Lines of a plan for a terminal. */
export function planLines(plan: ApplicationPlan, locale: CliLocale): string[] {
  const unknown = cliText(locale, 'planUnknown');
  const lines = [
    `${cliText(locale, 'planDate')}: ${plan.date}`,
    `${cliText(locale, 'planForm')}: ${plan.form ? `${plan.form} (${plan.formVersion ?? ''}${plan.formVersion ? `, ${circularNumber(formVersionMeta[plan.formVersion].circular)}` : ''})` : unknown}`,
    `${cliText(locale, 'planAge')}: ${plan.age ?? unknown}`,
    `${cliText(locale, 'planFee')}: ${plan.fee ? `${money(plan.fee.amount, locale)} (${plan.fee.basis})` : unknown}`,
    `${cliText(locale, 'planDue')}: ${plan.dueDate ? `${plan.dueDate}${plan.dueDateEstimated ? ` ${cliText(locale, 'planDueEstimated')}` : ''}` : unknown}`,
  ];
  if (plan.office) lines.push(`${cliText(locale, 'planOffice')}: ${plan.office.name}, ${plan.office.address}`);
  lines.push(`${cliText(locale, 'planDocuments')}:`);
  for (const d of plan.documents) {
    lines.push(`  - ${message(d.spec.title, locale)} (${cliText(locale, d.conditional ? 'conditional' : 'required')})`);
  }
  if (plan.unknown.length > 0) lines.push(`${unknown}: ${plan.unknown.join(', ')}`);
  return lines;
}
