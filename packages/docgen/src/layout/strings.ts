/**
 * docgen's own printed words that are not part of a form version: the words
 * of the place-and-date line, the footnote heading, document metadata. A
 * typed table per locale (a missing key is a compile error). The declaration
 * itself is always printed in Vietnamese (it is an official Vietnamese form);
 * the English table serves the metadata and the dossier's English notes.
 */
export const docgenStrings = {
  vi: {
    day: 'ngày',
    month: 'tháng',
    year: 'năm',
    footnotesHeading: 'Ghi chú:',
    metadataTitle: 'Tờ khai {form}',
    metadataBlank: 'mẫu để trống',
    keywords: 'hộ chiếu, tờ khai, {form}',
    qrCaption: 'Mã QR chứa dữ liệu của tờ khai',
  },
  en: {
    day: 'day',
    month: 'month',
    year: 'year',
    footnotesHeading: 'Notes:',
    metadataTitle: 'Declaration {form}',
    metadataBlank: 'blank form',
    keywords: 'passport, declaration, {form}',
    qrCaption: 'QR code holding the declaration data',
  },
} as const satisfies Record<'vi' | 'en', Record<string, string>>;

export type DocgenStringId = keyof (typeof docgenStrings)['vi'];

export function docgenText(id: DocgenStringId, params: Record<string, string> = {}, locale: 'vi' | 'en' = 'vi'): string {
  return docgenStrings[locale][id].replace(/\{(\w+)\}/gu, (whole, name: string) => params[name] ?? whole);
}
