/**
 * The common behaviour of every form field element. Fields are
 * form-associated custom elements (HTML Living Standard, "Form-associated
 * custom elements": `static formAssociated`, `ElementInternals` with
 * `setFormValue` / `setValidity`, and the reset, restore and disabled
 * callbacks), so they work in the widget's own form and in a host page's
 * `<form>`. The presentation follows the GOV.UK Design System: label, then
 * hint, then the error message with a visually hidden "Lỗi:" prefix, all tied
 * to the control with `for` and `aria-describedby` inside the same shadow
 * root, and `aria-invalid` while there is an error. Fields never judge a value
 * against Vietnamese rules themselves: the form runs core's rules and sets
 * `error` (and `warning`) with the message; the field's validity only
 * reflects `required` and `error`. Values are NFC-normalized on `change`
 * (UAX #15; some keyboards type decomposed Vietnamese), what the user typed
 * is never cleared, and the native `input` / `change` events are
 * re-dispatched from the host after the field's `value` is updated.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { WidgetMessageId } from '../../localization/vi.js';
import { focusStyles, visuallyHidden } from '../../styles/shared.js';
import { HochieuElement } from '../base/hochieu-element.js';
import { fieldStyles } from './field.styles.js';

type MissingMessageId = Extract<WidgetMessageId, 'field.valueMissing' | 'field.choiceMissing' | 'field.checkboxMissing'>;

export abstract class FieldElement extends HochieuElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [HochieuElement.styles, visuallyHidden, focusStyles, fieldStyles];

  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    error: {},
    warning: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    name: { reflect: true },
    value: {},
    formDisabled: { state: true },
  };

  /** The visible label (a legend for grouped fields). */
  declare label: string;

  /** Help text shown under the label. */
  declare hint: string;

  /** An error message set by the form (from core's rules); empty when there is none. */
  declare error: string;

  /** A warning set by the form; shown, announced, never blocks. */
  declare warning: string;

  /** The field must have a value (reflected in validity and to assistive technology). */
  declare required: boolean;

  /** Disables the field (a disabled `<fieldset>` ancestor does too). */
  declare disabled: boolean;

  /** The name under which the value is submitted with the form. */
  declare name: string;

  /** The current value. The `value` attribute is the default that a form reset restores. */
  declare value: string;

  /** Disabled by the form or an ancestor fieldset (`formDisabledCallback`). */
  protected declare formDisabled: boolean;

  constructor() {
    super();
    this.label = '';
    this.hint = '';
    this.error = '';
    this.warning = '';
    this.required = false;
    this.disabled = false;
    this.name = '';
    this.value = '';
    this.formDisabled = false;
  }

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Which widget string is the validity message when a required field is empty. */
  protected readonly missingMessageId: MissingMessageId = 'field.valueMissing';

  // ---- form-associated API, as on native controls ----

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The value a form reset restores: the `value` attribute. */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.syncForm();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.restoreFromState(state);
    this.syncForm();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** True when the field is disabled by its own attribute or by the form. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  // ---- hooks for the concrete fields ----

  /** The value handed to the form (null: nothing submitted). */
  protected get formValue(): string | null {
    return this.value.normalize('NFC');
  }

  /** The state a browser keeps for restoring the page (autocomplete, back/forward). */
  protected get formState(): string {
    return this.value;
  }

  protected restoreFromState(state: string): void {
    this.value = state;
  }

  /** True when `required` is not satisfied. */
  protected get isEmpty(): boolean {
    return this.value.trim() === '';
  }

  /** The control the browser points at when reporting validity. */
  protected get validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="input"]');
  }

  /** Puts NFC into the value (and into the visible text, where the field shows the value as typed). */
  protected normalizeValue(): void {
    this.value = this.value.normalize('NFC');
  }

  // ---- shared machinery ----

  /** Hands the value and validity to the form now (also called after each render). */
  protected syncForm(): void {
    this.internals.setFormValue(this.formValue, this.formState);
    const anchor = this.validationAnchor ?? undefined;
    if (this.error) {
      this.internals.setValidity({ customError: true }, this.error, anchor);
    } else if (this.required && this.isEmpty) {
      this.internals.setValidity({ valueMissing: true }, this.l10n.t(this.missingMessageId), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Handles the native `input` of an inner control: update `value`, then re-dispatch from the host. */
  protected handleInput(event: Event, read: () => void): void {
    event.stopPropagation();
    read();
    this.syncForm();
    const source = event as InputEvent;
    this.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        data: source.data ?? null,
        inputType: source.inputType ?? '',
      }),
    );
  }

  /** Handles the native `change`: NFC-normalize, then re-dispatch from the host. */
  protected handleChange(event: Event, read: () => void): void {
    event.stopPropagation();
    read();
    this.normalizeValue();
    this.syncForm();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The ids for `aria-describedby`: hint, any extra ids, error, warning (those present). */
  protected describedBy(...extra: string[]): string | typeof nothing {
    const ids = [this.hint ? 'hint' : '', ...extra, this.error ? 'error' : '', this.warning ? 'warning' : ''].filter(
      Boolean,
    );
    return ids.length ? ids.join(' ') : nothing;
  }

  protected renderLabel(forId = 'input'): TemplateResult {
    return html`<label id="label" part="label" class="label" for=${forId}>${this.label}</label>`;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div id="hint" part="hint" class="hint">${this.hint}</div>` : nothing;
  }

  /** The error message with its visually hidden prefix (the form's `error` unless a field shows another), or nothing. */
  protected renderError(text: string = this.error): TemplateResult | typeof nothing {
    return text
      ? html`<p id="error" part="error" class="error">
          <span class="visually-hidden">${this.l10n.t('field.errorPrefix')} </span>${text}
        </p>`
      : nothing;
  }

  protected renderWarning(): TemplateResult | typeof nothing {
    return this.warning
      ? html`<p id="warning" part="warning" class="warning">
          <span class="visually-hidden">${this.l10n.t('field.warningPrefix')} </span>${this.warning}
        </p>`
      : nothing;
  }

  /**
   * A group of controls (radios, day/month/year boxes) as GOV.UK draws it: a
   * fieldset whose legend is the label, then hint, error and warning, then
   * the controls.
   */
  protected renderGroup(controls: TemplateResult): TemplateResult {
    return html`<div class=${this.rootClasses} lang=${this.locale}>
      <fieldset class="group" aria-describedby=${this.describedBy()}>
        <legend id="label" part="label">${this.label}</legend>
        ${this.renderHint()} ${this.renderError()} ${this.renderWarning()} ${controls}
      </fieldset>
    </div>`;
  }

  /** Classes of the root container. */
  protected get rootClasses(): string {
    return ['root', 'field', this.error ? 'has-error' : '', this.isDisabled ? 'is-disabled' : '']
      .filter(Boolean)
      .join(' ');
  }
}
