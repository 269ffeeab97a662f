/**
 * What `<hochieu-file-input>` and `<hochieu-photo-input>` have in common: a
 * field whose form value is one `File` kept on the device (HTML Living
 * Standard, form-associated custom elements: `setFormValue(file, file)`, the
 * reset and restore callbacks), a refusal of the last chosen file shown as the
 * error while the file accepted before stays (GOV.UK file upload pattern), a
 * polite status line for screen readers, `input` and `change` re-dispatched
 * from the host, and an object URL for the preview that is revoked when the
 * file changes or the element leaves the page. Not registered as a tag.
 */
import type { nothing, PropertyDeclarations, TemplateResult } from 'lit';
import { FieldElement } from '../field/field-element.js';

export abstract class UploadFieldElement extends FieldElement {
  static override properties: PropertyDeclarations = {
    file: { attribute: false },
    refusal: { state: true },
    status: { state: true },
  };

  /** The accepted file, or null. */
  declare file: File | null;

  /** The refusal of the last chosen file (shown as the error while there is one). */
  protected declare refusal: string;

  /** The last announcement for screen readers. */
  protected declare status: string;

  private objectUrl: string | null = null;
  private urlFor: File | null = null;

  constructor() {
    super();
    this.file = null;
    this.refusal = '';
    this.status = '';
  }

  /** Shows a refusal as the error and announces it, saying that the file accepted before (if any) stays. */
  protected showRefusal(message: string): void {
    this.refusal = message;
    this.status = this.file ? `${message} ${this.l10n.t('upload.keptPrevious', { name: this.file.name })}` : message;
  }

  /** Hands the new file to the form, then re-dispatches `input` and `change` from the host. */
  protected announceChange(): void {
    this.syncForm();
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The file chosen in a picker's `change` event; the picker is cleared so that choosing the same file again fires `change`. */
  protected pickedFile(event: Event): File | undefined {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    return chosen;
  }

  /** An object URL of the current file (null when there is none or `shown` says no), made once per file. */
  protected fileUrl(shown: (file: File) => boolean = () => true): string | null {
    if (this.urlFor !== this.file) {
      if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
      this.objectUrl = this.file && shown(this.file) ? URL.createObjectURL(this.file) : null;
      this.urlFor = this.file;
    }
    return this.objectUrl;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
    this.urlFor = null;
  }

  // ---- form association: the File is the value ----

  protected override syncForm(): void {
    this.internals.setFormValue(this.file, this.file);
    const anchor = this.renderRoot?.querySelector<HTMLElement>('#input') ?? undefined;
    if (this.error) this.internals.setValidity({ customError: true }, this.error, anchor);
    else if (this.required && !this.file) this.internals.setValidity({ valueMissing: true }, this.l10n.t('field.valueMissing'), anchor);
    else this.internals.setValidity({});
  }

  protected override get isEmpty(): boolean {
    return !this.file;
  }

  override formResetCallback(): void {
    this.file = null;
    this.value = '';
    this.refusal = '';
    this.syncForm();
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof File) {
      this.file = state;
      this.value = state.name;
    }
    this.syncForm();
  }

  // ---- rendering ----

  /** The error shown: the refusal of the last file, else the form's error. */
  protected get shownError(): string {
    return this.refusal || this.error;
  }

  protected override get rootClasses(): string {
    return ['root', 'field', this.shownError ? 'has-error' : '', this.isDisabled ? 'is-disabled' : ''].filter(Boolean).join(' ');
  }

  /** The error message: the refusal of the last file, else the form's error. */
  protected override renderError(text: string = this.shownError): TemplateResult | typeof nothing {
    return super.renderError(text);
  }
}
