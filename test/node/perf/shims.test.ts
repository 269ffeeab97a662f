// The module stand-ins of the embed bundle (packages/widget/src/entry/shims/,
// aliased in vite.widget.config.ts) against the real modules they replace:
// the same answers where pdf-lib can call them, a loud error where it must
// not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const shim = (file: string) => pathToFileURL(join(root, 'packages/widget/src/entry/shims', file)).href;
const fromDocgen = createRequire(join(root, 'packages/docgen/package.json'));
const pdfLibMain = fromDocgen.resolve('@cantoo/pdf-lib');
const fromPdfLib = createRequire(pdfLibMain);

test('html-entities stand-in encodes exactly as html-entities does with its default options', async () => {
  const real = (await import(pathToFileURL(fromPdfLib.resolve('html-entities')).href)) as { encode: (s: string) => string };
  const ours = (await import(shim('html-entities.js'))) as { encode: (s: string, o?: { mode?: string }) => string };
  const samples = ['', 'Tờ khai <TK01> & "hộ chiếu"', "It's <b>bold</b> &amp; more", 'Đ ð © € 😀', 'plain text'];
  for (const s of samples) assert.equal(ours.encode(s), real.encode(s), s);
  assert.throws(() => ours.encode('x', { mode: 'nonAscii' }), /not in the embed bundle/u);
});

test('culori stand-in converts CSS colours to sRGB like the full culori', async () => {
  const culoriFn = fromPdfLib.resolve('culori/fn');
  const real = (await import(pathToFileURL(join(dirname(culoriFn), 'index.js')).href)) as { converter: (m: string) => (c: string) => unknown };
  // The stand-in imports `hochieu-shim:culori-fn`, resolved by the bundler; here the same module is loaded directly.
  const fn = (await import(pathToFileURL(culoriFn).href)) as { converter: (m: string) => (c: string) => unknown; useMode: (m: unknown) => void; modeRgb: unknown };
  fn.useMode(fn.modeRgb);
  const ours = fn.converter('rgb');
  const full = real.converter('rgb');
  for (const c of ['#ff0000', '#1d4f91', 'red', 'transparent', 'rgb(0 128 255)', 'rgba(10, 20, 30, 0.5)']) assert.deepEqual(ours(c), full(c), c);
  assert.equal(ours('not a colour'), undefined);
});

test('standard-font stand-in keeps the 14 names of pdf-lib and refuses to load their metrics', async () => {
  const realFont = (await import(pathToFileURL(join(dirname(pdfLibMain), '../es/packages/standard-fonts/Font.js')).href)) as { FontNames: Record<string, string> };
  const ours = (await import(shim('pdf-lib-standard-fonts.js'))) as { FontNames: Record<string, string>; Font: { load: (n: string) => unknown } };
  assert.deepEqual({ ...ours.FontNames }, { ...realFont.FontNames });
  assert.throws(() => ours.Font.load('Helvetica'), /standard PDF font Helvetica is not in the embed bundle/u);
});

test('brotli and HTML-parser stand-ins fail loudly', async () => {
  const brotli = (await import(shim('brotli-decompress.js'))) as { default: (b: Uint8Array) => Uint8Array };
  assert.throws(() => brotli.default(new Uint8Array(4)), /WOFF2/u);
  const parser = (await import(shim('node-html-better-parser.js'))) as { parse: (s: string) => unknown; NodeType: Record<string, number> };
  assert.throws(() => parser.parse('<svg/>'), /SVG/u);
  assert.equal(parser.NodeType['ELEMENT_NODE'], 1);
});
