// The admin-unit tables of the address fields (issue 12) in the built embed
// bundle: a lazy part of their own (`addresses`, listed by `pnpm bench`),
// absent from the first load and from the form part, which imports them with
// import() (first focus of an address field, or the QR prefill).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Part {
  files: string[];
  gzip: number;
}
interface SizesModule {
  ensureWidgetBuilt(root: string, log?: (line: string) => void): boolean;
  sizeFigures(root: string): { initial: Part; lazy: Record<string, Part | null> };
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

test('built bundle: the admin-unit tables are a lazy part of their own, not in the first load nor in the form', async () => {
  const { ensureWidgetBuilt, sizeFigures } = (await import(join(root, 'scripts/bench/sizes.mjs'))) as SizesModule;
  ensureWidgetBuilt(root, () => {});
  const sizes = sizeFigures(root);
  const dist = join(root, 'dist/widget');
  const read = (part: Part | null | undefined): string => {
    assert.ok(part, 'the part exists');
    return part.files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  };
  // a run of the encoded communes of Hà Nội (see packages/core/src/places/address/decode.ts)
  const marker = 'PNgọc Hà;hPGiảng Võ';
  const addresses = sizes.lazy['addresses'];
  assert.ok(read(addresses).includes(marker), 'the tables are in the addresses part');
  assert.ok(!read(sizes.initial).includes(marker), 'not in the first load');
  assert.ok(!read(sizes.lazy['form']).includes(marker), 'not in the form part');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; dynamicImports?: string[] }>;
  const formKey = Object.keys(manifest).find((k) => manifest[k]!.file.startsWith('chunks/form-'))!;
  const addressKey = Object.keys(manifest).find((k) => manifest[k]!.file.startsWith('chunks/addresses-'))!;
  assert.ok(manifest[formKey]!.dynamicImports?.some((k) => k === addressKey || manifest[k]!.file === manifest[addressKey]!.file), 'the form loads it with import()');
  assert.ok(addresses!.gzip > 50_000 && addresses!.gzip < 100_000, `addresses part ${addresses!.gzip} B gzip`);
});
