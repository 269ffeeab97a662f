/**
 * Message tables. Core never returns sentences: rules, schema labels and
 * procedure texts carry message ids, and each id has a Vietnamese (source)
 * and an English text here. Each area of core declares its own table with
 * `defineMessages`; the shape `{ vi, en }` makes a missing translation a type
 * error. Placeholders are written `{name}` and filled by `formatMessage`.
 */

export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

export interface MessageText {
  readonly vi: string;
  readonly en: string;
}

export function defineMessages<const T extends Record<string, MessageText>>(table: T): T {
  return table;
}
