/**
 * The embed bundle's stand-in for core's message module
 * (packages/core/src/messages/index.ts), with the same functions over a
 * catalog whose tables arrive in parts, one per language and area
 * (core-catalog.js, core's messages/areas.ts): the Vietnamese texts of the
 * first screen (`plan`: the personal plan, the procedure's headings, places
 * and calendar) come with the entry; the Vietnamese `reference`, `form` and
 * `config` texts come with the chunks that show them (the guide's closed
 * sections, the form and docgen, the configuration check); English comes
 * whole in the lazy `en` chunk, loaded by `loadCoreMessages('en')` (the
 * widget's catalog awaits it before an element switches to English). So a
 * Vietnamese page downloads no English text and no form text before the
 * form. The tables are made at build time from core's own `defineMessages`
 * tables by the `hochieu-core-messages` plugin in vite.widget.config.ts, so
 * the texts have one source. Everywhere else (Node, the CLI, the test
 * runner, the demo's dev server) core keeps its synchronous module with every
 * text. `formatMessage` never throws: before a table arrives, an English
 * request gets the Vietnamese text and a missing one gets the id, the table
 * is requested, and `onCoreMessagesLoaded` listeners (the widget's elements)
 * render again when it arrives. `isMessageId` knows the ids of the loaded
 * tables only. `messages` (the `{ vi, en }` table) is not offered here:
 * nothing in the bundle reads it, and an import of it fails the build.
 */
import { catalog } from './core-catalog.js';
import 'hochieu:core-messages/register/vi/plan';

export { defineMessages, LOCALES } from 'hochieu:core-messages/define';
export { MESSAGE_AREAS, messageArea } from 'hochieu:core-messages/areas';
export { createMessageCatalog } from 'hochieu:core-messages/catalog';

/** @param {string} id */
export function isMessageId(id) {
  return catalog.has(id);
}

/**
 * @param {import('@hochieu/core').Locale} locale
 * @param {import('@hochieu/core').MessageArea} [area] every area when omitted
 */
export function coreMessagesLoaded(locale, area) {
  return catalog.loaded(locale, area);
}

/**
 * Loads (once) the texts of `locale` in `area` (every area when omitted).
 * @param {import('@hochieu/core').Locale} locale
 * @param {import('@hochieu/core').MessageArea} [area]
 */
export function loadCoreMessages(locale, area) {
  return catalog.load(locale, area);
}

/** @param {() => void} listener called when a table arrives; returns the unsubscribe function */
export function onCoreMessagesLoaded(listener) {
  return catalog.onLoaded(listener);
}

/**
 * @param {string} id
 * @param {Record<string, string | number>} [params]
 * @param {import('@hochieu/core').Locale} [locale]
 */
export function formatMessage(id, params = {}, locale = 'vi') {
  return catalog.format(id, params, locale);
}
