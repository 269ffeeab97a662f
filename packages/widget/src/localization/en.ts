/**
 * English strings of the widget, a faithful translation of `vi.ts`. Loaded
 * lazily (only when an element resolves to `en`), so a Vietnamese page never
 * downloads it. Typed as `WidgetMessages`: a missing id is a compile error.
 */
import type { WidgetMessages } from './vi.js';

const en: WidgetMessages = {
  'field.errorPrefix': 'Error:',
  'field.warningPrefix': 'Note:',
  'field.valueMissing': 'Fill in this field',
  'field.choiceMissing': 'Select an option',
  'field.checkboxMissing': 'Tick this box',
  'textField.previewLabel': 'Will be printed as:',
  'dateInput.day': 'Day',
  'dateInput.month': 'Month',
  'dateInput.year': 'Year',
  'errorSummary.heading': 'There is a problem',
};

export default en;
