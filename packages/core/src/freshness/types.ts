/**
 * A dated fact: a rule or table of core whose truth depends on the date and
 * on sources that move (a circular, a fee window, a year's days off, the
 * administrative units, an office's address, the procedure page). Every one
 * carries the day its source was last checked, so the guide, the CLI, the
 * generated docs/data-status.md and the webmaster's stale-data notice all say
 * how old the bundle's knowledge is.
 */
import type { Confidence } from '../config/types.js';

/** The part of core a fact belongs to. */
export type FactArea = 'forms' | 'fees' | 'calendar' | 'places' | 'offices' | 'procedure';

export interface DatedFact {
  /** Stable id, `area/name` (`fees/tt64-2025`, `calendar/official-2026`). */
  readonly id: string;
  readonly area: FactArea;
  /** Short title in Vietnamese and English. */
  readonly title: { readonly vi: string; readonly en: string };
  /** Where the fact comes from (document, page or repository). */
  readonly source: string;
  /** When the source was last checked (ISO date). Required: a fact without it fails the tests. */
  readonly checkedOn: string;
  /** First day the fact applies (ISO), or null when it has no start of its own. */
  readonly validFrom: string | null;
  /** Last day (inclusive, ISO), or null when open-ended. */
  readonly validTo: string | null;
  /** Tag of shared/reference/domain-facts.md: C2 confirmed, S1 single source, INF inferred; host for host data. */
  readonly confidence: Confidence;
  /**
   * True when, after `validTo`, hochieu falls back to something less certain
   * (the base fee rule, days off estimated from the law): the end of such a
   * fact makes the bundle stale.
   */
  readonly fallback: boolean;
  /** What becomes uncertain next, in English (for docs/data-status.md and the CLI), or null. */
  readonly next: string | null;
  /** What the last check looked at, when it was a re-check (English), or null. */
  readonly checkNote: string | null;
}
