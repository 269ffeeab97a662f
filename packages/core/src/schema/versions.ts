/**
 * What identifies each form version, without its fields: the form, the
 * circular that issued it, its first day and whether its printed texts were
 * checked, and the choice of version for a form and a submission date.
 *
 * The version follows the submission date, like the fee and the due date:
 * Thông tư 31/2023/TT-BCA applies until 30/6/2026, and Thông tư
 * 69/2026/TT-BCA (issued 22/5/2026, in force 1/7/2026, whose Điều 1
 * replaces the forms annexed to 31/2023, TK01 and TK01a included) from
 * 1/7/2026 (domain-facts.md §0). A host whose office still hands out the
 * 2023 forms sets `pinnedFormVersion: "TT31_2023"`; a pin forces one version
 * on every date. `enabledFormVersions` is retired: it is still accepted
 * and checked, has no effect, and the configuration check reports a notice
 * (see `checkHostConfig`). Kept apart from the field lists (tk01-*.ts), so
 * that code that only needs the choice (the application plan of the guide's
 * first screen) does not load every field of every form.
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
  'TK01a@TT69_2026': { id: 'TK01a@TT69_2026', form: 'TK01a', circular: 'TT69_2026', validFrom: '2026-07-01', verified: false, source: TT69_SOURCE, checkedOn: '2026-11-21' },
};

/** The circulars in the order they took effect, with their first day (the later wins from its first day). */
export const FORM_CIRCULARS: readonly { readonly id: FormVersionId; readonly validFrom: string; readonly number: string }[] = [
  { id: 'TT31_2023', validFrom: '2023-08-15', number: 'Thông tư số 31/2023/TT-BCA' },
  { id: 'TT69_2026', validFrom: '2026-07-01', number: 'Thông tư số 69/2026/TT-BCA' },
];

/** "Thông tư số 69/2026/TT-BCA" for `TT69_2026`. */
export function circularNumber(id: FormVersionId): string {
  return FORM_CIRCULARS.find((c) => c.id === id)?.number ?? id;
}

/** The key of a form under a circular. */
export function formVersionKey(form: FormId, circular: FormVersionId): FormVersionKey {
  return `${form}@${circular}`;
}

/** The circular in force on a date (`YYYY-MM-DD`); an invalid date gives the latest. */
export function circularOn(submissionDate: string): FormVersionId {
  const latest = FORM_CIRCULARS[FORM_CIRCULARS.length - 1]!;
  if (!parseIsoDate(submissionDate)) return latest.id;
  let found = FORM_CIRCULARS[0]!.id;
  for (const c of FORM_CIRCULARS) if (submissionDate >= c.validFrom) found = c.id;
  return found;
}

/**
 * The key of the version for a form and a submission date (`YYYY-MM-DD`):
 * the host's pin if any, otherwise the circular in force on that date. An
 * invalid or missing date gives the latest version, the one a citizen
 * filling the form today needs.
 */
export function selectFormVersionKey(form: FormId, submissionDate: string, config: HostConfig = {}): FormVersionKey {
  return formVersionKey(form, config.pinnedFormVersion ?? circularOn(submissionDate));
}
