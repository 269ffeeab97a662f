/**
 * A field made of one `<input>` (text, e-mail, telephone, ID number): label,
 * hint, error and warning around it in the GOV.UK order, with the value shown
 * as typed. The inner input is never rewritten while the user types (that
 * would break Vietnamese input methods such as Telex/VNI, which compose
 * letters in place); `live()` only writes when the value changed from
 * outside, and on `change` the NFC form of the text is put back.
 */
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FieldElement } from './field-element.js';

export type InputWidth = 'full' | '20' | '10' | '5' | '3' | '2';

export abstract class SingleInputField extends FieldElement {
  static override properties: PropertyDeclarations = {
    autocomplete: {},
    width: {},
  };

  /** Browser autofill hint for the inner input (e.g. `family-name`, `email`). */
  declare autocomplete: string;

  /** Width of the input in characters (a maximum; it never exceeds the container). */
  declare width: InputWidth;

  constructor() {
    super();
    this.autocomplete = '';
    this.width = 'full';
  }

  /** The `type` of the inner input. */
  protected get inputType(): string {
    return 'text';
  }

  /** The `inputmode` of the inner input, if any. */
  protected get inputModeHint(): string | undefined {
    return undefined;
  }

  /** Whether the browser may spell-check (off for names and numbers). */
  protected get spellcheckValue(): 'true' | 'false' {
    return 'false';
  }

  /** The text shown in the input for the current value. */
  protected get displayValue(): string {
    return this.value;
  }

  /** Reads the inner input's text into `value`. */
  protected readInput(input: HTMLInputElement): void {
    this.value = input.value;
  }

  protected get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected override normalizeValue(): void {
    super.normalizeValue();
    const input = this.input;
    if (input && input.value !== this.displayValue) input.value = this.displayValue;
  }

  /** Extra ids for `aria-describedby`, after the hint. */
  protected get extraDescriptionIds(): string[] {
    return [];
  }

  /** Content after the input (preview, decoded information…). */
  protected renderAfterInput(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The id of a `<datalist>` of suggestions rendered by the field, if any. */
  protected get listId(): string | undefined {
    return undefined;
  }

  protected renderInput(): TemplateResult {
    return html`<input
      id="input"
      part="input"
      class=${`width-${this.width}`.replace('width-full', 'full')}
      type=${this.inputType}
      .value=${live(this.displayValue)}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      aria-invalid=${this.error ? 'true' : 'false'}
      aria-describedby=${this.describedBy(...this.extraDescriptionIds)}
      autocomplete=${this.autocomplete || 'off'}
      inputmode=${ifDefined(this.inputModeHint)}
      spellcheck=${this.spellcheckValue}
      list=${ifDefined(this.listId)}
      @input=${(e: Event) => this.handleInput(e, () => this.readInput(e.target as HTMLInputElement))}
      @change=${(e: Event) => this.handleChange(e, () => this.readInput(e.target as HTMLInputElement))}
    />`;
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClasses} lang=${this.locale}>
      ${this.renderLabel()} ${this.renderHint()} ${this.renderError()} ${this.renderWarning()} ${this.renderInput()}
      ${this.renderAfterInput()}
    </div>`;
  }
}
