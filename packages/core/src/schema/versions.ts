/**
 * What identifies each form version, without its fields: the form, the
 * circular that issued it, its first day and whether its printed texts were
 * checked, and the choice of version for a form and a submission date. Thông
 * tư 31/2023/TT-BCA is the default, as the official procedure pages still
 * cite it (domain-facts.md §0, caveat). TK01 of Thông tư 69/2026/TT-BCA,
 * effective 1/7/2026 but unverified, is used only when the host enables
 * `TT69_2026` and the submission date is on or after its first day;
 * `pinnedFormVersion` overrides the date. TK01a always uses 31/2023, since
 * the 69/2026 TK01a is unknown. Kept apart from the field lists
 * (tk01-*.ts), so that code that only needs the choice (the application plan
 * of the guide's first screen) does not load every field of every form.
 */
import type { FormVersionId, HostConfig } from '../config/types.js';
import { parseIsoDate } from '../dates/iso.js';
import type { FormId } from '../declaration/types.js';
import type { FormVersionKey } from './types.js';

export interface FormVersionMeta {
  readonly id: FormVersionKey;
  readonly form: FormId;
  readonly circular: FormVersionId;
  /** First day the version applies (ISO date). */
  readonly validFrom: string;
  /** True only once every printed text has been checked against the official PDF. */
  readonly verified: boolean;
  /** Where the version's existence and first day come from. */
  readonly source: string;
  /** When that source was last checked (ISO date; see freshness/). */
  readonly checkedOn: string;
}

// Short citations (this table is on the first screen); the sources in full are in domain-facts §0.
const TT31_SOURCE = 'Thông tư 31/2023/TT-BCA Điều 4; domain-facts §0';
const TT69_SOURCE = 'Thông tư 69/2026/TT-BCA; domain-facts §0';

export const formVersionMeta: Readonly<Record<FormVersionKey, FormVersionMeta>> = {
  'TK01@TT31_2023': { id: 'TK01@TT31_2023', form: 'TK01', circular: 'TT31_2023', validFrom: '2023-08-15', verified: false, source: TT31_SOURCE, checkedOn: '2026-11-21' },
  'TK01a@TT31_2023': { id: 'TK01a@TT31_2023', form: 'TK01a', circular: 'TT31_2023', validFrom: '2023-08-15', verified: false, source: TT31_SOURCE, checkedOn: '2026-11-21' },
  'TK01@TT69_2026': { id: 'TK01@TT69_2026', form: 'TK01', circular: 'TT69_2026', validFrom: '2026-07-01', verified: false, source: TT69_SOURCE, checkedOn: '2026-11-21' },
};

/** The key of the version for a form and a submission date (`YYYY-MM-DD`); an invalid date gives the default version. */
export function selectFormVersionKey(form: FormId, submissionDate: string, config: HostConfig = {}): FormVersionKey {
  if (form === 'TK01a') return 'TK01a@TT31_2023';
  const pinned = config.pinnedFormVersion;
  if (pinned) return pinned === 'TT69_2026' ? 'TK01@TT69_2026' : 'TK01@TT31_2023';
  const enabled = config.enabledFormVersions ?? [];
  const tt69 = formVersionMeta['TK01@TT69_2026'];
  if (enabled.includes('TT69_2026') && parseIsoDate(submissionDate) && submissionDate >= tt69.validFrom) return tt69.id;
  return 'TK01@TT31_2023';
}
