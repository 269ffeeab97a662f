/**
 * `<hochieu-address-field>`: an address in free text (as on the citizen's
 * papers, or in today's units), with help for today's two-level units
 * (34 provinces, 3,321 communes since 1/7/2025):
 * - a disclosure with a province picker, a commune combobox filtered by that
 *   province (accent-insensitive) and the street line, which writes the
 *   address in the printed style into the box only when the citizen asks;
 * - a notice when the text names a former unit (typed, restored, or filled
 *   from the ID card's QR code): "Phường Chi Lăng (cũ) nay thuộc Phường
 *   Lương Văn Tri, Tỉnh Lạng Sơn", with one button per current candidate (a
 *   split unit has several) and one to keep the text as written. Nothing the
 *   citizen typed is replaced without that choice.
 * The unit tables arrive lazily (address-data.ts) on the first focus of an
 * address field or when the QR prefill runs; until then the field is a plain
 * text field. The value is the address text, form-associated like every field.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AddressCandidate, AddressResolution } from '@hochieu/core/address';
import type { ComboboxOption, ComboboxSuggest } from '../combobox/combobox.js';
import { FieldElement } from '../field/field-element.js';
import { addressData, loadAddressData, onAddressData, type AddressModule } from './address-data.js';
import { addressFieldStyles } from './address-field.styles.js';
import './strings.vi.js';

/**
 * @summary An address field with today's province and commune pickers and a notice for former units.
 *
 * @fires input - Re-dispatched from the host after `value` changed (composed).
 * @fires change - Re-dispatched from the host after the value was committed, or a suggested address was chosen (composed).
 *
 * @csspart label - The legend.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart warning - The warning message.
 * @csspart input - The address input.
 * @csspart notice - The former-unit notice.
 */
export class HochieuAddressField extends FieldElement {
  static override styles = [FieldElement.styles, addressFieldStyles];

  static override properties: PropertyDeclarations = {
    autocomplete: {},
    date: {},
    units: { state: true },
    loadFailed: { state: true },
    open: { state: true },
    province: { state: true },
    commune: { state: true },
    street: { state: true },
    resolution: { state: true },
    kept: { state: true },
    status: { state: true },
    pickError: { state: true },
  };

  /** Browser autofill hint of the address input. */
  declare autocomplete: string;
  /** ISO date for province names (Tỉnh/Thành phố Đồng Nai); default: the latest names. */
  declare date: string;

  private declare units: AddressModule | undefined;
  private declare loadFailed: boolean;
  private declare open: boolean;
  private declare province: string;
  private declare commune: string;
  private declare street: string;
  /** The analysis of `value` (its text kept with it), when the tables are in. */
  private declare resolution: { text: string; result: AddressResolution } | null;
  /** A text the citizen chose to keep although it names a former unit. */
  private declare kept: string;
  private declare status: string;
  private declare pickError: boolean;

  private stopListening: (() => void) | undefined;

  constructor() {
    super();
    this.autocomplete = '';
    this.date = '';
    this.units = addressData();
    this.loadFailed = false;
    this.open = false;
    this.province = '';
    this.commune = '';
    this.street = '';
    this.resolution = null;
    this.kept = '';
    this.status = '';
    this.pickError = false;
    this.addEventListener('focusin', () => this.load());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onAddressData((module) => {
      this.units = module;
    });
    this.units ??= addressData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  private load(): void {
    if (this.units) return;
    loadAddressData().then(
      (module) => {
        this.units = module;
        this.loadFailed = false;
      },
      () => {
        this.loadFailed = true;
      },
    );
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#input');
  }

  private options(): { date?: string } {
    return this.date ? { date: this.date } : {};
  }

  /** Analyses the value when the tables are in, and the value is not being typed. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('value') || changed.has('units')) && this.units && !this.matches(':focus-within')) this.analyse();
  }

  private analyse(): void {
    if (!this.units) return;
    const text = this.value.normalize('NFC').trim();
    if (this.resolution?.text === text) return;
    this.resolution = text === '' ? null : { text, result: this.units.resolveAddress(text, this.options()) };
    const intro = this.formerIntro();
    if (intro) this.status = intro;
  }

  /** The notice's first sentence when the value names a former unit the citizen has not kept, else ''. */
  private formerIntro(): string {
    const found = this.resolution;
    const result = found?.result;
    if (!found || !result || result.current || result.candidates.length === 0 || !result.former?.length) return '';
    if (found.text === this.kept || found.text !== this.value.normalize('NFC').trim()) return '';
    const unit = result.former[0]!.split(',')[0]!;
    return result.candidates.length === 1
      ? this.l10n.t('address.former.one', { unit, current: `${result.candidates[0]!.name}, ${result.candidates[0]!.province.name}` })
      : this.l10n.t('address.former.split', { unit });
  }

  private onInput(event: Event): void {
    this.handleInput(event, () => {
      this.value = (event.target as HTMLInputElement).value;
    });
    this.status = '';
  }

  private onChange(event: Event): void {
    this.handleChange(event, () => {
      this.value = (event.target as HTMLInputElement).value;
    });
    this.analyse();
  }

  protected override normalizeValue(): void {
    super.normalizeValue();
    const input = this.input;
    if (input && input.value !== this.value) input.value = this.value;
  }

  /** Writes a new address chosen by the citizen, and tells the form as if typed. */
  private write(address: string): void {
    this.value = address;
    const input = this.input;
    if (input) input.value = address;
    this.syncForm();
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    this.resolution = null;
    this.analyse();
    this.status = this.l10n.t('address.applied', { address });
    void this.updateComplete.then(() => this.input?.focus());
  }

  private provinceName(code: string): string {
    const units = this.units;
    const province = units?.adminUnits().provinces.find((p) => p.code === code);
    return units && province ? units.provinceNameOn(code, province.name, this.date || undefined) : '';
  }

  private choose(candidate: AddressCandidate): void {
    const units = this.units;
    const rest = this.resolution?.result.rest ?? '';
    if (units) this.write(units.formatAddress(rest, candidate.name, candidate.province.name));
  }

  private keep(): void {
    this.kept = this.value.normalize('NFC').trim();
    void this.updateComplete.then(() => this.input?.focus());
  }

  private toggle(): void {
    this.open = !this.open;
    if (!this.open) return;
    this.load();
    // start from what the text already says, when it names one current commune
    const result = this.resolution?.result;
    if (result?.current && result.candidates.length === 1) {
      const only = result.candidates[0]!;
      this.province = only.province.code;
      this.commune = only.name;
      this.street = result.rest;
    }
  }

  private readonly suggestCommune: ComboboxSuggest = (query) => {
    const units = this.units;
    if (!units) return [];
    const key = units.looseKey(query);
    const pool = units.adminUnits().communes.filter((c) => !this.province || c.province === this.province);
    const ranked: { option: ComboboxOption; rank: number }[] = [];
    for (const c of pool) {
      const name = units.looseKey(c.name);
      const bare = name.replace(/^(xa|phuong|dac khu) /u, '');
      const rank = key === '' ? 2 : bare.startsWith(key) || name.startsWith(key) ? 0 : name.includes(key) ? 1 : -1;
      if (rank < 0) continue;
      ranked.push({ option: this.province ? { value: c.name } : { value: c.name, detail: this.provinceName(c.province) }, rank });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 12)
      .map((r) => r.option);
  };

  private apply(): void {
    const units = this.units;
    const commune = this.commune.normalize('NFC').trim();
    if (!units || !this.province || commune === '') {
      this.pickError = true;
      return;
    }
    this.pickError = false;
    this.write(units.formatAddress(this.street, commune, this.provinceName(this.province)));
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const intro = this.formerIntro();
    const result = this.resolution?.result;
    if (!intro || !result) return nothing;
    const units = this.units!;
    return html`<div class="notice" part="notice" id="notice" data-former>
      <p id="notice-text">${intro}</p>
      <p>${this.l10n.t('address.former.note')}</p>
      <div class="choices">
        ${result.candidates.map(
          (c) => html`<button type="button" class="button" data-candidate=${c.code} @click=${() => this.choose(c)}>
            ${this.l10n.t('address.former.use', { address: units.formatAddress(result.rest, c.name, c.province.name) })}${c.partial && result.candidates.length > 1
              ? ` ${this.l10n.t('address.former.partial')}`
              : ''}
          </button>`,
        )}
        <button type="button" class="link-button" data-keep @click=${() => this.keep()}>${this.l10n.t('address.former.keep')}</button>
      </div>
    </div>`;
  }

  private renderPicker(): TemplateResult {
    const units = this.units;
    if (!units) {
      return html`<div id="picker" class="picker"><p>${this.l10n.t(this.loadFailed ? 'address.pick.failed' : 'address.pick.loading')}</p></div>`;
    }
    const provinces = units.adminUnits().provinces;
    // the pickers' own input/change events stay inside: only the address box is the field's value
    const contain = (e: Event) => e.stopPropagation();
    return html`<div id="picker" class="picker" @input=${contain} @change=${contain}>
      <p>${this.l10n.t('address.pick.intro')}</p>
      <label class="sub-label" for="province">${this.l10n.t('address.pick.province')}</label>
      <select
        id="province"
        .value=${live(this.province)}
        @change=${(e: Event) => {
          this.province = (e.target as HTMLSelectElement).value;
          this.commune = '';
        }}
      >
        <option value="" ?selected=${this.province === ''}>${this.l10n.t('address.pick.provinceNone')}</option>
        ${provinces.map((p) => html`<option value=${p.code} ?selected=${this.province === p.code}>${this.provinceName(p.code)}</option>`)}
      </select>
      <hochieu-combobox
        id="commune"
        .label=${this.l10n.t('address.pick.commune')}
        .hint=${this.l10n.t('address.pick.communeHint')}
        .error=${this.pickError ? this.l10n.t('address.pick.needCommune') : ''}
        .suggest=${this.suggestCommune}
        .value=${this.commune}
        @input=${(e: Event) => {
          this.commune = (e.currentTarget as HTMLElement & { value: string }).value;
        }}
      ></hochieu-combobox>
      <label class="sub-label" for="street">${this.l10n.t('address.pick.street')}</label>
      <input
        id="street"
        type="text"
        autocomplete="off"
        .value=${live(this.street)}
        @input=${(e: Event) => {
          this.street = (e.target as HTMLInputElement).value;
        }}
      />
      <div><button type="button" class="button" data-apply @click=${() => this.apply()}>${this.l10n.t('address.pick.apply')}</button></div>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClasses} lang=${this.locale}>
      ${this.renderLabel()} ${this.renderHint()} ${this.renderError()} ${this.renderWarning()}
      <input
        id="input"
        part="input"
        class="full"
        type="text"
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.formerIntro() ? this.describedBy('notice-text') : this.describedBy()}
        autocomplete=${this.autocomplete || 'off'}
        spellcheck="false"
        @input=${(e: Event) => this.onInput(e)}
        @change=${(e: Event) => this.onChange(e)}
      />
      ${this.renderNotice()}
      <div class="visually-hidden" role="status">${this.status}</div>
      <button type="button" class="link-button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="picker" data-pick @click=${() => this.toggle()}>
        ${this.l10n.t(this.open ? 'address.pick.close' : 'address.pick.open')}
      </button>
      ${this.open ? this.renderPicker() : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hochieu-address-field': HochieuAddressField;
  }
}
