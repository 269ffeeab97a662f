// The size reductions of the embed bundle (issue 9), shared by the embed's
// build (vite.widget.config.ts) and the demo site's (vite.config.ts, issue 16:
// "the demo page's first load within 10 kB of the embed's"): the stand-ins for
// third-party modules docgen never reaches at run time, core's message table
// split per language and area, the English strings in one lazy chunk, readable
// chunk names, the pure provenance helpers and the one-line preload helper.
// One module, so both builds cannot drift apart.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const shim = (file: string): string => fileURLToPath(new URL(`./packages/widget/src/entry/shims/${file}`, import.meta.url));

/** culori's own tree-shakeable entry, resolved from @cantoo/pdf-lib (whose dependency it is). */
function culoriFnPath(): string {
  const fromDocgen = createRequire(fileURLToPath(new URL('./packages/docgen/package.json', import.meta.url)));
  return createRequire(fromDocgen.resolve('@cantoo/pdf-lib')).resolve('culori/fn');
}

/** Bare imports of third-party modules replaced in the bundle (see the module comments of the shims). */
const SHIMS: Readonly<Record<string, string>> = {
  'brotli/decompress.js': shim('brotli-decompress.js'),
  'brotli/decompress': shim('brotli-decompress.js'),
  culori: shim('culori.js'),
  'html-entities': shim('html-entities.js'),
  'node-html-better-parser': shim('node-html-better-parser.js'),
};

const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function shimsPlugin(): Plugin {
  const culoriFn = culoriFnPath();
  return {
    name: 'hochieu-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'hochieu-shim:culori-fn') return culoriFn;
      if (source === './Font.js' && importer && /[\\/]@cantoo[\\/]pdf-lib[\\/]es[\\/]packages[\\/]standard-fonts[\\/]index\.js$/u.test(importer)) {
        return shim('pdf-lib-standard-fonts.js');
      }
      return SHIMS[source] ?? null;
    },
    load(id) {
      // Vite wraps each `import()` in a helper that also preloads the chunk's
      // dependencies and CSS with <link> elements. With `modulePreload: false`
      // and no CSS its list is always empty, so the helper only calls the
      // import: this stand-in does just that (about 1 kB gzip less in the entry).
      if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();\n';
      return null;
    },
  };
}

const coreMessagesFile = (file: string): string => fileURLToPath(new URL(`./packages/core/src/messages/${file}`, import.meta.url));
const CORE_MESSAGES_INDEX = coreMessagesFile('index.ts');
const CORE_MESSAGES_MODULES: Readonly<Record<string, string>> = {
  define: coreMessagesFile('define.ts'),
  areas: coreMessagesFile('areas.ts'),
  catalog: coreMessagesFile('catalog.ts'),
};
const CORE_MESSAGES_STANDIN = fileURLToPath(new URL('./packages/widget/src/entry/core-messages.js', import.meta.url));
const CORE_CATALOG = fileURLToPath(new URL('./packages/widget/src/entry/core-catalog.js', import.meta.url));

type Area = 'plan' | 'reference' | 'form' | 'config';

/**
 * The modules whose chunk must carry core's Vietnamese texts of an area
 * (issue 9: the first load holds only the `plan` area, imported by the
 * stand-in itself). Each gets `import 'hochieu:core-messages/register/vi/<area>'`, so
 * the texts arrive with the code that shows them, in the same round trip:
 * the guide's closed sections (`reference`), the form (`form`, which also
 * serves the other elements: define.ts imports the form), the configuration
 * check (`config`), and docgen, whose documents use the form's labels and
 * the procedure's texts. Anything missed still works: the catalog loads a
 * missing area on first use and the elements render again.
 */
const AREA_IMPORTS: ReadonlyArray<readonly [string, readonly Area[]]> = [
  ['/packages/widget/src/components/hochieu-guide/section-content.ts', ['reference']],
  ['/packages/widget/src/components/hochieu-form/hochieu-form.ts', ['form']],
  ['/packages/core/src/config/check-host-config.ts', ['config']],
  ['/packages/docgen/src/index.ts', ['form', 'reference']],
];

/**
 * Core's message table, one module per language and area: every import of
 * core's messages/index.ts resolves to entry/core-messages.js (the stand-in),
 * `hochieu:core-messages/<locale>/<area>` is the table of that language and
 * area (data only, so the English ones form the lazy `en` chunk alone), and
 * `hochieu:core-messages/register/vi/<area>` registers a Vietnamese table in
 * the bundle's catalog (entry/core-catalog.js) when evaluated. The tables are made here from core's `messages`
 * (`{ id: { vi, en } }` → `{ id: text }`, split with core's `messageArea`),
 * read through tsx so the texts and the areas keep one source.
 */
export function coreMessagesPlugin(): Plugin {
  type Tables = Record<string, Record<string, string>>;
  let tables: Promise<Tables> | null = null;
  const read = async (): Promise<Tables> => {
    const { tsImport } = await import('tsx/esm/api');
    const mod = (await tsImport(CORE_MESSAGES_INDEX, import.meta.url)) as {
      messages: Record<string, { vi: string; en: string }>;
      messageArea: (id: string) => Area;
    };
    const out: Tables = {};
    for (const [id, text] of Object.entries(mod.messages)) {
      const area = mod.messageArea(id);
      for (const locale of ['vi', 'en'] as const) (out[`${locale}/${area}`] ??= {})[id] = text[locale];
    }
    return out;
  };
  const PREFIX = 'hochieu:core-messages/';
  const TABLE = /^hochieu:core-messages\/(vi|en)\/(plan|reference|form|config)$/u;
  const REGISTER = /^hochieu:core-messages\/register\/vi\/(plan|reference|form|config)$/u;
  return {
    name: 'hochieu-core-messages',
    enforce: 'pre',
    buildStart() {
      tables = null;
    },
    async resolveId(source, importer) {
      if (source.startsWith(PREFIX)) {
        const module = CORE_MESSAGES_MODULES[source.slice(PREFIX.length)];
        if (module) return module;
        if (TABLE.test(source) || REGISTER.test(source)) return `\0${source}`;
        return null;
      }
      if (!importer || !/messages\/index(\.js|\.ts)?$/u.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id.split('?')[0] === CORE_MESSAGES_INDEX ? CORE_MESSAGES_STANDIN : null;
    },
    async load(id) {
      const source = id.startsWith('\0') ? id.slice(1) : '';
      const register = REGISTER.exec(source);
      if (register) {
        const [, area] = register;
        return `import table from '${PREFIX}vi/${area}';\nimport { catalog } from ${JSON.stringify(CORE_CATALOG)};\ncatalog.register('vi', '${area}', table);\n`;
      }
      const match = TABLE.exec(source);
      if (!match) return null;
      tables ??= read();
      return `export default ${JSON.stringify((await tables)[`${match[1]}/${match[2]}`] ?? {})};\n`;
    },
    transform(code, id) {
      const path = id.split('?')[0]!.split('\\').join('/');
      const entry = AREA_IMPORTS.find(([suffix]) => path.endsWith(suffix));
      if (!entry) return null;
      const imports = entry[1].map((area) => `import '${PREFIX}register/vi/${area}';\n`).join('');
      return { code: imports + code, map: null };
    },
  };
}

/** Every English text in one lazy chunk: the widget's table and core's. */
export function isEnglish(id: string): boolean {
  const path = id.split('\\').join('/');
  return path.endsWith('/localization/en.ts') || /\/strings\.en\.ts$/u.test(path) || path.includes('hochieu:core-messages/en');
}

/**
 * Readable chunk names: `docgen` (export, lazy), `jsqr` (QR decoder, lazy),
 * `en` (English strings, lazy), `tinos-*` (fonts, lazy), `form` (the form
 * and its fields, lazy), `elements` (every other element, for pages that use
 * them alone, lazy), `sections` (the guide's closed sections, lazy),
 * `config` (the configuration check, loaded when a page gives a
 * configuration), `addresses` (the admin-unit tables, loaded on the first
 * focus of an address field or when the QR prefill runs), `shared` (code two lazy chunks share).
 */
export function chunkName(name: string, facade: string | null): string {
  const id = (facade ?? '').split('\\').join('/');
  if (id.includes('/packages/docgen/src/index.')) return 'docgen';
  if (/\/jsqr\//iu.test(id)) return 'jsqr';
  if (id.includes('/components/hochieu-form/hochieu-form.')) return 'form';
  if (id.endsWith('/packages/widget/src/define.ts')) return 'elements';
  if (id.includes('/components/hochieu-guide/section-content.')) return 'sections';
  if (id.includes('/widget/src/config/host-config.')) return 'config';
  if (id.includes('/packages/core/src/places/address/index.')) return 'addresses';
  if (name === 'en') return 'en';
  if (!facade) return 'shared';
  return name;
}

/** Provenance helpers of core's procedure data (procedure/provenance.ts), pure: unused constants are left out of the chunks. */
export const PURE_FUNCTIONS: readonly string[] = ['verbatim', 'excerpt', 'paraphrased', 'editorial'];
