/**
 * The stale-data check of `<hochieu-app>` (a lazy chunk in the embed bundle,
 * loaded by stale-gate.ts only from the first day a bundled fact can be
 * stale): which of core's dated facts are stale on the widget's date, given
 * the host configuration (its `acknowledgeStaleData`, fee rules and days
 * off); the webmaster notice that lists them, in the same frame as the
 * configuration notice; and the console warning naming them, written once
 * per page for the same list.
 */
import { DATA_DATE, datedFacts, staleFactsOn, type HostConfig, type HostConfigExtras, type StaleFact } from '@hochieu/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetMessageId } from '../localization/vi.js';
import type { staleStringsVi } from './strings.vi.js';
import './strings.vi.js';

type StaleId = keyof typeof staleStringsVi;
/** The element's translator, narrowed to this table. */
export type StaleT = (id: StaleId, params?: Record<string, string>) => string;
export type { WidgetMessageId };

/** The facts stale on `date` under `config`. */
export function staleFor(date: string, config: HostConfig & HostConfigExtras): StaleFact[] {
  return staleFactsOn(date, datedFacts(), {
    config,
    ...(config.acknowledgeStaleData ? { acknowledged: config.acknowledgeStaleData } : {}),
  });
}

const logged = new Set<string>();

/** Writes one console warning naming the stale facts; the same list on the same date is written once per page. */
export function warnStale(tag: string, stale: readonly StaleFact[], date: string, t: StaleT): void {
  if (stale.length === 0) return;
  const key = `${date}|${stale.map((s) => s.fact.id).join(',')}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`${tag}: ${t('stale.console', { dataDate: DATA_DATE, date, facts: stale.map((s) => s.fact.id).join(', ') })}`);
}

/** The webmaster notice (nothing when no fact is stale). */
export function staleNotice(
  stale: readonly StaleFact[],
  date: string,
  locale: 'vi' | 'en',
  t: StaleT,
  formatDate: (iso: string) => string,
): TemplateResult | typeof nothing {
  if (stale.length === 0) return nothing;
  return html`<div class="config-notice" part="notice" data-notice="stale" role="status">
    <p class="title">${t('stale.notice.title')}</p>
    <p>${t('stale.notice.body', { dataDate: formatDate(DATA_DATE), date: formatDate(date) })}</p>
    <ul>
      ${stale.map(
        (s) => html`<li data-fact=${s.fact.id}>
          ${s.fact.title[locale]}
          (<code>${s.fact.id}</code>):
          ${s.reason === 'old'
            ? t('stale.reason.old', { checkedOn: formatDate(s.fact.checkedOn) })
            : t('stale.reason.ended', { validTo: formatDate(s.fact.validTo ?? s.freshUntil) })}
        </li>`,
      )}
    </ul>
    <p>${t('stale.notice.action', { date })}</p>
  </div>`;
}
