// `pnpm build` (scripts/build.mjs): the self-hosted embed bundle in
// dist/widget/. `hochieu.js` is the ES module entry that registers the
// elements of the first screen (<hochieu-app>, <hochieu-guide>); everything
// loaded later is a lazy chunk in dist/widget/chunks/ (the form and its
// fields, document export with docgen and its font, the QR decoder, the
// English strings). A manifest (.vite/manifest.json) records which chunks are
// static and which are lazy, for the tests and the size benchmark
// (`pnpm bench --check`, budgets in bench/budgets.json).
//
// Size work done here (issue 9): third-party modules that docgen never
// reaches at run time are replaced by small stand-ins (see
// packages/widget/src/entry/shims/: the WOFF2 Brotli decoder, culori's full
// colour-space registry, the HTML entity tables, the SVG/XFA parser, the
// metrics of the 14 standard PDF fonts, which cannot write Vietnamese), and
// core's message table is split per language and area (entry/core-messages.js,
// core's messages/areas.ts), so a Vietnamese page downloads no English text
// and the first screen none of the form's, the reference sections' or the
// configuration check's texts.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
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

function shimsPlugin(): Plugin {
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
function coreMessagesPlugin(): Plugin {
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
function isEnglish(id: string): boolean {
  const path = id.split('\\').join('/');
  return path.endsWith('/localization/en.ts') || /\/strings\.en\.ts$/u.test(path) || path.includes('hochieu:core-messages/en');
}

/**
 * Readable chunk names: `docgen` (export, lazy), `jsqr` (QR decoder, lazy),
 * `en` (English strings, lazy), `tinos-*` (fonts, lazy), `form` (the form
 * and its fields, lazy), `elements` (every other element, for pages that use
 * them alone, lazy), `sections` (the guide's closed sections, lazy),
 * `config` (the configuration check, loaded when a page gives a
 * configuration), `shared` (code two lazy chunks share).
 */
function chunkName(name: string, facade: string | null): string {
  const id = (facade ?? '').split('\\').join('/');
  if (id.includes('/packages/docgen/src/index.')) return 'docgen';
  if (/\/jsqr\//iu.test(id)) return 'jsqr';
  if (id.includes('/components/hochieu-form/hochieu-form.')) return 'form';
  if (id.endsWith('/packages/widget/src/define.ts')) return 'elements';
  if (id.includes('/components/hochieu-guide/section-content.')) return 'sections';
  if (id.includes('/widget/src/config/host-config.')) return 'config';
  if (name === 'en') return 'en';
  if (!facade) return 'shared';
  return name;
}

export default defineConfig({
  root,
  // Relative URLs: the export worker's URL is resolved from the chunk that makes it, wherever the host serves the bundle.
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [shimsPlugin(), coreMessagesPlugin()],
  // Issue 16: the export worker (components/hochieu-form/export-worker.ts,
  // created with `new Worker(new URL(...), { type: 'module' })`) is bundled
  // by Vite as its own ES module chunk beside the others, so it is served
  // from the embed's own origin (`worker-src 'self'`). It gets the same
  // stand-ins and message tables as the page's chunks; its fonts stay lazy
  // chunks of their own (`chunks/worker-tinos-*`).
  worker: {
    format: 'es',
    plugins: () => [shimsPlugin(), coreMessagesPlugin()],
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['verbatim', 'excerpt', 'paraphrased', 'editorial'] },
      output: {
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/worker-[name]-[hash].js',
      },
    },
  },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    manifest: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { hochieu: 'packages/widget/src/entry/hochieu.ts' },
      // Core's procedure data records where each text comes from with small
      // pure helpers (procedure/provenance.ts); marked pure, the constants the
      // first screen does not use (steps, conditions, channels…) are left to
      // the lazy chunks that render them instead of the entry.
      treeshake: { manualPureFunctions: ['verbatim', 'excerpt', 'paraphrased', 'editorial'] },
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: (chunk) => `chunks/${chunkName(chunk.name, chunk.facadeModuleId)}-[hash].js`,
        codeSplitting: {
          groups: [
            { name: 'en', test: isEnglish, priority: 2 },
            { name: 'hochieu', tags: ['$initial'], priority: 1 },
            { name: 'hochieu', test: /rolldown[\\/]runtime/u, priority: 3 },
          ],
        },
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
});
