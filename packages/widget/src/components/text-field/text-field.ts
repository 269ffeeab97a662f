/**
 * `<hochieu-text-field>`: a one-line text or e-mail field. For names it can
 * show a live preview in capitals as the declaration prints them (TK01 and
 * TK01a write the full name in capital letters, Thông tư 31/2023/TT-BCA),
 * using core's `toPrintedCapitals`; for ethnicity or religion it offers
 * suggestions through a native `<datalist>` (announced by screen readers and
 * keyboard-usable in every browser, while free text stays allowed).
 */
import { toPrintedCapitals } from '@hochieu/core';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { SingleInputField } from '../field/single-input-field.js';
import { textFieldStyles } from './text-field.styles.js';

/**
 * @summary A text or e-mail field with label, hint, error, optional capital-letter preview and suggestions.
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after the value was committed and NFC-normalized (composed).
 *
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - The text input.
 * @csspart preview - The "Sẽ in là" capital-letter preview.
 *
 * @cssproperty --hochieu-color-text - Text colour.
 * @cssproperty --hochieu-color-text-secondary - Hint colour.
 * @cssproperty --hochieu-color-error - Error colour.
 * @cssproperty --hochieu-color-border - Input border colour.
 * @cssproperty --hochieu-color-focus - Focus highlight colour.
 * @cssproperty --hochieu-font-family - Font family.
 * @cssproperty --hochieu-font-size - Base font size.
 * @cssproperty --hochieu-radius - Corner radius of the input.
 */
export class HochieuTextField extends SingleInputField {
  static override styles = [SingleInputField.styles, textFieldStyles];

  static override properties: PropertyDeclarations = {
    type: {},
    preview: { type: Boolean },
    suggestions: { attribute: false },
  };

  /** `text` (default) or `email`. */
  declare type: 'text' | 'email';

  /** Shows how the value will be printed in capital letters (for names). */
  declare preview: boolean;

  /** Suggested values (e.g. the 54 ethnic groups); the user may still type anything. */
  declare suggestions: readonly string[];

  constructor() {
    super();
    this.type = 'text';
    this.preview = false;
    this.suggestions = [];
  }

  protected override get inputType(): string {
    return this.type === 'email' ? 'email' : 'text';
  }

  protected override get listId(): string | undefined {
    return this.suggestions.length ? 'suggestions' : undefined;
  }

  protected override renderAfterInput(): TemplateResult | typeof nothing {
    const printed = this.preview ? toPrintedCapitals(this.value) : '';
    return html`${printed
      ? html`<p part="preview" class="preview">
          ${this.l10n.t('textField.previewLabel')} <strong class="printed">${printed}</strong>
        </p>`
      : nothing}
    ${this.suggestions.length
      ? html`<datalist id="suggestions">${this.suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>`
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-text-field': HochieuTextField;
  }
}
