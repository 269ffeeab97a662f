/**
 * A draft moving from one form version to another, e.g. started on TK01 of
 * Thông tư 31/2023 in June 2026 and finished from 1/7/2026, when Thông tư
 * 69/2026 applies. Pure: the caller (the widget, the CLI) decides when the
 * version changed (the submission date moved across 1/7/2026, or a draft is
 * reopened) and shows the result.
 *
 * Every answer is kept, including values the new version does not print (they
 * come back if the version changes again and never leave the device); only
 * the legacy key `refundAccount` (the name of the fee-refund account before
 * `feeRefund`) is renamed. The result lists the fields of the new version that
 * the old one did not have and that are still empty, in printed order: the
 * only questions to ask again. `circularChanged` says the law changed (same
 * form, new circular), which the caller explains in a notice.
 */
import type { DeclarationDraft } from '../declaration/types.js';
import { fieldsOf, formVersions, visibleFields } from '../schema/registry.js';
import { isFilled, readPath } from '../schema/path.js';
import type { FormVersionKey } from '../schema/types.js';

export interface DraftMigration {
  readonly from: FormVersionKey;
  readonly to: FormVersionKey;
  /** The same answers under the current contract (legacy keys renamed); never loses a value. */
  readonly draft: DeclarationDraft;
  /** True when the form stays and its circular changes (e.g. TK01 of 31/2023 → TK01 of 69/2026). */
  readonly circularChanged: boolean;
  /** Field ids the new version has and the old one had not, still empty and shown: what to ask. */
  readonly newFields: readonly string[];
  /** Field ids the old version had and the new one has not, whose values are kept but not printed. */
  readonly notPrinted: readonly string[];
}

/** Renames keys that older drafts used: `refundAccount` became `feeRefund` (issue 17). */
export function upgradeDraftKeys(draft: unknown): DeclarationDraft {
  if (draft === null || typeof draft !== 'object' || Array.isArray(draft)) return {};
  const record = draft as Record<string, unknown>;
  if (!('refundAccount' in record)) return record as DeclarationDraft;
  const { refundAccount, ...rest } = record;
  return (rest['feeRefund'] === undefined ? { ...rest, feeRefund: refundAccount } : rest) as DeclarationDraft;
}

/** The draft moved from version `from` to version `to`. */
export function migrateDraft(draft: unknown, from: FormVersionKey, to: FormVersionKey): DraftMigration {
  const upgraded = upgradeDraftKeys(draft);
  const before = new Set(fieldsOf(formVersions[from]).map((f) => f.id));
  const after = formVersions[to];
  const afterIds = new Set(fieldsOf(after).map((f) => f.id));
  const newFields = visibleFields(after, upgraded)
    .filter((f) => !before.has(f.id) && !isFilled(readPath(upgraded, f.id)))
    .map((f) => f.id);
  const notPrinted = [...before].filter((id) => !afterIds.has(id) && isFilled(readPath(upgraded, id)));
  return {
    from,
    to,
    draft: upgraded,
    circularChanged: formVersions[from].form === after.form && formVersions[from].circular !== after.circular,
    newFields,
    notPrinted,
  };
}
