// What the embed bundle loads when (issue 9), read from the built
// dist/widget (built first when missing or stale, as test/e2e does) with the
// benchmark's own size reader (scripts/bench/sizes.mjs): core's texts are
// split per language (English only in the lazy `en` part) and by area (the
// first load holds the Vietnamese texts of the first screen, the `plan` area;
// the form's texts come with the form, the procedure's reference texts with
// the guide's sections and the export), the form is not in the first load,
// the export part carries the
// module stand-ins instead of the WOFF2 decoder and the standard-font
// metrics; and, on a hand-made manifest, the reader's sums of the first load
// and of each lazy part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatMessage } from '@hochieu/core';

interface Part {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}
interface Sizes {
  initial: Part;
  lazy: Record<'form' | 'export' | 'qr' | 'en' | 'elements', Part | null>;
  fonts: Record<string, Part>;
}
interface SizesModule {
  ensureWidgetBuilt(root: string, log?: (line: string) => void): boolean;
  sizeFigures(root: string): Sizes;
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const sizesPath: string = join(root, 'scripts/bench/sizes.mjs');
const load = async (): Promise<SizesModule> => (await import(sizesPath)) as SizesModule;

function text(dir: string, part: Part | null): string {
  assert.ok(part, 'the part exists');
  return part.files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

test('built bundle: the first screen’s Vietnamese core texts load first, the others with their parts, English ones only with the en part; the form and the export are lazy', async () => {
  const { ensureWidgetBuilt, sizeFigures } = await load();
  ensureWidgetBuilt(root, () => {});
  const sizes = sizeFigures(root);
  const dist = join(root, 'dist/widget');
  const initial = text(dist, sizes.initial);
  const en = text(dist, sizes.lazy.en);
  const form = text(dist, sizes.lazy.form);
  const exported = text(dist, sizes.lazy.export);
  // A text of the personal result (`plan` area): Vietnamese in the first load, English in the en part.
  const vi = formatMessage('procedure.docReason.lossReport.valid', {}, 'vi');
  const english = formatMessage('procedure.docReason.lossReport.valid', {}, 'en');
  assert.notEqual(vi, english);
  assert.ok(initial.includes(vi), 'Vietnamese core text of the first screen in the first load');
  assert.ok(!initial.includes(english), 'no English core text in the first load');
  assert.ok(en.includes(english), 'English core text in the en part');
  // A reference text (a step of the procedure page): not in the first load; with the export, which prints it.
  const step = formatMessage('procedure.step.prepare.title', {}, 'vi');
  assert.ok(!initial.includes(step), 'no reference text in the first load');
  assert.ok(exported.includes(step), 'reference texts in the export part');
  assert.ok(en.includes(formatMessage('procedure.step.prepare.title', {}, 'en')), 'English reference text in the en part');
  // A label of the form (`form` area): with the form, not in the first load.
  const label = formatMessage('label.applicant.givenNames', {}, 'vi');
  assert.ok(!initial.includes(`"${label}"`) && !initial.includes(`\`${label}\``), 'no form label in the first load');
  assert.ok(form.includes(label), 'form labels in the form part');
  // The form's events are emitted by the form code only.
  assert.ok(!initial.includes('hochieu-step-change'), 'the form code is not in the first load');
  assert.ok(text(dist, sizes.lazy.form).includes('hochieu-step-change'), 'the form code is in the form part');
  assert.ok(exported.includes('WOFF2 fonts are not supported in the embed bundle'), 'brotli stand-in in the export part');
  assert.ok(exported.includes('is not in the embed bundle (it cannot write Vietnamese)'), 'standard-font stand-in in the export part');
  for (const f of sizes.initial.files) assert.ok(!sizes.lazy.export?.files.includes(f), `${f} is counted once`);
  assert.deepEqual(Object.keys(sizes.fonts).sort(), ['tinos-bold', 'tinos-italic', 'tinos-regular']);
});

test('size reader: first load = entry and its static imports; a lazy part = its chunk and what it adds', async () => {
  const { sizeFigures } = await load();
  const fake = mkdtempSync(join(tmpdir(), 'hochieu-sizes-'));
  try {
    const dist = join(fake, 'dist/widget');
    mkdirSync(join(dist, '.vite'), { recursive: true });
    mkdirSync(join(dist, 'chunks'), { recursive: true });
    const files: Record<string, string> = {
      'hochieu.js': 'entry '.repeat(50),
      'chunks/shared-a.js': 'shared first '.repeat(40),
      'chunks/docgen-x.js': 'docgen '.repeat(300),
      'chunks/shared-b.js': 'only docgen '.repeat(20),
      'chunks/tinos-regular-1.js': 'font r '.repeat(30),
      'chunks/tinos-bold-2.js': 'font b '.repeat(30),
      'chunks/en-3.js': 'english '.repeat(10),
      'hochieu-loader.js': 'loader',
    };
    for (const [f, body] of Object.entries(files)) writeFileSync(join(dist, f), body);
    const manifest = {
      'entry.ts': { file: 'hochieu.js', isEntry: true, imports: ['_shared-a.js'], dynamicImports: ['docgen.ts', 'en.ts'] },
      '_shared-a.js': { file: 'chunks/shared-a.js' },
      'docgen.ts': { file: 'chunks/docgen-x.js', imports: ['_shared-a.js', '_shared-b.js'], dynamicImports: ['r.ts', 'b.ts'] },
      '_shared-b.js': { file: 'chunks/shared-b.js' },
      'r.ts': { file: 'chunks/tinos-regular-1.js' },
      'b.ts': { file: 'chunks/tinos-bold-2.js' },
      'en.ts': { file: 'chunks/en-3.js' },
    };
    writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
    const gz = (names: string[]) => names.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
    const sizes = sizeFigures(fake);
    assert.deepEqual(sizes.initial.files, ['chunks/shared-a.js', 'hochieu.js']);
    assert.equal(sizes.initial.gzip, gz(['hochieu.js', 'chunks/shared-a.js']));
    assert.equal(sizes.initial.raw, files['hochieu.js']!.length + files['chunks/shared-a.js']!.length);
    const exportFiles = ['chunks/docgen-x.js', 'chunks/shared-b.js', 'chunks/tinos-bold-2.js', 'chunks/tinos-regular-1.js'];
    assert.deepEqual(sizes.lazy.export?.files, exportFiles);
    assert.equal(sizes.lazy.export?.gzip, gz(exportFiles));
    assert.deepEqual(sizes.lazy.en?.files, ['chunks/en-3.js']);
    assert.equal(sizes.lazy.form, null, 'no form chunk in this manifest');
    assert.ok(sizes.initial.brotli > 0 && sizes.initial.brotli < sizes.initial.raw);
  } finally {
    rmSync(fake, { recursive: true, force: true });
  }
});
