/**
 * Where each language's widget strings come from. Vietnamese is bundled (it is
 * the source and the default); every other language is a separate module
 * behind a static `import()` map, so bundlers emit it as a lazy chunk and the
 * test runner can resolve it (a template-string import cannot be resolved
 * statically). Loaded tables are kept for the page's lifetime and shared by
 * all elements, which is safe because a table is read-only: each element
 * still chooses its own language. A language counts as loaded when core's
 * texts for it are loaded too (`loadCoreMessages`: at once in the sources,
 * lazily in the embed bundle, whose core tables are split per language).
 */
import { coreMessagesLoaded, loadCoreMessages, type Locale } from '@hochieu/core';
import { vi, type WidgetMessages } from './vi.js';

export type { Locale };

/** The languages the widget speaks; the first is the default. */
export const SUPPORTED_LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

const loaders: { readonly [L in Exclude<Locale, 'vi'>]: () => Promise<{ default: WidgetMessages }> } = {
  en: () => import('./en.js'),
};

const loaded = new Map<Locale, WidgetMessages>([['vi', vi]]);
const pending = new Map<Locale, Promise<WidgetMessages>>();

/** The table of `locale` if it is already loaded, else undefined. */
export function loadedMessages(locale: Locale): WidgetMessages | undefined {
  return coreMessagesLoaded(locale) ? loaded.get(locale) : undefined;
}

/** Loads (once) and returns the table of `locale`. */
export function loadMessages(locale: Locale): Promise<WidgetMessages> {
  const ready = loadedMessages(locale);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(locale);
  if (!promise) {
    const widget = loaded.get(locale);
    const table = widget ? Promise.resolve(widget) : loaders[locale as Exclude<Locale, 'vi'>]().then((module) => module.default);
    promise = Promise.all([table, loadCoreMessages(locale)]).then(
      ([messages]) => {
        loaded.set(locale, messages);
        pending.delete(locale);
        return messages;
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
