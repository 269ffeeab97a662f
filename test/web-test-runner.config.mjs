// @web/test-runner configuration: browser tests in Debian's headless Chromium.
// CHROME_PATH overrides the browser binary (default /usr/bin/chromium).
// The summary reporter writes counts to test/.out/browser-summary.json for
// scripts/test.mjs, which prints the closing "N passed, N failed" line.
import { chromeLauncher, defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countReporter } from './support/count-reporter.mjs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const commonjs = fromRollup(rollupCommonjs);
const json = fromRollup(rollupJson);

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// @cantoo/fontkit imports brotli (WOFF2 only); brotli's circular CommonJS
// requires break under the per-file CommonJS transform, and docgen embeds TTF
// only, so the browser tests get a stub (see test/browser/docgen/brotli-stub.js).
// The URL is taken relative to the dev server root, which the runner resolves from the working directory.
const rootDir = '..';
const brotliStubUrl = '/' + relative(resolve(rootDir), fileURLToPath(new URL('./browser/docgen/brotli-stub.js', import.meta.url))).split(sep).join('/');
const stubBrotli = {
  name: 'hochieu-stub-brotli',
  resolveImport({ source }) {
    if (source === 'brotli/decompress.js' || source === 'brotli/decompress') return brotliStubUrl;
    return undefined;
  },
};

// The reader's own text size (Chromium's default font size, what `medium` means), as a
// browser setting, not a page style: tests of "text at 200 %" call
// executeServerCommand('hochieu-default-font-size', { px: 32 }) and reset it to 16.
const defaultFontSize = {
  name: 'hochieu-default-font-size',
  async executeCommand({ command, payload, session }) {
    if (command !== 'hochieu-default-font-size') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: Number(payload?.px ?? 16) } });
    } finally {
      await cdp.detach();
    }
    return true;
  },
};

export default {
  rootDir,
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  mimeTypes: { '**/*.json': 'js' },
  plugins: [
    // Chromium's accessibility tree (a11ySnapshot) for the widget's label and description checks.
    a11ySnapshotPlugin(),
    defaultFontSize,
    stubBrotli,
    json({ include: /\.json$/ }),
    commonjs({ include: /node_modules/, requireReturnsDefault: 'preferred', strictRequires: false }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('../tsconfig.json', import.meta.url).pathname }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
      // Test files run in parallel pages of one browser, and only one page can
      // have the window's focus. Focus emulation makes every page behave as
      // focused, so focus, :focus-visible and keyboard tests do not depend on
      // which page happens to be in front.
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('test/.out/browser-summary.json')],
};
