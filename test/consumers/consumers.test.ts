// Consumer tests (issue 14): the three packages as users get them. After
// `pnpm run pack` (build + tarballs in dist/npm/), npm installs the tarballs
// into the projects kept here, with a shared npm cache in test/.cache/npm
// (ignored by git; the first run downloads, later runs reuse it):
// - node/: the tarballs alone, `npm install --engine-strict` on this Node
//   (20 in CI): a plain ESM script builds a PDF with docgen, `npx hochieu`
//   answers and writes a blank form, the compiled CLI costs little CPU;
// - apps/: Vite + React 19 + TypeScript (TSX type-checked with the package's
//   JSX declarations), Vue 3 (SFC, isCustomElement) and webpack 5 apps, each
//   built and opened in headless Chromium: the element renders and a PDF
//   export fires `hochieu-export` with `ok: true`; publint and
//   arethetypeswrong (profile esm-only: the packages are ES modules only)
//   report nothing on the tarballs.
// PDFs are read back with pdftotext (poppler-utils, installed by
// scripts/setup.sh --test-tools).
//
// Run: node --import tsx --test test/consumers/consumers.test.ts (about 3 min
// on 2 cores with a warm npm cache).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from '../e2e/cdp.js';
import { startStaticServer, type StaticServer } from '../e2e/static-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = join(root, 'test/consumers');
const nodeProject = join(here, 'node');
const appsProject = join(here, 'apps');
const npmCache = join(root, 'test/.cache/npm');
const tarballs = ['core', 'docgen', 'widget'].map((p) => join(root, `dist/npm/hochieu-${p}-0.1.0.tgz`));

function run(cmd: string, argv: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = Date.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), ms: Date.now() - started };
}

function ok(result: ReturnType<typeof run>, what: string): string {
  assert.equal(result.status, 0, `${what} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

/** npm install of a consumer project from its package.json (the tarballs by `file:`), fresh copies of ours. */
function npmInstall(dir: string): void {
  rmSync(join(dir, 'node_modules/@hochieu'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  const r = run('npm', ['install', '--engine-strict', '--no-audit', '--no-fund', '--prefer-offline', '--cache', npmCache], {
    cwd: dir,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  ok(r, `npm install --engine-strict in ${dir}`);
}

function pdfText(file: string): string {
  return ok(run('pdftotext', ['-enc', 'UTF-8', file, '-']), `pdftotext ${file}`).normalize('NFC');
}

describe('published packages in fresh consumer projects', () => {
  const work = mkdtempSync(join(tmpdir(), 'hochieu-consumers-'));

  before(() => {
    ok(run(process.execPath, ['scripts/pack.mjs'], { cwd: root }), 'pnpm run pack');
    for (const t of tarballs) assert.ok(existsSync(t), `${t} was not written by pnpm run pack`);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('the tarballs name only built files, no workspace: range, and carry LICENSE (and the Tinos OFL notice where the font is)', () => {
    for (const tarball of tarballs) {
      const files = ok(run('tar', ['tzf', tarball]), 'tar').split('\n').filter(Boolean);
      assert.ok(files.includes('package/LICENSE'), `${tarball}: LICENSE`);
      assert.ok(files.includes('package/README.md'), `${tarball}: README.md`);
      assert.ok(!files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), `${tarball} ships TypeScript sources`);
      const manifest = ok(run('tar', ['xzf', tarball, '-O', 'package/package.json']), 'tar');
      assert.doesNotMatch(manifest, /workspace:/u, `${tarball}: workspace: range`);
      assert.doesNotMatch(manifest.replace(/"\.\/[^"]*\.d\.ts"/gu, ''), /"\.\/[^"]*\.ts"/u, `${tarball}: points at .ts`);
      const pkg = JSON.parse(manifest) as { engines?: { node?: string }; license?: string; exports: Record<string, unknown> };
      assert.equal(pkg.engines?.node, '>=20');
      assert.equal(pkg.license, 'MIT');
      for (const [entry, target] of Object.entries(pkg.exports)) {
        if (typeof target === 'object' && target) assert.equal(Object.keys(target)[0], 'types', `${tarball} ${entry}: types first`);
      }
      if (!tarball.includes('core')) {
        assert.ok(files.some((f) => f.endsWith('LICENSE-Tinos.txt')), `${tarball}: embeds Tinos without its OFL notice`);
      }
    }
  });

  describe('plain Node 20 project (the tarballs alone)', () => {
    before(() => npmInstall(nodeProject));

    it('installed with --engine-strict; no Node-22-only package in the tree', () => {
      const lock = JSON.parse(readFileSync(join(nodeProject, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: Record<string, string> | string[] }> };
      const names = Object.keys(lock.packages).filter(Boolean);
      assert.ok(names.includes('node_modules/@hochieu/docgen'));
      assert.ok(!names.some((n) => n.endsWith('/docx') || n.endsWith('/nanoid')), 'docx is bundled in docgen, nanoid 6 (Node 22) not installed');
    });

    it('import("@hochieu/docgen") builds a PDF in a plain ESM script (read back with pdftotext)', () => {
      const file = join(work, 'node.pdf');
      const out = JSON.parse(ok(run(process.execPath, ['make-pdf.mjs', file], { cwd: nodeProject }), 'make-pdf.mjs')) as { issues: number; form: string };
      assert.deepEqual({ issues: out.issues, form: out.form }, { issues: 0, form: 'TK01' });
      const text = pdfText(file);
      assert.match(text, /NGUYỄN VĂN AN|Nguyễn Văn An/u);
      assert.match(text, /TỜ KHAI/u);
    });

    it('npx hochieu answers --help and writes a blank TK01a', () => {
      const help = run('npx', ['--no-install', 'hochieu', '--help'], { cwd: nodeProject });
      assert.match(ok(help, 'npx hochieu --help'), /hochieu check/u);
      const file = join(work, 'blank.pdf');
      ok(run('npx', ['--no-install', 'hochieu', 'blank', '--form', 'TK01a', '-o', file], { cwd: nodeProject }), 'npx hochieu blank');
      assert.match(pdfText(file), /TK01a/u);
      console.log(`# npx hochieu --help: ${help.ms} ms wall (npx included)`);
    });

    it('the hochieu bin is compiled JavaScript that starts with little CPU (no TypeScript compiled at run time)', () => {
      const bin = join(nodeProject, 'node_modules/@hochieu/docgen/dist/cli.js');
      assert.match(readFileSync(bin, 'utf8').slice(0, 40), /^#!\/usr\/bin\/env node\n/u);
      // The CPU this process spends from before the import of the CLI to its exit (Node's own start-up excluded).
      const probe = `const start = process.cpuUsage(); process.argv = [process.argv[0], ${JSON.stringify(bin)}, '--help'];
        process.on('exit', () => { const u = process.cpuUsage(start); process.stderr.write('CPU ' + Math.round((u.user + u.system) / 1000) + '\\n'); });
        await import(${JSON.stringify(`file://${bin}`)});`;
      const costs: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const r = run(process.execPath, ['--input-type=module', '-e', probe], { cwd: nodeProject });
        ok(r, 'hochieu --help');
        costs.push(Number(/CPU (\d+)/u.exec(r.stderr)?.[1]));
      }
      const best = Math.min(...costs);
      console.log(`# hochieu --help: ${best} ms CPU beyond Node's start-up (best of 3: ${costs.join(', ')})`);
      assert.ok(best < 250, `hochieu --help costs ${best} ms of CPU`);
    });
  });

  describe('framework apps (Vite + React 19 + TS, Vue 3, webpack 5)', () => {
    let browser: Browser;
    let server: StaticServer;

    before(() => npmInstall(appsProject));

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('publint reports nothing on the tarballs', () => {
      for (const tarball of tarballs) {
        const out = ok(run(join(appsProject, 'node_modules/.bin/publint'), ['run', tarball, '--level', 'suggestion', '--strict'], { cwd: appsProject }), `publint ${tarball}`);
        assert.match(out, /All good!/u, `publint on ${tarball}:\n${out}`);
      }
    });

    it('arethetypeswrong reports nothing on the tarballs (profile esm-only)', () => {
      for (const tarball of tarballs) {
        const r = run(join(appsProject, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], { cwd: appsProject });
        ok(r, `attw ${tarball}`);
        assert.doesNotMatch(r.stdout.split('\n').filter((l) => !l.includes('(ignored')).join('\n'), /💀|❌|⚠️|🐛|🥴|❗️|🎭/u, r.stdout);
      }
    });

    it('the React TSX type-checks with the JSX declarations (and the @ts-expect-error lines do fail)', () => {
      ok(run(join(appsProject, 'node_modules/.bin/tsc'), ['-p', 'react/tsconfig.json'], { cwd: appsProject }), 'tsc (React app)');
    });

    it('the three apps build, with the export as lazy chunks apart from the entry', async () => {
      const vite = join(appsProject, 'node_modules/.bin/vite');
      ok(run(vite, ['build', '--config', 'react/vite.config.js'], { cwd: appsProject }), 'vite build (React)');
      ok(run(vite, ['build', '--config', 'vue/vite.config.js'], { cwd: appsProject }), 'vite build (Vue)');
      ok(run(vite, ['build', '--config', 'plain/vite.config.js'], { cwd: appsProject }), 'vite build (widget alone)');
      const webpack = `const { default: webpack } = await import('webpack'); const { default: config } = await import('./webpack/webpack.config.js');
        await new Promise((resolve, reject) => webpack(config, (error, stats) => error ? reject(error) : stats.hasErrors() ? reject(new Error(stats.toString('errors-only'))) : resolve()));`;
      ok(run(process.execPath, ['--input-type=module', '-e', webpack], { cwd: appsProject }), 'webpack build');
      for (const app of ['react', 'vue', 'plain']) {
        const assets = readdirSync(join(appsProject, app, 'dist/assets'));
        const entry = assets.find((f) => f.startsWith('index-'));
        assert.ok(entry, `${app}: entry chunk`);
        assert.ok(assets.some((f) => f.startsWith('docgen-')), `${app}: docgen is a lazy chunk`);
        assert.doesNotMatch(readFileSync(join(appsProject, app, 'dist/assets', entry), 'utf8'), /PDF_PRODUCER|\/Producer|tinos-regular/u, `${app}: export code in the entry`);
      }
      assert.ok(readdirSync(join(appsProject, 'webpack/dist')).filter((f) => f.endsWith('.js')).length > 5, 'webpack split the lazy chunks');
      server = await startStaticServer({
        '/react/': join(appsProject, 'react/dist'),
        '/vue/': join(appsProject, 'vue/dist'),
        '/webpack/': join(appsProject, 'webpack/dist'),
        '/plain/': join(appsProject, 'plain/dist'),
      });
      browser = Browser.launch();
    });

    it('one size on every path: the npm entry built by Vite loads what the embed loads (budgets of bench/budgets.json)', () => {
      const budgets = (JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')) as { sizes: Record<string, { limit: number }> }).sizes;
      const dir = join(appsProject, 'plain/dist/assets');
      const gz = (files: string[]): number => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
      const assets = readdirSync(dir).filter((f) => f.endsWith('.js'));
      const entry = assets.filter((f) => f.startsWith('index-'));
      const exportFiles = assets.filter((f) => /^(docgen|tinos-)/u.test(f));
      const initial = gz(entry);
      const exported = gz(exportFiles);
      console.log(`# npm path through Vite: first load ${(initial / 1024).toFixed(1)} kB gzip, docgen + fonts ${(exported / 1024).toFixed(1)} kB gzip`);
      // The embed's own entry, from the installed tarball, measured the same way: the npm path may add
      // only the bundler's runtime (Vite's preload helper and modulepreload polyfill, about 1.5 kB).
      const embed = gzipSync(readFileSync(join(appsProject, 'node_modules/@hochieu/widget/dist/bundle/hochieu.js')), { level: 9 }).length;
      console.log(`# embed entry ${(embed / 1024).toFixed(1)} kB gzip`);
      assert.equal(entry.length, 1);
      assert.ok(initial <= embed + 2560, `first load ${initial} B gzip through Vite, the embed's ${embed} B`);
      assert.ok(embed <= budgets['initial.gzip']!.limit, `embed first load ${embed} B gzip over ${budgets['initial.gzip']!.limit}`);
      assert.ok(exportFiles.length >= 4, 'docgen and the three Tinos styles are lazy chunks');
      assert.ok(exported <= budgets['export.gzip']!.limit, `export ${exported} B gzip over ${budgets['export.gzip']!.limit}`);
    });

    for (const app of ['react', 'vue', 'webpack', 'plain']) {
      it(`${app}: <hochieu-app> renders and a PDF export fires hochieu-export { kind: 'pdf', ok: true }`, async () => {
        assert.ok(browser, 'the apps were built');
        const page = await browser.newPage();
        const downloads = mkdtempSync(join(work, `${app}-`));
        await page.allowDownloads(downloads);
        await page.goto(`${server.origin}/${app}/index.html`);
        const detail = await page.run<{ kind: string; ok: boolean }>(
          `const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
          const until = async (fn, what) => { const end = Date.now() + 30000; for (;;) { const v = await fn(); if (v) return v; if (Date.now() > end) throw new Error('timeout: ' + what); await sleep(25); } };
          const app = await until(() => document.querySelector('hochieu-app'), 'element');
          await until(() => customElements.get('hochieu-app') && app.shadowRoot && app.shadowRoot.querySelector('[role="tab"]') && app.guide && app.guide.shadowRoot && app.guide.shadowRoot.querySelector('.root'), 'render');
          const guide = app.guide;
          guide.openSection('bieu-mau', false);
          await guide.updateComplete;
          const button = await until(() => guide.shadowRoot.querySelector('#bieu-mau button'), 'download button');
          button.click();
          await until(() => window.hochieuExports.length > 0, 'hochieu-export through the framework binding');
          return window.hochieuExports[0];`,
          60000,
        );
        assert.deepEqual({ kind: detail.kind, ok: detail.ok }, { kind: 'pdf', ok: true });
        let pdf = '';
        for (let i = 0; i < 100 && !pdf; i += 1) {
          pdf = readdirSync(downloads).find((f) => f.endsWith('.pdf')) ?? '';
          if (!pdf) await new Promise((r) => setTimeout(r, 50));
        }
        assert.ok(pdf, 'a PDF was downloaded');
        assert.match(pdfText(join(downloads, pdf)), /TK01/u);
        assert.deepEqual(page.errors, []);
        await page.close();
      });
    }
  });
});
