/**
 * What the first screen of `<hochieu-app>` needs of the stale-data check:
 * the widget's date, and the check itself (stale-notice.ts), loaded only from
 * the first day a bundled fact can be stale (core's FIRST_STALE_DAY), so a
 * fresh bundle never fetches it (issue 9, first-load budget).
 */
import { DATA_DATE, FIRST_STALE_DAY, addIsoMonths, parseIsoDate, vietnamDateOf } from '@hochieu/core';

type StaleCheck = typeof import('./stale-notice.js');

let check: StaleCheck | null = null;
let loading: Promise<StaleCheck> | null = null;
/** Callbacks of the elements waiting for the check (each once). */
const waiting = new Set<() => void>();

/** The date an element works with: its valid `date` attribute, else today in Vietnam. */
export function widgetDate(attribute: string): string {
  return attribute && parseIsoDate(attribute) ? attribute : vietnamDateOf(new Date());
}

/** Whether `date` is more than 12 months after the bundle's data date (the guide's footer then says so to citizens). */
export function dataIsOld(date: string): boolean {
  return date > addIsoMonths(DATA_DATE, 12);
}

/**
 * The check when it is needed on `date` and loaded; null otherwise. When it
 * is needed and not loaded yet, starts loading it and calls `loaded` once it
 * is there (a failed load is logged and tried again on the next call).
 */
export function staleCheckFor(date: string, loaded: () => void): StaleCheck | null {
  if (date < FIRST_STALE_DAY) return null;
  if (check) return check;
  waiting.add(loaded);
  loading ??= import('./stale-notice.js').then(
    (module) => {
      check = module;
      for (const callback of waiting) callback();
      waiting.clear();
      return module;
    },
    (reason: unknown) => {
      loading = null;
      waiting.clear();
      console.error('hochieu: could not load the data-status check', reason);
      throw reason;
    },
  );
  loading.catch(() => undefined);
  return null;
}
