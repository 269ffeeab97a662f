/**
 * `<hochieu-checkbox>`: one yes/no statement the citizen ticks (a
 * declaration of truth, a request for the passport by post), as a native
 * checkbox with its label beside it: the GOV.UK Design System "checkboxes"
 * pattern for a single box. Submitted like a native checkbox: `value`
 * (default `on`) when checked, nothing when not; the `checked` attribute is
 * the default a form reset restores.
 */
import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { choiceStyles } from '../choice/choice.styles.js';
import { FieldElement } from '../field/field-element.js';
import { checkboxStyles } from './checkbox.styles.js';

/**
 * @summary A single checkbox with label, hint and error.
 *
 * @fires input - Re-dispatched from the host after `checked` changed (composed).
 * @fires change - Re-dispatched from the host after `checked` changed (composed).
 *
 * @csspart label - The label beside the box.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - The checkbox.
 *
 * @cssproperty --hochieu-color-error - Error colour.
 * @cssproperty --hochieu-color-focus - Focus highlight colour.
 */
export class HochieuCheckbox extends FieldElement {
  static override styles = [FieldElement.styles, choiceStyles, checkboxStyles];

  protected override readonly missingMessageId = 'field.checkboxMissing' as const;

  static override properties: PropertyDeclarations = {
    checked: { type: Boolean, attribute: false },
  };

  /** Whether the box is ticked. The `checked` attribute is the default. */
  declare checked: boolean;

  constructor() {
    super();
    this.checked = false;
    this.value = 'on';
  }

  override get defaultValue(): string {
    return this.getAttribute('value') ?? 'on';
  }

  /** The default state: the `checked` attribute. */
  get defaultChecked(): boolean {
    return this.hasAttribute('checked');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.defaultChecked) this.checked = true;
  }

  protected override get formValue(): string | null {
    return this.checked ? this.value || 'on' : null;
  }

  protected override get formState(): string {
    return this.checked ? 'checked' : '';
  }

  protected override restoreFromState(state: string): void {
    this.checked = state === 'checked';
  }

  protected override get isEmpty(): boolean {
    return !this.checked;
  }

  override formResetCallback(): void {
    this.checked = this.defaultChecked;
    super.formResetCallback();
  }

  private read(input: HTMLInputElement): void {
    this.checked = input.checked;
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClasses} lang=${this.locale}>
      <div class="option">
        <input
          id="input"
          part="input"
          type="checkbox"
          .checked=${live(this.checked)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.describedBy()}
          @input=${(e: Event) => this.handleInput(e, () => this.read(e.target as HTMLInputElement))}
          @change=${(e: Event) => this.handleChange(e, () => this.read(e.target as HTMLInputElement))}
        />
        ${this.renderLabel()}
        <div class="option-hint">${this.renderHint()}</div>
      </div>
      ${this.renderError()} ${this.renderWarning()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-checkbox': HochieuCheckbox;
  }
}
