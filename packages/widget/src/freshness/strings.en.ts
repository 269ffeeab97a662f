/**
 * English strings of the stale-data notice, a faithful translation of
 * strings.vi.ts, spread into the lazy English table (`localization/en.ts`).
 */
import type { staleStringsVi } from './strings.vi.js';

export const staleStringsEn: { readonly [K in keyof typeof staleStringsVi]: string } = {
  'stale.notice.title': 'The tool’s data needs an update',
  'stale.notice.body':
    'This notice is for the website administrator. The data bundled with this copy of hochieu was checked up to {dataDate}; on {date} the following may be out of date:',
  'stale.reason.old': 'last checked on {checkedOn}, more than 12 months ago',
  'stale.reason.ended': 'ended on {validTo}; the tool is using a fallback rule',
  'stale.notice.action':
    'Install a newer hochieu, or add the new fees or days off to the configuration. Once checked, add "acknowledgeStaleData": { "on": "{date}" } to the configuration to hide this notice.',
  'stale.console': 'Data to update (checked up to {dataDate}; date {date}): {facts}. Install a newer hochieu or fix the configuration, then add acknowledgeStaleData.',
};
