/**
 * English strings of the host configuration notice, a faithful translation of
 * strings.vi.ts, spread into the lazy English table (`localization/en.ts`).
 * Typed on the Vietnamese keys, so a missing or extra id is a compile error.
 */
import type { configStringsVi } from './strings.vi.js';

export const configStringsEn: { readonly [K in keyof typeof configStringsVi]: string } = {
  'config.notice.title': 'The page’s configuration is not valid: the defaults are used',
  'config.notice.body':
    'This notice is for the website administrator. The tool still works with its default configuration (Lạng Sơn province, the bundled fees and days off). Fix the following in the configuration:',
  'config.notice.root': '(the whole configuration)',
  'config.notice.console': 'The configuration is not valid; the defaults are used.',
  'config.jsonSyntax': 'The content of the <script type="application/json"> tag is not valid JSON: {detail}',
  'config.notObject': 'The configuration must be a JSON object, written { … }.',
  'config.unknownKey': 'This key is not part of the configuration format (misspelt?).',
  'config.notList': 'This value must be a list, written [ … ].',
  'config.dateInvalid': 'A date must be written year-month-day (YYYY-MM-DD) and exist.',
  'config.dateRepeated': 'This date is already in the list.',
  'config.dateBothOffAndWorking': 'This date is both a day off and a working day; choose one.',
  'config.feeNotObject': 'Each fee rule must be a JSON object.',
  'config.feeIdMissing': 'A fee rule needs an id.',
  'config.feeIdDuplicate': 'This id is already used by another fee rule.',
  'config.feeDateInvalid': 'A date must be written year-month-day (YYYY-MM-DD) and exist.',
  'config.feeDateOrder': 'The end date must be on or after the start date.',
  'config.feeAmountInvalid': 'An amount must be a whole, non-negative number of đồng (for example 200000).',
  'config.feeBasisMissing': 'Name the instrument that sets the fee (for example “Thông tư số 25/2021/TT-BTC”).',
  'config.feePriorityInvalid': 'The priority must be a number.',
  'config.feeChannelInvalid': 'A channel can only be "in-person" or "online".',
  'config.feeFlagInvalid': 'This value must be true or false.',
  'config.feeProvenanceInvalid': 'A provenance needs a "confidence" (C2, S1, INF or host) and a "source".',
  'config.formVersionUnknown': 'A form version can only be "TT31_2023" or "TT69_2026".',
  'config.flagInvalid': 'This value must be true or false.',
  'config.acknowledgeInvalid': 'Write it as { "on": "YYYY-MM-DD" }: the day the webmaster checked the data the notice named.',
};
