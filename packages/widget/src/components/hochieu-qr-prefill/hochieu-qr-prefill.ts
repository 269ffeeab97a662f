/**
 * `<hochieu-qr-prefill>`: fills the applicant's details from the QR code of
 * the chip citizen ID card (domain-facts §12.1). The code is read on the
 * device from the card's front image (the one uploaded in the form, or one
 * chosen here; checked like any upload first) or, on request and where the
 * page may use it, from the camera. Its text is parsed by core's strict
 * `parseCccdQr`: an unknown layout says it cannot be read and guesses
 * nothing. What was read is shown for review; an address from a card issued
 * before 1/7/2025, or naming a former province or a district, comes with a
 * notice (Nghị quyết 202/2025/QH15) and can be corrected before confirming.
 * Only when the citizen confirms is `hochieu-qr-prefill` sent, with the data:
 * personal data leaves this element by the citizen's explicit action only.
 */
import {
  currentProvince,
  formatVietnameseDate,
  formerProvince,
  normalizeText,
  parseCccdQr,
  vietnamDateOf,
  type CccdQrData,
  type PreMergerHint,
} from '@hochieu/core';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../../events.js';
import { focusStyles, visuallyHidden } from '../../styles/shared.js';
import { cameraAllowed, openCamera, scanVideo, stopCamera } from '../../qr/camera.js';
import { readQr, type QrReadResult } from '../../qr/read-qr.js';
import { inspectUpload } from '../../uploads/inspect.js';
import { ID_CARD_IMAGE_POLICY } from '../../uploads/limits.js';
import { HochieuElement } from '../base/hochieu-element.js';
import { refusalText } from '../hochieu-file-input/upload-messages.js';
import { uploadStyles } from '../hochieu-file-input/upload.styles.js';
import './strings.vi.js';

type Phase = 'idle' | 'reading' | 'camera' | 'review' | 'done';

/** Pictures are decoded at most this large on the longer side before looking for the code. */
const DECODE_MAX_SIDE = 2400;

const prefillStyles = css`
  .root {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .heading {
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .error {
    color: var(--_error);
    font-weight: 700;
    border-inline-start: calc(0.3125*var(--_hochieu-rem)) solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(calc(8*var(--_hochieu-rem)), max-content) 1fr;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1);
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: calc(var(--_space) * 0.5);
    }
  }
  label {
    font-weight: 700;
    display: block;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: calc(4.5*var(--_hochieu-rem));
    padding: calc(0.3125*var(--_hochieu-rem)) calc(0.5*var(--_hochieu-rem));
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  video {
    width: min(100%, calc(24*var(--_hochieu-rem)));
    border: 1px solid var(--_border);
    background: #000;
  }
  .notice ul {
    padding-inline-start: calc(1.25*var(--_hochieu-rem));
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
  }
`;

/**
 * @summary Reads the chip ID card's QR code, shows what will be filled, and on confirmation sends it to the form.
 *
 * @fires hochieu-qr-prefill - `QrPrefillDetail` `{ data, addressCorrected }`, only when the citizen presses
 *   "Điền vào tờ khai". Carries personal data (by that explicit action); never sent otherwise.
 *
 * @csspart heading - The title.
 * @csspart button - Every button.
 * @csspart error - Why the code could not be read.
 * @csspart review - The review of what was read.
 * @csspart video - The camera picture.
 *
 * @cssproperty --hochieu-color-primary - Button colour.
 */
export class HochieuQrPrefill extends HochieuElement {
  static override styles = [HochieuElement.styles, visuallyHidden, focusStyles, uploadStyles, prefillStyles];

  static override properties: PropertyDeclarations = {
    image: { attribute: false },
    today: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noCamera: { type: Boolean, attribute: 'no-camera' },
    phase: { state: true },
    error: { state: true },
    status: { state: true },
    data: { state: true },
    address: { state: true },
  };

  /** The card's front image uploaded elsewhere in the form (offered as "Đọc mã QR từ ảnh mặt trước đã tải lên"). */
  declare image: Blob | null;

  /** Today (`YYYY-MM-DD`), for refusing dates in the future; default: today in Việt Nam. */
  declare today: string;

  /** The `aria-level` of the title (default 2). */
  declare headingLevel: number;

  /** Hides the camera button (the host does not want it). */
  declare noCamera: boolean;

  protected declare phase: Phase;
  protected declare error: string;
  protected declare status: string;
  protected declare data: CccdQrData | null;
  protected declare address: string;

  private ticket = 0;
  private stream: MediaStream | null = null;
  private scan: AbortController | null = null;
  private focusAfterRender: string | null = null;

  constructor() {
    super();
    this.image = null;
    this.today = '';
    this.headingLevel = 2;
    this.noCamera = false;
    this.phase = 'idle';
    this.error = '';
    this.status = '';
    this.data = null;
    this.address = '';
  }

  /** Reads the QR code in a picture of the card's front (after checking the file like any upload). */
  async readImage(image: Blob & { name?: string }): Promise<void> {
    const ticket = ++this.ticket;
    this.stopScan();
    this.phase = 'reading';
    this.error = '';
    this.status = this.l10n.t('qr.reading');
    const name = image.name ?? '';
    const checked = await inspectUpload(image, ID_CARD_IMAGE_POLICY, { keepBitmap: true, decodeMaxSide: DECODE_MAX_SIDE });
    if (ticket !== this.ticket) {
      if (checked.ok) checked.bitmap?.close();
      return;
    }
    if (!checked.ok || !checked.bitmap) {
      this.fail(
        checked.ok
          ? this.l10n.t('upload.error.undecodable', { name })
          : refusalText(this.l10n, checked, name, image.size, ID_CARD_IMAGE_POLICY),
      );
      return;
    }
    let result: QrReadResult;
    try {
      result = await readQr(checked.bitmap);
    } catch {
      result = { ok: false, reason: 'notFound' };
    } finally {
      checked.bitmap.close();
    }
    if (ticket !== this.ticket) return;
    this.handleRead(result);
  }

  /** Opens the camera and scans until a code is read (only call from a user's action). */
  async startCamera(): Promise<void> {
    const ticket = ++this.ticket;
    this.error = '';
    this.phase = 'camera';
    this.status = this.l10n.t('qr.cameraStarting');
    await this.updateComplete;
    const video = this.renderRoot.querySelector('video');
    if (!video || ticket !== this.ticket) return;
    try {
      this.stream = await openCamera(video);
    } catch {
      if (ticket === this.ticket) {
        this.stopScan();
        this.fail(this.l10n.t('qr.error.camera'));
      }
      return;
    }
    if (ticket !== this.ticket) {
      this.stopScan();
      return;
    }
    this.status = this.l10n.t('qr.cameraHint');
    const controller = new AbortController();
    this.scan = controller;
    const result = await scanVideo(video, controller.signal);
    if (ticket !== this.ticket || !result) return;
    this.stopScan();
    this.handleRead(result);
  }

  /** Stops the camera. */
  stopCamera(): void {
    this.ticket += 1;
    this.stopScan();
    this.phase = 'idle';
    this.status = '';
    this.focusAfterRender = '#choose';
  }

  /** Sends the reviewed data (the "Điền vào tờ khai" button). */
  confirm(): void {
    const data = this.data;
    if (!data) return;
    const address = normalizeText(this.address);
    const corrected = address !== '' && address !== data.permanentAddress;
    emit(this, 'hochieu-qr-prefill', {
      data: { ...data, permanentAddress: address || data.permanentAddress },
      addressCorrected: corrected,
    });
    this.data = null;
    this.phase = 'done';
    this.status = this.l10n.t('qr.filled');
    this.focusAfterRender = '#outcome';
  }

  /** Drops what was read (the "Không dùng" button); nothing is sent. */
  cancel(): void {
    this.data = null;
    this.address = '';
    this.phase = 'done';
    this.status = this.l10n.t('qr.cancelled');
    this.focusAfterRender = '#outcome';
  }

  private handleRead(result: QrReadResult): void {
    if (!result.ok) {
      this.fail(this.l10n.t(result.reason === 'notText' ? 'qr.error.notText' : 'qr.error.notFound'));
      return;
    }
    const parsed = parseCccdQr(result.text, { today: this.today || vietnamDateOf(new Date()) });
    if (!parsed.ok) {
      this.fail(this.l10n.tCore(parsed.id));
      return;
    }
    this.data = parsed.data;
    this.address = parsed.data.permanentAddress;
    this.error = '';
    this.phase = 'review';
    this.status = '';
    this.focusAfterRender = '#review';
  }

  private fail(message: string): void {
    this.data = null;
    this.error = message;
    this.phase = 'idle';
    this.status = message;
  }

  private stopScan(): void {
    this.scan?.abort();
    this.scan = null;
    stopCamera(this.stream);
    this.stream = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ticket += 1;
    this.stopScan();
    if (this.phase === 'camera' || this.phase === 'reading') this.phase = 'idle';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = null;
      target?.focus();
    }
  }

  // ---- rendering ----

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (chosen) void this.readImage(chosen);
  }

  private hintText(hint: PreMergerHint, data: CccdQrData): string {
    switch (hint) {
      case 'issuedBeforeMerger':
        return this.l10n.tCore('idcard.address.hint.issuedBeforeMerger', { date: formatVietnameseDate(data.issueDate) });
      case 'formerProvince': {
        const former = data.formerProvinceId ? formerProvince(data.formerProvinceId) : undefined;
        const current = data.currentProvinceId ? currentProvince(data.currentProvinceId) : undefined;
        return this.l10n.tCore('idcard.address.hint.formerProvince', {
          former: former?.name ?? '',
          // Vietnamese names in both languages: the address itself is written in Vietnamese.
          current: current?.name ?? '',
        });
      }
      case 'districtLevel':
        return this.l10n.tCore('idcard.address.hint.districtLevel');
    }
  }

  private renderReview(data: CccdQrData): TemplateResult {
    const rows: [string, string][] = [
      [this.l10n.tCore('label.applicant.familyName'), data.familyName],
      [this.l10n.tCore('label.applicant.givenNames'), data.givenNames],
      [this.l10n.tCore('label.applicant.sex'), this.l10n.tCore(data.sex === 'male' ? 'option.sex.male' : 'option.sex.female')],
      [this.l10n.tCore('label.applicant.dateOfBirth'), formatVietnameseDate(data.dateOfBirth)],
      [this.l10n.tCore('label.applicant.personalId'), data.personalId],
      ...(data.oldId ? ([[this.l10n.t('qr.review.oldId'), data.oldId]] as [string, string][]) : []),
      [this.l10n.t('qr.review.issueDate'), formatVietnameseDate(data.issueDate)],
    ];
    return html`<section id="review" part="review" tabindex="-1" aria-labelledby="review-heading">
      <div class="title" role="heading" aria-level=${this.headingLevel + 1} id="review-heading">
        ${this.l10n.t('qr.review.heading')}
      </div>
      <p>${this.l10n.t('qr.review.intro')}</p>
      <dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
      ${data.addressMayBePreMerger
        ? html`<div class="notice" id="address-notice">
            <p>${this.l10n.tCore('idcard.address.preMerger')}</p>
            <ul>
              ${data.preMergerHints.map((h) => html`<li data-hint=${h}>${this.hintText(h, data)}</li>`)}
            </ul>
          </div>`
        : nothing}
      <label for="address">${this.l10n.t('qr.review.address')}</label>
      <textarea
        id="address"
        rows="3"
        spellcheck="false"
        aria-describedby=${data.addressMayBePreMerger ? 'address-notice' : nothing}
        .value=${this.address}
        @input=${(e: Event) => (this.address = (e.target as HTMLTextAreaElement).value)}
        @change=${(e: Event) => (this.address = (e.target as HTMLTextAreaElement).value.normalize('NFC'))}
      ></textarea>
      <div class="actions">
        <button id="confirm" type="button" part="button confirm" class="primary" @click=${() => this.confirm()}>
          ${this.l10n.t('qr.confirm')}
        </button>
        <button id="cancel" type="button" part="button cancel" @click=${() => this.cancel()}>${this.l10n.t('qr.cancel')}</button>
      </div>
    </section>`;
  }

  private renderStart(): TemplateResult {
    const busy = this.phase === 'reading';
    const camera = !this.noCamera && cameraAllowed();
    return html`<div class="actions">
        ${this.image
          ? html`<button id="use-uploaded" type="button" part="button" class="primary" ?disabled=${busy} @click=${() => void this.readImage(this.image!)}>
              ${this.l10n.t('qr.useUploaded')}
            </button>`
          : nothing}
        <button id="choose" type="button" part="button" class=${this.image ? '' : 'primary'} ?disabled=${busy} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#picker')?.click()}>
          ${this.l10n.t('qr.chooseImage')}
        </button>
        ${camera
          ? html`<button id="camera" type="button" part="button" ?disabled=${busy} @click=${() => void this.startCamera()}>
              ${this.l10n.t('qr.useCamera')}
            </button>`
          : nothing}
        <input id="picker" type="file" hidden tabindex="-1" accept="image/jpeg,image/png" @change=${(e: Event) => this.onPicked(e)} />
      </div>
      ${busy ? html`<p class="status">${this.l10n.t('qr.reading')}</p>` : nothing}`;
  }

  private renderCamera(): TemplateResult {
    return html`<p id="camera-hint">${this.l10n.t('qr.cameraHint')}</p>
      <video part="video" aria-label=${this.l10n.t('qr.cameraLabel')} aria-describedby="camera-hint" muted playsinline></video>
      <div class="actions">
        <button id="stop" type="button" part="button" @click=${() => this.stopCamera()}>${this.l10n.t('qr.stopCamera')}</button>
      </div>`;
  }

  protected override render(): TemplateResult {
    const data = this.data;
    return html`<div class="root" lang=${this.locale}>
      <div class="heading" part="heading" role="heading" aria-level=${this.headingLevel}>${this.l10n.t('qr.heading')}</div>
      <p>${this.l10n.t('qr.intro')}</p>
      <p class="status">${this.l10n.t('upload.privacy')}</p>
      ${this.error ? html`<p id="error" part="error" class="error">${this.error}</p>` : nothing}
      ${this.phase === 'done' ? html`<p id="outcome" tabindex="-1">${this.status}</p>` : nothing}
      ${this.phase === 'review' && data ? this.renderReview(data) : nothing}
      ${this.phase === 'camera' ? this.renderCamera() : nothing}
      ${this.phase === 'idle' || this.phase === 'reading' || this.phase === 'done' ? this.renderStart() : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.phase === 'done' ? '' : this.status}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-qr-prefill': HochieuQrPrefill;
  }
}
