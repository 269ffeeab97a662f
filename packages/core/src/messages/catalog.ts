/**
 * A message catalog that may receive its texts in parts: one table per
 * language and area (messages/areas.ts), registered at once or loaded on
 * demand. Core's own module registers every table at start (Node, the
 * sources), so nothing is ever missing there; the embed bundle registers the
 * first screen's Vietnamese texts with the entry and loads the others with
 * the chunks that show them (packages/widget/src/entry/core-messages.js).
 * Formatting never throws: an id whose table is not loaded yet is answered
 * with the Vietnamese text when that is loaded, else with the id itself; the
 * missing table is requested, and listeners (`onLoaded`) are told when it
 * arrives so a view can render again. Placeholders are written `{name}`; a
 * parameter whose value is a known message id is translated first.
 */
import { MESSAGE_AREAS, messageArea, type MessageArea } from './areas.js';
import type { Locale } from './define.js';

/** The texts of one language and area: id -> text. */
export type MessageTable = Readonly<Record<string, string>>;

/**
 * Fetches the table of a language and area. It may register the table itself
 * (a module that calls `register` when evaluated) or resolve to it (as the
 * value or its `default` export); undefined when there is no such table.
 */
export type MessageTableLoader = (locale: Locale, area: MessageArea) => Promise<unknown> | undefined;

export interface MessageCatalog {
  /** Adds the texts of `locale` in `area` (ids already present keep their text); tells the listeners. */
  register(locale: Locale, area: MessageArea, table: MessageTable): void;
  /** Whether the table of `locale` in `area` (or in every area) is loaded. */
  loaded(locale: Locale, area?: MessageArea): boolean;
  /** Loads (once) the table of `locale` in `area`, or in every area. */
  load(locale: Locale, area?: MessageArea): Promise<void>;
  /** The text of `id` in `locale` with `{name}` placeholders filled; the id itself while its table is missing. */
  format(id: string, params?: Readonly<Record<string, string | number>>, locale?: Locale): string;
  /** Whether `id` is in a loaded table. */
  has(id: string): boolean;
  /** Calls `listener` after each table registered; returns the unsubscribe function. */
  onLoaded(listener: () => void): () => void;
}

const SOURCE_LOCALE: Locale = 'vi';

function tableOf(value: unknown): MessageTable | null {
  if (value === null || typeof value !== 'object') return null;
  const inner = (value as { default?: unknown }).default;
  if (inner !== null && typeof inner === 'object') return inner as MessageTable;
  return Object.values(value).every((v) => typeof v === 'string') ? (value as MessageTable) : null;
}

/**
 * A catalog with no table yet. `loader` fetches a missing table (none: every
 * table must be registered); `onError` hears a background load that failed
 * (core writes nothing itself; the next use of the area tries again).
 */
export function createMessageCatalog(loader?: MessageTableLoader, onError?: (reason: unknown) => void): MessageCatalog {
  const tables = new Map<string, Record<string, string>>();
  const pending = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  const key = (locale: Locale, area: MessageArea): string => `${locale}/${area}`;

  function register(locale: Locale, area: MessageArea, table: MessageTable): void {
    const k = key(locale, area);
    const target = tables.get(k) ?? {};
    for (const [id, text] of Object.entries(table)) {
      if (!Object.prototype.hasOwnProperty.call(target, id)) target[id] = text;
    }
    tables.set(k, target);
    for (const listener of [...listeners]) listener();
  }

  function loaded(locale: Locale, area?: MessageArea): boolean {
    return area ? tables.has(key(locale, area)) : MESSAGE_AREAS.every((a) => tables.has(key(locale, a)));
  }

  function loadArea(locale: Locale, area: MessageArea): Promise<void> {
    if (tables.has(key(locale, area))) return Promise.resolve();
    const k = key(locale, area);
    let promise = pending.get(k);
    if (!promise) {
      const started = loader?.(locale, area);
      if (!started) return Promise.reject(new Error(`hochieu: no ${area} messages for locale ${locale}`));
      promise = started.then(
        (value) => {
          pending.delete(k);
          const table = tables.has(k) ? null : tableOf(value);
          if (table) register(locale, area, table);
          if (!tables.has(k)) throw new Error(`hochieu: the ${area} messages for locale ${locale} did not load`);
        },
        (reason: unknown) => {
          pending.delete(k);
          throw reason;
        },
      );
      pending.set(k, promise);
    }
    return promise;
  }

  function load(locale: Locale, area?: MessageArea): Promise<void> {
    if (area) return loadArea(locale, area);
    return Promise.all(MESSAGE_AREAS.map((a) => loadArea(locale, a))).then(() => undefined);
  }

  /** Asks for a missing table in the background; a failure is reported, never thrown. */
  function request(locale: Locale, area: MessageArea): void {
    if (tables.has(key(locale, area)) || !loader) return;
    load(locale, area).catch((reason: unknown) => onError?.(reason));
  }

  function text(id: string, locale: Locale): string | undefined {
    const area = messageArea(id);
    const own = tables.get(key(locale, area))?.[id];
    if (own !== undefined) return own;
    request(locale, area);
    if (locale === SOURCE_LOCALE) return undefined;
    const source = tables.get(key(SOURCE_LOCALE, area))?.[id];
    if (source === undefined) request(SOURCE_LOCALE, area);
    return source;
  }

  function has(id: string): boolean {
    const area = messageArea(id);
    for (const [k, table] of tables) {
      if (k.endsWith(`/${area}`) && Object.prototype.hasOwnProperty.call(table, id)) return true;
    }
    return false;
  }

  function format(id: string, params: Readonly<Record<string, string | number>> = {}, locale: Locale = SOURCE_LOCALE): string {
    const template = text(id, locale) ?? id;
    return template.replace(/\{(\w+)\}/gu, (whole, name: string, offset: number) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === 'string' && has(value)) {
        const label = text(value, locale) ?? value;
        return startsSentence(template, offset) ? label : lowerInSentence(label, locale);
      }
      return String(value);
    });
  }

  function onLoaded(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  return { register, loaded, load, format, has, onLoaded };
}

/** True when a placeholder at `offset` begins the text or follows the end of a sentence (". ", "? ", "! ", a line break). */
function startsSentence(template: string, offset: number): boolean {
  const before = template.slice(0, offset).trimEnd();
  return before === '' || /[.!?\n]$/u.test(before);
}

/**
 * A label ("Số định danh cá nhân", "Nơi sinh") written inside a sentence starts with a small letter
 * ("…của số định danh cá nhân"). A first word in capitals (CCCD, ID) or with a capital after its
 * first letter is an abbreviation or a name and is kept as written, and so are words that are
 * names in themselves (Việt Nam, Nhà nước…) when they open the label.
 */
function lowerInSentence(label: string, locale: Locale): string {
  const first = /^\p{L}[\p{L}\p{M}]*/u.exec(label)?.[0] ?? '';
  if (first.length === 0) return label;
  if (/\p{Lu}/u.test(first.slice(1))) return label;
  if (KEPT_CAPITALS.some((name) => label.startsWith(name))) return label;
  return first.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

/** Label openings that are proper names and keep their capital inside a sentence. */
const KEPT_CAPITALS: readonly string[] = ['Việt Nam', 'Viet Nam', 'Vietnam', 'Bộ Công an', 'Công an', 'Nhà nước', 'Thông tư', 'Luật '];
