/**
 * The widget's own strings in Vietnamese, the source language. Every visible
 * text of the elements that is not a domain message of core lives here under
 * an explicit id; `en.ts` must give the same ids (its type is derived from this
 * table, so a missing or extra key is a compile error). Placeholders are
 * written `{name}` and their names are checked by the type of `t()`.
 * Words follow the GOV.UK patterns the fields copy (error prefix "Lỗi:",
 * error summary heading), written for citizens in plain Vietnamese.
 */
export const vi = {
  'field.errorPrefix': 'Lỗi:',
  'field.warningPrefix': 'Lưu ý:',
  'field.valueMissing': 'Hãy điền mục này',
  'field.choiceMissing': 'Hãy chọn một mục',
  'field.checkboxMissing': 'Hãy đánh dấu vào ô này',
  'textField.previewLabel': 'Sẽ in là:',
  'dateInput.day': 'Ngày',
  'dateInput.month': 'Tháng',
  'dateInput.year': 'Năm',
  'errorSummary.heading': 'Có lỗi cần sửa',
} as const;

/** An id of a widget string. */
export type WidgetMessageId = keyof typeof vi;

/** A complete table of widget strings for one language. */
export type WidgetMessages = { readonly [K in WidgetMessageId]: string };

/** The placeholder names of a string, read from its Vietnamese text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * The arguments `t(id, ...)` takes after the id: nothing when the text has no
 * placeholder, else one object naming every placeholder.
 */
export type WidgetMessageArgs<K extends WidgetMessageId> = [Placeholders<(typeof vi)[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<(typeof vi)[K]>]: string | number }];
