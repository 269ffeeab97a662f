/**
 * @hochieu/widget: Lit elements for the Vietnamese ordinary passport service.
 * This entry exports the classes, types, events, styles and localization
 * without registering anything; import `@hochieu/widget/define` (or call
 * `defineElements`) to register the `hochieu-*` tags.
 */
export { HochieuElement } from './components/base/hochieu-element.js';
export { FieldElement } from './components/field/field-element.js';
export { SingleInputField, type InputWidth } from './components/field/single-input-field.js';
export { HochieuTextField } from './components/text-field/text-field.js';
export { HochieuDateInput } from './components/date-input/date-input.js';
export {
  composeDateValue,
  splitDateValue,
  splitTypedDate,
  type DateParts,
  type DatePrecision,
} from './components/date-input/date-value.js';
export { HochieuIdInput, groupIdDigits, stripSpaces } from './components/id-input/id-input.js';
export { HochieuPhoneInput } from './components/phone-input/phone-input.js';
export { HochieuChoice, type ChoiceOption } from './components/choice/choice.js';
export { HochieuCheckbox } from './components/checkbox/checkbox.js';
export { HochieuErrorSummary, type ErrorSummaryItem } from './components/error-summary/error-summary.js';
export { HochieuCombobox, type ComboboxOption, type ComboboxSuggest } from './components/combobox/combobox.js';
export { HochieuTextarea } from './components/textarea/textarea.js';
export { HochieuForm } from './components/hochieu-form/hochieu-form.js';
export {
  exportDeclaration,
  exportDossier,
  exportFileName,
  formDocgen,
  ExportFailure,
  type DocumentKind,
  type ExportFileKind,
  type ExportedFile,
  type ExportOptions,
} from './components/hochieu-form/export-adapter.js';
export { UPLOADS_MAX_STORED_BYTES, UploadStore, selectStorable, uploadsStorageKey } from './components/hochieu-form/upload-store.js';
export * from './drafts/index.js';
export { HochieuGuide } from './components/hochieu-guide/hochieu-guide.js';
export * from './components/hochieu-app/index.js';
export * from './config/index.js';
export { HochieuFileInput, type FileInputKind } from './components/hochieu-file-input/hochieu-file-input.js';
export { HochieuPhotoInput, PHOTO_FILE_NAME } from './components/hochieu-photo-input/hochieu-photo-input.js';
export { HochieuQrPrefill } from './components/hochieu-qr-prefill/hochieu-qr-prefill.js';
export { HochieuWorkingDaysCalendar } from './components/working-days-calendar/working-days-calendar.js';
export { WORKING_DAYS_CALENDAR_TAG, defineWorkingDaysCalendar } from './components/working-days-calendar/define.js';
export * from './uploads/index.js';
export * from './qr/index.js';
export * from './events.js';
export { LocaleController, type CoreMessage } from './localization/locale-controller.js';
export { resolveLocale, findLangSource } from './localization/resolve-locale.js';
export { SUPPORTED_LOCALES, DEFAULT_LOCALE, matchLocale, loadMessages, type Locale } from './localization/catalog.js';
export type { WidgetMessageId, WidgetMessages, WidgetMessageArgs } from './localization/vi.js';
export * from './styles/index.js';
