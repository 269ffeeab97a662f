/**
 * `<hochieu-date-input>`: a date as three boxes (day, month, year) in the
 * GOV.UK Design System "date input" pattern: a fieldset whose legend is the
 * question, the hint and error tied to the group, numeric keyboards
 * (`inputmode="numeric"`), no pickers. With `precision="year"` a year alone is
 * accepted (day and month may stay empty). The value is ISO `YYYY-MM-DD`, or
 * `YYYY`, or while incomplete the raw `day/month/year` text (see
 * date-value.ts): nothing typed is ever cleared. A whole date typed or pasted
 * into the day box ("27/3/2007", "27032007") is spread over the three boxes,
 * and dates typed as people type them move from box to box: two digits or a
 * separator go to the next box, extra digits are carried there, so
 * "15031990" and "15/03/1990" typed in one go land as 15 / 03 / 1990;
 * Backspace in an empty box goes back.
 */
import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { FieldElement } from '../field/field-element.js';
import { dateInputStyles } from './date-input.styles.js';
import {
  composeDateValue,
  EMPTY_PARTS,
  splitDateValue,
  splitTypedDate,
  stepBox,
  type DateParts,
  type DatePrecision,
} from './date-value.js';

type Box = keyof DateParts;

const BOX_LABEL = { day: 'dateInput.day', month: 'dateInput.month', year: 'dateInput.year' } as const;

/**
 * @summary A date as day, month and year boxes; optionally a year alone.
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after a box was committed and NFC-normalized (composed).
 *
 * @csspart label - The legend (the question).
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - Each of the three inputs (also `day`, `month`, `year`).
 * @csspart box-label - The labels "Ngày", "Tháng", "Năm".
 *
 * @cssproperty --hochieu-color-error - Error colour.
 * @cssproperty --hochieu-color-border - Input border colour.
 * @cssproperty --hochieu-color-focus - Focus highlight colour.
 */
export class HochieuDateInput extends FieldElement {
  static override styles = [FieldElement.styles, dateInputStyles];

  static override properties: PropertyDeclarations = {
    precision: { reflect: true },
    autocomplete: {},
    parts: { state: true },
  };

  /** `day` (default): a full date is needed; `year`: a year alone is also a complete value. */
  declare precision: DatePrecision;

  /** Autofill section: `bday` gives `bday-day`, `bday-month`, `bday-year`. */
  declare autocomplete: string;

  private declare parts: DateParts;

  constructor() {
    super();
    this.precision = 'day';
    this.autocomplete = '';
    this.parts = EMPTY_PARTS;
  }

  protected override get isEmpty(): boolean {
    return !this.parts.day.trim() && !this.parts.month.trim() && !this.parts.year.trim();
  }

  protected override get formState(): string {
    return JSON.stringify(this.parts);
  }

  protected override restoreFromState(state: string): void {
    try {
      const parsed = JSON.parse(state) as Partial<Record<Box, unknown>>;
      const text = (v: unknown): string => (typeof v === 'string' ? v : '');
      this.parts = { day: text(parsed.day), month: text(parsed.month), year: text(parsed.year) };
    } catch {
      this.parts = splitDateValue(state);
    }
    this.value = composeDateValue(this.parts, this.precision);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('value') && composeDateValue(this.parts, this.precision) !== this.value) {
      this.parts = splitDateValue(this.value);
    }
    if (changed.has('precision') && !changed.has('value')) {
      this.value = composeDateValue(this.parts, this.precision);
    }
  }

  override formResetCallback(): void {
    this.parts = splitDateValue(this.defaultValue);
    super.formResetCallback();
  }

  protected override normalizeValue(): void {
    const nfc = (s: string): string => s.normalize('NFC');
    this.parts = { day: nfc(this.parts.day), month: nfc(this.parts.month), year: nfc(this.parts.year) };
    this.value = composeDateValue(this.parts, this.precision);
    this.writeBoxes();
  }

  private readBox(box: Box, input: HTMLInputElement): void {
    const whole = box === 'day' ? splitTypedDate(input.value) : null;
    if (whole) {
      this.parts = whole;
      this.writeBoxes();
    } else {
      this.parts = { ...this.parts, [box]: input.value };
    }
    this.value = composeDateValue(this.parts, this.precision);
  }

  /**
   * Typing (not deleting, not pasting a whole date): a separator moves to the next box, and digits
   * past the box's two are carried there (see `stepBox`), so "15031990" or "15/03/1990" typed in the
   * day box lands in the three boxes. Two digits alone do not move on: a keyboard user who types "12"
   * and then Tab must reach the month box, not skip it. Runs before `readBox`.
   */
  private typeInto(box: Box, event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    if (!event.inputType?.startsWith('insert') || splitTypedDate(input.value)) return;
    if (input.selectionStart !== null && input.selectionStart < input.value.length) return;
    let current: Box = box;
    let step = stepBox(current, input.value);
    let parts: DateParts = { ...this.parts, [current]: step.text };
    let moved = false;
    while (step.advance && current !== 'year') {
      const following: Box = current === 'day' ? 'month' : 'year';
      moved = true;
      current = following;
      // The next box is replaced when something is carried, else kept (it may hold an earlier answer).
      step = step.carry ? stepBox(following, step.carry) : { text: parts[following], carry: '', advance: false };
      parts = { ...parts, [following]: step.text };
    }
    if (parts[box] === input.value && !moved) return;
    // An earlier answer in the box moved to (nothing carried into it) is selected, so typing replaces it.
    const keptAnswer = moved && parts[current] !== '' && parts[current] === this.parts[current];
    input.value = parts[box];
    this.parts = parts;
    this.writeBoxes();
    if (moved) {
      const target = this.renderRoot.querySelector<HTMLInputElement>(`#${current}`);
      target?.focus();
      if (target) target.setSelectionRange(keptAnswer ? 0 : target.value.length, target.value.length);
    }
  }

  /** Backspace in an empty month or year box goes back to the box before. */
  private onKeyDown(box: Box, event: KeyboardEvent): void {
    if (event.key !== 'Backspace' || box === 'day' || (event.target as HTMLInputElement).value !== '') return;
    const before = this.renderRoot.querySelector<HTMLInputElement>(box === 'month' ? '#day' : '#month');
    if (!before) return;
    event.preventDefault();
    before.focus();
    before.setSelectionRange(before.value.length, before.value.length);
  }

  private writeBoxes(): void {
    for (const box of ['day', 'month', 'year'] as const) {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#${box}`);
      if (input && input.value !== this.parts[box]) input.value = this.parts[box];
    }
  }

  private renderBox(box: Box): TemplateResult {
    const required = this.required && (this.precision === 'day' || box === 'year');
    return html`<div class="box box-${box}">
      <label for=${box} part="box-label" class="box-label">${this.l10n.t(BOX_LABEL[box])}</label>
      <input
        id=${box}
        part="input ${box}"
        class=${box === 'year' ? 'width-4' : 'width-2'}
        type="text"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${this.autocomplete ? `${this.autocomplete}-${box}` : 'off'}
        .value=${live(this.parts[box])}
        ?required=${required}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.error ? 'true' : 'false'}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(box, e)}
        @input=${(e: Event) => {
          this.typeInto(box, e as InputEvent);
          this.handleInput(e, () => this.readBox(box, e.target as HTMLInputElement));
        }}
        @change=${(e: Event) => this.handleChange(e, () => this.readBox(box, e.target as HTMLInputElement))}
      />
    </div>`;
  }

  protected override render(): TemplateResult {
    return this.renderGroup(
      html`<div class="boxes">${this.renderBox('day')} ${this.renderBox('month')} ${this.renderBox('year')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-date-input': HochieuDateInput;
  }
}
