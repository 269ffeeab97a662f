/**
 * What to type in the portal's form: step 9 of the national portal guide
 * (seed 000) says "Kiểm tra và nhập đầy đủ thông tin các trường có dấu (*)",
 * and the online form asks for the contents of the declaration TK01/TK01a.
 * The portal's own field names are not published in any source found [NF],
 * so each row names the field as the form version in core does (the widget's
 * label) and gives the value as the citizen declared it: dates dd/mm/yyyy,
 * names in capitals, choices by their Vietnamese wording. Submission fields
 * (office, delivery) are answered in their own sub-steps instead.
 */
import {
  formatMessage,
  formatVietnameseDate,
  readPath,
  toPrintedCapitals,
  visibleFields,
  type Declaration,
  type FormVersion,
  type Locale,
} from '@hochieu/core';

export interface PortalFieldRow {
  /** The field's label (in the reader's language). */
  field: string;
  /** What to type: always the declared value (Vietnamese). */
  value: string;
}

export function portalFieldRows(declaration: Declaration, version: FormVersion, locale: Locale): PortalFieldRow[] {
  const rows: PortalFieldRow[] = [];
  for (const field of visibleFields(version, declaration)) {
    if (field.id.startsWith('submission.')) continue;
    const raw = readPath(declaration, field.id);
    if (raw === undefined || raw === null || raw === '') continue;
    let value: string;
    const option = field.options?.find((o) => o.value === raw);
    if (option) value = formatMessage(option.labelId, {}, 'vi');
    else if (typeof raw === 'boolean') value = raw ? 'Có' : 'Không';
    else if (typeof raw !== 'string') value = String(raw);
    else if (field.kind === 'date' || field.kind === 'partialDate') value = formatVietnameseDate(raw);
    else if (field.printCase === 'upper') value = toPrintedCapitals(raw.normalize('NFC').trim());
    else value = raw.normalize('NFC').trim();
    if (value === '') continue;
    rows.push({ field: formatMessage(field.labelId, {}, locale), value });
  }
  return rows;
}
