/**
 * How fresh the dated facts are on a given day. A fact is fresh for twelve
 * months after its source was checked; a fact after whose end hochieu falls
 * back to something less certain (`fallback`: the disputed fee window, the
 * last official days-off table) is also stale from the day after its end.
 * A host that has checked for itself says so with the configuration key
 * `acknowledgeStaleData: { "on": "YYYY-MM-DD" }`: the facts then count as
 * checked on that day (ends before it are taken as seen), so the notice
 * comes back twelve months later, or when a rule ends after that day. A host
 * fee rule with the id of a bundled rule replaces it, and host days off after
 * the last official table stand for the next year's notice: neither is
 * reported then.
 */
import type { HostConfig } from '../config/types.js';
import { addIsoDays } from '../dates/iso.js';
import { addIsoMonths } from './months.js';
import type { DatedFact } from './types.js';

export { addIsoMonths };

/** Months a fact stays fresh after its check. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The host configuration's acknowledgement of stale data (`acknowledgeStaleData`). */
export interface StaleDataAcknowledgement {
  /** The day the webmaster checked the facts named by the notice (ISO). */
  on: string;
}

/** Why a fact is stale on a day. */
export type StaleReason = 'old' | 'ended';

export interface StaleFact {
  readonly fact: DatedFact;
  readonly reason: StaleReason;
  /** The last day the fact counted as fresh (ISO). */
  readonly freshUntil: string;
}

/** The bundle's data date: the latest day any fact was checked. */
export function dataDateOf(facts: readonly DatedFact[]): string {
  return facts.reduce((latest, f) => (f.checkedOn > latest ? f.checkedOn : latest), '');
}

/** The last day a fact counts as fresh without any acknowledgement. */
export function freshUntil(fact: DatedFact): string {
  const byAge = addIsoMonths(fact.checkedOn, REVIEW_INTERVAL_MONTHS);
  return fact.fallback && fact.validTo !== null && fact.validTo < byAge ? fact.validTo : byAge;
}

/** The first day on which one of `facts` can be stale (the day after the earliest `freshUntil`). */
export function firstStaleDay(facts: readonly DatedFact[]): string {
  const earliest = facts.reduce((min, f) => {
    const until = freshUntil(f);
    return min === '' || until < min ? until : min;
  }, '');
  return earliest === '' ? '' : addIsoDays(earliest, 1);
}

/** Whether the host configuration has taken over the fact's end (see the module comment). */
function coveredByHost(fact: DatedFact, config: HostConfig): boolean {
  if (fact.area === 'fees') return (config.fees ?? []).some((r) => `fees/${r.id}` === fact.id);
  if (fact.area === 'calendar' && fact.validTo !== null) {
    const end = fact.validTo;
    return [...(config.daysOff ?? []), ...(config.workingDays ?? [])].some((d) => d > end);
  }
  return false;
}

export interface StaleOptions {
  /** The host's acknowledgement, if any. */
  acknowledged?: StaleDataAcknowledgement;
  /** The host configuration in force (fee rules and days off it adds). */
  config?: HostConfig;
}

/** The facts stale on `date` (ISO), in list order, with why. */
export function staleFactsOn(date: string, facts: readonly DatedFact[], options: StaleOptions = {}): StaleFact[] {
  const ack = options.acknowledged?.on;
  const config = options.config ?? {};
  const out: StaleFact[] = [];
  for (const fact of facts) {
    const checked = ack !== undefined && ack > fact.checkedOn ? ack : fact.checkedOn;
    const byAge = addIsoMonths(checked, REVIEW_INTERVAL_MONTHS);
    const end = fact.fallback && fact.validTo !== null && !(ack !== undefined && fact.validTo < ack) && !coveredByHost(fact, config) ? fact.validTo : null;
    if (end !== null && date > end && end < byAge) out.push({ fact, reason: 'ended', freshUntil: end });
    else if (date > byAge) out.push({ fact, reason: 'old', freshUntil: byAge });
  }
  return out;
}

export interface ReviewDue {
  readonly fact: DatedFact;
  /** The last day the fact counts as fresh. */
  readonly freshUntil: string;
}

/** The facts whose `freshUntil` falls before `today` + `withinDays` (overdue ones included), soonest first. */
export function reviewsDue(today: string, facts: readonly DatedFact[], withinDays = 60): ReviewDue[] {
  const limit = addIsoDays(today, withinDays);
  return facts
    .map((fact) => ({ fact, freshUntil: freshUntil(fact) }))
    .filter((r) => r.freshUntil <= limit)
    .sort((a, b) => (a.freshUntil < b.freshUntil ? -1 : a.freshUntil > b.freshUntil ? 1 : 0));
}
