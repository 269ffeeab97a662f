/**
 * What a re-check looked at, by fact id, for facts whose checked-on date is a
 * re-check rather than the first compilation of domain-facts (2026-11-21).
 * Kept beside the registry, not in the data modules the first screen loads.
 */
export const CHECK_NOTES: Readonly<Record<string, string>> = {
  'fees/tt64-2025':
    'Re-checked 2026-12-05 with the project search tools: no instrument newer than the sources cited (cafef.vn 2025-11-05, ' +
    'giadinh.suckhoedoisong.vn 2025-12-24 and 2026-02-21) was found; the end date stays disputed.',
};
