// Builds of the published JavaScript that tsc alone cannot make (issue 14),
// used by scripts/build.mjs and scripts/hochieu.mjs:
// - docgen's library entry packages/docgen/dist/index.js: docgen's own code
//   with the `docx` package bundled in (docx 9.x declares nanoid 6, which
//   wants Node 22, yet never imports it at run time: bundling docx leaves no
//   Node-22-only package in the published tree); core, pdf-lib, fontkit,
//   fflate and uqr stay ordinary dependencies;
// - the `hochieu` command packages/docgen/dist/cli.js: one self-contained
//   ES module for Node 20 (every dependency bundled, no TypeScript at run
//   time; the renderers in lazy files beside it under dist/cli-chunks/), so `npx hochieu` and `pnpm hochieu` start in a few tenths of a
//   second.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cliFile = join(root, 'packages/docgen/dist/cli.js');

/** Dependencies docgen's library entry leaves to the package manager (everything but docx). */
const DOCGEN_EXTERNAL = /^(node:|@hochieu\/core(\/|$)|@cantoo\/|fflate(\/|$)|uqr(\/|$))/u;

async function vite() {
  return import('vite');
}

/** packages/docgen/dist/index.js (+ source map); the .d.ts files come from tsc. */
export async function buildDocgenLibrary() {
  const { build } = await vite();
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: 'packages/docgen/dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: 'packages/docgen/src/index.ts', formats: ['es'], fileName: () => 'index.js' },
      rollupOptions: {
        external: (id) => DOCGEN_EXTERNAL.test(id),
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

/** packages/docgen/dist/cli.js: the whole command in one file for Node 20. */
export async function buildCli() {
  const { build } = await vite();
  rmSync(join(root, 'packages/docgen/dist/cli-chunks'), { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: 'packages/docgen/src/cli.ts',
      outDir: 'packages/docgen/dist',
      emptyOutDir: false,
      target: 'node20',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        // The renderers and the dossier are imported on demand by cli/main.ts:
        // separate files, so `hochieu --help` or `check` never compiles them.
        output: { format: 'es', entryFileNames: 'cli.js', chunkFileNames: 'cli-chunks/[name]-[hash].js' },
      },
    },
  });
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when dist/cli.js is missing or older than the sources it is built from. */
export function cliIsStale() {
  if (!existsSync(cliFile)) return true;
  const sources = Math.max(
    newestMtime(join(root, 'packages/core/src')),
    newestMtime(join(root, 'packages/docgen/src')),
    newestMtime(join(root, 'scripts/package-builds.mjs')),
  );
  return statSync(cliFile).mtimeMs < sources;
}
