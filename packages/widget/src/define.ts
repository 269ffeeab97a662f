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
import { HochieuGuide } from './components/hochieu-guide/hochieu-guide.js';
import { HochieuIdInput } from './components/id-input/id-input.js';
import { HochieuPhoneInput } from './components/phone-input/phone-input.js';
import { HochieuTextField } from './components/text-field/text-field.js';

/** Tag name -> class of every element. */
export const elements = {
  'hochieu-text-field': HochieuTextField,
  'hochieu-date-input': HochieuDateInput,
  'hochieu-id-input': HochieuIdInput,
  'hochieu-phone-input': HochieuPhoneInput,
  'hochieu-choice': HochieuChoice,
  'hochieu-checkbox': HochieuCheckbox,
  'hochieu-error-summary': HochieuErrorSummary,
  'hochieu-guide': HochieuGuide,
} as const;

/** Defines each tag that is not defined yet. */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

defineElements();
