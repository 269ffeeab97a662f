// @web/test-runner configuration: browser tests in Debian's headless Chromium.
// CHROME_PATH overrides the browser binary (default /usr/bin/chromium).
// The summary reporter writes counts to test/.out/browser-summary.json for
// scripts/test.mjs, which prints the closing "N passed, N failed" line.
import { chromeLauncher, defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { countReporter } from './support/count-reporter.mjs';

const commonjs = fromRollup(rollupCommonjs);
const json = fromRollup(rollupJson);

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  rootDir: '..',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  mimeTypes: { '**/*.json': 'js' },
  plugins: [
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
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('test/.out/browser-summary.json')],
};
