/**
 * The embed bundle's catalog of core's texts (core's `createMessageCatalog`,
 * packages/core/src/messages/catalog.ts), shared by the stand-in for core's
 * message module (core-messages.js) and by the table modules that the
 * `hochieu-core-messages` plugin of vite.widget.config.ts makes from core's
 * own tables, one per language and area (`hochieu:core-messages/vi/form` …,
 * data only). The Vietnamese tables are registered here when the module
 * `hochieu:core-messages/register/vi/<area>` is evaluated: the first screen's
 * (`plan`) with the entry, the others with the chunks whose code shows them
 * (the plugin adds that import to those modules). Every English table is in
 * the lazy `en` chunk, loaded through the static `import()` map below, as is
 * any area asked for before its chunk arrived (the first call that misses it
 * starts the load; the catalog registers the module's default export).
 */
import { createMessageCatalog } from 'hochieu:core-messages/catalog';

/** @type {Record<string, () => Promise<unknown>>} */
const loaders = {
  // `vi/plan` has no loader: core-messages.js registers it with the entry.
  'vi/reference': () => import('hochieu:core-messages/vi/reference'),
  'vi/form': () => import('hochieu:core-messages/vi/form'),
  'vi/config': () => import('hochieu:core-messages/vi/config'),
  'en/plan': () => import('hochieu:core-messages/en/plan'),
  'en/reference': () => import('hochieu:core-messages/en/reference'),
  'en/form': () => import('hochieu:core-messages/en/form'),
  'en/config': () => import('hochieu:core-messages/en/config'),
};

export const catalog = createMessageCatalog(
  (locale, area) => loaders[`${locale}/${area}`]?.(),
  (reason) => console.error('hochieu: could not load texts', reason),
);
