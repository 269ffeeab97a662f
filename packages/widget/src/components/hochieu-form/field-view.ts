/**
 * One field of the form as an element, chosen by the schema's `Field.kind`
 * (core's schema/types.ts): names and other free texts → text field (with the
 * "Sẽ in là" capital preview when the field is printed in capitals); long
 * texts → textarea; dates → day/month/year boxes (a year alone where the kind
 * is `partialDate`); personal and representative ID numbers → ID input that
 * shows what the number encodes (Nghị định 137/2015/NĐ-CP, Điều 13, through
 * core's `decodePersonalId`); phone; e-mail; places, ethnic groups and
 * religions and banks → combobox with core's accent-insensitive search
 * (free text allowed); addresses → address field (free text, today's
 * province and commune pickers, notice for a former unit; tables loaded
 * lazily); sex, request,
 * chip, channel, delivery and office → radios. Labels, hints and option
 * labels are core's message ids, formatted in the form's language.
 */
import {
  bankOptionLabel,
  decodePersonalId,
  ETHNICITIES,
  RELIGIONS,
  searchBanks,
  searchEthnicities,
  searchPlaces,
  searchReligions,
  type Field,
  type Locale,
  type MessageId,
  type Office,
  type PlaceKind,
} from '@hochieu/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ComboboxOption, ComboboxSuggest } from '../combobox/combobox.js';
import type { ChoiceOption } from '../choice/choice.js';
import type { LocaleController } from '../../localization/locale-controller.js';
import { fieldElementId } from './form-data.js';

/** What the form gives the view for one field. */
export interface FieldState {
  readonly value: string;
  readonly error: string;
  readonly warning: string;
}

export type FieldEventKind = 'input' | 'change' | 'leave';

export interface FieldViewContext {
  readonly l10n: LocaleController;
  readonly offices: readonly Office[];
  state(field: Field): FieldState;
  handle(field: Field, kind: FieldEventKind, event: Event): void;
  /** The text of another field of the draft (for a one-tap copy, `Field.copyFrom`). */
  valueOf?(path: string): string;
  /** Writes `value` into the field as if typed, for a one-tap copy. */
  copy?(field: Field, value: string): void;
}

/**
 * The one-tap copy offered with a field (`Field.copyFrom`: "Giống nơi thường
 * trú" under "Nơi ở hiện tại"), shown once the source is filled; works on any
 * text field. A status line says when the two are the same, so a screen
 * reader hears the copy.
 */
function renderCopy(field: Field, context: FieldViewContext): TemplateResult | typeof nothing {
  const from = field.copyFrom;
  if (!from || !context.valueOf || !context.copy) return nothing;
  const source = context.valueOf(from.path).trim();
  if (!source) return nothing;
  const same = context.state(field).value.trim() === source;
  const copy = context.copy.bind(context);
  return html`<div class="copy-from">
    <button type="button" class="button secondary" part="button" data-copy=${field.id} aria-pressed=${same ? 'true' : 'false'}
      @click=${() => copy(field, source)}>${context.l10n.tCore(from.labelId)}</button>
    <span class="visually-hidden" role="status">${same ? context.l10n.tCore(from.statusId ?? 'status.copy.permanentAddress') : ''}</span>
  </div>`;
}

/** A field, with its one-tap copy when it offers one. */
export function renderFieldWithCopy(field: Field, context: FieldViewContext): TemplateResult {
  return html`${renderField(field, context)}${renderCopy(field, context)}`;
}

/** Places a place field searches: a birthplace may be a former province or a country; a place of signing is a current province. */
const PLACE_SCOPE: Readonly<Record<string, readonly PlaceKind[]>> = {
  'submission.place': ['current'],
};

/** Relationships a representative usually has to the child (values written on TK01a item A.7). */
const RELATIONSHIPS = ['Cha', 'Mẹ', 'Người giám hộ'] as const;

const INLINE_KINDS = new Set<Field['kind']>(['sex']);

function placeSuggest(field: Field, l10n: LocaleController): ComboboxSuggest {
  const include = PLACE_SCOPE[field.id] ?? ['current', 'former', 'country'];
  return (query) =>
    searchPlaces(query, { include, limit: 8 }).map((place): ComboboxOption => {
      if (place.kind === 'former' && place.mergedInto) {
        return { value: place.name, label: l10n.tCore('places.former.nowPartOf', { name: place.name, current: place.mergedInto.name }) };
      }
      return place.kind === 'country' ? { value: place.name, detail: l10n.t('form.place.country') } : { value: place.name };
    });
}

const ethnicitySuggest: ComboboxSuggest = (query) =>
  (query.trim() === '' ? ETHNICITIES : searchEthnicities(query, 8)).map((e) => ({ value: e.name }));

/** Banks by short or full name; the registered name is written into the field (printed as "Tên ngân hàng"). */
const bankSuggest: ComboboxSuggest = (query) =>
  searchBanks(query, 8).map((b) => ({ value: b.name, label: bankOptionLabel(b) }));

const religionSuggest: ComboboxSuggest = (query) =>
  (query.trim() === '' ? RELIGIONS : searchReligions(query, 8)).map((r) => ({ value: r.name }));

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
}

/** A small number in Roman numerals (centuries: XX, XXI, XXII). */
export function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** What a 12-digit number says, in the reader's language; empty when it is not 12 digits. */
export function decodedIdText(value: string, l10n: LocaleController): string {
  const decoded = decodePersonalId(value);
  if (!decoded) return '';
  const centuryNumber = decoded.century / 100 + 1;
  return l10n.t('form.id.decoded', {
    province: decoded.province ?? l10n.t('form.id.unknownProvince', { code: decoded.provinceCode }),
    sex: l10n.tCore(decoded.sex === 'male' ? 'option.sex.male' : 'option.sex.female'),
    year: decoded.birthYear,
    // The civil register writes centuries in Roman numerals ("thế kỷ XX").
    century: (l10n.locale as Locale) === 'en' ? ordinal(centuryNumber) : roman(centuryNumber),
  });
}

/** The visible label: core's label, with "(không bắt buộc)" on optional fields (GOV.UK). */
export function fieldLabel(field: Field, l10n: LocaleController): string {
  const label = l10n.tCore(field.labelId);
  return field.required ? label : `${label} ${l10n.t('form.optional')}`;
}

function choiceOptions(field: Field, context: FieldViewContext): ChoiceOption[] {
  if (field.kind === 'office') {
    return context.offices.map((o) => ({
      value: o.id,
      label: context.l10n.locale === 'en' && o.nameEn ? o.nameEn : o.name,
      hint: o.address,
    }));
  }
  return (field.options ?? []).map((o) => ({ value: String(o.value), label: context.l10n.tCore(o.labelId as MessageId) }));
}

/** The element of one field. */
export function renderField(field: Field, context: FieldViewContext): TemplateResult {
  const { l10n } = context;
  const state = context.state(field);
  const id = fieldElementId(field.id);
  const label = fieldLabel(field, l10n);
  const hint = field.hintId ? l10n.tCore(field.hintId) : '';
  const on = {
    input: (e: Event) => context.handle(field, 'input', e),
    change: (e: Event) => context.handle(field, 'change', e),
    leave: (e: Event) => context.handle(field, 'leave', e),
  };
  const autocomplete = field.autocomplete && field.autocomplete !== 'sex' ? field.autocomplete : '';

  switch (field.kind) {
    case 'date':
    case 'partialDate':
      return html`<hochieu-date-input
        id=${id}
        name=${field.id}
        data-field=${field.id}
        .label=${label}
        .hint=${hint}
        .error=${state.error}
        .warning=${state.warning}
        .required=${field.required}
        .precision=${field.kind === 'partialDate' ? 'year' : 'day'}
        .autocomplete=${autocomplete}
        .value=${state.value}
        @input=${on.input}
        @change=${on.change}
        @focusout=${on.leave}
      ></hochieu-date-input>`;
    case 'personalId':
    case 'idNumber':
      return html`<hochieu-id-input
        id=${id}
        name=${field.id}
        data-field=${field.id}
        .label=${label}
        .hint=${hint}
        .error=${state.error}
        .warning=${state.warning}
        .required=${field.required}
        .decoded=${decodedIdText(state.value, l10n)}
        .value=${state.value}
        @input=${on.input}
        @change=${on.change}
        @focusout=${on.leave}
      ></hochieu-id-input>`;
    case 'phone':
      return html`<hochieu-phone-input
        id=${id}
        name=${field.id}
        data-field=${field.id}
        .label=${label}
        .hint=${hint}
        .error=${state.error}
        .warning=${state.warning}
        .required=${field.required}
        .autocomplete=${autocomplete || 'tel'}
        .value=${state.value}
        @input=${on.input}
        @change=${on.change}
        @focusout=${on.leave}
      ></hochieu-phone-input>`;
    case 'place':
    case 'ethnicity':
    case 'religion':
    case 'bank':
      return html`<hochieu-combobox
        id=${id}
        name=${field.id}
        data-field=${field.id}
        .label=${label}
        .hint=${hint}
        .error=${state.error}
        .warning=${state.warning}
        .required=${field.required}
        .suggest=${field.kind === 'place'
          ? placeSuggest(field, l10n)
          : field.kind === 'ethnicity'
            ? ethnicitySuggest
            : field.kind === 'bank'
              ? bankSuggest
              : religionSuggest}
        .value=${state.value}
        @input=${on.input}
        @change=${on.change}
        @focusout=${on.leave}
      ></hochieu-combobox>`;
    case 'address':
      return html`<hochieu-address-field
        id=${id}
        name=${field.id}
        data-field=${field.id}
        .label=${label}
        .hint=${hint}
        .error=${state.error}
        .warning=${state.warning}
        .required=${field.required}
        .autocomplete=${autocomplete}
        .value=${state.value}
        @input=${on.input}
        @change=${on.change}
        @focusout=${on.leave}
      ></hochieu-address-field>`;
    case 'textarea':
      return html`<hochieu-textarea
        id=${id}
        name=${field.id}
        data-field=${field.id}
        .label=${label}
        .hint=${hint}
        .error=${state.error}
        .warning=${state.warning}
        .required=${field.required}
        .value=${state.value}
        @input=${on.input}
        @change=${on.change}
        @focusout=${on.leave}
      ></hochieu-textarea>`;
    case 'sex':
    case 'reason':
    case 'chip':
    case 'choice':
    case 'office':
      if (field.kind !== 'office' || context.offices.length > 0) {
        return html`<hochieu-choice
          id=${id}
          name=${field.id}
          data-field=${field.id}
          .label=${label}
          .hint=${hint}
          .error=${state.error}
          .warning=${state.warning}
          .required=${field.required}
          .options=${choiceOptions(field, context)}
          ?inline=${INLINE_KINDS.has(field.kind)}
          .value=${state.value}
          @input=${on.input}
          @change=${on.change}
          @focusout=${on.leave}
        ></hochieu-choice>`;
      }
      break;
    default:
      break;
  }
  return html`<hochieu-text-field
    id=${id}
    name=${field.id}
    data-field=${field.id}
    .label=${label}
    .hint=${hint}
    .error=${state.error}
    .warning=${state.warning}
    .required=${field.required}
    .type=${field.kind === 'email' ? 'email' : 'text'}
    .preview=${field.printCase === 'upper'}
    .suggestions=${field.kind === 'relationship' ? RELATIONSHIPS : []}
    .autocomplete=${autocomplete}
    .value=${state.value}
    @input=${on.input}
    @change=${on.change}
    @focusout=${on.leave}
  ></hochieu-text-field>`;
}

