/**
 * `<hochieu-file-input>`: one file kept on the device, for the front or back
 * image of the ID card or for an attached document of the dossier (the
 * portal takes these as JPEG images, domain-facts §12.2). The file is checked
 * by its real content (`inspectUpload`: size first, then magic bytes, then the
 * header, then a decode) and a hostile or broken file is refused with a
 * message of its own, while the file chosen before stays. A chosen image is
 * shown as a thumbnail, a PDF by its name; either can be removed or replaced.
 * Form-associated (HTML Living Standard, form-associated custom elements):
 * the value handed to a `<form>` is the `File` itself; `value` is its name.
 * Presentation follows the GOV.UK file upload pattern (label, hint with the
 * accepted types and limit, error message, then the control).
 */
import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FieldElement } from '../field/field-element.js';
import { ATTACHMENT_POLICY, ID_CARD_IMAGE_POLICY, uploadPolicy, type UploadPolicy } from '../../uploads/limits.js';
import { inspectUpload, type UploadRefused } from '../../uploads/inspect.js';
import { formatBytes } from '../../uploads/format.js';
import { limitsLine, refusalText, wordingFor } from './upload-messages.js';
import { UploadFieldElement } from './upload-field.js';
import { uploadStyles } from './upload.styles.js';

/** What the upload is for: an ID card image (JPEG/PNG) or a dossier attachment (JPEG/PNG/PDF). */
export type FileInputKind = 'image' | 'attachment';

const fileInputStyles = css`
  .chooser {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    align-items: flex-start;
    max-width: 100%;
  }
  .drop {
    outline: 3px dashed var(--_focus-text);
    outline-offset: 4px;
  }
`;

/**
 * @summary A file chosen on the device (ID card image or attachment), checked by content, never uploaded.
 *
 * @fires input - Re-dispatched from the host when a file was accepted or removed (composed).
 * @fires change - Same moment as `input`, after `file` and `value` changed (composed).
 *
 * @csspart label - The label.
 * @csspart hint - The hint with the accepted types and the size limit.
 * @csspart error - The refusal or the error set by the form.
 * @csspart warning - The warning.
 * @csspart input - The "Chọn tệp" button (opens the browser's file picker).
 * @csspart file - The chosen file: thumbnail, name and size, remove button.
 * @csspart thumbnail - The image preview.
 * @csspart button - Every button.
 *
 * @cssproperty --hochieu-color-primary - Button colour.
 * @cssproperty --hochieu-color-error - Error colour.
 */
export class HochieuFileInput extends UploadFieldElement {
  static override styles = [FieldElement.styles, uploadStyles, fileInputStyles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    busy: { state: true },
    dragging: { state: true },
  };

  /** `image` (JPEG/PNG, default) or `attachment` (JPEG/PNG/PDF). */
  declare kind: FileInputKind;

  /** A host's size limit in bytes (default 10 MB). */
  declare maxBytes: number | undefined;

  /** The accepted file, or null. Setting it (e.g. from a restored draft) trusts the caller. */
  declare file: File | null;

  protected declare busy: boolean;

  protected declare dragging: boolean;

  private pending = 0;

  constructor() {
    super();
    this.kind = 'image';
    this.maxBytes = undefined;
    this.busy = false;
    this.dragging = false;
  }

  /** The policy in force: the kind's default, with the host's size limit. */
  get policy(): UploadPolicy {
    const base = this.kind === 'attachment' ? ATTACHMENT_POLICY : ID_CARD_IMAGE_POLICY;
    return this.maxBytes ? uploadPolicy(base, { maxBytes: this.maxBytes }) : base;
  }

  /** Checks a file and keeps it if it passes (what choosing it in the picker does). */
  async chooseFile(file: File): Promise<boolean> {
    const ticket = ++this.pending;
    this.busy = true;
    this.status = this.l10n.t('upload.checking');
    const result = await inspectUpload(file, this.policy);
    if (ticket !== this.pending) return false;
    this.busy = false;
    if (!result.ok) {
      this.refuse(result, file);
      return false;
    }
    this.refusal = '';
    this.file = file;
    this.value = file.name;
    this.status = this.l10n.t('upload.accepted', { name: file.name });
    this.announceChange();
    return true;
  }

  /** Removes the file. */
  removeFile(): void {
    this.pending += 1;
    this.busy = false;
    this.file = null;
    this.value = '';
    this.refusal = '';
    this.status = this.l10n.t('upload.removed');
    this.announceChange();
    void this.updateComplete.then(() => this.chooseButton?.focus());
  }

  private refuse(result: UploadRefused, file: File): void {
    this.showRefusal(refusalText(this.l10n, result, file.name, file.size, this.policy));
  }

  // ---- rendering ----

  private get chooseButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('#input');
  }

  private get picker(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#picker');
  }

  protected override get rootClasses(): string {
    return this.dragging ? `${super.rootClasses} drop` : super.rootClasses;
  }

  /** A thumbnail of an image; a PDF is shown by its name only. */
  private thumbnailUrl(): string | null {
    return this.fileUrl((file) => file.type !== 'application/pdf' && !/\.pdf$/iu.test(file.name));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('file') && this.file && this.value !== this.file.name) this.value = this.file.name;
  }

  private onPicked(event: Event): void {
    const chosen = this.pickedFile(event);
    if (chosen) void this.chooseFile(chosen);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    if (this.isDisabled) return;
    const dropped = event.dataTransfer?.files?.[0];
    if (dropped) void this.chooseFile(dropped);
  }

  private renderFile(): TemplateResult | typeof nothing {
    const file = this.file;
    if (!file) return html`<p class="status" id="current">${this.l10n.t('upload.none')}</p>`;
    const url = this.thumbnailUrl();
    const size = formatBytes(file.size, this.locale);
    return html`<div class="file" part="file" id="current">
      ${url
        ? html`<img class="thumb" part="thumbnail" src=${url} alt="" />`
        : html`<span class="pdf-badge" aria-hidden="true">PDF</span>`}
      <span class="name">${this.l10n.t('upload.selected', { name: file.name, size })}</span>
      <button type="button" part="button remove" ?disabled=${this.isDisabled} @click=${() => this.removeFile()}>
        ${this.l10n.t('upload.remove')}<span class="visually-hidden"> ${file.name}</span>
      </button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const policy = this.policy;
    const accept = policy.accept.map((k) => (k === 'pdf' ? 'application/pdf,.pdf' : k === 'jpeg' ? 'image/jpeg,.jpg,.jpeg' : `image/${k}`)).join(',');
    const described = ['hint', this.shownError ? 'error' : '', this.warning ? 'warning' : '', 'current'].filter(Boolean).join(' ');
    return html`<div
      class=${this.rootClasses}
      lang=${this.locale}
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${(e: DragEvent) => this.onDrop(e)}
    >
      <span id="label" part="label" class="label">${this.label}</span>
      <div id="hint" part="hint" class="hint">
        ${this.hint ? html`${this.hint} ` : nothing}${limitsLine(this.l10n, policy, wordingFor(policy.accept))}
        ${this.l10n.t('upload.privacy')}
      </div>
      ${this.renderError()} ${this.renderWarning()}
      <div class="chooser">
        ${this.renderFile()}
        <button
          id="input"
          type="button"
          part="input button"
          class=${this.file ? '' : 'primary'}
          aria-labelledby="label input-text"
          aria-describedby=${described}
          ?disabled=${this.isDisabled}
          @click=${() => this.picker?.click()}
        >
          <span id="input-text">${this.file ? this.l10n.t('upload.chooseAnother') : this.l10n.t('upload.choose')}</span>
        </button>
        <input id="picker" type="file" hidden tabindex="-1" accept=${accept} @change=${(e: Event) => this.onPicked(e)} />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-file-input': HochieuFileInput;
  }
}
