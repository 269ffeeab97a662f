/**
 * Two dates the embed's first screen needs without loading the list of facts
 * (issue 9, first-load budget): the bundle's data date, shown in the guide's
 * footer, and the first day on which any bundled fact can be stale, before
 * which the widget need not load the stale-data check at all. Both are
 * derived from `datedFacts()`; test/node/core/freshness checks that they
 * still agree with it (update them with the data).
 */

/** The latest day a bundled fact was checked (ISO): "Thông tin được kiểm tra đến ngày …". */
export const DATA_DATE = '2026-12-05';

/** The first day on which a bundled fact can be stale (ISO). */
export const FIRST_STALE_DAY = '2027-01-01';
