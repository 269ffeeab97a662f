/**
 * The one table of every message id core can return or name, merged from the
 * tables of each area, with a formatter. `MessageId` is the union of the keys,
 * so a rule cannot return an id that has no text.
 */
import { calendarMessages } from '../calendar/messages.js';
import { idcardMessages } from '../idcard/messages.js';
import { placesMessages } from '../places/messages.js';
import { procedureMessages } from '../procedure/messages.js';
import { rulesMessages } from '../rules/messages.js';
import { schemaMessages } from '../schema/messages.js';
import { commonMessages } from './common.js';
import type { Locale, MessageText } from './define.js';

export { defineMessages, LOCALES } from './define.js';
export type { Locale, MessageText } from './define.js';

export const messages = {
  ...commonMessages,
  ...rulesMessages,
  ...schemaMessages,
  ...procedureMessages,
  ...calendarMessages,
  ...placesMessages,
  ...idcardMessages,
} as const;

export type MessageId = keyof typeof messages;

/**
 * Loads the texts of `locale` before `formatMessage` is asked for it. Here
 * every language is part of this module, so it resolves at once; the embed
 * bundle replaces this module with one table per language and loads English
 * only when an element needs it (packages/widget/src/entry/core-messages.js).
 */
export function loadCoreMessages(_locale: Locale): Promise<void> {
  return Promise.resolve();
}

/** Whether the texts of `locale` are loaded (always, in this module; see `loadCoreMessages`). */
export function coreMessagesLoaded(_locale: Locale): boolean {
  return true;
}

export function isMessageId(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(messages, id);
}

/**
 * Fills `{name}` placeholders. A parameter whose value is itself a message id
 * (e.g. a field label id) is translated first, so `{field}` can name a field
 * in the reader's language.
 */
export function formatMessage(
  id: MessageId,
  params: Record<string, string | number> = {},
  locale: Locale = 'vi',
): string {
  const text: MessageText = messages[id];
  return text[locale].replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string' && isMessageId(value)) return messages[value][locale];
    return String(value);
  });
}
