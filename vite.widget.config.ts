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
// core's message table is split per language (entry/core-messages.ts), so a
// Vietnamese page downloads no English text.
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
  };
}

const CORE_MESSAGES_INDEX = fileURLToPath(new URL('./packages/core/src/messages/index.ts', import.meta.url));
const CORE_MESSAGES_DEFINE = fileURLToPath(new URL('./packages/core/src/messages/define.ts', import.meta.url));
const CORE_MESSAGES_STANDIN = fileURLToPath(new URL('./packages/widget/src/entry/core-messages.js', import.meta.url));

/**
 * Core's message table, one module per language: every import of core's
 * messages/index.ts (except the stand-in's own type-free needs) resolves to
 * entry/core-messages.js, whose `hochieu:core-messages/vi` and `/en` tables
 * are made here from core's `messages` (`{ id: { vi, en } }` → `{ id: text }`),
 * read through tsx so the texts keep one source.
 */
function coreMessagesPlugin(): Plugin {
  let tables: Promise<Record<'vi' | 'en', Record<string, string>>> | null = null;
  const read = async (): Promise<Record<'vi' | 'en', Record<string, string>>> => {
    const { tsImport } = await import('tsx/esm/api');
    const mod = (await tsImport(CORE_MESSAGES_INDEX, import.meta.url)) as { messages: Record<string, { vi: string; en: string }> };
    const vi: Record<string, string> = {};
    const en: Record<string, string> = {};
    for (const [id, text] of Object.entries(mod.messages)) {
      vi[id] = text.vi;
      en[id] = text.en;
    }
    return { vi, en };
  };
  const PREFIX = 'hochieu:core-messages/';
  return {
    name: 'hochieu-core-messages',
    enforce: 'pre',
    buildStart() {
      tables = null;
    },
    async resolveId(source, importer) {
      if (source === `${PREFIX}define`) return CORE_MESSAGES_DEFINE;
      if (source === `${PREFIX}vi` || source === `${PREFIX}en`) return `\0${source}`;
      if (!importer || !/messages\/index(\.js|\.ts)?$/u.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id.split('?')[0] === CORE_MESSAGES_INDEX ? CORE_MESSAGES_STANDIN : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      tables ??= read();
      const locale = id.slice(`\0${PREFIX}`.length) as 'vi' | 'en';
      return `export default ${JSON.stringify((await tables)[locale])};`;
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
 * them alone, lazy), `shared` (code two lazy chunks share).
 */
function chunkName(name: string, facade: string | null): string {
  const id = (facade ?? '').split('\\').join('/');
  if (id.includes('/packages/docgen/src/index.')) return 'docgen';
  if (/\/jsqr\//iu.test(id)) return 'jsqr';
  if (id.includes('/components/hochieu-form/hochieu-form.')) return 'form';
  if (id.endsWith('/packages/widget/src/define.ts')) return 'elements';
  if (name === 'en') return 'en';
  if (!facade) return 'shared';
  return name;
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [shimsPlugin(), coreMessagesPlugin()],
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
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: (chunk) => `chunks/${chunkName(chunk.name, chunk.facadeModuleId)}-[hash].js`,
        codeSplitting: {
          groups: [
            { name: 'en', test: isEnglish, priority: 1 },
          ],
        },
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
});
