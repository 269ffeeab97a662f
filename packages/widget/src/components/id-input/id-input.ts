/**
 * `<hochieu-id-input>`: the 12-digit personal identification number (số định
 * danh cá nhân, printed on the chip ID card; Luật Căn cước 2023, Nghị định
 * 70/2024/NĐ-CP). White space is not part of the value: the field strips it,
 * and once the number is committed it shows the digits grouped 3-3-6
 * (province code, century-and-sex digit with the year of birth, serial), which
 * is easier to compare with a card. Other characters are kept so that core's
 * rule can name the problem. What the number reveals (birth-registration
 * province, century and sex) is computed by the form from core and shown here
 * through the `decoded` property or the `decoded` slot.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { SingleInputField } from '../field/single-input-field.js';
import { idInputStyles } from './id-input.styles.js';

/** Removes all white space (the value of the field). */
export function stripSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Groups a run of digits 3-3-6 for display; anything else is returned unchanged. */
export function groupIdDigits(value: string): string {
  if (!/^\d+$/u.test(value)) return value;
  return [value.slice(0, 3), value.slice(3, 6), value.slice(6)].filter(Boolean).join(' ');
}

/**
 * @summary The 12-digit personal ID number, grouped for reading, with what it reveals.
 *
 * @slot decoded - What the number reveals (used instead of the `decoded` property).
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after the value was committed (composed).
 *
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - The number input.
 * @csspart decoded - What the number reveals.
 *
 * @cssproperty --hochieu-color-error - Error colour.
 * @cssproperty --hochieu-color-border - Input border colour.
 * @cssproperty --hochieu-color-surface - Background of the decoded information.
 */
export class HochieuIdInput extends SingleInputField {
  static override styles = [SingleInputField.styles, idInputStyles];

  static override properties: PropertyDeclarations = {
    decoded: {},
    typed: { state: true },
  };

  /** Plain text saying what the number reveals, set by the form from core. */
  declare decoded: string;

  /** The text as the user typed it, until it is committed. */
  private declare typed: string | null;

  constructor() {
    super();
    this.decoded = '';
    this.typed = null;
    this.width = '10';
  }

  protected override get inputModeHint(): string {
    return 'numeric';
  }

  protected override get displayValue(): string {
    return this.typed ?? groupIdDigits(this.value);
  }

  protected override readInput(input: HTMLInputElement): void {
    this.typed = input.value;
    this.value = stripSpaces(input.value);
  }

  protected override normalizeValue(): void {
    this.typed = null;
    this.value = stripSpaces(this.value.normalize('NFC'));
    const input = this.input;
    if (input && input.value !== this.displayValue) input.value = this.displayValue;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A value set from outside replaces what was being typed.
    if (changed.has('value') && this.typed !== null && stripSpaces(this.typed) !== this.value) this.typed = null;
  }

  override formResetCallback(): void {
    this.typed = null;
    super.formResetCallback();
  }

  protected override get formValue(): string {
    return stripSpaces(this.value.normalize('NFC'));
  }

  protected override get extraDescriptionIds(): string[] {
    return this.decoded || this.hasSlottedDecoded ? ['decoded'] : [];
  }

  private get hasSlottedDecoded(): boolean {
    return this.querySelector(':scope > [slot="decoded"]') !== null;
  }

  protected override renderAfterInput(): TemplateResult | typeof nothing {
    return html`<div id="decoded" part="decoded" class="decoded" ?hidden=${!this.decoded && !this.hasSlottedDecoded}>
      <slot name="decoded" @slotchange=${() => this.requestUpdate()}>${this.decoded}</slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-id-input': HochieuIdInput;
  }
}
