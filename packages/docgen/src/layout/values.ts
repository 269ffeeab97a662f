/**
 * How a declaration value is written on the paper form: dates as
 * "dd/mm/yyyy" or as separate day / month / year words, a year alone as it
 * stands, choices by the printed caption of their option, names in capitals
 * where the form's note (2) asks for them. An empty value is null, which the
 * renderers draw as a dotted blank.
 */
import { parsePartialDate, readPath, toPrintedCapitals, type Declaration, type Field } from '@hochieu/core';

export function rawValue(declaration: Declaration | null, field: Field): unknown {
  return declaration ? readPath(declaration, field.id) : undefined;
}

export function textValue(declaration: Declaration | null, field: Field): string | null {
  const v = rawValue(declaration, field);
  if (typeof v !== 'string') return null;
  const t = v.normalize('NFC').trim();
  if (t === '') return null;
  return field.printCase === 'upper' ? toPrintedCapitals(t) : t;
}

export interface DateParts {
  day: string | null;
  month: string | null;
  year: string | null;
}

export function dateParts(text: string | null): DateParts {
  const p = text ? parsePartialDate(text) : null;
  if (!p) return { day: null, month: null, year: null };
  const year = String(p.year).padStart(4, '0');
  if (p.precision === 'year') return { day: null, month: null, year };
  return { day: String(p.day).padStart(2, '0'), month: String(p.month).padStart(2, '0'), year };
}

/** "dd/mm/yyyy", or the year alone. */
export function slashDate(text: string | null): string | null {
  const { day, month, year } = dateParts(text);
  if (!year) return null;
  return day && month ? `${day}/${month}/${year}` : year;
}

/** The printed caption of the chosen option, e.g. "Đề nghị cấp hộ chiếu lần đầu". */
export function optionCaption(declaration: Declaration | null, field: Field): string | null {
  const v = rawValue(declaration, field);
  const option = field.options?.find((o) => o.value === v);
  return option?.print ?? null;
}
