/**
 * When the rules that estimate the days off of years without an official
 * table (calendar/statutory-days-off.ts) were last checked, and the search
 * for the next year's notice. Kept beside the registry, not in the calendar
 * module the first screen loads (issue 9, first-load budget).
 */
export const STATUTORY_RULES_CHECK = {
  source: 'Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112; Nghị quyết 28/2026/QH16, Điều 2; domain-facts §7',
  checkedOn: '2026-12-05',
  checkNote:
    'Searched 2026-12-05 with the project search tools for the notice of the 2027 days off (Tết Đinh Mùi): none found, ' +
    'so 2027 is estimated from these rules.',
} as const;

