/**
 * `<hochieu-textarea>`: a multi-line text field (GOV.UK Design System
 * "textarea") for the longer free texts of the declaration (the employer's
 * name and address, the details of the request). Label, hint, error and
 * warning follow the shared field order; the text is never cut or rewritten
 * while typing (no `maxlength`: core's rule reports a text that is too long,
 * so a paste is never silently truncated) and is NFC-normalized on `change`.
 */
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FieldElement } from '../field/field-element.js';
import { textareaStyles } from './textarea.styles.js';

/**
 * @summary A multi-line text field with label, hint and error.
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after the value was committed and NFC-normalized (composed).
 *
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - The textarea.
 */
export class HochieuTextarea extends FieldElement {
  static override styles = [FieldElement.styles, textareaStyles];

  static override properties: PropertyDeclarations = {
    rows: { type: Number },
    autocomplete: {},
  };

  /** Visible lines. */
  declare rows: number;

  /** Browser autofill hint (e.g. `street-address`). */
  declare autocomplete: string;

  constructor() {
    super();
    this.rows = 3;
    this.autocomplete = '';
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  protected override normalizeValue(): void {
    super.normalizeValue();
    const area = this.textarea;
    if (area && area.value !== this.value) area.value = this.value;
  }

  private read(area: HTMLTextAreaElement): void {
    this.value = area.value;
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClasses} lang=${this.locale}>
      ${this.renderLabel()} ${this.renderHint()} ${this.renderError()} ${this.renderWarning()}
      <textarea
        id="input"
        part="input"
        rows=${this.rows}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.describedBy()}
        autocomplete=${this.autocomplete || 'off'}
        spellcheck="true"
        @input=${(e: Event) => this.handleInput(e, () => this.read(e.target as HTMLTextAreaElement))}
        @change=${(e: Event) => this.handleChange(e, () => this.read(e.target as HTMLTextAreaElement))}
      ></textarea>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-textarea': HochieuTextarea;
  }
}
