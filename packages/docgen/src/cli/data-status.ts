/**
 * `hochieu data-status [--json] [--date D] [--config F] [--lang en]`: every
 * dated fact bundled in core (freshness/registry.ts) with its source,
 * checked-on date, validity window, confidence, the last day it counts as
 * fresh and what becomes uncertain next, for back offices that want to know
 * how old the bundle's knowledge is. Facts stale on the date (today in
 * Vietnam, or --date), with the configuration's `acknowledgeStaleData` and
 * fee rules taken into account, are marked. Always exits 0: a stale fact is
 * information, not an error.
 */
import { dataStatus, datedFacts, staleFactsOn, type HostConfig, type HostConfigExtras, type StaleReason } from '@hochieu/core';
import { EXIT_OK } from './io.js';
import { cliText } from './strings.js';
import type { CliContext } from './main.js';

export interface DataStatusJson {
  dataDate: string;
  /** The date the staleness is computed for. */
  date: string;
  facts: (ReturnType<typeof dataStatus>['facts'][number] & { stale: StaleReason | null })[];
}

/** The report, as `--json` prints it. */
export function dataStatusReport(date: string, locale: 'vi' | 'en', config?: HostConfig & HostConfigExtras): DataStatusJson {
  const facts = datedFacts();
  const stale = new Map(
    staleFactsOn(date, facts, { ...(config ? { config } : {}), ...(config?.acknowledgeStaleData ? { acknowledged: config.acknowledgeStaleData } : {}) }).map(
      (s) => [s.fact.id, s.reason] as const,
    ),
  );
  const status = dataStatus(facts, locale);
  return { dataDate: status.dataDate, date, facts: status.facts.map((r) => ({ ...r, stale: stale.get(r.id) ?? null })) };
}

export function runDataStatus(ctx: CliContext): number {
  const report = dataStatusReport(ctx.today, ctx.locale, ctx.config as (HostConfig & HostConfigExtras) | undefined);
  if (ctx.request.json) {
    ctx.print(JSON.stringify(report, null, 2));
    return EXIT_OK;
  }
  const t = (id: Parameters<typeof cliText>[1], params?: Record<string, string | number>) => cliText(ctx.locale, id, params);
  ctx.print(t('dataStatusHead', { dataDate: report.dataDate, count: report.facts.length, date: report.date }));
  const staleCount = report.facts.filter((f) => f.stale).length;
  if (staleCount > 0) ctx.print(t('dataStatusStaleCount', { date: report.date, count: staleCount }));
  for (const f of report.facts) {
    ctx.print('');
    const mark = f.stale ? ` [${t('dataStatusStale')}: ${t(f.stale === 'old' ? 'dataStatusReasonOld' : 'dataStatusReasonEnded')}]` : '';
    ctx.print(`${f.id}: ${f.title}${mark}`);
    const window = `${f.validFrom ?? '…'} → ${f.validTo ?? t('dataStatusOpen')}`;
    ctx.print(
      `  ${t('dataStatusChecked')} ${f.checkedOn}; ${t('dataStatusValid')} ${window}; ${t('dataStatusConfidence')} ${f.confidence}; ${t('dataStatusFreshUntil')} ${f.freshUntil}`,
    );
    ctx.print(`  ${t('dataStatusSource')}: ${f.source}`);
    if (f.next) ctx.print(`  ${t('dataStatusNext')}: ${f.next}`);
  }
  return EXIT_OK;
}
