/**
 * The embed bundle's stand-in for core's message module
 * (packages/core/src/messages/index.ts), with the same functions and one
 * table per language instead of one `{ vi, en }` table: the Vietnamese texts
 * are in the entry, the English ones in the lazy `en` chunk, loaded by
 * `loadCoreMessages('en')` (the widget's catalog awaits it before an element
 * switches to English), so a Vietnamese page downloads no English text. The
 * tables are made at build time from core's own `defineMessages` tables by
 * the `hochieu-core-messages` plugin in vite.widget.config.ts, so the texts
 * have one source. Everywhere else (Node, the CLI, the test runner, the
 * demo's dev server) core keeps its synchronous module with both languages.
 * Before English is loaded, an English request gets the Vietnamese text
 * rather than an error. `messages` (the `{ vi, en }` table) is not offered
 * here: nothing in the bundle reads it, and an import of it fails the build.
 */
import VI from 'hochieu:core-messages/vi';

export { defineMessages, LOCALES } from 'hochieu:core-messages/define';

/** @type {Map<string, Readonly<Record<string, string>>>} */
const tables = new Map([['vi', VI]]);
/** @type {Map<string, Promise<void>>} */
const pending = new Map();
const loaders = { en: () => import('hochieu:core-messages/en') };

/** @param {string} id */
export function isMessageId(id) {
  return Object.prototype.hasOwnProperty.call(VI, id);
}

/** @param {string} locale whether the texts of `locale` are loaded */
export function coreMessagesLoaded(locale) {
  return tables.has(locale);
}

/** @param {string} locale loads (once) the texts of `locale` */
export function loadCoreMessages(locale) {
  if (tables.has(locale)) return Promise.resolve();
  const load = loaders[locale];
  if (!load) return Promise.reject(new Error(`hochieu: no core messages for locale ${locale}`));
  let promise = pending.get(locale);
  if (!promise) {
    promise = load().then(
      (module) => {
        tables.set(locale, module.default);
        pending.delete(locale);
      },
      (reason) => {
        pending.delete(locale);
        throw reason;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/**
 * @param {string} id
 * @param {Record<string, string | number>} [params]
 * @param {string} [locale]
 */
export function formatMessage(id, params = {}, locale = 'vi') {
  const table = tables.get(locale) ?? VI;
  const text = table[id] ?? VI[id];
  return text.replace(/\{(\w+)\}/gu, (whole, name) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string' && isMessageId(value)) return table[value] ?? VI[value];
    return String(value);
  });
}
