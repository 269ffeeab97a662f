/**
 * `<hochieu-phone-input>`: a telephone number field (`type="tel"`,
 * `inputmode="tel"`, autofill `tel`), so phones show the dialling keypad.
 * The value is kept exactly as typed (NFC): whether it is a valid Vietnamese
 * number is core's rule, reported by the form through `error`.
 */
import { SingleInputField } from '../field/single-input-field.js';
import { phoneInputStyles } from './phone-input.styles.js';

/**
 * @summary A telephone number field with label, hint and error.
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after the value was committed (composed).
 *
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - The telephone input.
 *
 * @cssproperty --hochieu-color-error - Error colour.
 * @cssproperty --hochieu-color-border - Input border colour.
 * @cssproperty --hochieu-color-focus - Focus highlight colour.
 */
export class HochieuPhoneInput extends SingleInputField {
  static override styles = [SingleInputField.styles, phoneInputStyles];

  constructor() {
    super();
    this.width = '10';
    this.autocomplete = 'tel';
  }

  protected override get inputType(): string {
    return 'tel';
  }

  protected override get inputModeHint(): string {
    return 'tel';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-phone-input': HochieuPhoneInput;
  }
}
