/**
 * `<hochieu-choice>`: one answer out of a few (sex, reason for the request,
 * how to receive the passport), as native radio buttons inside a fieldset
 * whose legend is the question: the GOV.UK Design System "radios" pattern.
 * Native radios give the expected keyboard behaviour for free (Tab enters the
 * group, arrow keys move and select within it; WAI-ARIA APG "Radio Group").
 * Options are data (`options`), their labels already in the reader's
 * language (the form formats them from core's message ids).
 */
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { FieldElement } from '../field/field-element.js';
import { choiceStyles } from './choice.styles.js';

/** One answer of a `<hochieu-choice>`. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/**
 * @summary A radio group: one answer out of a few.
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after an option was chosen (composed).
 *
 * @csspart label - The legend (the question).
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - Each radio button.
 * @csspart option - The wrapper of one option.
 * @csspart option-label - The label of one option.
 * @csspart option-hint - The hint of one option.
 *
 * @cssproperty --hochieu-color-error - Error colour.
 * @cssproperty --hochieu-color-border - Radio border colour.
 * @cssproperty --hochieu-color-focus - Focus highlight colour.
 */
export class HochieuChoice extends FieldElement {
  static override styles = [FieldElement.styles, choiceStyles];

  protected override readonly missingMessageId = 'field.choiceMissing' as const;

  static override properties: PropertyDeclarations = {
    options: { attribute: false },
    inline: { type: Boolean, reflect: true },
  };

  /** The answers, in order. */
  declare options: readonly ChoiceOption[];

  /** Lays short options (Nam / Nữ) side by side. */
  declare inline: boolean;

  constructor() {
    super();
    this.options = [];
    this.inline = false;
  }

  protected override get formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  private read(input: HTMLInputElement): void {
    if (input.checked) this.value = input.value;
  }

  private renderOption(option: ChoiceOption, index: number): TemplateResult {
    const id = `option-${index}`;
    return html`<div class="option" part="option">
      <input
        id=${id}
        part="input"
        type="radio"
        name="choice"
        .value=${option.value}
        .checked=${live(this.value === option.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${option.hint ? `${id}-hint` : nothing}
        @input=${(e: Event) => this.handleInput(e, () => this.read(e.target as HTMLInputElement))}
        @change=${(e: Event) => this.handleChange(e, () => this.read(e.target as HTMLInputElement))}
      />
      <label for=${id} part="option-label" class="option-label">${option.label}</label>
      ${option.hint ? html`<div id="${id}-hint" part="option-hint" class="option-hint">${option.hint}</div>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    return this.renderGroup(html`<div class="options">${this.options.map((o, i) => this.renderOption(o, i))}</div>`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-choice': HochieuChoice;
  }
}
