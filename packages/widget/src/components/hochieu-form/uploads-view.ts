/**
 * The inputs of the uploads step ("Ảnh và giấy tờ") and how an upload reads on
 * the check-answers page, after the GOV.UK file upload pattern (label, hint
 * with why the file is needed, then the control) and its summary list ("Chưa
 * có" for a missing file, else the file's name and size). The slots come from
 * uploads-plan.ts (core's plan of the case); labels and reasons are core's
 * message ids, the card sides the widget's own strings. A required slot that
 * is still empty after "Tiếp tục" shows a warning, never an error: uploads
 * never block the flow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../localization/locale-controller.js';
import { formatBytes } from '../../uploads/format.js';
import type { UploadSlot, UploadSlotId } from './uploads-plan.js';

export interface UploadsViewContext {
  readonly l10n: LocaleController;
  readonly slots: readonly UploadSlot[];
  readonly files: ReadonlyMap<string, File>;
  /** "Tiếp tục" was pressed on the uploads step: missing required files get their warning. */
  readonly submitted: boolean;
  change(slot: UploadSlot, file: File | null): void;
}

/** The element id of a slot's input in the form's shadow root. */
export function uploadElementId(id: UploadSlotId): string {
  return `upload-${id}`;
}

/** The id of the "Thay đổi" link of an upload on the review page. */
export function uploadChangeLinkId(id: UploadSlotId): string {
  return `change-upload-${id}`;
}

/** The title of a slot (without the optional marker). */
export function slotTitle(slot: UploadSlot, l10n: LocaleController): string {
  if (slot.side === 'front') return l10n.t('form.uploads.idFront');
  if (slot.side === 'back') return l10n.t('form.uploads.idBack');
  return l10n.tCore(slot.titleId);
}

/** The visible label: the title, with "(không bắt buộc)" when the case does not need the file. */
export function slotLabel(slot: UploadSlot, l10n: LocaleController): string {
  const title = slotTitle(slot, l10n);
  return slot.required ? title : `${title} ${l10n.t('form.optional')}`;
}

function slotHint(slot: UploadSlot, l10n: LocaleController): string {
  const reason = slot.reasonId ? l10n.tCore(slot.reasonId) : '';
  if (slot.input === 'photo') return [reason, l10n.t('form.uploads.photoHint')].filter(Boolean).join(' ');
  // The QR code is on the front: only the front's hint mentions it.
  if (slot.input === 'image' && !slot.required) return l10n.t(slot.side === 'back' ? 'form.uploads.idBackOptional' : 'form.uploads.idCardOptional');
  return reason;
}

function fileOf(event: Event): File | null {
  return (event.currentTarget as HTMLElement & { file?: File | null }).file ?? null;
}

function renderSlot(slot: UploadSlot, ctx: UploadsViewContext): TemplateResult {
  const { l10n } = ctx;
  const file = ctx.files.get(slot.id) ?? null;
  const warning = ctx.submitted && slot.required && !file ? l10n.t('form.uploads.missing') : '';
  const change = (e: Event): void => ctx.change(slot, fileOf(e));
  if (slot.input === 'photo') {
    return html`<hochieu-photo-input
      id=${uploadElementId(slot.id)}
      data-upload=${slot.id}
      name=${slot.id}
      label=${slotLabel(slot, l10n)}
      hint=${slotHint(slot, l10n)}
      warning=${warning}
      ?required=${slot.required}
      .file=${file}
      @change=${change}
    ></hochieu-photo-input>`;
  }
  return html`<hochieu-file-input
    id=${uploadElementId(slot.id)}
    data-upload=${slot.id}
    name=${slot.id}
    kind=${slot.input}
    label=${slotLabel(slot, l10n)}
    hint=${slotHint(slot, l10n)}
    warning=${warning}
    ?required=${slot.required}
    .file=${file}
    @change=${change}
  ></hochieu-file-input>`;
}

/** The inputs of the uploads step: the photo, the ID card's two sides, then the attachments of the case. */
export function renderUploadInputs(ctx: UploadsViewContext): TemplateResult {
  const photo = ctx.slots.filter((s) => s.input === 'photo');
  const cards = ctx.slots.filter((s) => s.input === 'image');
  const attachments = ctx.slots.filter((s) => s.input === 'attachment');
  return html`<div class="fields uploads">
    ${photo.map((s) => renderSlot(s, ctx))}
    <h3>${ctx.l10n.t('form.uploads.cards')}</h3>
    ${cards.map((s) => renderSlot(s, ctx))}
    ${attachments.length > 0
      ? html`<h3>${ctx.l10n.t('form.uploads.attachments')}</h3>
          ${attachments.map((s) => renderSlot(s, ctx))}`
      : nothing}
  </div>`;
}

/** How an upload reads on the review: "name (size)", else "Chưa có" (and why it matters when required). */
export function uploadAnswer(slot: UploadSlot, file: File | undefined, l10n: LocaleController): TemplateResult {
  if (file) return html`${l10n.t('review.upload.file', { name: file.name, size: formatBytes(file.size, l10n.locale) })}`;
  return html`<span class="muted">${l10n.t(slot.required ? 'review.upload.needed' : 'review.upload.none')}</span>`;
}
