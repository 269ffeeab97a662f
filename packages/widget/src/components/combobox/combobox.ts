/**
 * `<hochieu-combobox>`: a text field with a list of suggestions that follows
 * the WAI-ARIA 1.2 combobox pattern (APG "Editable Combobox With List
 * Autocomplete"): the input has `role="combobox"`, `aria-autocomplete="list"`,
 * `aria-expanded` and `aria-controls`; the suggestions are a `listbox` of
 * `option`s; the highlighted option is `aria-activedescendant`, so focus stays
 * in the input. Down arrow opens the list (also when the input is empty) and
 * moves down, Up arrow moves up, Enter takes the highlighted option, Escape
 * closes the list, Tab leaves it; the mouse takes an option with a click.
 * Nothing is auto-selected and free text stays allowed (a birthplace or a
 * religion may be one no list has). The suggestions come from a function
 * (`suggest`) the form gives, e.g. core's accent-insensitive `searchPlaces`,
 * which a native `<datalist>` could not use (it filters by its own rules).
 * The number of suggestions is announced through a polite status region.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { SingleInputField } from '../field/single-input-field.js';
import { afterClick, watchPointer } from '../../pointer/after-click.js';
import { comboboxStyles } from './combobox.styles.js';
import '../hochieu-form/strings.vi.js';

/** One suggestion: the value written into the field, and an optional detail line. */
export interface ComboboxOption {
  readonly value: string;
  /** Text of the option when it differs from the value, e.g. "Hà Giang (nay thuộc Tuyên Quang)". */
  readonly label?: string;
  /** Shown under the value, e.g. "(nay thuộc Tuyên Quang)". */
  readonly detail?: string;
}

export type ComboboxSuggest = (query: string) => readonly ComboboxOption[];

/**
 * @summary A text field with searchable suggestions (ARIA 1.2 combobox with a listbox).
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after a value was committed or an option taken (composed).
 *
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - The text input.
 * @csspart listbox - The list of suggestions.
 * @csspart option - Each suggestion.
 *
 * @cssproperty --hochieu-color-primary - Background of the highlighted suggestion.
 * @cssproperty --hochieu-color-border - Border of the input and the list.
 */
export class HochieuCombobox extends SingleInputField {
  static override styles = [SingleInputField.styles, comboboxStyles];

  static override properties: PropertyDeclarations = {
    suggest: { attribute: false },
    options: { state: true },
    expanded: { state: true },
    active: { state: true },
  };

  /** Returns the suggestions for the typed text (an empty text may return a whole short list). */
  declare suggest: ComboboxSuggest;

  private declare options: readonly ComboboxOption[];
  private declare expanded: boolean;
  private declare active: number;

  constructor() {
    super();
    this.suggest = () => [];
    this.options = [];
    this.expanded = false;
    this.active = -1;
  }

  /** Whether the suggestion list is open. */
  get open(): boolean {
    return this.expanded && this.options.length > 0;
  }

  private refreshOptions(): void {
    this.options = this.suggest(this.value);
    this.active = -1;
  }

  private close(): void {
    this.expanded = false;
    this.active = -1;
  }

  private take(option: ComboboxOption): void {
    this.value = option.value;
    const input = this.input;
    if (input) input.value = option.value;
    this.close();
    this.syncForm();
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPointer();
  }

  /** Leaving closes the list; with the mouse, just after the click, so what is below does not move under the pointer. */
  private onBlur(): void {
    afterClick(() => {
      if (this.shadowRoot?.activeElement !== this.input) this.close();
    });
  }

  /** "1 suggestion" / "3 suggestions": the plural category of the element's language (Intl.PluralRules). */
  private countText(count: number): string {
    const one = new Intl.PluralRules(this.locale).select(count) === 'one';
    return this.l10n.t(one ? 'form.combobox.count.one' : 'form.combobox.count', { count });
  }

  private onInput(event: Event): void {
    this.handleInput(event, () => this.readInput(event.target as HTMLInputElement));
    this.refreshOptions();
    this.expanded = this.options.length > 0;
  }

  private onKeyDown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (!this.open) {
          this.refreshOptions();
          this.expanded = this.options.length > 0;
          if (!event.altKey && this.expanded) this.active = 0;
          return;
        }
        this.active = (this.active + 1) % this.options.length;
        return;
      }
      case 'ArrowUp': {
        if (!this.open) return;
        event.preventDefault();
        this.active = this.active <= 0 ? this.options.length - 1 : this.active - 1;
        return;
      }
      case 'Enter': {
        const option = this.open ? this.options[this.active] : undefined;
        if (option) {
          event.preventDefault();
          this.take(option);
        }
        return;
      }
      case 'Escape': {
        if (this.open) {
          event.preventDefault();
          this.close();
        }
        return;
      }
      default:
        return;
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override renderInput(): TemplateResult {
    const open = this.open;
    return html`<div class="control">
      <input
        id="input"
        part="input"
        class="full"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="listbox"
        aria-activedescendant=${ifDefined(open && this.active >= 0 ? `option-${this.active}` : undefined)}
        .value=${live(this.displayValue)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.describedBy()}
        autocomplete=${this.autocomplete || 'off'}
        spellcheck="false"
        @input=${(e: Event) => this.onInput(e)}
        @change=${(e: Event) => this.handleChange(e, () => this.readInput(e.target as HTMLInputElement))}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
        @blur=${() => this.onBlur()}
      />
      <ul id="listbox" part="listbox" class="listbox" role="listbox" aria-labelledby="label" ?hidden=${!open}>
        ${open
          ? this.options.map(
              (option, index) =>
                html`<li
                  id=${`option-${index}`}
                  part="option"
                  class="option"
                  role="option"
                  aria-selected=${index === this.active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.take(option)}
                >
                  ${option.label ?? option.value}${option.detail ? html`<span class="option-detail">${option.detail}</span>` : nothing}
                </li>`,
            )
          : nothing}
      </ul>
      <div class="visually-hidden" role="status">${open ? this.countText(this.options.length) : ''}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-combobox': HochieuCombobox;
  }
}
