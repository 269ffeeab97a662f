/**
 * Where each language's widget strings come from. Vietnamese is the source
 * and the default: the first screen's table (`vi.ts`) is bundled with the
 * entry, and each lazily loaded element adds its own table when its module
 * loads (`registerMessages`, called by the element's `strings.vi.ts`), so the
 * strings of the form, the uploads or the QR prefill travel with the chunk
 * that shows them (issue 9, first-load budget). Every other language is one
 * complete table behind a static `import()` map, so bundlers emit it as a
 * lazy chunk and the test runner can resolve it (a template-string import
 * cannot be resolved statically). Tables are kept for the page's lifetime and
 * shared by all elements, which is safe because an entry never changes once
 * registered: each element still chooses its own language. A language counts
 * as loaded when core's texts for it are loaded too (`loadCoreMessages`: at
 * once in the sources; in the embed bundle core's Vietnamese texts of the
 * first screen come with the entry and the other languages come whole, in
 * their lazy chunk).
 */
import { coreMessagesLoaded, loadCoreMessages, type Locale, type MessageArea } from '@hochieu/core';
import { vi, type WidgetMessageId, type WidgetMessages } from './vi.js';

export type { Locale };

/** The languages the widget speaks; the first is the default. */
export const SUPPORTED_LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

/** Some widget strings of one language (a feature's table). */
export type PartialMessages = { readonly [K in WidgetMessageId]?: string };

const loaders: { readonly [L in Exclude<Locale, 'vi'>]: () => Promise<{ default: WidgetMessages }> } = {
  en: () => import('./en.js'),
};

/**
 * The core message area a language needs before an element renders in it:
 * for Vietnamese the first screen's texts (the other areas arrive with the
 * chunks that use them); for another language every area at once (one lazy
 * chunk in the bundle), so a form switched to English never shows a
 * Vietnamese label while its texts load.
 */
function coreAreaOf(locale: Locale): MessageArea | undefined {
  return locale === DEFAULT_LOCALE ? 'plan' : undefined;
}

const tables = new Map<Locale, Record<string, string>>([[DEFAULT_LOCALE, { ...vi }]]);
/** Languages whose own table is in (Vietnamese from the start, others once their chunk loaded). */
const complete = new Set<Locale>([DEFAULT_LOCALE]);
const pending = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();

/**
 * Adds strings of `locale` (a lazily loaded element's table). Keys already
 * registered keep their text. Elements already rendered are told (see
 * `onMessagesRegistered`), so a string that was missing is shown at once.
 */
export function registerMessages(locale: Locale, table: PartialMessages): void {
  let target = tables.get(locale);
  if (!target) {
    target = {};
    tables.set(locale, target);
  }
  let added = false;
  for (const [id, text] of Object.entries(table)) {
    if (text === undefined || Object.prototype.hasOwnProperty.call(target, id)) continue;
    target[id] = text;
    added = true;
  }
  if (added) for (const listener of listeners) listener();
}

/** Calls `listener` after each registration that added strings; returns the unsubscribe function. */
export function onMessagesRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the strings of `locale` (the widget's and core's) are loaded. */
export function messagesLoaded(locale: Locale): boolean {
  return complete.has(locale) && coreMessagesLoaded(locale, coreAreaOf(locale));
}

/**
 * The text of `id` in `locale`: the loaded table's, else the Vietnamese one
 * (an element may render before another language arrives), else the id
 * itself (a table not registered yet), so a lookup never throws.
 */
export function messageText(locale: Locale, id: WidgetMessageId): string {
  return tables.get(locale)?.[id] ?? tables.get(DEFAULT_LOCALE)?.[id] ?? id;
}

/** Loads (once) the strings of `locale`, the widget's and core's. */
export function loadMessages(locale: Locale): Promise<void> {
  if (messagesLoaded(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    const widget = complete.has(locale)
      ? Promise.resolve()
      : loaders[locale as Exclude<Locale, 'vi'>]().then((module) => {
          registerMessages(locale, module.default);
          complete.add(locale);
        });
    promise = Promise.all([widget, loadCoreMessages(locale, coreAreaOf(locale))]).then(
      () => {
        pending.delete(locale);
      },
      (reason: unknown) => {
        pending.delete(locale);
        throw reason;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/**
 * Maps a BCP 47 tag (`lang` attribute) to a supported locale by its primary
 * subtag (`en-GB` -> `en`, `vi-VN` -> `vi`); anything else gives null.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function fillPlaceholders(text: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
