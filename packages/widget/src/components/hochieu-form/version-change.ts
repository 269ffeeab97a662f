/**
 * The form version changing under a draft (issue 17): when the submission
 * date moves across 1/7/2026 (or a pin changes), the same form is now the one
 * of another circular. Core's `migrateDraft` keeps every answer and says what
 * the new version adds; this module turns that into the notice the form shows
 * ("Ngày nộp … áp dụng mẫu … ban hành kèm theo Thông tư …"). Kept out of
 * hochieu-form.ts, which only calls it.
 */
import { findField, formVersions, migrateDraft, type DraftMigration, type FormVersionKey } from '@hochieu/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../localization/locale-controller.js';

/** The migration when the version changed circular (same form); null otherwise (first render, same version, TK01 ↔ TK01a). */
export function versionChange(from: FormVersionKey | null, to: FormVersionKey, draft: unknown): DraftMigration | null {
  if (from === null || from === to) return null;
  const migration = migrateDraft(draft, from, to);
  return migration.circularChanged ? migration : null;
}

function labels(ids: readonly string[], key: FormVersionKey, l10n: LocaleController): string {
  const version = formVersions[key];
  return ids
    .map((id) => findField(version, id))
    .filter((f) => f !== undefined)
    .map((f) => l10n.tCore(f.labelId))
    .join('; ');
}

/** The notice: which circular's form applies from the date, that nothing was lost, and what is new to fill in. */
export function renderVersionNotice(m: DraftMigration, date: string, l10n: LocaleController): TemplateResult {
  const to = formVersions[m.to];
  const added = labels(m.newFields, m.to, l10n);
  const hidden = labels(m.notPrinted, m.from, l10n);
  return html`<div class="notice" data-notice="version" data-version=${m.to}>
    <p>${l10n.t('form.version.changed', { form: to.form, circular: to.circularTitle, date: date.split('-').reverse().join('/') })}</p>
    ${added ? html`<p>${l10n.t('form.version.added', { fields: added })}</p>` : nothing}
    ${hidden ? html`<p>${l10n.t('form.version.notPrinted', { fields: hidden })}</p>` : nothing}
  </div>`;
}
