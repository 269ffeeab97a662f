import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;

export default {
  mode: 'production',
  context: here,
  entry: './src/index.js',
  output: { path: join(here, 'dist'), filename: 'main.js', publicPath: 'auto', clean: true },
  performance: { hints: false },
  // The test checks that the package works in webpack, not webpack's minifier (which takes minutes on 2 cores).
  optimization: { minimize: false },
  plugins: [
    {
      apply(compiler) {
        compiler.hooks.afterEmit.tap('copy-html', () => {
          mkdirSync(join(here, 'dist'), { recursive: true });
          copyFileSync(join(here, 'index.html'), join(here, 'dist/index.html'));
        });
      },
    },
  ],
};
