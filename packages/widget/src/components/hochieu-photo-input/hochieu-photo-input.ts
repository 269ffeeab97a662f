/**
 * `<hochieu-photo-input>`: the portrait for the declaration and the dossier.
 * The citizen chooses a photo or takes one (the `capture` attribute of HTML
 * Media Capture opens the camera on phones), moves and zooms a frame fixed at
 * 4:6 (TK01 note (1) "cỡ 4cm x 6cm"; domain-facts §10) with the pointer, the
 * keyboard or buttons, and the frame is re-encoded as a JPEG of exactly 2:3
 * pixels within core's `photoUploadPolicy` size (2 MB by default). Re-encoding
 * keeps pixels only: no EXIF, no GPS, no camera data. Advisory checks
 * (`checkPhoto`: proportion of the original, resolution, brightness,
 * background near the edges, file size) are listed with their reasons; the
 * citizen may use the photo anyway. A chosen file is refused with its own
 * message when it is hostile or broken (`inspectUpload`), and the photo
 * accepted before stays. Nothing is sent anywhere. Form-associated: the
 * form value is the output JPEG `File`.
 */
import { DEFAULT_PHOTO_UPLOAD_POLICY } from '@hochieu/core';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FieldElement } from '../field/field-element.js';
import { limitsLine, refusalText } from '../hochieu-file-input/upload-messages.js';
import { UploadFieldElement } from '../hochieu-file-input/upload-field.js';
import { uploadStyles } from '../hochieu-file-input/upload.styles.js';
import {
  cropPosition,
  cropRect,
  initialCrop,
  maxZoom,
  moveCropBy,
  moveCropByPixels,
  zoomCropTo,
  type CropRect,
  type CropState,
} from '../../uploads/crop.js';
import { cropToJpeg, pixelsOf, type EncodedPhoto } from '../../uploads/encode.js';
import { formatBytes } from '../../uploads/format.js';
import { inspectUpload } from '../../uploads/inspect.js';
import { PHOTO_SOURCE_POLICY, uploadPolicy, type UploadPolicy } from '../../uploads/limits.js';
import { checkPhoto, type PhotoFinding } from '../../uploads/photo-checks.js';
import './strings.vi.js';

type Phase = 'idle' | 'loading' | 'cropping' | 'processing' | 'review';

/** The output file's name (ASCII, as the dossier's entries are). */
export const PHOTO_FILE_NAME = 'anh-chan-dung.jpg';

/** Photos are decoded at most this large on the longer side (enough for a 900-pixel-high output). */
const DECODE_MAX_SIDE = 4096;

/** Keyboard steps: a fraction of the frame per arrow press, and the zoom factor per +/− press. */
const STEP = 0.05;
const BIG_STEP = 0.25;
const ZOOM_STEP = 1.1;

const photoStyles = css`
  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    max-width: 100%;
  }
  .crop {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    align-items: flex-start;
  }
  .frame {
    position: relative;
    width: min(100%, calc(15*var(--_hochieu-rem)));
    aspect-ratio: 2 / 3;
    border: var(--_border-width) solid var(--_border);
    background: var(--_surface);
    touch-action: none;
    cursor: grab;
    user-select: none;
  }
  .frame:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .frame canvas {
    display: block;
    width: 100%;
    height: 100%;
  }
  .frame::after {
    /* A guide: the head sits roughly in the upper two thirds (portal: eyes at about 2/5 from the top). */
    content: '';
    position: absolute;
    inset: 12% 22% 30% 22%;
    border: 2px dashed rgb(255 255 255 / 0.85);
    border-radius: 50%;
    box-shadow: 0 0 0 1px rgb(0 0 0 / 0.5);
    pointer-events: none;
  }
  .zoom {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  .zoom input[type='range'] {
    width: min(100%, calc(12*var(--_hochieu-rem)));
    accent-color: var(--_primary);
  }
  .preview {
    width: calc(8*var(--_hochieu-rem));
    aspect-ratio: 2 / 3;
    border: 1px solid var(--_border);
  }
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
  }
`;

/**
 * @summary The portrait: choose or take a photo, crop it to 4:6, get a clean JPEG within the size limit.
 *
 * @fires input - Re-dispatched from the host when a photo was accepted or removed (composed).
 * @fires change - Same moment as `input`, after `file` and `value` changed (composed).
 *
 * @csspart label - The legend.
 * @csspart hint - The photo rules and limits.
 * @csspart error - The refusal or the form's error.
 * @csspart warning - The warning.
 * @csspart input - The "Chọn ảnh có sẵn" button.
 * @csspart frame - The crop frame (focusable; arrow keys, +, −, 0).
 * @csspart preview - The photo that will be used.
 * @csspart findings - The advisory findings.
 * @csspart button - Every button.
 *
 * @cssproperty --hochieu-color-primary - Button colour.
 * @cssproperty --hochieu-color-warning - Colour of the findings' bar.
 */
export class HochieuPhotoInput extends UploadFieldElement {
  static override styles = [FieldElement.styles, uploadStyles, photoStyles];

  static override properties: PropertyDeclarations = {
    maxBytes: { type: Number, attribute: 'max-bytes' },
    outputHeight: { type: Number, attribute: 'output-height' },
    phase: { state: true },
    crop: { state: true },
    findings: { state: true },
    overridden: { state: true },
  };

  /** Largest output JPEG in bytes (default: core's photo policy, 2 MB). */
  declare maxBytes: number;

  /** Output height in pixels, rounded down to a multiple of 3; the width is two thirds of it (default 900 → 600 × 900). */
  declare outputHeight: number;

  /** The accepted output JPEG, or null. */
  declare file: File | null;

  protected declare phase: Phase;
  protected declare crop: CropState | null;
  protected declare findings: readonly PhotoFinding[];
  /** The accepted photo was used despite findings. */
  protected declare overridden: boolean;

  /** The policy for the chosen original (size, pixels; not the output). */
  sourcePolicy: UploadPolicy = PHOTO_SOURCE_POLICY;

  private bitmap: ImageBitmap | null = null;
  private source: { name: string; bytes: number; width: number; height: number; scale: number } | null = null;
  private pendingPhoto: EncodedPhoto | null = null;
  private pendingUrl: string | null = null;
  private ticket = 0;
  private drag: { x: number; y: number; start: CropState; pointer: number } | null = null;
  private focusAfterRender: string | null = null;

  constructor() {
    super();
    this.maxBytes = DEFAULT_PHOTO_UPLOAD_POLICY.maxBytes;
    this.outputHeight = 900;
    this.phase = 'idle';
    this.crop = null;
    this.findings = [];
    this.overridden = false;
  }

  /** The frame, in pixels of the original photo (null when not cropping). */
  get cropArea(): CropRect | null {
    if (!this.crop || !this.source) return null;
    const r = cropRect(this.crop);
    const s = this.source.scale;
    return { x: r.x / s, y: r.y / s, width: r.width / s, height: r.height / s };
  }

  /** Checks a chosen photo and opens the crop tool (what choosing it in the picker does). */
  async choosePhoto(file: File): Promise<boolean> {
    const ticket = ++this.ticket;
    const before = this.phase;
    this.phase = 'loading';
    this.status = this.l10n.t('photo.loading');
    const result = await inspectUpload(file, this.sourcePolicy, { keepBitmap: true, decodeMaxSide: DECODE_MAX_SIDE });
    if (ticket !== this.ticket) {
      if (result.ok) result.bitmap?.close();
      return false;
    }
    if (!result.ok || !result.bitmap) {
      this.phase = before === 'loading' ? 'idle' : before;
      this.showRefusal(
        result.ok
          ? this.l10n.t('upload.error.undecodable', { name: file.name })
          : refusalText(this.l10n, result, file.name, file.size, this.sourcePolicy),
      );
      return false;
    }
    this.dropSource();
    const bitmap = result.bitmap;
    const w = result.width ?? bitmap.width;
    const h = result.height ?? bitmap.height;
    // EXIF rotation may have swapped the sides: compare proportions.
    const [ow, oh] = bitmap.width >= bitmap.height === w >= h ? [w, h] : [h, w];
    this.bitmap = bitmap;
    this.source = { name: file.name, bytes: file.size, width: ow, height: oh, scale: bitmap.width / ow };
    this.refusal = '';
    this.crop = initialCrop(bitmap.width, bitmap.height);
    this.phase = 'cropping';
    this.status = '';
    this.focusAfterRender = '#frame';
    return true;
  }

  /** Encodes the current frame; accepts it when nothing looks wrong, else shows the findings. */
  async applyCrop(): Promise<void> {
    if (!this.bitmap || !this.crop || !this.source) return;
    const ticket = ++this.ticket;
    const rect = cropRect(this.crop);
    const source = this.source;
    this.phase = 'processing';
    this.status = this.l10n.t('photo.processing');
    let encoded: Awaited<ReturnType<typeof cropToJpeg>>;
    try {
      encoded = await cropToJpeg(this.bitmap, rect, { maxBytes: this.maxBytes, height: this.outputHeight });
    } catch {
      encoded = null;
      if (ticket === this.ticket) this.refusal = this.l10n.t('photo.error.encode', { name: source.name });
    }
    if (ticket !== this.ticket) return;
    if (!encoded) {
      this.refusal ||= this.l10n.t('photo.error.cannotFit', { name: source.name, max: formatBytes(this.maxBytes, this.locale) });
      this.phase = 'cropping';
      this.status = this.refusal;
      this.focusAfterRender = '#frame';
      return;
    }
    const findings = checkPhoto(pixelsOf(encoded.canvas), {
      sourceWidth: source.width,
      sourceHeight: source.height,
      cropWidth: rect.width / source.scale,
      cropHeight: rect.height / source.scale,
      sourceBytes: source.bytes,
      quality: encoded.photo.quality,
    });
    this.refusal = '';
    if (findings.length === 0) {
      this.accept(encoded.photo, false);
      return;
    }
    this.setPending(encoded.photo);
    this.findings = findings;
    this.phase = 'review';
    this.status = '';
    this.focusAfterRender = '#findings';
  }

  /**
   * A photo was chosen and not yet confirmed: the crop frame is open, or the checks' findings wait for
   * "Vẫn dùng ảnh này". The form asks about it before the citizen leaves the step.
   */
  get pending(): boolean {
    return this.phase !== 'idle' && this.bitmap !== null;
  }

  /** Confirms the pending photo as it is framed now ("Dùng khung này", then "Vẫn dùng ảnh này" if asked); true when it was kept. */
  async confirmPending(): Promise<boolean> {
    if (this.phase === 'cropping') await this.applyCrop();
    if (this.phase === 'review') this.useAnyway();
    return this.phase === 'idle' && this.file !== null && this.bitmap === null;
  }

  /** Uses the photo shown with findings ("Vẫn dùng ảnh này"). */
  useAnyway(): void {
    if (this.phase === 'review' && this.pendingPhoto) this.accept(this.pendingPhoto, true);
  }

  /** Goes back from the findings to the crop tool. */
  adjust(): void {
    if (!this.bitmap) return;
    this.setPending(null);
    this.phase = 'cropping';
    this.focusAfterRender = '#frame';
  }

  /** Leaves the crop tool without changing the accepted photo. */
  cancelCrop(): void {
    this.ticket += 1;
    this.dropSource();
    this.phase = 'idle';
    this.status = '';
    this.focusAfterRender = '#input';
  }

  /** Removes the accepted photo. */
  removePhoto(): void {
    this.file = null;
    this.value = '';
    this.overridden = false;
    this.refusal = '';
    this.status = this.l10n.t('photo.removed');
    this.announceChange();
    this.focusAfterRender = '#input';
  }

  private accept(photo: EncodedPhoto, overridden: boolean): void {
    this.file = new File([photo.blob], PHOTO_FILE_NAME, { type: 'image/jpeg' });
    this.dims.set(this.file, { width: photo.width, height: photo.height });
    this.value = PHOTO_FILE_NAME;
    this.overridden = overridden;
    this.dropSource();
    this.phase = 'idle';
    this.status = this.l10n.t('photo.accepted');
    this.announceChange();
    this.focusAfterRender = '#current';
  }

  private setPending(photo: EncodedPhoto | null): void {
    if (this.pendingUrl) URL.revokeObjectURL(this.pendingUrl);
    this.pendingPhoto = photo;
    this.pendingUrl = photo ? URL.createObjectURL(photo.blob) : null;
    if (!photo) this.findings = [];
  }

  private dropSource(): void {
    this.bitmap?.close();
    this.bitmap = null;
    this.source = null;
    this.crop = null;
    this.setPending(null);
  }

  // ---- form association (the File is the value: UploadFieldElement) ----

  override formResetCallback(): void {
    this.overridden = false;
    super.formResetCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ticket += 1;
    this.dropSource();
    if (this.phase !== 'idle') this.phase = 'idle';
  }

  // ---- the crop tool ----

  private setCrop(next: CropState): void {
    this.crop = next;
  }

  private onFrameKey(event: KeyboardEvent): void {
    if (!this.crop) return;
    const step = event.shiftKey ? BIG_STEP : STEP;
    let next: CropState | null = null;
    switch (event.key) {
      case 'ArrowLeft':
        next = moveCropBy(this.crop, -step, 0);
        break;
      case 'ArrowRight':
        next = moveCropBy(this.crop, step, 0);
        break;
      case 'ArrowUp':
        next = moveCropBy(this.crop, 0, -step);
        break;
      case 'ArrowDown':
        next = moveCropBy(this.crop, 0, step);
        break;
      case '+':
      case '=':
      case 'Add':
        next = zoomCropTo(this.crop, this.crop.zoom * ZOOM_STEP);
        break;
      case '-':
      case '_':
      case 'Subtract':
        next = zoomCropTo(this.crop, this.crop.zoom / ZOOM_STEP);
        break;
      case '0':
      case 'Home':
        next = initialCrop(this.crop.imageWidth, this.crop.imageHeight);
        break;
      default:
        return;
    }
    event.preventDefault();
    this.setCrop(next);
  }

  private onPointerDown(event: PointerEvent): void {
    if (!this.crop) return;
    const frame = event.currentTarget as HTMLElement;
    frame.focus();
    frame.setPointerCapture?.(event.pointerId);
    this.drag = { x: event.clientX, y: event.clientY, start: this.crop, pointer: event.pointerId };
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.pointer) return;
    const frame = event.currentTarget as HTMLElement;
    const rect = cropRect(this.drag.start);
    const perCss = rect.width / Math.max(1, frame.clientWidth);
    // Dragging the picture one way moves the frame over it the other way.
    this.setCrop(
      moveCropByPixels(this.drag.start, -(event.clientX - this.drag.x) * perCss, -(event.clientY - this.drag.y) * perCss),
    );
  }

  private onPointerUp(event: PointerEvent): void {
    if (this.drag && event.pointerId === this.drag.pointer) this.drag = null;
  }

  private drawFrame(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('#frame canvas');
    if (!canvas || !this.bitmap || !this.crop) return;
    const ratio = globalThis.devicePixelRatio || 1;
    const width = Math.max(2, Math.round((canvas.clientWidth || 240) * ratio));
    const height = Math.round((width * 3) / 2);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const r = cropRect(this.crop);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(this.bitmap, r.x, r.y, r.width, r.height, 0, 0, width, height);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.phase === 'cropping') this.drawFrame();
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = null;
      target?.focus();
    }
  }

  // ---- rendering ----

  private pick(id: '#picker' | '#camera'): void {
    this.renderRoot.querySelector<HTMLInputElement>(id)?.click();
  }

  private onPicked(event: Event): void {
    const chosen = this.pickedFile(event);
    if (chosen) void this.choosePhoto(chosen);
  }

  private findingText(f: PhotoFinding): string {
    const p = f.params;
    const n = (v: number | undefined): number => v ?? 0;
    switch (f.id) {
      case 'aspect':
        return this.l10n.t('photo.check.aspect', { width: n(p['width']), height: n(p['height']) });
      case 'lowResolution':
        return this.l10n.t('photo.check.lowResolution', {
          width: n(p['width']),
          height: n(p['height']),
          minWidth: n(p['minWidth']),
          minHeight: n(p['minHeight']),
        });
      case 'tooDark':
        return this.l10n.t('photo.check.tooDark');
      case 'tooBright':
        return this.l10n.t('photo.check.tooBright');
      case 'backgroundNotLight':
        return this.l10n.t('photo.check.backgroundNotLight');
      case 'backgroundNotUniform':
        return this.l10n.t('photo.check.backgroundNotUniform');
      case 'smallFile':
        return this.l10n.t('photo.check.smallFile', { size: formatBytes(n(p['bytes']), this.locale) });
      case 'compressed':
        return this.l10n.t('photo.check.compressed', { max: formatBytes(this.maxBytes, this.locale) });
    }
  }

  private renderChoosers(): TemplateResult {
    const disabled = this.isDisabled || this.phase === 'loading' || this.phase === 'processing';
    return html`<div class="actions">
      <button
        id="input"
        type="button"
        part="input button"
        class=${this.file ? '' : 'primary'}
        aria-describedby=${['hint', this.shownError ? 'error' : ''].filter(Boolean).join(' ')}
        ?disabled=${disabled}
        @click=${() => this.pick('#picker')}
      >
        ${this.file ? this.l10n.t('photo.chooseAnother') : this.l10n.t('photo.choose')}
      </button>
      <button id="take" type="button" part="button" ?disabled=${disabled} @click=${() => this.pick('#camera')}>
        ${this.l10n.t('photo.take')}
      </button>
      <input id="picker" type="file" hidden tabindex="-1" accept="image/jpeg,image/png,image/webp" @change=${(e: Event) => this.onPicked(e)} />
      <input
        id="camera"
        type="file"
        hidden
        tabindex="-1"
        accept="image/jpeg,image/png,image/webp"
        capture="user"
        @change=${(e: Event) => this.onPicked(e)}
      />
    </div>`;
  }

  private renderCurrent(): TemplateResult {
    const file = this.file;
    if (!file) return html`<p class="status" id="current" tabindex="-1">${this.l10n.t('photo.none')}</p>`;
    const url = this.fileUrl();
    return html`<div class="file" part="file" id="current" tabindex="-1">
      ${url ? html`<img class="preview" part="preview" src=${url} alt=${this.l10n.t('photo.previewAlt')} />` : nothing}
      <div>
        <p>${this.l10n.t('photo.result', { ...this.sizeOf(file), size: formatBytes(file.size, this.locale) })}</p>
        ${this.overridden ? html`<p class="status">${this.l10n.t('photo.overridden')}</p>` : nothing}
        <button type="button" part="button remove" ?disabled=${this.isDisabled} @click=${() => this.removePhoto()}>
          ${this.l10n.t('photo.remove')}
        </button>
      </div>
    </div>`;
  }

  /** Output sizes of accepted photos (for the summary line); a restored file is measured once. */
  private dims = new WeakMap<File, { width: number; height: number }>();

  private sizeOf(file: File): { width: number; height: number } {
    const known = this.dims.get(file);
    if (known) return known;
    const unknown = { width: 0, height: 0 };
    this.dims.set(file, unknown);
    createImageBitmap(file).then(
      (bitmap) => {
        this.dims.set(file, { width: bitmap.width, height: bitmap.height });
        bitmap.close();
        this.requestUpdate();
      },
      () => undefined, // A restored file that cannot be decoded: the summary shows 0 × 0 rather than failing.
    );
    return unknown;
  }

  private renderCrop(): TemplateResult {
    const crop = this.crop;
    if (!crop) return html``;
    const pos = cropPosition(crop);
    const max = Math.round(maxZoom(crop.imageWidth, crop.imageHeight) * 100);
    const busy = this.phase === 'processing';
    return html`<section class="crop" aria-labelledby="crop-heading">
      <p class="title" id="crop-heading">${this.l10n.t('photo.crop.heading')}</p>
      <p id="crop-help">${this.l10n.t('photo.crop.instructions')}</p>
      <div
        id="frame"
        part="frame"
        class="frame"
        tabindex="0"
        role="group"
        aria-roledescription=${this.l10n.t('photo.crop.roledescription')}
        aria-label=${this.l10n.t('photo.crop.label')}
        aria-describedby="crop-help crop-status"
        @keydown=${(e: KeyboardEvent) => this.onFrameKey(e)}
        @pointerdown=${(e: PointerEvent) => this.onPointerDown(e)}
        @pointermove=${(e: PointerEvent) => this.onPointerMove(e)}
        @pointerup=${(e: PointerEvent) => this.onPointerUp(e)}
        @pointercancel=${(e: PointerEvent) => this.onPointerUp(e)}
      >
        <canvas aria-hidden="true"></canvas>
      </div>
      <p id="crop-status" role="status" aria-live="polite">
        ${this.l10n.t('photo.crop.status', { zoom: pos.zoomPercent, x: pos.x, y: pos.y })}
      </p>
      <div class="zoom">
        <label for="zoom">${this.l10n.t('photo.crop.zoom')}</label>
        <input
          id="zoom"
          type="range"
          min="100"
          max=${max}
          step="5"
          .value=${String(pos.zoomPercent)}
          @input=${(e: Event) => this.setCrop(zoomCropTo(crop, Number((e.target as HTMLInputElement).value) / 100))}
        />
        <button type="button" part="button" @click=${() => this.setCrop(zoomCropTo(crop, crop.zoom / ZOOM_STEP))}>
          <span aria-hidden="true">−</span><span class="visually-hidden">${this.l10n.t('photo.crop.zoomOut')}</span>
        </button>
        <button type="button" part="button" @click=${() => this.setCrop(zoomCropTo(crop, crop.zoom * ZOOM_STEP))}>
          <span aria-hidden="true">+</span><span class="visually-hidden">${this.l10n.t('photo.crop.zoomIn')}</span>
        </button>
      </div>
      <div class="actions">
        ${(
          [
            ['left', '←', -STEP, 0],
            ['up', '↑', 0, -STEP],
            ['down', '↓', 0, STEP],
            ['right', '→', STEP, 0],
          ] as const
        ).map(
          ([dir, arrow, dx, dy]) =>
            html`<button type="button" part="button" @click=${() => this.setCrop(moveCropBy(crop, dx, dy))}>
              <span aria-hidden="true">${arrow}</span><span class="visually-hidden">${this.l10n.t(`photo.crop.${dir}`)}</span>
            </button>`,
        )}
      </div>
      <div class="actions">
        <button id="apply" type="button" part="button apply" class="primary" ?disabled=${busy} @click=${() => void this.applyCrop()}>
          ${this.l10n.t('photo.crop.apply')}
        </button>
        <button type="button" part="button" ?disabled=${busy} @click=${() => this.cancelCrop()}>${this.l10n.t('photo.crop.cancel')}</button>
      </div>
    </section>`;
  }

  private renderReview(): TemplateResult {
    return html`<section class="findings" part="findings" id="findings" tabindex="-1" aria-labelledby="findings-heading">
      <p class="title" id="findings-heading">${this.l10n.t('photo.checks.heading')}</p>
      <p>${this.l10n.t('photo.checks.intro')}</p>
      <ul>
        ${this.findings.map((f) => html`<li data-check=${f.id}>${this.findingText(f)}</li>`)}
      </ul>
      ${this.pendingUrl ? html`<img class="preview" src=${this.pendingUrl} alt=${this.l10n.t('photo.previewAlt')} />` : nothing}
      <div class="actions">
        <button id="use-anyway" type="button" part="button use-anyway" class="primary" @click=${() => this.useAnyway()}>
          ${this.l10n.t('photo.useAnyway')}
        </button>
        <button id="adjust" type="button" part="button" @click=${() => this.adjust()}>${this.l10n.t('photo.adjust')}</button>
        <button type="button" part="button" @click=${() => this.cancelCrop()}>${this.l10n.t('photo.crop.cancel')}</button>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    const described = ['hint', this.shownError ? 'error' : '', this.warning ? 'warning' : ''].filter(Boolean).join(' ');
    const cropping = this.phase === 'cropping' || (this.phase === 'processing' && this.crop);
    return html`<div class=${this.rootClasses} lang=${this.locale}>
      <fieldset class="group" aria-describedby=${described}>
        <legend id="label" part="label">${this.label}</legend>
        <div id="hint" part="hint" class="hint">
          ${this.hint || this.l10n.tCore('procedure.conditions.photo.form')}
          ${limitsLine(this.l10n, this.sourcePolicy, 'photo')}
          ${this.l10n.t('upload.privacy')}
        </div>
        ${this.renderError()} ${this.renderWarning()}
        ${this.phase === 'idle' || this.phase === 'loading' ? html`${this.renderCurrent()} ${this.renderChoosers()}` : nothing}
        ${cropping ? this.renderCrop() : nothing} ${this.phase === 'review' ? this.renderReview() : nothing}
        <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
      </fieldset>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-photo-input': HochieuPhotoInput;
  }
}
