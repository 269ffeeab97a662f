/**
 * Registers every element of the widget under its `hochieu-*` tag. This is the
 * one module with a side effect; the element classes themselves register
 * nothing when imported, so a host can also register them under other names
 * or in a scoped registry. Registering twice is harmless (a tag that is
 * already defined is left alone).
 */
import { HochieuCheckbox } from './components/checkbox/checkbox.js';
import { HochieuChoice } from './components/choice/choice.js';
import { HochieuDateInput } from './components/date-input/date-input.js';
import { HochieuErrorSummary } from './components/error-summary/error-summary.js';
import { HochieuForm } from './components/hochieu-form/hochieu-form.js';
import { HochieuCombobox } from './components/combobox/combobox.js';
import { HochieuTextarea } from './components/textarea/textarea.js';
import { HochieuApp } from './components/hochieu-app/hochieu-app.js';
import { HochieuGuide } from './components/hochieu-guide/hochieu-guide.js';
import { HochieuIdInput } from './components/id-input/id-input.js';
import { HochieuPhoneInput } from './components/phone-input/phone-input.js';
import { HochieuTextField } from './components/text-field/text-field.js';
import { HochieuFileInput } from './components/hochieu-file-input/hochieu-file-input.js';
import { HochieuPhotoInput } from './components/hochieu-photo-input/hochieu-photo-input.js';
import { HochieuQrPrefill } from './components/hochieu-qr-prefill/hochieu-qr-prefill.js';
import { HochieuAddressField } from './components/address-field/address-field.js';

/** Tag name -> class of every element. */
export const elements = {
  'hochieu-text-field': HochieuTextField,
  'hochieu-date-input': HochieuDateInput,
  'hochieu-id-input': HochieuIdInput,
  'hochieu-phone-input': HochieuPhoneInput,
  'hochieu-choice': HochieuChoice,
  'hochieu-checkbox': HochieuCheckbox,
  'hochieu-error-summary': HochieuErrorSummary,
  'hochieu-file-input': HochieuFileInput,
  'hochieu-photo-input': HochieuPhotoInput,
  'hochieu-qr-prefill': HochieuQrPrefill,
  'hochieu-combobox': HochieuCombobox,
  'hochieu-textarea': HochieuTextarea,
  'hochieu-address-field': HochieuAddressField,
  'hochieu-form': HochieuForm,
  'hochieu-guide': HochieuGuide,
  'hochieu-app': HochieuApp,
} as const;

/** Defines each tag that is not defined yet. */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineElements();
