/**
 * The one table of every message id core can return or name, merged from the
 * tables of each area, with a formatter. `MessageId` is the union of the keys,
 * so a rule cannot return an id that has no text. The texts are also grouped
 * by area (messages/areas.ts) in a catalog (messages/catalog.ts) that has
 * every table from the start here; the embed bundle replaces this module with
 * one whose tables arrive in parts (packages/widget/src/entry/core-messages.js),
 * with the same functions.
 */
import { calendarMessages } from '../calendar/messages.js';
import { configMessages } from '../config/messages.js';
import { idcardMessages } from '../idcard/messages.js';
import { placesMessages } from '../places/messages.js';
import { procedureMessages } from '../procedure/messages.js';
import { rulesMessages } from '../rules/messages.js';
import { schemaMessages } from '../schema/messages.js';
import { MESSAGE_AREAS, messageArea, type MessageArea } from './areas.js';
import { createMessageCatalog } from './catalog.js';
import { commonMessages } from './common.js';
import { LOCALES, type Locale } from './define.js';

export { defineMessages, LOCALES } from './define.js';
export type { Locale, MessageText } from './define.js';
export { MESSAGE_AREAS, messageArea, type MessageArea } from './areas.js';
export { createMessageCatalog, type MessageCatalog, type MessageTable, type MessageTableLoader } from './catalog.js';

export const messages = {
  ...commonMessages,
  ...rulesMessages,
  ...schemaMessages,
  ...procedureMessages,
  ...calendarMessages,
  ...placesMessages,
  ...idcardMessages,
  ...configMessages,
} as const;

export type MessageId = keyof typeof messages;

const catalog = createMessageCatalog();
for (const locale of LOCALES) {
  const byArea = new Map<MessageArea, Record<string, string>>(MESSAGE_AREAS.map((a) => [a, {}]));
  for (const [id, text] of Object.entries(messages)) byArea.get(messageArea(id))![id] = text[locale];
  for (const [area, table] of byArea) catalog.register(locale, area, table);
}

/**
 * Loads the texts of `locale` in `area` (every area when omitted) before
 * `formatMessage` is asked for them. Here every text is part of this module,
 * so it resolves at once; the embed bundle replaces this module with one that
 * loads each language and area when it is needed
 * (packages/widget/src/entry/core-messages.js).
 */
export function loadCoreMessages(locale: Locale, area?: MessageArea): Promise<void> {
  return catalog.load(locale, area);
}

/** Whether the texts of `locale` in `area` (every area when omitted) are loaded (always, in this module). */
export function coreMessagesLoaded(locale: Locale, area?: MessageArea): boolean {
  return catalog.loaded(locale, area);
}

/**
 * Calls `listener` whenever a table of texts arrives after start (never in
 * this module, where every table is there from the start; in the embed
 * bundle, when a lazily loaded area arrives), so a view that showed an id in
 * its place can render again. Returns the unsubscribe function.
 */
export function onCoreMessagesLoaded(listener: () => void): () => void {
  return catalog.onLoaded(listener);
}

export function isMessageId(id: string): id is MessageId {
  return Object.prototype.hasOwnProperty.call(messages, id);
}

/**
 * Fills `{name}` placeholders. A parameter whose value is itself a message id
 * (e.g. a field label id) is translated first, so `{field}` can name a field
 * in the reader's language. Never throws: an unknown id gives itself.
 */
export function formatMessage(
  id: MessageId,
  params: Record<string, string | number> = {},
  locale: Locale = 'vi',
): string {
  return catalog.format(id, params, locale);
}
